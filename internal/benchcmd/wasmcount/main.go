// Command wasmcount is `shailoo count --format json` for the files given,
// built for js/wasm and run under Node by scripts/bench, to time the
// library in WebAssembly on the same files as the native command:
//
//	GOOS=js GOARCH=wasm go build -o wasmcount.wasm ./internal/benchcmd/wasmcount
//	node $(go env GOROOT)/lib/wasm/wasm_exec_node.js wasmcount.wasm \
//	    --election E.json --protocols list.csv --mapping list-mapping.json ...
//
// It reads the files as the command line does (the Result's inputs are the
// same) and prints the same JSON, so that the script can check that both
// builds agree byte for byte.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/wasm/hostsha"
)

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "wasmcount:", err)
		os.Exit(2)
	}
}

// newSHA256 is the host's SHA-256 (Node's crypto), as the page's would be.
var newSHA256 = hostsha.New()

func input(name string, b []byte) shailoo.Input {
	h := sha256.New()
	if newSHA256 != nil {
		h = newSHA256()
	}
	h.Write(b)
	return shailoo.Input{Name: name, SHA256: hex.EncodeToString(h.Sum(nil))}
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("wasmcount", flag.ContinueOnError)
	def := fs.String("election", "", "election JSON")
	totalsOnly := fs.Bool("totals-only", false, "no cross-checks")
	var protocols, mappings multi
	fs.Var(&protocols, "protocols", "protocols CSV (repeatable)")
	fs.Var(&mappings, "mapping", "mapping JSON, one per --protocols")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if len(protocols) != len(mappings) {
		return fmt.Errorf("give one --mapping per --protocols")
	}
	b, err := os.ReadFile(*def)
	if err != nil {
		return err
	}
	e, err := ingest.ReadElection(bytes.NewReader(b), *def)
	if err != nil {
		return err
	}
	o := shailoo.Options{TotalsOnly: *totalsOnly, Inputs: []shailoo.Input{input(*def, b)}, SHA256: newSHA256}
	var files []shailoo.CSVInput
	for i, name := range protocols {
		mb, err := os.ReadFile(mappings[i])
		if err != nil {
			return err
		}
		m, err := ingest.ReadMapping(bytes.NewReader(mb), mappings[i])
		if err != nil {
			return err
		}
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		files = append(files, shailoo.CSVInput{Name: name, R: f, Mapping: m})
		o.Inputs = append(o.Inputs, shailoo.Input{Name: name}, input(mappings[i], mb))
	}
	res, err := shailoo.CountCSV(e, shailoo.KG2021(), files, o)
	if err != nil {
		return err
	}
	return report.JSON(w, res)
}
