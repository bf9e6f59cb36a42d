//go:build unix

// Command timeit (Unix) runs a command, as /usr/bin/time -f '%e %M %U %S' -o FILE
// does, and writes to FILE its time on the clock, its peak memory and its
// user and system CPU, the times to the microsecond (GNU time gives
// hundredths of a second, too coarse for a count of a tenth of a second).
// The command's exit status is timeit's; its output is its own.
//
//	timeit -o time.out shailoo count --rules R --protocols F --mapping M
//	cat time.out # 0.081234 80512 0.112000 0.031000
package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	if len(os.Args) < 4 || os.Args[1] != "-o" {
		fmt.Fprintln(os.Stderr, "usage: timeit -o FILE COMMAND [ARG...]")
		os.Exit(2)
	}
	out, argv := os.Args[2], os.Args[3:]
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		fmt.Fprintln(os.Stderr, "timeit:", err)
		os.Exit(2)
	}
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	var maxRSS int64
	var user, sys time.Duration
	if ru != nil {
		maxRSS = int64(ru.Maxrss) // kilobytes on Linux
		user, sys = time.Duration(ru.Utime.Nano()), time.Duration(ru.Stime.Nano())
	}
	line := fmt.Sprintf("%.6f %d %.6f %.6f\n", wall.Seconds(), maxRSS, user.Seconds(), sys.Seconds())
	if err := os.WriteFile(out, []byte(line), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "timeit:", err)
		os.Exit(2)
	}
	os.Exit(cmd.ProcessState.ExitCode())
}
