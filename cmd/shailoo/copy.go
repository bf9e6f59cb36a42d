package main

import (
	"fmt"
	"io"

	"github.com/shailoo/shailoo/internal/loader"
	"github.com/shailoo/shailoo/validate"
)

// runCopy compares one protocol typed from a paper copy with the published
// protocol of the same precinct and ballot (the manual count), line by line.
func runCopy(args []string, stdout, stderr io.Writer) int {
	var in inputs
	var copyFile string
	fs := newFlags("copy", "copy --copy PROTOCOL.json [--election FILE.json] [--protocols FILE.csv --mapping MAP.json]", stderr)
	in.register(fs)
	fs.StringVar(&copyFile, "copy", "", `the protocol typed from a paper copy, as JSON: {"precinct": "1001", "ballot": "list", "lines": {...}, "votes": {...}} (required)`)
	if st := parse(fs, args); st >= 0 {
		return st
	}
	if copyFile == "" {
		fmt.Fprintln(stderr, "shailoo copy: --copy is required")
		fs.Usage()
		return exitUsage
	}
	b, _, err := readFile(copyFile)
	if err != nil {
		return fail(stderr, err)
	}
	l, err := in.load()
	if err != nil {
		return fail(stderr, err)
	}
	defer l.close()
	// The copy may give the lines the rule set adds to the form.
	cp, err := loader.ReadProtocol(b, copyFile, l.rules)
	if err != nil {
		return fail(stderr, err)
	}
	if err := l.whole(); err != nil {
		return fail(stderr, err)
	}
	rep, err := validate.CompareCopyIn(l.election, cp)
	if err != nil {
		return fail(stderr, fmt.Errorf("%s: %w", copyFile, err))
	}
	if err := writeFindings(stdout, in, rep); err != nil {
		return fail(stderr, err)
	}
	if rep.Err() != nil {
		return exitFindings
	}
	return exitOK
}
