// Command pack merges the data segments of a WebAssembly module in place
// (see package wasmpack): scripts/web runs it on the page's module.
//
//	go run ./wasm/internal/wasmpack/pack [-gap 64] [-strip] [-fold] wasm/web/shailoo.wasm
//
// With -strip it first zeroes the Go runtime's function names and file,
// line and unsafe-point tables (wasmpack.Strip): a stack trace then shows
// "?" for every place, and the module is smaller once compressed. With
// -fold it then moves the runtime's findfunctab into a start function
// that writes it when the module is instantiated (wasmpack.Fold): the
// same memory, and the module smaller once compressed.
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
	strip := flag.Bool("strip", false, "zero the function names and the file, line and unsafe-point tables first (js/wasm only)")
	fold := flag.Bool("fold", false, "move the runtime's findfunctab into a start function that writes it (js/wasm only)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: pack [-gap N] [-strip] [-fold] module.wasm")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *gap, *strip, *fold); err != nil {
		fmt.Fprintln(os.Stderr, "pack:", err)
		os.Exit(1)
	}
}

func run(name string, gap int, strip, fold bool) error {
	mod, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if strip {
		out, st, err := wasmpack.Strip(mod, gap)
		switch {
		case errors.Is(err, wasmpack.ErrUnsupported):
			fmt.Printf("pack: %s not stripped: %v\n", name, err)
		case err != nil:
			return err
		default:
			fmt.Printf("pack: %s: names, file, line and unsafe-point tables of %d functions zeroed (%d bytes)\n", name, st.Functions, st.Zeroed)
			mod = out
		}
	}
	if fold {
		out, st, err := wasmpack.Fold(mod, gap)
		switch {
		case errors.Is(err, wasmpack.ErrUnsupported):
			fmt.Printf("pack: %s not folded: %v\n", name, err)
		case err != nil:
			return err
		default:
			fmt.Printf("pack: %s: the findfunctab's %d records at %d written by a start function\n", name, st.Records, st.Address)
			mod = out
		}
	}
	out, st, err := wasmpack.Pack(mod, gap)
	if errors.Is(err, wasmpack.ErrUnsupported) {
		fmt.Printf("pack: %s left as it is: %v\n", name, err)
		out = mod
	} else if err != nil {
		return err
	} else {
		defer fmt.Printf("pack: %s: %d data segments merged into %d (%d zero bytes written out)\n", name, st.SegmentsBefore, st.SegmentsAfter, st.ZerosAdded)
	}
	tmp := name + ".pack"
	if err := os.WriteFile(tmp, out, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, name)
}
