package shailoo_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/prop"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// toLong converts a wide protocols file (comma-separated, read by m) to a
// long one, one row per protocol and choice or line, its rows shuffled
// across precincts by seed (in the wide file's order for seed 0), with the mapping that reads it: the text
// columns (precinct, region, okrug, abroad, ballot, machine) are kept
// under their headers; the lines in repeat stay columns, repeated on every
// row; every other line and every choice becomes rows whose choice cell
// is its wide header. An empty wide cell becomes no row, or, for every
// other one, a row with an empty figure: both are absent.
func toLong(t testing.TB, data []byte, m ingest.Mapping, repeat []election.Line, seed uint64) ([]byte, ingest.Mapping) {
	return toLongAs(t, data, m, repeat, seed, false)
}

// toLongAs is toLong, the choice cells the IDs and line names when short.
func toLongAs(t testing.TB, data []byte, m ingest.Mapping, repeat []election.Line, seed uint64, short bool) ([]byte, ingest.Mapping) {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header := rows[0]
	at := func(c ingest.Column) int {
		if c.Index > 0 {
			return c.Index - 1
		}
		i := slices.Index(header, c.Header)
		if i < 0 {
			t.Fatalf("no column %v", c)
		}
		return i
	}
	lm := m
	lm.Shape, lm.Votes, lm.Preferences, lm.Lines = "long", nil, nil, map[election.Line]ingest.Column{}
	lm.ChoiceColumn, lm.VotesColumn = &ingest.Column{Header: "choice"}, &ingest.Column{Header: "votes"}
	lm.ChoiceValues, lm.LineValues = map[string]string{}, map[string]election.Line{}
	var keep []int // the text columns, in the long file's first columns
	var lheader []string
	text := func(c *ingest.Column) *ingest.Column {
		i := at(*c)
		if j := slices.Index(keep, i); j >= 0 {
			return &ingest.Column{Header: lheader[j]}
		}
		keep, lheader = append(keep, i), append(lheader, header[i])
		return &ingest.Column{Header: header[i]}
	}
	if len(m.Precinct.Columns) > 0 {
		lm.Precinct.Columns = nil
		for _, c := range m.Precinct.Columns {
			lm.Precinct.Columns = append(lm.Precinct.Columns, *text(&c))
		}
	} else {
		lm.Precinct = *text(&m.Precinct)
	}
	for _, c := range []**ingest.Column{&lm.Region, &lm.Okrug, &lm.Abroad, &lm.BallotColumn, &lm.MachineColumn} {
		if *c != nil {
			*c = text(*c)
		}
	}
	lheader = append(lheader, "choice", "votes")
	type fig struct {
		col  int
		text string
	}
	var figs, reps []fig
	for _, l := range m.Layout().Lines {
		i := at(m.Lines[l])
		if slices.Contains(repeat, l) {
			reps = append(reps, fig{i, header[i]})
			lm.Lines[l] = ingest.Column{Header: "line " + string(l)}
			lheader = append(lheader, "line "+string(l))
			continue
		}
		text := header[i]
		if short {
			text = string(l)
		}
		figs = append(figs, fig{i, text})
		lm.LineValues[text] = l
	}
	for _, id := range m.Layout().Votes {
		i := at(m.Votes[id])
		text := header[i]
		if short {
			text = id
		}
		figs = append(figs, fig{i, text})
		lm.ChoiceValues[text] = id
	}
	for _, id := range m.Layout().Preferences {
		i := at(m.Preferences[id])
		figs = append(figs, fig{i, header[i]})
		if lm.PreferenceValues == nil {
			lm.PreferenceValues = map[string]string{}
		}
		lm.PreferenceValues[header[i]] = id
	}
	out := [][]string{}
	odd := false
	for _, row := range rows[1:] {
		for _, f := range figs {
			if row[f.col] == "" {
				if odd = !odd; odd {
					continue
				}
			}
			r := make([]string, 0, len(lheader))
			for _, i := range keep {
				r = append(r, row[i])
			}
			r = append(r, f.text, row[f.col])
			for _, rp := range reps {
				r = append(r, row[rp.col])
			}
			out = append(out, r)
		}
	}
	if seed != 0 {
		rand.New(rand.NewPCG(seed, 14)).Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write(lheader)
	w.WriteAll(out)
	if err := w.Error(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), lm
}

// resultJSON is a count's Result as JSON, without what names the input
// files (their SHA-256) and the rows of findings, which differ between a
// wide file and its long form.
func resultJSON(t testing.TB, res *shailoo.Result) string {
	t.Helper()
	r := *res
	r.Inputs = nil
	// The same findings, about the same protocols, at other rows.
	fs := slices.Clone(r.Findings.Findings)
	for i := range fs {
		fs[i].Place.Row, fs[i].Place.LastRow = 0, 0
	}
	validate.Sort(fs)
	r.Findings.Findings = fs
	b, err := json.MarshalIndent(&r, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestDuma2011Long: the real 2011 file made long, its rows shuffled
// across precincts and the voters on the list repeated as a column on
// every row, counts as the wide file does, to the byte of the Result,
// under the example's mapping (precincts named by region and number) and
// the definition inferred from it, as `shailoo count` counts it.
func TestDuma2011Long(t *testing.T) {
	data := duma2011(t)
	_, rules, _ := dumaInputs(t)
	f, err := os.Open("examples/duma2011/mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := ingest.ReadMappingFor(f, "mapping.json", rules.Protocol.Known)
	if err != nil {
		t.Fatal(err)
	}
	long, lm := toLong(t, data, m, []election.Line{"voters"}, 1)
	e, note, err := ingest.Define(m, "mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	// The long mapping infers the same parties (its note words it for
	// choice cells).
	if le, _, err := ingest.Define(lm, "mapping.json"); err != nil || !reflect.DeepEqual(le, e) {
		t.Fatalf("the long mapping infers %+v, %v; the wide one %+v", le, err, e)
	}
	count := func(data []byte, m ingest.Mapping) string {
		res, err := shailoo.CountCSV(e, rules, []shailoo.CSVInput{{Name: "2011.csv", R: bytes.NewReader(data), Mapping: m}}, shailoo.Options{Notes: note})
		if err != nil {
			t.Fatal(err)
		}
		if res.Findings.Errors() != 0 {
			t.Errorf("%d error findings", res.Findings.Errors())
		}
		return resultJSON(t, res)
	}
	if w, g := count(data, m), count(long, lm); w != g {
		t.Errorf("the long file counts otherwise than the wide one:\n%s", firstDiff(w, g))
	}
}

// firstDiff shows where two texts part.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-200)
	return "wide: ..." + a[from:min(len(a), i+200)] + "\nlong: ..." + b[from:min(len(b), i+200)] + "\n(at byte " + strconv.Itoa(i) + ")"
}

// Property: a synthetic election's protocols (with preference votes and
// machine counts) written wide (one file per ballot, MappingFor) and made
// long (rows shuffled, a random set of lines repeated as columns) count
// to the same Result.
func TestLongCountsAsWide(t *testing.T) {
	props := newProps(t, 60)
	same := func(w world) string {
		e, err := w.election()
		if err != nil {
			return err.Error()
		}
		r, err := w.rules()
		if err != nil {
			return err.Error()
		}
		def := *e
		def.Protocols = nil
		var wide, long []shailoo.CSVInput
		rng := rand.New(rand.NewPCG(w.Perm, 1))
		for _, f := range ingest.BallotFiles(e) {
			var b bytes.Buffer
			if err := ingest.WriteCSV(&b, f.Protocols, f.Precincts, f.Mapping); err != nil {
				return err.Error()
			}
			var repeat []election.Line
			for _, l := range election.AllLines() {
				if rng.IntN(4) == 0 {
					repeat = append(repeat, l)
				}
			}
			lb, lm := toLong(t, b.Bytes(), f.Mapping, repeat, w.Perm)
			name := string(f.Ballot) + ".csv"
			wide = append(wide, shailoo.CSVInput{Name: name, R: bytes.NewReader(b.Bytes()), Mapping: f.Mapping})
			long = append(long, shailoo.CSVInput{Name: name, R: bytes.NewReader(lb), Mapping: lm})
		}
		return countsAlike(t, &def, r, wide, long, "long")
	}
	holdsForWorlds(t, props, "wide and long count the same", same)
}

// BenchmarkDuma2011Long counts the real 2011 file as published (wide) and
// made long (toLong: 2.3 million rows, 12 times the bytes, the rows of a
// precinct together as long files publish them, or shuffled across the
// file; or with the choice cells the short IDs and line names, 4 times
// the bytes), each read from a file, as `shailoo count` reads it.
func BenchmarkDuma2011Long(b *testing.B) {
	data := duma2011(b)
	f, err := os.Open("examples/duma2011/mapping.json")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	rules, err := shailoo.ReadRules(mustOpen(b, "examples/duma2011/rules.json"), "rules.json")
	if err != nil {
		b.Fatal(err)
	}
	m, err := ingest.ReadMappingFor(f, "mapping.json", rules.Protocol.Known)
	if err != nil {
		b.Fatal(err)
	}
	long, lm := toLong(b, data, m, []election.Line{"voters"}, 0)
	shuffled, _ := toLong(b, data, m, []election.Line{"voters"}, 1)
	short, sm := toLongAs(b, data, m, []election.Line{"voters"}, 0, true)
	dir := b.TempDir()
	for _, tc := range []struct {
		name string
		data []byte
		m    ingest.Mapping
	}{{"wide", data, m}, {"long", long, lm}, {"long-shuffled", shuffled, lm}, {"long-short-choices", short, sm}} {
		path := filepath.Join(dir, tc.name+".csv")
		if err := os.WriteFile(path, tc.data, 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.data)))
			for b.Loop() {
				e, _, err := ingest.Define(tc.m, "mapping.json")
				if err != nil {
					b.Fatal(err)
				}
				r := mustOpen(b, path)
				if _, err := shailoo.CountCSV(e, rules, []shailoo.CSVInput{{Name: "2011.csv", R: r, Mapping: tc.m}}, shailoo.Options{}); err != nil {
					b.Fatal(err)
				}
				r.Close()
			}
		})
	}
}

func mustOpen(tb testing.TB, name string) *os.File {
	tb.Helper()
	f, err := os.Open(name)
	if err != nil {
		tb.Fatal(err)
	}
	return f
}

// countsAlike counts the files of wide and of other (the same protocols
// in another layout, named so) under def and r, and returns "" when the
// two Results are the same JSON, or what differs.
// holdsForWorlds checks that same finds nothing amiss (returns "") for
// the generated worlds, as a gopter property named name.
func holdsForWorlds(t *testing.T, props *gopter.Properties, name string, same func(world) string) {
	props.Property(name, prop.ForAll(func(w world) (bool, error) {
		if msg := same(w); msg != "" {
			return false, errors.New(msg)
		}
		return true, nil
	}, genWorld(true)))
	props.TestingRun(t)
}

func countsAlike(t *testing.T, def *election.Election, r shailoo.Rules, wide, other []shailoo.CSVInput, layout string) string {
	want, err := shailoo.CountCSV(def, r, wide, shailoo.Options{})
	if err != nil {
		return "wide: " + err.Error()
	}
	got, err := shailoo.CountCSV(def, r, other, shailoo.Options{})
	if err != nil {
		return layout + ": " + err.Error()
	}
	if a, b := resultJSON(t, want), resultJSON(t, got); a != b {
		return firstDiff(a, b)
	}
	return ""
}
