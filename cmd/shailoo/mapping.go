package main

import (
	"fmt"
	"io"
	"os"

	"github.com/shailoo/shailoo/ingest"
)

// runMapping runs "mapping draft FILE.csv": it prints a mapping drafted
// from the file's header row and cells (ingest.DraftMapping), each guess
// listed in "_guesses" for the user to confirm.
func runMapping(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("mapping", "mapping draft FILE.csv > mapping.json", stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: shailoo mapping draft FILE.csv > mapping.json   (or: shailoo draft FILE.csv)\n\n"+
			"Drafts the mapping of a protocols file from its header row and cells: the protocol lines, the\n"+
			"choices, the precinct, region and district columns, a long layout, a row filter. Every guess is\n"+
			"listed in \"_guesses\": confirm each, then delete it. No flags.\n")
	}
	if err := fs.Parse(args); err != nil {
		if err.Error() == "flag: help requested" {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() == 0 || fs.Arg(0) != "draft" {
		fs.Usage()
		return exitUsage
	}
	// The flags after "draft" ("mapping draft --help") are read too: a
	// flag is never taken for the file's name.
	if err := fs.Parse(fs.Args()[1:]); err != nil {
		if err.Error() == "flag: help requested" {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	name := fs.Arg(0)
	f, err := os.Open(name)
	if err != nil {
		return fail(stderr, err)
	}
	defer f.Close()
	r, err := ingest.NotJSON(f, name)
	if err != nil {
		return fail(stderr, err)
	}
	d, err := ingest.DraftMapping(r, name)
	if err != nil {
		return fail(stderr, err)
	}
	b, err := d.JSON()
	if err != nil {
		return fail(stderr, err)
	}
	if _, err := stdout.Write(b); err != nil {
		return fail(stderr, err)
	}
	if d.Ballots != nil {
		fmt.Fprintf(stderr, "shailoo mapping: %s is a cast-vote record, a file of ballots, not of protocols: the mapping printed is a ballot mapping; count the file with --ballots %[1]s:MAPPING.json and an election definition that names its precincts and candidates, --election E.json (docs/ballots.md; cmd/shailoo/testdata/cvr/ has such definitions). %d guesses to confirm (listed in \"_guesses\"; delete them once checked)\n", name, len(d.Ballots.Guesses))
		return exitOK
	}
	fmt.Fprintf(stderr, "shailoo mapping: %d guesses to confirm (listed in \"_guesses\"; delete them once checked)\n", len(d.Mapping.Guesses))
	return exitOK
}
