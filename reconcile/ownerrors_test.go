package reconcile_test

import (
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/reconcile"
	"github.com/shailoo/shailoo/validate"
)

// A copy whose own figures are wrong (its votes do not add up to its
// valid ballots: P103) is said so in the summary and listed under
// Findings, not only counted among the count's flags.
func TestOwnErrorsOfACopy(t *testing.T) {
	raw, err := os.ReadFile("../examples/long/election.json")
	if err != nil {
		t.Fatal(err)
	}
	mapping := `{"precinct": "p", "ballot": "list", "lines": {"voters": "voters", "valid": "valid"},
		"votes": {"ak-jol": "ak-jol", "bereke": "bereke", "chynar": "chynar", "against_all": "against all"}}`
	a := "p,voters,valid,ak-jol,bereke,chynar,against all\n1001,1000,610,300,200,100,10\n2001,900,495,250,150,90,5\n"
	b := "p,voters,valid,ak-jol,bereke,chynar,against all\n1001,1000,615,300,200,100,10\n2001,900,495,250,150,90,5\n"
	src := func(name, csv string) reconcile.Input {
		return reconcile.Input{Name: name, Files: []reconcile.File{{Name: name + ".csv", Data: []byte(csv),
			Mapping: &reconcile.File{Name: name + ".json", Data: []byte(mapping)}}}}
	}
	e, srcs, err := reconcile.Read(reconcile.ReadOptions{Rules: shailoo.KG2021(), Definition: reconcile.File{Name: "election.json", Data: raw}},
		[]reconcile.Input{src("published", a), src("observers", b)})
	if err != nil {
		t.Fatal(err)
	}
	r, err := reconcile.Reconcile(e, srcs, reconcile.Options{Rules: shailoo.KG2021()})
	if err != nil {
		t.Fatal(err)
	}
	im := r.Impact[0]
	if im.OwnErrorCount != 1 || len(im.OwnErrors) != 1 || im.OwnErrors[0].Code != validate.ValidBalance || im.OwnErrors[0].Place.Precinct != "1001" {
		t.Fatalf("own errors %d %+v: want P103 at 1001", im.OwnErrorCount, im.OwnErrors)
	}
	var out strings.Builder
	if err := reconcile.WriteText(&out, r, reconcile.TextOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"; the figures of observers have 1 error finding (P103) of their own",
		"the count of published (the base) has 2 error findings and 4 warning findings (X215, X227)",
		"error findings: 3, 1 of them of the figures of observers themselves (listed under Findings)",
		"P103 error Precinct 1001", "(the figures of observers)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "none besides the differences above") {
		t.Errorf("the copy's own error is not listed:\n%s", out.String())
	}
}

// A copy's own warning (P108: more ballots found than voters) is said in
// the summary and listed under Findings as its errors are, and the
// comparison's findings are told apart from the counts'.
func TestOwnWarningsOfACopy(t *testing.T) {
	raw, err := os.ReadFile("../examples/long/election.json")
	if err != nil {
		t.Fatal(err)
	}
	mapping := `{"precinct": "p", "ballot": "list", "lines": {"voters": "voters", "valid": "valid", "found_stationary": "found", "found_mobile": "mobile"},
		"votes": {"ak-jol": "ak-jol", "bereke": "bereke", "chynar": "chynar", "against_all": "against all"}}`
	a := "p,voters,found,mobile,valid,ak-jol,bereke,chynar,against all\n1001,1000,610,0,610,300,200,100,10\n2001,900,495,0,495,250,150,90,5\n"
	b := "p,voters,found,mobile,valid,ak-jol,bereke,chynar,against all\n1001,1000,610,0,610,300,200,100,10\n2001,900,950,0,495,250,150,90,5\n"
	src := func(name, csv string) reconcile.Input {
		return reconcile.Input{Name: name, Files: []reconcile.File{{Name: name + ".csv", Data: []byte(csv),
			Mapping: &reconcile.File{Name: name + ".json", Data: []byte(mapping)}}}}
	}
	e, srcs, err := reconcile.Read(reconcile.ReadOptions{Rules: shailoo.KG2021(), Definition: reconcile.File{Name: "election.json", Data: raw}},
		[]reconcile.Input{src("published", a), src("observers", b)})
	if err != nil {
		t.Fatal(err)
	}
	r, err := reconcile.Reconcile(e, srcs, reconcile.Options{Rules: shailoo.KG2021()})
	if err != nil {
		t.Fatal(err)
	}
	im := r.Impact[0]
	if im.OwnWarningCount != 1 || len(im.OwnWarnings) != 1 || im.OwnWarnings[0].Code != validate.FoundOverVoters {
		t.Fatalf("own warnings %d %+v: want P108", im.OwnWarningCount, im.OwnWarnings)
	}
	var out strings.Builder
	if err := reconcile.WriteText(&out, r, reconcile.TextOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"the comparison of the sources has 0 error findings and 0 warning findings",
		"; the figures of observers have 1 warning finding (P108) of their own", "P108 warning Precinct 2001"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, out.String())
		}
	}
}
