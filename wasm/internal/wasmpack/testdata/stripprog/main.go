// Command stripprog exercises what a Go js/wasm program needs of its
// pclntab to run (stack growth, garbage collection of goroutines' stacks,
// recover) and prints what Strip takes away (a function's name and line;
// with the argument "panic", a stack trace):
// TestStripRuns runs it before and after wasmpack.Strip.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sort"
)

// deep recurses n times with a frame that holds a pointer, so that the
// stack is copied many times (copystack reads the frame sizes and stack
// maps).
func deep(n int, p *int) int {
	var buf [32]*int
	buf[n%32] = p
	if n == 0 {
		return *buf[0]
	}
	return deep(n-1, p) + *buf[n%32]/(*p)
}

func main() {
	one := 1
	fmt.Println("deep", deep(5000, &one))

	ch := make(chan int)
	for g := 0; g < 8; g++ {
		go func(g int) {
			var s []*int
			for j := 0; j < 200000; j++ {
				v := j
				s = append(s, &v)
				if j%50000 == 0 {
					runtime.GC()
				}
			}
			sum := 0
			for _, p := range s {
				sum += *p
			}
			ch <- sum + g
		}(g)
	}
	var sums []int
	for range 8 {
		sums = append(sums, <-ch)
	}
	sort.Ints(sums)
	fmt.Println("sums", sums)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var m map[string]int
		m["x"] = 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		xs := []int{1, 2, 3}
		i := len(sums)
		fmt.Println(xs[i])
	}()

	pc, _, line, _ := runtime.Caller(0)
	fmt.Printf("name %q line>0 %v\n", runtime.FuncForPC(pc).Name(), line > 0)
	if len(os.Args) > 1 && os.Args[1] == "panic" {
		panic("an unrecovered panic")
	}
}
