package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"

	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/copies"
	"github.com/shailoo/shailoo/internal/faults"
	"github.com/shailoo/shailoo/internal/synth"
	"github.com/shailoo/shailoo/validate"
)

func runSynth(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("synth", "synth --out DIR [--precincts N] [--lists P] [--seed S] [--faults] [--machine] [--no-preferences]", stderr)
	precincts := fs.Int("precincts", 2494, "precincts in all (2021 shape: 59 of every 2,494 abroad)")
	lists := fs.Int("lists", 21, "party lists on the list ballot")
	seed := fs.Uint64("seed", 1, "seed: the same flags give the same files, byte for byte")
	out := fs.String("out", "", "directory to write election.json, list.csv, list-mapping.json, okrug.csv, okrug-mapping.json (required)")
	withFaults := fs.Bool("faults", false, "plant one fault of every protocol and cross-check code and write the answer key to faults.json")
	machine := fs.Bool("machine", false, "also write the machine (automatic ballot box) count of every precinct")
	noPrefs := fs.Bool("no-preferences", false, "leave out preference votes (much smaller files at a million precincts)")
	cvr := fs.Bool("ballots", false, "also write ballots.csv: a cast-vote record of every ballot the protocols count (docs/ballots.md; kg2021, without --faults)")
	nCopies := fs.Int("copies", 0, "write this many observers' copies of the embedded kg2021 protocols (DIR/copies/), an earlier published version (list-early.csv, okrug-early.csv) and what differs (copies-manifest.json); see shailoo reconcile")
	copyFaults := fs.String("copy-faults", "0.5", "with --copies: the share of the copies that differ from the published protocol (0 to 1)")
	rules := fs.String("rules", "kg2021", "the shape of the election: kg2021 (list and okrug ballots) or kg2025 (30 districts of 3 seats; writes DIR/election.json with its protocols)")
	if st := parse(fs, args); st >= 0 {
		return st
	}
	if *out == "" {
		fmt.Fprintln(stderr, "shailoo synth: --out is required")
		fs.Usage()
		return exitUsage
	}
	if *nCopies != 0 {
		if *withFaults || *rules != "kg2021" {
			fmt.Fprintln(stderr, "shailoo synth: --copies takes the embedded kg2021 protocols: give it without --faults and --rules")
			return exitUsage
		}
		return synthCopies(*out, *nCopies, *copyFaults, *seed, stdout, stderr)
	}
	switch *rules {
	case "kg2021":
	case "kg2025":
		if *cvr {
			fmt.Fprintln(stderr, "shailoo synth: --ballots writes the ballots of a kg2021 election")
			return exitUsage
		}
		c := datasets.KG2025DefaultConfig()
		fs.Visit(func(f *flag.Flag) {
			if f.Name == "seed" {
				c.Seed = *seed
			}
		})
		e, err := datasets.KG2025(c)
		if err != nil {
			return fail(stderr, err)
		}
		if err := os.MkdirAll(*out, 0o755); err != nil {
			return fail(stderr, err)
		}
		if err := writeJSON(filepath.Join(*out, "election.json"), e); err != nil {
			return fail(stderr, err)
		}
		fmt.Fprintf(stdout, "wrote %s/election.json: %d districts, %d precincts, %d protocols, seed %d\ncount it: shailoo count --rules kg2025 --election %[1]s/election.json\n",
			*out, len(e.Okrugs), len(e.Precincts), len(e.Protocols), c.Seed)
		return exitOK
	default:
		fmt.Fprintf(stderr, "shailoo synth: --rules %q: want kg2021 or kg2025\n", *rules)
		return exitUsage
	}
	abroad := int(int64(*precincts) * 59 / 2494)
	c := synth.DefaultConfig(*seed, *precincts-abroad)
	c.Abroad, c.Lists = abroad, *lists
	c.MachineProtocols = *machine || *withFaults
	c.Preferences = !*noPrefs
	if *cvr && *withFaults {
		fmt.Fprintln(stderr, "shailoo synth: --ballots and --faults: a planted fault has no ballots")
		return exitUsage
	}
	if !*withFaults {
		protocols, err := streamElection(*out, c, *cvr)
		if err != nil {
			return fail(stderr, err)
		}
		fmt.Fprintf(stdout, "wrote %s: %d precincts (%d abroad), %d lists, %d okrugs, %d protocols, seed %d", *out, c.Precincts+c.Abroad, c.Abroad, c.Lists, c.Okrugs, protocols, *seed)
		fmt.Fprintf(stdout, "\ncheck it: shailoo check --election %[1]s/election.json --protocols %[1]s/list.csv --mapping %[1]s/list-mapping.json --protocols %[1]s/okrug.csv --mapping %[1]s/okrug-mapping.json\n", *out)
		if *cvr {
			fmt.Fprintf(stdout, "count its ballots: shailoo count --election %s/election.json --ballots %[1]s/ballots.csv\n", *out)
		}
		return exitOK
	}
	e, err := synth.Generate(c)
	if err != nil {
		return fail(stderr, err)
	}
	var planted []faults.Injected
	if *withFaults {
		var np *faults.NotPlantedError
		if planted, err = faults.Inject(e, int64(*seed)); err != nil && !errors.As(err, &np) {
			return fail(stderr, err)
		}
		if np != nil {
			fmt.Fprintf(stderr, "shailoo synth: %v\n", np)
		}
		planted = fileable(e, planted, stderr)
	}
	if err := writeElection(*out, e); err != nil {
		return fail(stderr, err)
	}
	if *withFaults {
		if err := writeJSON(filepath.Join(*out, "faults.json"), planted); err != nil {
			return fail(stderr, err)
		}
	}
	fmt.Fprintf(stdout, "wrote %s: %d precincts (%d abroad), %d lists, %d okrugs, %d protocols, seed %d", *out, c.Precincts+c.Abroad, c.Abroad, c.Lists, c.Okrugs, len(e.Protocols), *seed)
	if *withFaults {
		fmt.Fprintf(stdout, ", %d planted faults (faults.json)", len(planted))
	}
	fmt.Fprintf(stdout, "\ncheck it: shailoo check --election %[1]s/election.json --protocols %[1]s/list.csv --mapping %[1]s/list-mapping.json --protocols %[1]s/okrug.csv --mapping %[1]s/okrug-mapping.json\n", *out)
	return exitOK
}

// writeElection writes e as a definition (election.json, without
// protocols) and one CSV file with its mapping per ballot.
func writeElection(dir string, e *election.Election) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	// A protocol with votes for a party the definition lacks (a planted
	// UnknownParty) stays in election.json: in a CSV file it would be a
	// column the mapping maps and the definition does not have, which
	// reading refuses as a usage error (ingest.CheckChoices).
	def := *e
	def.Protocols = nil
	rest := *e
	rest.Protocols = nil
	for _, p := range e.Protocols {
		if faults.UnknownPartyVotes(e, p) {
			def.Protocols = append(def.Protocols, p)
		} else {
			rest.Protocols = append(rest.Protocols, p)
		}
	}
	if err := writeJSON(filepath.Join(dir, "election.json"), &def); err != nil {
		return err
	}
	for _, f := range ingest.BallotFiles(&rest) {
		if err := writeJSON(filepath.Join(dir, string(f.Ballot)+"-mapping.json"), f.Mapping); err != nil {
			return err
		}
		if err := writeWith(filepath.Join(dir, string(f.Ballot)+".csv"), func(w io.Writer) error {
			return ingest.WriteCSV(w, f.Protocols, f.Precincts, f.Mapping)
		}); err != nil {
			return err
		}
	}
	return nil
}

// streamElection writes the election c describes as writeElection does,
// generating and writing one precinct at a time (synth.Stream), so that a
// million precincts take no more memory than a thousand: the rows go
// straight to the CSV files, the precincts of election.json through a
// temporary file; with cvr, the ballots of the manual protocols go to
// ballots.csv (ingest.BallotWriter). It returns the number of protocols
// written.
func streamElection(dir string, c synth.Config, cvr bool) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	// The definition does not depend on the number of precincts: draw it
	// from the smallest election of the same shape, to write the mappings
	// before the rows (checked against the real one below).
	small := c
	small.Precincts, small.Abroad = c.Okrugs, 0
	def, err := synth.Stream(small, func(election.Precinct, []election.Protocol) error { return nil })
	if err != nil {
		return 0, err
	}
	var writers [2]*ingest.Writer
	var files [2]*os.File
	var bufs [2]*bufio.Writer
	defer func() {
		for _, f := range files {
			if f != nil {
				f.Close()
			}
		}
	}()
	for i, kind := range []election.BallotKind{election.ListBallot, election.OkrugBallot} {
		m := ingest.MappingFor(def, kind)
		if !c.Preferences {
			m.Preferences = nil
		}
		if !c.MachineProtocols {
			m.MachineColumn = nil // every row is a manual count
		}
		if err := writeJSON(filepath.Join(dir, string(kind)+"-mapping.json"), m); err != nil {
			return 0, err
		}
		if files[i], err = os.Create(filepath.Join(dir, string(kind)+".csv")); err != nil {
			return 0, err
		}
		bufs[i] = bufio.NewWriterSize(files[i], 1<<20)
		if writers[i], err = ingest.NewWriter(bufs[i], m); err != nil {
			return 0, err
		}
	}
	var bw *ingest.BallotWriter
	if cvr {
		f, err := os.Create(filepath.Join(dir, "ballots.csv"))
		if err != nil {
			return 0, err
		}
		defer f.Close()
		buf := bufio.NewWriterSize(f, 1<<20)
		defer buf.Flush()
		if bw, err = ingest.NewBallotWriter(buf, def.Parties); err != nil {
			return 0, err
		}
	}
	tmp, err := os.CreateTemp(dir, ".precincts-*.json")
	if err != nil {
		return 0, err
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	pw := bufio.NewWriterSize(tmp, 1<<20)
	n, protocols := 0, 0
	full, err := synth.Stream(c, func(pr election.Precinct, ps []election.Protocol) error {
		b, err := json.MarshalIndent(pr, "  ", " ")
		if err != nil {
			return err
		}
		if n > 0 {
			pw.WriteByte(',')
		}
		pw.WriteString("\n  ")
		pw.Write(b)
		n++
		for i := range ps {
			w := writers[0]
			if ps[i].Ballot == election.OkrugBallot {
				w = writers[1]
			}
			if err := w.WriteProtocol(&ps[i], &pr); err != nil {
				return err
			}
			if bw != nil && !ps[i].Machine {
				if err := bw.Write(&ps[i]); err != nil {
					return err
				}
			}
			protocols++
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	for i, kind := range []election.BallotKind{election.ListBallot, election.OkrugBallot} {
		err := writers[i].Flush()
		if err == nil {
			err = bufs[i].Flush()
		}
		if cerr := files[i].Close(); err == nil {
			err = cerr
		}
		files[i] = nil
		if err != nil {
			return 0, fmt.Errorf("%s: %w", filepath.Join(dir, string(kind)+".csv"), err)
		}
	}
	if err := pw.Flush(); err != nil {
		return 0, err
	}
	if err := bw.Flush(); err != nil {
		return 0, fmt.Errorf("%s: %w", filepath.Join(dir, "ballots.csv"), err)
	}
	if a, b := must(json.Marshal(def)), must(json.Marshal(full)); string(a) != string(b) {
		return 0, errors.New("synth: the definition depends on the number of precincts")
	}

	// election.json: the definition with the precincts spliced in.
	full.Protocols = nil
	full.Precincts = nil
	var head bytes.Buffer
	enc := json.NewEncoder(&head)
	enc.SetIndent("", " ")
	if err := enc.Encode(full); err != nil {
		return 0, err
	}
	const hole = `"precincts": null`
	at := bytes.Index(head.Bytes(), []byte(hole))
	if at < 0 {
		return 0, errors.New("synth: no precincts in the definition's JSON")
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return 0, err
	}
	return protocols, writeWith(filepath.Join(dir, "election.json"), func(w io.Writer) error {
		w.Write(head.Bytes()[:at])
		io.WriteString(w, `"precincts": [`)
		if n == 0 {
			io.WriteString(w, "]")
		} else {
			if _, err := io.Copy(w, tmp); err != nil {
				return err
			}
			io.WriteString(w, "\n ]")
		}
		_, err := w.Write(head.Bytes()[at+len(hole):])
		return err
	})
}

func must(b []byte, err error) []byte {
	if err != nil {
		return []byte(err.Error())
	}
	return b
}

func writeJSON(path string, v any) error {
	return writeWith(path, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetIndent("", " ")
		return enc.Encode(v)
	})
}

// writeWith writes a file through a buffer and reports the first error of
// writing, flushing or closing.
func writeWith(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	err = write(w)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// fileable drops the planted faults no file can carry: a protocol of an
// unknown ballot kind (I602) is refused by ReadElection and ReadCSV as an
// input error, so it never reaches the validator from files.
func fileable(e *election.Election, planted []faults.Injected, stderr io.Writer) []faults.Injected {
	kept := e.Protocols[:0]
	for _, p := range e.Protocols {
		if p.Ballot == election.ListBallot || p.Ballot == election.OkrugBallot {
			kept = append(kept, p)
		}
	}
	e.Protocols = kept
	var out []faults.Injected
	for _, f := range planted {
		if f.Code == validate.UnknownBallot {
			fmt.Fprintf(stderr, "shailoo synth: %s (a protocol of an unknown ballot) is not planted: the file formats cannot carry it, and reading refuses it as an input error\n", f.Code)
			continue
		}
		out = append(out, f)
	}
	return out
}

// synthCopies writes the embedded kg2021 election as synth writes one
// (election.json, list.csv, okrug.csv and their mappings: the final
// published version), an earlier version (list-early.csv,
// okrug-early.csv), n observers' copies (copies/) of which the share rate
// differ from the final version, and what differs (copies-manifest.json).
func synthCopies(dir string, n int, rate string, seed uint64, stdout, stderr io.Writer) int {
	r, ok := new(big.Rat).SetString(rate)
	if !ok || r.Sign() < 0 || r.Cmp(big.NewRat(1, 1)) > 0 {
		fmt.Fprintf(stderr, "shailoo synth: --copy-faults %q: want a number from 0 to 1, such as 0.5\n", rate)
		return exitUsage
	}
	// faulty = n × rate, rounded half up
	f := new(big.Rat).Mul(r, big.NewRat(int64(n), 1))
	f.Add(f, big.NewRat(1, 2))
	faulty := new(big.Int).Quo(f.Num(), f.Denom())
	d, err := datasets.KG2021()
	if err != nil {
		return fail(stderr, err)
	}
	e := *d.Election
	cps, early, m, err := copies.Make(&e, copies.Config{Copies: n, Faulty: int(faulty.Int64()), Seed: seed})
	if err != nil {
		return fail(stderr, err)
	}
	if err := writeElection(dir, &e); err != nil {
		return fail(stderr, err)
	}
	ee := e
	ee.Protocols = early
	for _, f := range ingest.BallotFiles(&ee) {
		if err := writeWith(filepath.Join(dir, string(f.Ballot)+"-early.csv"), func(w io.Writer) error {
			return ingest.WriteCSV(w, f.Protocols, f.Precincts, f.Mapping)
		}); err != nil {
			return fail(stderr, err)
		}
	}
	cdir := filepath.Join(dir, "copies")
	if err := os.RemoveAll(cdir); err != nil {
		return fail(stderr, err)
	}
	if err := os.MkdirAll(cdir, 0o755); err != nil {
		return fail(stderr, err)
	}
	for _, c := range cps {
		if err := writeJSON(filepath.Join(cdir, c.Name), c.Protocol); err != nil {
			return fail(stderr, err)
		}
	}
	if err := writeJSON(filepath.Join(dir, "copies-manifest.json"), m); err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "wrote %s: the kg2021 election (%d precincts, %d protocols), an earlier version with %d protocols changed, %d copies of which %d differ (copies-manifest.json)\n",
		dir, len(e.Precincts), len(e.Protocols), len(m.VersionChanges), len(cps), len(m.CopyFaults))
	fmt.Fprintf(stdout, "reconcile them: shailoo reconcile --election %[1]s/election.json \\\n"+
		"  --source final=%[1]s/list.csv:%[1]s/list-mapping.json,%[1]s/okrug.csv:%[1]s/okrug-mapping.json --time final=2021-12-15T12:00:00+06:00 \\\n"+
		"  --source early=%[1]s/list-early.csv:%[1]s/list-mapping.json,%[1]s/okrug-early.csv:%[1]s/okrug-mapping.json --time early=2021-11-29T08:00:00+06:00 \\\n"+
		"  --source copies=%[1]s/copies\n", dir)
	return exitOK
}
