package reconcile_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/copies"
	"github.com/shailoo/shailoo/reconcile"
	"github.com/shailoo/shailoo/validate"
)

// planted is the embedded kg2021 election with 470 copies, half of them
// differing, and an earlier published version: the data of the issue's
// "Done when".
var planted = sync.OnceValues(func() (*plantedData, error) {
	d, err := datasets.KG2021()
	if err != nil {
		return nil, err
	}
	e := *d.Election
	cps, early, m, err := copies.Make(&e, copies.Config{Copies: 470, Faulty: 235, Seed: 1})
	if err != nil {
		return nil, err
	}
	tx, err := copies.Write(&e, early, cps)
	if err != nil {
		return nil, err
	}
	return &plantedData{tx, m}, nil
})

type plantedData struct {
	tx *copies.Texts
	m  copies.Manifest
}

func data(t testing.TB) *plantedData {
	t.Helper()
	p, err := planted()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func files(ts []copies.Text) []reconcile.File {
	var out []reconcile.File
	for _, x := range ts {
		f := reconcile.File{Name: x.Name, Data: x.Data}
		if x.Mapping != nil {
			f.Mapping = &reconcile.File{Name: x.MappingName, Data: x.Mapping}
		}
		out = append(out, f)
	}
	return out
}

func inputs(tx *copies.Texts) []reconcile.Input {
	return []reconcile.Input{
		{Name: "final", Time: "2021-12-15T12:00:00+06:00", Files: files(tx.Final)},
		{Name: "early", Time: "2021-11-29T08:00:00+06:00", Files: files(tx.Early)},
		{Name: "copies", Files: files(tx.Copies)},
	}
}

func run(t testing.TB, p *plantedData, o reconcile.Options) *reconcile.Report {
	t.Helper()
	e, srcs, err := reconcile.Read(reconcile.ReadOptions{Rules: shailoo.KG2021(), Definition: reconcile.File{Name: "election.json", Data: p.tx.Definition}}, inputs(p.tx))
	if err != nil {
		t.Fatal(err)
	}
	r, err := reconcile.Reconcile(e, srcs, o)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestFindsExactlyWhatWasPlanted: every planted difference is found, and
// nothing else.
func TestFindsExactlyWhatWasPlanted(t *testing.T) {
	p := data(t)
	r := run(t, p, reconcile.Options{Rules: shailoo.KG2021()})
	want := map[string]bool{}
	for source, planted := range map[string][]copies.Planted{"copies": p.m.CopyFaults, "early": p.m.VersionChanges} {
		for _, pl := range planted {
			for _, c := range pl.Changes {
				want[fmt.Sprintf("%s|%s|%s|%s|%d|%d", source, pl.Precinct, pl.Ballot, c.Field, c.Base, c.Other)] = true
			}
		}
	}
	got := map[string]bool{}
	for _, d := range r.Differences {
		if d.Reference != "final" || d.Values[0].Source != "final" || d.Values[0].Value == nil {
			t.Fatalf("difference %+v: not referred to the final version", d)
		}
		base := *d.Values[0].Value
		for _, v := range d.Values[1:] {
			if v.Value != nil && *v.Value != base {
				got[fmt.Sprintf("%s|%s|%s|%s|%d|%d", v.Source, d.Precinct, d.Ballot, d.Field, base, *v.Value)] = true
			}
		}
	}
	for k := range want {
		if !got[k] {
			t.Errorf("planted, not found: %s", k)
		}
	}
	for k := range got {
		if !want[k] {
			t.Errorf("found, not planted: %s", k)
		}
	}
	if len(want) == 0 {
		t.Fatal("nothing planted")
	}
	codes := map[validate.Code]int{}
	for _, f := range r.Findings.Findings {
		codes[f.Code]++
	}
	if n := codes[validate.SourcesLine] + codes[validate.SourcesVotes]; n != len(want) || len(codes) > 2 {
		t.Errorf("findings %v, want %d of R701 and R702 only", codes, len(want))
	}
	pair := r.Pairs[1] // final ↔ copies
	if pair.A != "final" || pair.B != "copies" || pair.Compared != 470 || pair.Differ != len(p.m.CopyFaults) || pair.Share != "50.0%" {
		t.Errorf("final ↔ copies: %+v", pair)
	}
	if len(r.Versions) != 1 || r.Versions[0].From != "early" || r.Versions[0].To != "final" || r.Versions[0].Pair.Differ != len(p.m.VersionChanges) {
		t.Errorf("versions %+v", r.Versions)
	}
	if len(r.Impact) != 2 || r.Impact[1].Source != "copies" || r.Impact[1].Substituted != 470 {
		t.Errorf("impact %+v", r.Impact)
	}
	if !r.Differs() {
		t.Error("Differs() is false")
	}
}

// TestSameSourcesAgree: a source against itself under another name
// differs in nothing, and the seat impact moves nothing.
func TestSameSourcesAgree(t *testing.T) {
	p := data(t)
	tx := p.tx
	e, srcs, err := reconcile.Read(reconcile.ReadOptions{Rules: shailoo.KG2021(), Definition: reconcile.File{Name: "election.json", Data: tx.Definition}},
		[]reconcile.Input{{Name: "a", Files: files(tx.Final)}, {Name: "b", Files: files(tx.Final)}})
	if err != nil {
		t.Fatal(err)
	}
	r, err := reconcile.Reconcile(e, srcs, reconcile.Options{Rules: shailoo.KG2021()})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Differences) != 0 || len(r.Findings.Findings) != 0 || r.Differs() {
		t.Errorf("%d differences, findings %+v", len(r.Differences), r.Findings.Findings)
	}
	for _, l := range r.Impact[0].Lists {
		if l.Moved != 0 {
			t.Errorf("list %s moves %d seats", l.ID, l.Moved)
		}
	}
}

func TestBadOptions(t *testing.T) {
	one := reconcile.Source{Name: "a"}
	def := datasetsDef(t)
	tests := []struct {
		name    string
		sources []reconcile.Source
		o       reconcile.Options
		want    error
	}{
		{"one source", []reconcile.Source{one}, reconcile.Options{}, reconcile.ErrSources},
		{"same name", []reconcile.Source{one, one}, reconcile.Options{}, reconcile.ErrDuplicate},
		{"no name", []reconcile.Source{one, {}}, reconcile.Options{}, reconcile.ErrName},
		{"bad time", []reconcile.Source{one, {Name: "b", Time: "29.11.2021"}}, reconcile.Options{}, reconcile.ErrTime},
		{"unknown base", []reconcile.Source{one, {Name: "b"}}, reconcile.Options{Base: "c"}, reconcile.ErrBase},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := reconcile.Reconcile(def, tc.sources, tc.o); !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := reconcile.Reconcile(nil, nil, reconcile.Options{}); !errors.Is(err, reconcile.ErrNil) {
		t.Errorf("nil definition: %v", err)
	}
}

func datasetsDef(t testing.TB) *election.Election {
	t.Helper()
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	return d.Election
}

// TestWritersAgree: every format writes without error, and the JSON is
// the same on a second run (deterministic).
func TestDeterministic(t *testing.T) {
	p := data(t)
	var a, b bytes.Buffer
	if err := reconcile.WriteJSON(&a, run(t, p, reconcile.Options{})); err != nil {
		t.Fatal(err)
	}
	if err := reconcile.WriteJSON(&b, run(t, p, reconcile.Options{})); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two runs give different JSON")
	}
	r := run(t, p, reconcile.Options{})
	for name, w := range map[string]func() error{
		"text": func() error { return reconcile.WriteText(&bytes.Buffer{}, r, reconcile.TextOptions{}) },
		"md":   func() error { return reconcile.WriteMarkdown(&bytes.Buffer{}, r, reconcile.TextOptions{Lang: "ky"}) },
		"csv":  func() error { return reconcile.WriteCSV(&bytes.Buffer{}, r) },
	} {
		if err := w(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// BenchmarkReconcile is the "Done when": the 2,494 precincts of
// kg2021, 470 copies of which half differ, two published versions, read
// from their bytes, compared, and the seat impact of each source counted.
func BenchmarkReconcile(b *testing.B) {
	p := data(b)
	for b.Loop() {
		run(b, p, reconcile.Options{Rules: shailoo.KG2021()})
	}
}

// TestImpactMovesSeats: copies that move votes from the first list to the
// sixth in many precincts move seats, and the impact says which and who.
func TestImpactMovesSeats(t *testing.T) {
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	e := d.Election
	published := reconcile.Source{Name: "published"}
	copied := reconcile.Source{Name: "copies"}
	for i, p := range e.Protocols {
		published.Protocols = append(published.Protocols, reconcile.Protocol{Protocol: p, File: "published.csv", Line: i + 2})
		if p.Ballot != "list" || len(copied.Protocols) >= 1000 {
			continue
		}
		c := p
		c.Preferences = nil
		c.Votes = maps.Clone(p.Votes)
		k := min(c.Votes["ata-jurt"], 60)
		c.Votes["ata-jurt"] -= k
		c.Votes["yiman-nuru"] += k
		copied.Protocols = append(copied.Protocols, reconcile.Protocol{Protocol: c, File: fmt.Sprintf("copies/%s.json", p.Precinct), Line: 1})
	}
	r, err := reconcile.Reconcile(e, []reconcile.Source{published, copied}, reconcile.Options{Rules: shailoo.KG2021()})
	if err != nil {
		t.Fatal(err)
	}
	moved := map[string]int{}
	for _, l := range r.Impact[0].Lists {
		moved[l.ID] = l.Moved
	}
	if moved["ata-jurt"] >= 0 || moved["yiman-nuru"] <= 0 {
		t.Errorf("seats moved %v: want Ata-Jurt to lose and Yiman Nuru to gain", moved)
	}
	var text bytes.Buffer
	if err := reconcile.WriteText(&text, r, reconcile.TextOptions{Summary: true}); err != nil {
		t.Fatal(err)
	}
	t.Log(text.String())
	if !bytes.Contains(text.Bytes(), []byte("Ata-Jurt Kyrgyzstan 15 → 1")) || !bytes.Contains(text.Bytes(), []byte("loses a seat")) {
		t.Errorf("the text does not say who loses:\n%s", text.String())
	}
}

// TestBaseGivesTwice: a protocol the base gives twice with different
// figures is R706, not also "missing from the base" (R705), and is not
// compared.
func TestBaseGivesTwice(t *testing.T) {
	def := &election.Election{Parties: []election.Party{{ID: "p1"}}, Precincts: []election.Precinct{{ID: "1"}}}
	p := func(v int64) reconcile.Protocol {
		return reconcile.Protocol{Protocol: election.Protocol{Precinct: "1", Ballot: election.ListBallot, Votes: map[string]int64{"p1": v}}, File: "f", Line: int(v)}
	}
	r, err := reconcile.Reconcile(def, []reconcile.Source{
		{Name: "pub", Protocols: []reconcile.Protocol{p(1), p(2)}},
		{Name: "copies", Protocols: []reconcile.Protocol{p(3)}},
	}, reconcile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var codes []validate.Code
	for _, f := range r.Findings.Findings {
		codes = append(codes, f.Code)
	}
	if len(codes) != 1 || codes[0] != validate.SourceDuplicate || len(r.Differences) != 0 || len(r.Only) != 1 {
		t.Errorf("findings %v, %d differences, only %+v", codes, len(r.Differences), r.Only)
	}
}

// A source whose mapping says one header row too many (columns named by
// number) loses its first data row to the header: that is finding I604,
// an error of the report, as it is of a count, not a note.
func TestDataRowReadAsHeader(t *testing.T) {
	def, err := os.ReadFile("../examples/long/election.json")
	if err != nil {
		t.Fatal(err)
	}
	csv := "precinct,voters,ak-jol,bereke,chynar,against all\n1001,1000,300,200,100,10\n1002,900,250,150,90,5\n"
	mapping := `{"precinct": {"column": 1}, "ballot": "list", "header_rows": 2, "lines": {"voters": {"column": 2}},
		"votes": {"ak-jol": {"column": 3}, "bereke": {"column": 4}, "chynar": {"column": 5}, "against_all": {"column": 6}}}`
	src := func(name string) reconcile.Input {
		return reconcile.Input{Name: name, Files: []reconcile.File{{Name: name + ".csv", Data: []byte(csv),
			Mapping: &reconcile.File{Name: name + ".json", Data: []byte(mapping)}}}}
	}
	e, srcs, err := reconcile.Read(reconcile.ReadOptions{Rules: shailoo.KG2021(), Definition: reconcile.File{Name: "election.json", Data: def}},
		[]reconcile.Input{src("a"), src("b")})
	if err != nil {
		t.Fatal(err)
	}
	r, err := reconcile.Reconcile(e, srcs, reconcile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range r.Findings.Findings {
		if f.Code == validate.DataHeader {
			n++
			if f.Place.Row != 2 || f.Severity != validate.Error {
				t.Errorf("I604 at row %d, %s; want row 2, an error", f.Place.Row, f.Severity)
			}
		}
	}
	if n != 2 || !r.Differs() {
		t.Errorf("%d findings I604 (want one a source), differs %v; notes %q", n, r.Differs(), r.Notes)
	}
}

// A definition that lists no precincts (its parties and okrugs alone)
// takes them from the sources' rows, as a count takes them from its files:
// each protocol is compared and counted in the seat impact, none is of a
// precinct the definition lacks (R708).
func TestPrecinctsLearntFromTheSources(t *testing.T) {
	raw, err := os.ReadFile("../examples/long/election.json")
	if err != nil {
		t.Fatal(err)
	}
	var def map[string]any
	if err := json.Unmarshal(raw, &def); err != nil {
		t.Fatal(err)
	}
	delete(def, "precincts")
	defJSON, _ := json.Marshal(def)
	mapping := `{"precinct": "p", "region": "region", "ballot": "list", "lines": {"voters": "voters"},
		"votes": {"ak-jol": "ak-jol", "bereke": "bereke", "chynar": "chynar", "against_all": "against all"}}`
	a := "p,region,voters,ak-jol,bereke,chynar,against all\n1001,north,1000,300,200,100,10\n2001,south,900,250,150,90,5\n"
	b := strings.Replace(a, "300,200", "300,260", 1)
	src := func(name, csv string) reconcile.Input {
		return reconcile.Input{Name: name, Files: []reconcile.File{{Name: name + ".csv", Data: []byte(csv),
			Mapping: &reconcile.File{Name: name + ".json", Data: []byte(mapping)}}}}
	}
	e, srcs, err := reconcile.Read(reconcile.ReadOptions{Rules: shailoo.KG2021(), Definition: reconcile.File{Name: "election.json", Data: defJSON}},
		[]reconcile.Input{src("a", a), src("b", b)})
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Precincts) != 2 || e.Precincts[0].ID != "1001" || e.Precincts[1].Region != "south" {
		t.Fatalf("precincts %+v", e.Precincts)
	}
	r, err := reconcile.Reconcile(e, srcs, reconcile.Options{Rules: shailoo.KG2021()})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Findings.Findings {
		if f.Code == validate.Code("R708") {
			t.Errorf("R708: %+v", f.Place)
		}
	}
	if len(r.Impact) != 1 || r.Impact[0].LeftOut != 0 || r.Impact[0].Substituted != 2 || r.Impact[0].Changed != 1 {
		t.Errorf("impact %+v", r.Impact)
	}
	if !strings.Contains(strings.Join(r.Notes, "\n"), "its 2 precincts are those the rows of the sources' files name") {
		t.Errorf("no note says where the precincts come from: %q", r.Notes)
	}
	// A later source that places a precinct elsewhere is said, not
	// settled silently.
	c := strings.Replace(a, "2001,south", "2001,north", 1)
	_, srcs, err = reconcile.Read(reconcile.ReadOptions{Rules: shailoo.KG2021(), Definition: reconcile.File{Name: "election.json", Data: defJSON}},
		[]reconcile.Input{src("a", a), src("c", c)})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Join(srcs[0].Notes, "\n"); !strings.Contains(n, `precinct 2001: "c" places it in region "north"`) {
		t.Errorf("no note says that c places 2001 elsewhere: %q", n)
	}
}

// A source whose mapping reads empty cells as 0 says so, with the cells so
// read, as a count of the same file does: a reconciliation that compared
// zeros nobody wrote without a word would decide silently.
func TestEmptyCellsNoted(t *testing.T) {
	def, err := os.ReadFile("../examples/long/election.json")
	if err != nil {
		t.Fatal(err)
	}
	csv := "precinct,voters,ak-jol,bereke,chynar,against all\n1001,1000,300,,100,10\n1002,900,250,150,,\n"
	for _, c := range []struct{ mapping, want string }{
		{`{"precinct": {"column": 1}, "ballot": "list", "empty_cells": "zero", "lines": {"voters": {"column": 2}},
			"votes": {"ak-jol": {"column": 3}, "bereke": {"column": 4}, "chynar": {"column": 5}, "against_all": {"column": 6}}}`,
			`"empty_cells": "zero"): 3 such cells`},
		{`{"precinct": {"column": 1}, "ballot": "list", "empty_votes": "not_on_ballot", "lines": {"voters": {"column": 2}},
			"votes": {"ak-jol": {"column": 3}, "bereke": {"column": 4}, "chynar": {"column": 5}, "against_all": {"column": 6}}}`,
			`"empty_votes": "not_on_ballot"): 3 such cells`},
	} {
		in := reconcile.Input{Name: "a", Files: []reconcile.File{{Name: "a.csv", Data: []byte(csv),
			Mapping: &reconcile.File{Name: "a.json", Data: []byte(c.mapping)}}}}
		_, srcs, err := reconcile.Read(reconcile.ReadOptions{Rules: shailoo.KG2021(), Definition: reconcile.File{Name: "election.json", Data: def}},
			[]reconcile.Input{in})
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Join(srcs[0].Notes, "\n"); !strings.Contains(n, c.want) {
			t.Errorf("notes %q; want one that says %s", n, c.want)
		}
	}
}

// A transposed file's protocol is its precinct's column: a difference
// names that column beside the header row's line, as a count's finding
// does, not the header row alone.
func TestTransposedDifferenceNamesColumn(t *testing.T) {
	def, err := os.ReadFile("../examples/long/election.json")
	if err != nil {
		t.Fatal(err)
	}
	mapping := `{"layout": "transposed", "precinct": {"header": "precinct"}, "ballot": "list", "lines": {"voters": {"header": "voters"}},
		"votes": {"ak-jol": {"header": "ak-jol"}, "bereke": {"header": "bereke"}, "chynar": {"header": "chynar"}, "against_all": {"header": "against all"}}}`
	src := func(name, csv string) reconcile.Input {
		return reconcile.Input{Name: name, Files: []reconcile.File{{Name: name + ".csv", Data: []byte(csv),
			Mapping: &reconcile.File{Name: name + ".json", Data: []byte(mapping)}}}}
	}
	const a = "precinct,1001,1002\nvoters,1000,900\nak-jol,300,250\nbereke,200,150\nchynar,100,90\nagainst all,10,5\n"
	b := strings.Replace(a, "250", "251", 1)
	e, srcs, err := reconcile.Read(reconcile.ReadOptions{Rules: shailoo.KG2021(), Definition: reconcile.File{Name: "election.json", Data: def}},
		[]reconcile.Input{src("a", a), src("b", b)})
	if err != nil {
		t.Fatal(err)
	}
	r, err := reconcile.Reconcile(e, srcs, reconcile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Differences) != 1 {
		t.Fatalf("%d differences; want 1", len(r.Differences))
	}
	for _, v := range r.Differences[0].Values {
		if v.Line != 1 || v.Column != 3 {
			t.Errorf("%s: line %d, column %d; want the header row's line 1, precinct 1002's column 3", v.Source, v.Line, v.Column)
		}
	}
	for _, f := range r.Findings.Findings {
		if f.Place.Precinct == "1002" && (f.Place.Row != 1 || f.Place.Column != 3) {
			t.Errorf("%s at %d:%d; want 1:3", f.Code, f.Place.Row, f.Place.Column)
		}
	}
}

// A protocol of the base that the other source does not give (a station
// the later count annulled or filtered out) is counted with the base's
// figures in the seat impact, and the report says so: "with the figures
// of b" is then not b's count alone. A provisional count says why.
func TestImpactKeptFromBase(t *testing.T) {
	raw, err := os.ReadFile("../examples/long/election.json")
	if err != nil {
		t.Fatal(err)
	}
	mapping := `{"precinct": "p", "ballot": "list", "lines": {"voters": "voters"},
		"votes": {"ak-jol": "ak-jol", "bereke": "bereke", "chynar": "chynar", "against_all": "against all"}}`
	a := "p,voters,ak-jol,bereke,chynar,against all\n1001,1000,300,200,100,10\n2001,900,250,150,90,5\n"
	b := "p,voters,ak-jol,bereke,chynar,against all\n1001,1000,300,260,100,10\n"
	src := func(name, csv string) reconcile.Input {
		return reconcile.Input{Name: name, Files: []reconcile.File{{Name: name + ".csv", Data: []byte(csv),
			Mapping: &reconcile.File{Name: name + ".json", Data: []byte(mapping)}}}}
	}
	e, srcs, err := reconcile.Read(reconcile.ReadOptions{Rules: shailoo.KG2021(), Definition: reconcile.File{Name: "election.json", Data: raw}},
		[]reconcile.Input{src("a", a), src("b", b)})
	if err != nil {
		t.Fatal(err)
	}
	r, err := reconcile.Reconcile(e, srcs, reconcile.Options{Rules: shailoo.KG2021()})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Impact) != 1 || r.Impact[0].Kept != 1 || r.Impact[0].Substituted != 1 {
		t.Fatalf("impact %+v: want 1 protocol kept from a, 1 substituted", r.Impact)
	}
	var out strings.Builder
	if err := reconcile.WriteText(&out, r, reconcile.TextOptions{}); err != nil {
		t.Fatal(err)
	}
	// The differences' own findings are the differences: the summary
	// counts the others, which "Findings" lists (it said "1 error and 0
	// warning findings" above "none besides the differences above").
	for _, want := range []string{"figures that differ: 1; protocols given by one source only: 1; besides the differences, the comparison of the sources has 0 error findings and 0 warning findings",
		"none besides the differences above", "(1 protocol substituted, 1 figure changed,", "1 protocol compared, 1 differ"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, out.String())
		}
	}
	if !strings.Contains(out.String(), "1 kept from a: b does not give them") {
		t.Errorf("the report does not say what was kept from the base:\n%s", out.String())
	}
	if !r.Impact[0].Base.Provisional || len(r.Impact[0].Base.Why) == 0 {
		t.Errorf("a provisional count without its reasons: %+v", r.Impact[0].Base)
	}
	if r.Impact[0].Base.Provisional && !strings.Contains(out.String(), "provisional ("+r.Impact[0].Base.Why[0].Reason) {
		t.Errorf("the report does not say why the count is provisional:\n%s", out.String())
	}
	// The JSON gives the reasons as a count's JSON does (kind, scope,
	// count, affects, reason), which the page says in its language.
	var js strings.Builder
	if err := reconcile.WriteJSON(&js, r); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Impact []struct {
			Base struct {
				Why []struct {
					Kind    string   `json:"kind"`
					Affects []string `json:"affects"`
				} `json:"provisional_reasons"`
			} `json:"base"`
		} `json:"impact"`
	}
	if err := json.Unmarshal([]byte(js.String()), &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Impact) != 1 || len(back.Impact[0].Base.Why) == 0 || back.Impact[0].Base.Why[0].Kind == "" || len(back.Impact[0].Base.Why[0].Affects) == 0 {
		t.Errorf("the JSON's reasons: %+v; want a count's, with their kind and what rests on them", back.Impact)
	}
}
