//go:build !unix

package shailoo_test

// cpuTime is 0 where syscall has no Getrusage (Windows, js/wasm): the
// cpu-ns/op metric then reads 0, and the benchmarks' other figures stand.
func cpuTime() int64 { return 0 }
