// Command shailoo counts and checks elections from their precinct protocols.
//
//	shailoo                       count the embedded kg2021 dataset, print the parliament
//	shailoo count [flags]         count an election (JSON, or CSV protocols + mapping)
//	shailoo check [flags]         validate protocols: every control relation and cross-check
//	shailoo verify --published F  check a published summary against the recount
//	shailoo forensics --out DIR   statistical fingerprints of the protocols, as JSON and SVG charts
//	shailoo export --table T      a table of the count (protocols, totals, findings): CSV, JSON Lines, Parquet
//	shailoo copy --copy P.json    compare a citizen's copy of a protocol with the published one
//	shailoo reconcile --source .. compare many sources of the same protocols: versions, copies, seat impact
//	shailoo whatif --set P=V      the parliament under a changed rule set, side by side
//	shailoo rules [ID]            list the built-in rule sets or print one as JSON
//	shailoo synth --out DIR       write a synthetic election as files, with --faults planted
//	shailoo serve                 serve the browser page (build it first: scripts/web --build-only)
//
// Exit status: 0 when everything holds and the votes alone decided every
// seat; 1 when the data has error findings, a tie awaits lots, the
// result is provisional (it rests on something not evaluated: a region or
// okrug without protocols, a line a threshold base needs), or the
// published numbers disagree; 2 for bad usage or unreadable input; 3 when
// everything holds but a decision other than the votes settled a seat (a
// tie settled by a rule the rule set names, by --lots or by --lot-seed,
// "against all" level with an okrug's leader, a list whose preference votes
// were not evaluated): the "Ties and decisions" section of the report, and
// "ties" in the JSON, say which. When several apply, 2 wins over 1, 1 over
// 3, 3 over 0. whatif exits with the worse status of its two counts.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/shailoo/shailoo/internal/loader"
	"github.com/shailoo/shailoo/words"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit statuses. When several apply, the worse wins: 2 > 1 > 3 > 0 (see
// worse).
const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
	// exitDecided: everything holds, but a decision other than the votes
	// settled a seat (a tie settled by a rule, by lots, or drawn from a
	// seed).
	exitDecided = 3
)

// severity orders the exit statuses from best to worst.
var severity = map[int]int{exitOK: 0, exitDecided: 1, exitFindings: 2, exitUsage: 3}

// worse returns the worse of two exit statuses: 2 > 1 > 3 > 0.
func worse(a, b int) int {
	if severity[b] > severity[a] {
		return b
	}
	return a
}

type command struct {
	name, summary string
	run           func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"count", "count an election and print the parliament", runCount},
		{"check", "validate protocols: control relations and cross-checks", runCheck},
		{"verify", "check a published summary against the recount", runVerify},
		{"copy", "compare a protocol typed from a paper copy with the published one", runCopy},
		{"reconcile", "compare many sources of the same protocols (versions, copies) and the seats they move", runReconcile},
		{"forensics", "statistical fingerprints (comet, integer percentages, last digits, machine vs manual, turnout by region) as JSON and SVG", runForensics},
		{"export", "write a table (protocols, totals, findings) as CSV, JSON Lines or Parquet", runExport},
		{"whatif", "count under a changed rule set, or without annulled results, side by side with the base", runWhatIf},
		{"rules", "list the built-in rule sets, or print one (or a file's, checked) as JSON", runRules},
		{"mapping", "draft a column mapping from a protocols CSV file: shailoo mapping draft FILE.csv", runMapping},
		{"synth", "write a synthetic election (CSV + mapping + definition), optionally with planted faults", runSynth},
		{"serve", "serve the verification page (wasm/web) on 127.0.0.1", runServe},
		{"feed", "serve live results: clerks post protocols, a journal keeps them (SQLite)", runFeed},
	}
}

func run(args []string, stdout, stderr io.Writer) int {
	if lang := langOf(args); lang != "en" {
		stderr = &langWriter{Writer: stderr, lang: lang}
	}
	if len(args) > 0 {
		switch args[0] {
		case "help", "-h", "-help", "--help":
			usage(stdout)
			return exitOK
		}
		for _, c := range commands() {
			if args[0] == c.name {
				return c.run(args[1:], stdout, stderr)
			}
		}
		if args[0] == "draft" { // "shailoo draft FILE.csv", as "mapping draft" is often remembered
			return runMapping(args, stdout, stderr)
		}
		if args[0] != "" && args[0][0] != '-' {
			fmt.Fprintf(stderr, "shailoo: unknown command %q\n\n", args[0])
			usage(stderr)
			return exitUsage
		}
	}
	return runCount(args, stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "shailoo: count and check elections from their precinct protocols, exactly.")
	fmt.Fprintln(w, "\nUsage: shailoo [command] [flags]   (no command: count the embedded kg2021 dataset)")
	fmt.Fprintln(w, "\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'shailoo <command> --help' for its flags.")
	fmt.Fprintln(w, "Exit status: 0 all holds, decided by the votes alone; 1 error findings, a tie awaiting lots, a")
	fmt.Fprintln(w, "provisional result (resting on something not evaluated) or disagreements; 2 bad usage or input; 3 all holds but a tie or another decision other than the")
	fmt.Fprintln(w, "votes settled a seat (see the report's \"Ties and decisions\"). 2 > 1 > 3 > 0; whatif: the worse side.")
}

// fail prints err and returns the exit status of bad usage or unreadable
// input.
func fail(stderr io.Writer, err error) int {
	msg := err.Error()
	if w, ok := stderr.(*langWriter); ok {
		msg = loader.Sentence(w.lang, err)
	}
	// The library's errors start with its name too: say it once.
	fmt.Fprintln(stderr, "shailoo:", strings.TrimPrefix(msg, "shailoo: "))
	return exitUsage
}

// langWriter is standard error for a command given --lang ru or ky: fail
// then says what is wrong in that language, from the catalog of words,
// before the error's own English text.
type langWriter struct {
	io.Writer
	lang string
}

// langOf returns the language --lang names among args ("ky" for
// --lang=ky-KG), or "en" when none or one it does not know: the command's
// own flag parsing reports a wrong value.
func langOf(args []string) string {
	for i, a := range args {
		var v string
		switch {
		case a == "--lang" || a == "-lang":
			if i+1 < len(args) {
				v = args[i+1]
			}
		case strings.HasPrefix(a, "--lang="), strings.HasPrefix(a, "-lang="):
			v = a[strings.IndexByte(a, '=')+1:]
		case a == "--":
			return "en"
		default:
			continue
		}
		if lang, ok := words.Language(v); ok {
			return lang
		}
		return "en"
	}
	return "en"
}
