package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/shailoo/shailoo/forensics"
	"github.com/shailoo/shailoo/forensics/svg"
	"github.com/shailoo/shailoo/internal/loader"
)

// runForensics runs the statistical analyses of package forensics on the
// protocols the count flags name, and writes the report (text or JSON) and,
// with --out, the JSON and one SVG chart per analysis into a folder. Its
// exit status is 0 when the analyses ran, whatever they found (a test that
// rejects is a shape of the numbers, not a finding about the count), and 2
// for bad usage or unreadable input.
func runForensics(args []string, stdout, stderr io.Writer) int {
	var in inputs
	var seed uint64
	var draws int
	var choice, out string
	var alpha float64
	var invK, invFloor string
	var invMin int64
	fs := newFlags("forensics", "forensics [count flags] [--seed N] [--draws N] [--choice ID] [--alpha A] [--invalid-k K] [--invalid-floor PCT] [--invalid-min-ballots N] [--out DIR] [--format text|json] [--lang en|ru|ky]", stderr)
	in.register(fs)
	fs.Uint64Var(&seed, "seed", 1, "seed of the Monte Carlo null (PCG, math/rand/v2): the same seed gives the same result on every platform")
	fs.IntVar(&draws, "draws", forensics.DefaultDraws, fmt.Sprintf("number of Monte Carlo draws of the null (1..%d)", forensics.MaxDraws))
	fs.StringVar(&choice, "choice", "", "choice ID whose share the comet and the integer test study (default: the one with the most votes)")
	fs.Float64Var(&alpha, "alpha", forensics.DefaultAlpha, "significance level: a test rejects when its p-value is below it")
	fs.StringVar(&invK, "invalid-k", forensics.DefaultInvalidK, "invalid ballots: a precinct is listed only above K times the median of the precincts' shares of invalid ballots (a decimal of at most three digits before and after the point, read exactly; at least 1)")
	fs.StringVar(&invFloor, "invalid-floor", forensics.DefaultInvalidFloor, "invalid ballots: a precinct is listed only above this share, in percent (a decimal of at most three decimals, read exactly; 0..100)")
	fs.Int64Var(&invMin, "invalid-min-ballots", forensics.DefaultInvalidMinBallots, "invalid ballots: the fewest ballots (invalid + valid) of a precinct that is listed")
	fs.StringVar(&out, "out", "", "write forensics.json and one SVG chart per analysis into DIR (created if missing)")
	if st := parse(fs, args); st >= 0 {
		return st
	}
	if in.format == "md" {
		return fail(stderr, fmt.Errorf("--format %q: want text or json", in.format))
	}
	if draws < 1 || draws > forensics.MaxDraws {
		return fail(stderr, fmt.Errorf("--draws %d: want 1..%d", draws, forensics.MaxDraws))
	}
	if !(alpha > 0 && alpha < 1) {
		return fail(stderr, fmt.Errorf("--alpha %v: want more than 0 and less than 1", alpha))
	}
	if invMin < 1 {
		return fail(stderr, fmt.Errorf("--invalid-min-ballots %d: want at least 1", invMin))
	}
	params := forensics.Params{Seed: seed, Draws: draws, Choice: choice, Alpha: alpha, InvalidK: invK, InvalidFloor: invFloor, InvalidMinBallots: invMin}
	// The parameters are checked before the protocols are read.
	if _, err := forensics.Analyze(&forensics.Data{}, params); err != nil && errors.Is(err, forensics.ErrParams) {
		return fail(stderr, err)
	}
	l, err := in.load()
	if err != nil {
		return fail(stderr, err)
	}
	if err := l.whole(); err != nil {
		return fail(stderr, err)
	}
	d, err := loader.Forensics(l.election, l.opts.Annul)
	if err != nil {
		return fail(stderr, err)
	}
	rep, err := forensics.Analyze(d, params)
	if err != nil {
		return fail(stderr, err)
	}
	for _, i := range l.opts.Inputs {
		rep.Inputs = append(rep.Inputs, forensics.Input{Name: i.Name, SHA256: i.SHA256})
	}
	js, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return fail(stderr, err)
	}
	js = append(js, '\n')
	lang := svg.Lang(in.lang)
	if out != "" {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return fail(stderr, err)
		}
		if err := os.WriteFile(filepath.Join(out, "forensics.json"), js, 0o644); err != nil {
			return fail(stderr, err)
		}
		for _, c := range svg.Charts(rep, lang) {
			if err := os.WriteFile(filepath.Join(out, c.Name+".svg"), c.SVG, 0o644); err != nil {
				return fail(stderr, err)
			}
		}
	}
	w := bufio.NewWriter(stdout)
	if in.format == "json" {
		w.Write(js)
	} else {
		forensicsText(w, rep, lang)
		if out != "" {
			fmt.Fprintf(w, "%s %s\n", svg.Word(lang, "written"), strconv.Quote(out))
		}
	}
	if err := w.Flush(); err != nil {
		return fail(stderr, err)
	}
	writeRowNotes(stdout, stderr, in.lang, in.format, l.opts.Notes)
	return exitOK
}

// forensicsText writes the report in short: each analysis's figures, what
// it measures and what it cannot prove, and the seed.
func forensicsText(w io.Writer, r *forensics.Report, lang svg.Lang) {
	p := func(s string) { fmt.Fprintln(w, s) }
	p(svg.SeedLine(r, lang))
	p(fmt.Sprintf("%d %s; %s", r.Precincts, svg.Word(lang, "precincts"), svg.ChoiceLine(r, lang)))
	for _, s := range r.Skipped {
		p(fmt.Sprintf("  %s: %s %d", svg.Word(lang, "skipped"), svg.Reason(lang, s.Reason), s.Count))
	}
	for _, c := range svg.Charts(r, lang) {
		p("")
		p(c.Title)
		for _, l := range svg.Lines(r, c.Name, lang) {
			p("  " + l)
		}
		p("  " + c.Desc)
	}
}
