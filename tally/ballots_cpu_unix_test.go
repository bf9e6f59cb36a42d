//go:build unix

package tally

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used (every thread, the
// collector included): on a machine shared with other work, ballots per
// CPU second move less than ballots per second.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
