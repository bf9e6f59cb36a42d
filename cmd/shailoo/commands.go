package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/interop/nisterr"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: shailoo %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args; it returns the exit status to stop with, or -1 to go on.
func parse(fs *flag.FlagSet, args []string) int {
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "shailoo %s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		return exitUsage
	}
	return -1
}

func runCount(args []string, stdout, stderr io.Writer) int {
	var in inputs
	fs := newFlags("count", "count [--rules ID|FILE] [--election FILE.json] [--protocols FILE.csv --mapping MAP.json] [--lots FILE] [--annul precinct:ID|candidate:ID|okrug:ID|region:ID ...] [--annul-file FILE] [--format text|json|md|nist-err] [--lang en|ru|ky] [--okrug ID|NAME ...]", stderr)
	in.register(fs)
	in.errFormat = true
	fs.BoolVar(&in.transcript, "transcript", false, "print every step of the count (text, or its JSON schema with --format json)")
	fs.Var(&in.okrugs, "okrug", "list every candidate's votes of this okrug (its ID or name) below the okrugs' table of the text or md report, which gives each okrug's leader (repeatable; a count of one okrug lists them unasked)")
	if st := parse(fs, args); st >= 0 {
		return st
	}
	if len(in.okrugs) > 0 && (in.format != "text" && in.format != "md" || in.transcript) {
		return fail(stderr, fmt.Errorf("--okrug lists an okrug's candidates in the text or md report; the JSON gives every okrug's (okrugs[].candidate_votes)"))
	}
	l, err := in.load()
	if err != nil {
		return fail(stderr, err)
	}
	if len(l.opts.Annul) > 0 {
		if in.format == "nist-err" {
			return fail(stderr, fmt.Errorf("--annul: an ERR report lists every precinct's results and cannot mark one annulled: use --format json, text or md"))
		}
		// The annulments need the whole election (CountCSV refuses them).
		if err := l.whole(); err != nil {
			return fail(stderr, err)
		}
	}
	if in.format == "nist-err" {
		// A precinct-level report needs the protocols in memory.
		if err := l.whole(); err != nil {
			return fail(stderr, err)
		}
	}
	res, err := l.count()
	if err != nil {
		return fail(stderr, err)
	}
	if in.format == "nist-err" {
		if err := nisterr.Write(stdout, res, nisterr.Options{Election: l.election}); err != nil {
			return fail(stderr, err)
		}
		return countStatus(res)
	}
	if in.transcript {
		err = in.writeTranscript(stdout, res)
	} else {
		var order report.Options
		if in.format != "json" {
			order = l.ballotOrder(in.protocols)
		}
		err = in.write(stdout, res, order)
	}
	if err != nil {
		return fail(stderr, err)
	}
	return countStatus(res)
}

// whatIfAnnulled compares the count without the annulments given with
// the count as the protocols stand: the JSON is the comparison
// (shailoo.WhatIf), the text and Markdown the report of the count without
// them and what they change. Either count may hide a tie or an error
// finding: the worse status wins.
func whatIfAnnulled(in inputs, l *loaded, stdout, stderr io.Writer) int {
	if err := l.whole(); err != nil {
		return fail(stderr, err)
	}
	cmp, err := shailoo.CompareAnnulled(l.election, l.rules, l.opts)
	if err != nil {
		return fail(stderr, l.lotsError(err))
	}
	switch in.format {
	case "json":
		var b []byte
		if b, err = json.MarshalIndent(cmp, "", "  "); err == nil {
			_, err = stdout.Write(append(b, '\n'))
		}
	case "md":
		err = report.AnnulMarkdown(stdout, cmp, report.Lang(in.lang))
	default:
		err = report.AnnulText(stdout, cmp, report.Lang(in.lang))
	}
	if err != nil {
		return fail(stderr, err)
	}
	return worse(countStatus(cmp.Base), countStatus(cmp.Alternative))
}

// countStatus is the exit status a count earns: exitFindings for error
// findings, a tie awaiting lots, seats that cannot be decided or a
// provisional result (resting on something not evaluated);
// exitDecided when every tie is settled but some seat was settled by a
// decision other than the votes (res.Ties); exitOK otherwise.
func countStatus(res *shailoo.Result) int {
	switch {
	case res.Findings.Err() != nil || res.AwaitingLots() || res.NotCounted != "" || provisional(res):
		return exitFindings
	case len(res.Ties) > 0:
		return exitDecided
	}
	return exitOK
}

// provisional says that res rests on something not evaluated (see
// shailoo.Result.Provisional): like an unresolved tie, it is not the
// final result, and the count exits with exitFindings.
func provisional(res *shailoo.Result) bool {
	return res.Provisional || len(res.ProvisionalReasons) > 0
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	var in inputs
	fs := newFlags("check", "check [--rules ID|FILE] [--election FILE.json] [--protocols FILE.csv --mapping MAP.json] [--format text|json|md] [--lang en|ru|ky]", stderr)
	in.register(fs)
	if st := parse(fs, args); st >= 0 {
		return st
	}
	l, err := in.load()
	if err != nil {
		return fail(stderr, err)
	}
	res, err := l.count()
	if err != nil {
		return fail(stderr, err)
	}
	if err := writeFindings(stdout, in, res.Findings); err != nil {
		return fail(stderr, err)
	}
	writeRowNotes(stdout, stderr, in.lang, in.format, res.Notes)
	if res.Findings.Err() != nil {
		return exitFindings
	}
	return exitOK
}

// writeRowNotes writes, after a report of findings or a table, the notes
// of the count that say which rows of a file were not read as protocols
// (a mapping's row filter, rows of empty cells), read empty cells as 0
// votes (empty_votes), read cells of a text as empty cells (not_given) or
// read its text in a code page that garbles a word (words.NoteKey), or
// found a long file's votes column empty on most rows kept
// (ingest.VotesEmptyNotes), or filled empty cells from the row above
// (fill_down): a report of findings alone
// would leave them unsaid. A JSON report or a table has no place for
// them: they go to stderr then, as text.
func writeRowNotes(stdout, stderr io.Writer, lang, format string, notes []string) {
	var ns []string
	for _, n := range notes {
		if k := words.NoteKey(n); k == "note.rows_left_out" || k == "note.columns_left_out" || k == "note.blank_rows" || k == "note.skipped_lines" || k == "note.skipped_line" || k == "note.footer_lines" || k == "note.footer_line" || k == "note.empty_votes" || k == "note.empty_votes_long" || k == "note.empty_cells" || k == "note.not_given" || k == "note.garbled_text" || k == "note.votes_column_empty" || k == "note.votes_column_empty_first" || k == "note.votes_column_numbers" || k == "note.votes_no_row" || k == "note.rows_no_votes" || k == "note.filled_down" {
			ns = append(ns, words.Note(lang, n))
		}
	}
	if len(ns) == 0 {
		return
	}
	title := words.Of("report.notes").In(lang)
	switch format {
	case "md":
		fmt.Fprintf(stdout, "\n## %s\n\n", title)
		for _, n := range ns {
			fmt.Fprintln(stdout, "- "+n)
		}
		return
	case "text", "":
		fmt.Fprintf(stdout, "\n%s\n", title)
	default:
		stdout = stderr
	}
	for _, n := range ns {
		fmt.Fprintln(stdout, "  "+n)
	}
}

func runVerify(args []string, stdout, stderr io.Writer) int {
	var in inputs
	var published, contest string
	fs := newFlags("verify", "verify --published SUMMARY.json [--contest ID] [count flags]", stderr)
	in.register(fs)
	fs.StringVar(&published, "published", "", "published summary JSON to check against the recount (required): shailoo's summary, or a NIST SP 1500-100 ERR v2 report")
	fs.StringVar(&contest, "contest", "", "of an ERR report, the @id of the one candidate contest to compare (where several are held in one district); the others are not compared, and said")
	if st := parse(fs, args); st >= 0 {
		return st
	}
	if published == "" {
		fmt.Fprintln(stderr, "shailoo verify: --published is required")
		fs.Usage()
		return exitUsage
	}
	l, err := in.load()
	if err != nil {
		return fail(stderr, err)
	}
	b, input, err := readFile(published)
	if err != nil {
		return fail(stderr, err)
	}
	// An ERR v2 report (NIST SP 1500-100) is read as the summary it is.
	s, err := nisterr.ReadPublished(b, published, nisterr.ReadOptions{Contest: contest})
	if err != nil {
		return fail(stderr, err)
	}
	l.opts.Inputs = append(l.opts.Inputs, input)
	res, err := l.count()
	if err != nil {
		return fail(stderr, err)
	}
	rep := shailoo.Verify(res, s)
	if err := writeFindings(stdout, in, rep); err != nil {
		return fail(stderr, err)
	}
	// The recount's own ties and decisions: a seat it could not decide by
	// the votes alone is said, never hidden behind "the summary holds".
	if err := writeTies(stdout, in, res); err != nil {
		return fail(stderr, err)
	}
	writeRowNotes(stdout, stderr, in.lang, in.format, res.Notes)
	if n, w := res.Findings.Errors(), res.Findings.Warnings(); n+w > 0 {
		// The summary is compared with the protocols' figures as given;
		// that they fail their own checks is the count's report, said
		// here so that "0 errors" above is not read as "all is well".
		fmt.Fprintln(stderr, "shailoo verify:", words.Say(in.lang, "report.recount_findings", words.Args{"errors": strconv.Itoa(n), "warnings": strconv.Itoa(w)}))
	}
	if rep.Recount != nil && rep.Recount.SyntheticProtocols {
		// "92 matched" against stand-ins made from those figures is no
		// check: said where the exit status is read, too.
		fmt.Fprintln(stderr, "shailoo verify:", words.Of("report.recount_synthetic").In(in.lang))
	}
	st := exitOK
	switch {
	case provisional(res):
		// The summary agrees with a recount that is not final.
		warnProvisional(stderr, "verify", res)
		st = exitFindings
	case rep.Err() != nil || res.AwaitingLots():
		st = exitFindings
	case rep.Compared.Nothing():
		// No published figure was compared: the summary is not
		// confirmed, as a check not evaluated confirms nothing.
		key := "report.nothing_compared"
		if len(s.Notes) > 0 {
			key = "report.nothing_compared_notes" // what it holds is there, not compared
		}
		fmt.Fprintln(stderr, "shailoo verify:", words.Of(key).In(in.lang))
		st = exitFindings
	case len(res.Ties) > 0:
		st = exitDecided
	}
	if res.Findings.Err() != nil {
		// The recount's own protocols fail their checks (said on stderr
		// above): count exits 1 on the same inputs, and so does verify,
		// so that a script reading the status does not miss it. Their
		// warnings alone leave the status as it is.
		st = worse(st, exitFindings)
	}
	return st
}

// writeTies writes the ties and decisions of res after a findings report
// (text or Markdown; the JSON of a findings report has no room for them).
func writeTies(w io.Writer, in inputs, res *shailoo.Result) error {
	switch in.format {
	case "json":
		return nil
	case "md":
		return report.TiesMarkdown(w, res, report.Lang(in.lang))
	}
	return report.TiesText(w, res, report.Lang(in.lang))
}

// warnProvisional says on stderr that the recount cmd compared with rests
// on something not evaluated, one reason a line.
func warnProvisional(stderr io.Writer, cmd string, res *shailoo.Result) {
	fmt.Fprintf(stderr, "shailoo %s: the recount is provisional: it rests on data that was not evaluated\n", cmd)
	for _, u := range res.ProvisionalReasons {
		fmt.Fprintf(stderr, "  %s: %s\n", u.Kind, u.Reason)
	}
}

func writeFindings(w io.Writer, in inputs, rep validate.Report) error {
	switch in.format {
	case "json":
		b, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	case "md":
		return report.FindingsMarkdown(w, rep, report.Lang(in.lang))
	}
	return report.FindingsText(w, rep, report.Lang(in.lang))
}

func runRules(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("rules", "rules [ID|FILE]", stderr)
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() == 0 {
		for _, id := range shailoo.Presets() {
			r, err := shailoo.Preset(id)
			if err != nil {
				return fail(stderr, err)
			}
			fmt.Fprintf(stdout, "%-12s %-8s %s\n", r.ID, r.Version, r.Name)
		}
		return exitOK
	}
	// A file is read as --rules reads it: checked, its errors placed at
	// the field, printed with every default filled in.
	r, err := loadRules(fs.Arg(0))
	if err != nil {
		return fail(stderr, err)
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintln(stdout, string(b))
	return exitOK
}

func runWhatIf(args []string, stdout, stderr io.Writer) int {
	var in inputs
	var sets multi
	var alt string
	fs := newFlags("whatif", "whatif [--rules ID|FILE] (--set path=value ... | --alt ID|FILE | --annul KIND:ID ... | --annul-file FILE) [count flags]", stderr)
	in.register(fs)
	fs.Var(&sets, "set", "change one field of the rule set, e.g. threshold.percent=3, list.method=dhondt, list.women_quota_rounding=up (repeatable)")
	fs.StringVar(&alt, "alt", "", "the alternative rule set: a built-in ID or a JSON file (the --set changes apply on top of it)")
	if st := parse(fs, args); st >= 0 {
		return st
	}
	if len(sets) == 0 && alt == "" && len(in.annul) == 0 && in.annulFile == "" {
		fmt.Fprintln(stderr, "shailoo whatif: give at least one --set, --alt, --annul or --annul-file")
		fs.Usage()
		return exitUsage
	}
	l, err := in.load()
	if err != nil {
		return fail(stderr, err)
	}
	if len(sets) == 0 && alt == "" {
		return whatIfAnnulled(in, l, stdout, stderr)
	}
	altRules := l.rules
	if alt != "" {
		if altRules, err = loadRules(alt); err != nil {
			return fail(stderr, err)
		}
	}
	for _, s := range sets {
		if !strings.Contains(s, "=") {
			return fail(stderr, fmt.Errorf("--set %q: want path=value", s))
		}
	}
	if len(sets) > 0 {
		// All at once: one change may be valid only with another.
		if altRules, err = altRules.SetAll(sets...); err != nil {
			return fail(stderr, err)
		}
	}
	if len(sets) > 0 {
		altRules.ID += "+whatif"
		altRules.Name += "; what-if: " + strings.Join(sets, ", ")
	}
	if err := l.whole(); err != nil {
		return fail(stderr, err)
	}
	cmp, err := shailoo.Compare(l.election, l.rules, altRules, l.opts)
	if err != nil {
		return fail(stderr, l.lotsError(err))
	}
	// Either side may hide a tie or an error finding: the worse decides.
	st := worse(countStatus(cmp.Base), countStatus(cmp.Alternative))
	if in.format == "json" {
		b, err := json.MarshalIndent(cmp, "", "  ")
		if err != nil {
			return fail(stderr, err)
		}
		fmt.Fprintln(stdout, string(b))
		return st
	}
	if err := report.WhatIfText(stdout, cmp, report.Lang(in.lang)); err != nil {
		return fail(stderr, err)
	}
	if cmp.Base != nil {
		writeRowNotes(stdout, stderr, in.lang, in.format, cmp.Base.Notes)
	}
	return st
}
