//go:build !unix

package tally

import "time"

// cpuTime is not known here (see the unix version).
func cpuTime() (time.Duration, bool) { return 0, false }
