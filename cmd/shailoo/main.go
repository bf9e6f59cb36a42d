// Command shailoo counts and checks elections from their precinct protocols.
//
//	shailoo                       count the embedded kg2021 dataset, print the parliament
//	shailoo count [flags]         count an election (JSON, or CSV protocols + mapping)
//	shailoo check [flags]         validate protocols: every control relation and cross-check
//	shailoo verify --published F  check a published summary against the recount
//	shailoo copy --copy P.json    compare a citizen's copy of a protocol with the published one
//	shailoo whatif --set P=V      the parliament under a changed rule set, side by side
//	shailoo rules [ID]            list the built-in rule sets or print one as JSON
//	shailoo synth --out DIR       write a synthetic election as files, with --faults planted
//	shailoo serve                 serve the browser page (build it first: scripts/web --build-only)
//
// Exit status: 0 when everything holds, 1 when the data has error findings,
// an unresolved tie, or the published numbers disagree, 2 for bad usage or
// unreadable input.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
)

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
		{"whatif", "count under a changed rule set, side by side with the base", runWhatIf},
		{"rules", "list the built-in rule sets, or print one as JSON", runRules},
		{"synth", "write a synthetic election (CSV + mapping + definition), optionally with planted faults", runSynth},
		{"serve", "serve the verification page (wasm/web) on 127.0.0.1", runServe},
	}
}

func run(args []string, stdout, stderr io.Writer) int {
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
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'shailoo <command> --help' for its flags.")
	fmt.Fprintln(w, "Exit status: 0 all holds; 1 error findings, unresolved ties or disagreements; 2 bad usage or input.")
}

// fail prints err and returns the exit status of bad usage or unreadable
// input.
func fail(stderr io.Writer, err error) int {
	fmt.Fprintln(stderr, "shailoo:", err)
	return exitUsage
}
