// Command pack merges the data segments of a WebAssembly module in place
// (see package wasmpack): scripts/web runs it on the page's module.
//
//	go run ./wasm/internal/wasmpack/pack [-gap 64] wasm/web/shailoo.wasm
//
// It prints what it did. When the module is one it cannot prove it keeps
// (wasmpack.ErrUnsupported), it leaves the file as it is, says so and
// exits 0: the module is then only larger once compressed. Any other
// error exits 1.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/shailoo/shailoo/wasm/internal/wasmpack"
)

func main() {
	gap := flag.Int("gap", wasmpack.MaxGap, "merge segments at most this many zero bytes apart")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: pack [-gap N] module.wasm")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *gap); err != nil {
		fmt.Fprintln(os.Stderr, "pack:", err)
		os.Exit(1)
	}
}

func run(name string, gap int) error {
	mod, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	out, st, err := wasmpack.Pack(mod, gap)
	if errors.Is(err, wasmpack.ErrUnsupported) {
		fmt.Printf("pack: %s left as it is: %v\n", name, err)
		return nil
	}
	if err != nil {
		return err
	}
	tmp := name + ".pack"
	if err := os.WriteFile(tmp, out, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, name); err != nil {
		return err
	}
	fmt.Printf("pack: %s: %d data segments merged into %d (%d zero bytes written out)\n", name, st.SegmentsBefore, st.SegmentsAfter, st.ZerosAdded)
	return nil
}
