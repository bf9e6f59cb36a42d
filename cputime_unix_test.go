//go:build unix

package shailoo_test

import "syscall"

// cpuTime is the CPU time the process has used, all threads counted: on a
// shared machine it moves less than the time on the clock.
func cpuTime() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
