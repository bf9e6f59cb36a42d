package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/shailoo/shailoo/reconcile"
)

// runReconcile compares many sources of the same protocols (published
// versions, machine counts, observers' copies): see package reconcile and
// docs/reconcile.md.
func runReconcile(args []string, stdout, stderr io.Writer) int {
	var sources, times multi
	fs := newFlags("reconcile", "reconcile [--election DEF.json] --source NAME=FILE[:MAPPING][,FILE[:MAPPING]...] --source NAME=DIR ... [--time NAME=RFC3339] [--base NAME] [--format text|md|json|csv]", stderr)
	election := fs.String("election", "", "election JSON that defines the election (its own protocols are not a source); without it, the definition is inferred from the first CSV file's mapping, as count infers it")
	fs.Var(&sources, "source", "a source, repeatable (two or more): NAME=FILE[:MAPPING], files separated by commas; a CSV file with its mapping, an election JSON file with protocols, a citizen's copy (JSON, as shailoo copy reads it), or a folder of copies (every *.json in it)")
	fs.Var(&times, "time", "when a source was taken, NAME=RFC3339 (2021-11-29T08:00:00+06:00), repeatable: the sources with a time are versions, compared in time order")
	base := fs.String("base", "", "the source the others are compared with and whose figures they replace in the seat impact (default: the first)")
	rules := fs.String("rules", "kg2021", "rule set of the seat impact: a built-in ID or a JSON file")
	format := fs.String("format", "text", "output: text, md (markdown), json or csv (one row per differing figure and pair of sources)")
	lang := fs.String("lang", "en", "language of the findings' messages in text and md: en, ru or ky")
	summary := fs.Bool("summary", false, "text and md: the summary only, without the list of differences and findings")
	lenient := fs.Bool("skip-bad-rows", false, "report unreadable CSV rows and copies as findings (I601) and go on")
	noImpact := fs.Bool("no-impact", false, "leave out the seat impact (the counts)")
	if st := parse(fs, args); st >= 0 {
		return st
	}
	switch *format {
	case "markdown":
		*format = "md"
	case "text", "md", "json", "csv":
	default:
		fmt.Fprintf(stderr, "shailoo reconcile: --format %q: want text, md, json or csv\n", *format)
		return exitUsage
	}
	if len(sources) < 2 {
		fmt.Fprintln(stderr, "shailoo reconcile: two or more --source are required")
		fs.Usage()
		return exitUsage
	}
	r, err := loadRules(*rules)
	if err != nil {
		return fail(stderr, err)
	}
	var def []byte
	if *election != "" {
		if def, err = os.ReadFile(*election); err != nil {
			return fail(stderr, err)
		}
	}
	ins, err := sourceInputs(sources, times)
	if err != nil {
		return fail(stderr, err)
	}
	e, srcs, err := reconcile.Read(reconcile.ReadOptions{Rules: r, Definition: reconcile.File{Name: *election, Data: def}, SkipBadRows: *lenient, NoImpact: *noImpact}, ins)
	if err != nil {
		return fail(stderr, err)
	}
	o := reconcile.Options{Base: *base, Rules: r}
	if *noImpact {
		o.Rules.ID = ""
	}
	rep, err := reconcile.Reconcile(e, srcs, o)
	if err != nil {
		return fail(stderr, err)
	}
	w := bufio.NewWriter(stdout)
	switch *format {
	case "json":
		err = reconcile.WriteJSON(w, rep)
	case "csv":
		err = reconcile.WriteCSV(w, rep)
	case "md":
		err = reconcile.WriteMarkdown(w, rep, reconcile.TextOptions{Lang: *lang, Summary: *summary})
	default:
		err = reconcile.WriteText(w, rep, reconcile.TextOptions{Lang: *lang, Summary: *summary})
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return fail(stderr, err)
	}
	status := exitOK
	if rep.Differs() {
		status = exitFindings
	}
	for _, im := range rep.Impact {
		for _, c := range []reconcile.CountState{im.Base, im.Alternative} {
			if c.AwaitingLots || c.Provisional || c.NotCounted != "" {
				status = exitFindings
			}
		}
	}
	return status
}

// sourceInputs reads the files the --source flags name, with the times
// of --time.
func sourceInputs(sources, times []string) ([]reconcile.Input, error) {
	var ins []reconcile.Input
	at := map[string]int{}
	for _, s := range sources {
		name, spec, ok := strings.Cut(s, "=")
		if !ok || name == "" || spec == "" {
			return nil, fmt.Errorf("--source %q: want NAME=FILE[:MAPPING][,FILE[:MAPPING]...]", s)
		}
		if _, dup := at[name]; dup {
			return nil, fmt.Errorf("--source %q: two sources named %q: give each source one name (several files of one source go in one --source, separated by commas)", s, name)
		}
		at[name] = len(ins)
		in := reconcile.Input{Name: name}
		for _, part := range strings.Split(spec, ",") {
			if err := addFiles(&in, part); err != nil {
				return nil, fmt.Errorf("--source %s: %w", name, err)
			}
		}
		ins = append(ins, in)
	}
	for _, t := range times {
		name, when, ok := strings.Cut(t, "=")
		i, known := at[name]
		switch {
		case !ok:
			return nil, fmt.Errorf("--time %q: want NAME=RFC3339", t)
		case !known:
			return nil, fmt.Errorf("--time %q: no --source named %q", t, name)
		case ins[i].Time != "":
			return nil, fmt.Errorf("--time %q: source %q has a time already", t, name)
		}
		ins[i].Time = when
	}
	return ins, nil
}

// addFiles adds the file (FILE or FILE:MAPPING) or the folder of copies
// part names to in.
func addFiles(in *reconcile.Input, part string) error {
	file, mapping := part, ""
	if _, err := os.Stat(part); err != nil {
		if i := strings.LastIndexByte(part, ':'); i > 0 {
			file, mapping = part[:i], part[i+1:]
		}
	}
	st, err := os.Stat(file)
	if err != nil {
		return err
	}
	if st.IsDir() {
		if mapping != "" {
			return fmt.Errorf("%s: a folder of copies takes no mapping", file)
		}
		return addFolder(in, file)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	f := reconcile.File{Name: file, Data: data}
	if mapping != "" {
		m, err := os.ReadFile(mapping)
		if err != nil {
			return err
		}
		f.Mapping = &reconcile.File{Name: mapping, Data: m}
	}
	in.Files = append(in.Files, f)
	return nil
}

// addFolder adds every *.json file of dir, in name order, as copies; what
// else the folder holds is said in a note, never skipped silently.
func addFolder(in *reconcile.Input, dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var skipped []string
	n := 0
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		if !e.Type().IsRegular() || !strings.EqualFold(filepath.Ext(e.Name()), ".json") {
			skipped = append(skipped, e.Name())
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		in.Files = append(in.Files, reconcile.File{Name: path, Data: data})
		n++
	}
	if n == 0 {
		return fmt.Errorf("%s: no *.json copies in the folder", dir)
	}
	if len(skipped) > 0 {
		in.Notes = append(in.Notes, fmt.Sprintf("%s: not read (not a *.json file): %s", dir, strings.Join(skipped, ", ")))
	}
	return nil
}
