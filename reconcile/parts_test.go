package reconcile_test

import (
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/reconcile"
	"github.com/shailoo/shailoo/validate"
)

// A source given in parts ("part": true in each mapping: the lines of
// example/long's precincts in one file, their votes in another) gives one
// protocol per precinct, joined as a count joins them: compared with the
// other source, not two protocols of each precinct that differ (R706) and
// are left out. A figure two parts of a source give differently is I606,
// as in a count.
func TestSourceInParts(t *testing.T) {
	def, err := os.ReadFile("../examples/long/election.json")
	if err != nil {
		t.Fatal(err)
	}
	lines := `{"part": true, "precinct": "p", "ballot": "list", "lines": {"voters": "voters"}}`
	votes := `{"part": true, "precinct": "p", "ballot": "list", "votes": {"ak-jol": "ak-jol", "bereke": "bereke", "chynar": "chynar", "against_all": "against all"}}`
	const l = "p,voters\n1001,1000\n2001,900\n"
	const v = "p,ak-jol,bereke,chynar,against all\n1001,300,200,100,10\n2001,250,150,90,5\n"
	src := func(name, lcsv, vcsv string) reconcile.Input {
		return reconcile.Input{Name: name, Files: []reconcile.File{
			{Name: name + "-lines.csv", Data: []byte(lcsv), Mapping: &reconcile.File{Name: "lines.json", Data: []byte(lines)}},
			{Name: name + "-votes.csv", Data: []byte(vcsv), Mapping: &reconcile.File{Name: "votes.json", Data: []byte(votes)}}}}
	}
	bv := strings.Replace(v, "250", "251", 1)
	b := src("b", l, bv)
	b.Files = append(b.Files, reconcile.File{Name: "b-votes2.csv", Data: []byte(strings.Replace(bv, "300", "301", 1)), Mapping: &reconcile.File{Name: "votes.json", Data: []byte(votes)}})
	e, srcs, err := reconcile.Read(reconcile.ReadOptions{Rules: shailoo.KG2021(), Definition: reconcile.File{Name: "election.json", Data: def}},
		[]reconcile.Input{src("a", l, v), b})
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs[0].Protocols) != 2 || len(srcs[1].Protocols) != 2 {
		t.Fatalf("%d and %d protocols; want 2 each, the parts joined", len(srcs[0].Protocols), len(srcs[1].Protocols))
	}
	r, err := reconcile.Reconcile(e, srcs, reconcile.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var diffs []string
	for _, d := range r.Differences {
		diffs = append(diffs, d.Precinct+" "+d.Field)
	}
	if strings.Join(diffs, ", ") != "2001 votes.ak-jol" {
		t.Errorf("differences %v; want 2001's ak-jol alone (1001's is not given in b)", diffs)
	}
	var i606 int
	for _, f := range r.Findings.Findings {
		switch f.Code {
		case validate.PartsDiffer:
			i606++
			if f.Place.File != "b-votes2.csv" || f.Place.Precinct != "1001" || !strings.Contains(f.Message().En, "row 2 of b-votes.csv") {
				t.Errorf("I606 %+v %q; want at b-votes2.csv, naming row 2 of b-votes.csv", f.Place, f.Message().En)
			}
		case validate.SourceDuplicate, validate.SourceDuplicateSame:
			t.Errorf("%s %+v: the parts are not joined", f.Code, f.Place)
		}
	}
	if i606 != 1 {
		t.Errorf("%d I606; want 1", i606)
	}
}

// A source given in parts whose first part names no region (Slovakia's
// table 03f mapped without its district column, read before table 02e)
// has each okrsok's region from the part that gives it: the regions are
// learnt, and no later row is said to place an okrsok elsewhere; before,
// the first part's empty region was kept, no region was learnt and each
// okrsok was a note of a conflict.
func TestSourceInPartsRegionFromLaterPart(t *testing.T) {
	read := func(name string) []byte {
		b, err := os.ReadFile("../testdata/ingest/real/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	const lines = `{"part": true, "precinct": {"columns": ["Kód obce", "Okrsok"]}, "region": "Názov okresu", "ballot": "okrug", "okrug_id": "Slovensko",
  "lines": {"voters": "Počet zapísaných voličov", "valid": "Počet platných hlasov pre všetkých kandidátov"}}`
	const votes = `{"part": true, "layout": "long", "precinct": {"columns": ["Kód obce", "Okrsok"]}, "ballot": "okrug", "okrug_id": "Slovensko",
  "choice_column": "Priezvisko", "votes_column": "Počet platných hlasov", "choice_values": {"Korčok": "korcok", "Pellegrini": "pellegrini"}}`
	src := func(name string) reconcile.Input {
		return reconcile.Input{Name: name, Files: []reconcile.File{
			{Name: "03f.csv", Data: read("sk-prez2024-k2-tab03f.csv"), Mapping: &reconcile.File{Name: "03f.json", Data: []byte(votes)}},
			{Name: "02e.csv", Data: read("sk-prez2024-k2-tab02e.csv"), Mapping: &reconcile.File{Name: "02e.json", Data: []byte(lines)}}}}
	}
	e, srcs, err := reconcile.Read(reconcile.ReadOptions{NoImpact: true}, []reconcile.Input{src("a"), src("b")})
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Regions) != 2 {
		t.Errorf("%d regions; want the 2 the lines' part names", len(e.Regions))
	}
	for _, n := range srcs[0].Notes {
		if strings.Contains(n, "which is kept") {
			t.Errorf("note %q: a part without a region is no conflict", n)
			break
		}
	}
}
