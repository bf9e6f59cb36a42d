package shailoo_test

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// duma2011 reads the protocols of the 2011 State Duma election from
// ../shared/data (README there: official, scraped by S. Shpilkin), or
// skips when the shared folder is not beside the repository.
func duma2011(t testing.TB) []byte {
	t.Helper()
	var zr *zip.ReadCloser
	for _, dir := range []string{"../shared/data", "../../shared/data"} {
		var err error
		if zr, err = zip.OpenReader(filepath.Join(dir, "ru-duma-2011.csv.zip")); err == nil {
			break
		}
	}
	if zr == nil {
		t.Skip("ru-duma-2011.csv.zip not found in ../shared/data")
	}
	defer zr.Close()
	for _, f := range zr.File {
		if filepath.Ext(f.Name) == ".csv" {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			b, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return b
		}
	}
	t.Fatal("no CSV file in ru-duma-2011.csv.zip")
	return nil
}

func dumaInputs(t *testing.T) (*election.Election, shailoo.Rules, ingest.Mapping) {
	t.Helper()
	open := func(name string) *os.File {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	rules, err := shailoo.ReadRules(open("examples/duma2011/rules.json"), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	e, err := ingest.ReadElection(open("testdata/duma2011/election.json"), "election.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ingest.ReadMappingFor(open("testdata/duma2011/mapping.json"), "mapping.json", rules.Protocol.Known)
	if err != nil {
		t.Fatal(err)
	}
	return e, rules, m
}

// The relations of the 2011 form.
var dumaRelations = []validate.Code{"P101", "P102", "P103", "P104", "P105", "F1", "F2"}

// TestDuma2011 counts the real file under its rule set, with the
// absentee certificate relations it declares: every relation is evaluated
// on every protocol, the seats are the official ones, and the published
// protocols break no relation but P105 (a warning) at 18 precincts.
func TestDuma2011(t *testing.T) {
	data := duma2011(t)
	e, rules, m := dumaInputs(t)
	res, err := shailoo.CountCSV(e, rules, []shailoo.CSVInput{{Name: "2011.csv", R: bytes.NewReader(data), Mapping: m}}, shailoo.Options{TotalsOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range res.Findings.NotEvaluated {
		if slices.Contains(dumaRelations, n.Code) {
			t.Errorf("%s not evaluated: %s (%d protocols)", n.Code, n.Reason, n.Count)
		}
	}
	if got := res.Findings.Errors(); got != 0 {
		t.Errorf("%d error findings, want 0: %+v", got, res.Findings.Findings[:min(3, len(res.Findings.Findings))])
	}
	codes := map[validate.Code]int{}
	for _, f := range res.Findings.Findings {
		codes[f.Code]++
	}
	// 18 precincts of more ballots found than issued, and one protocol of
	// zeros: Kamchatka's 327, a ship's station of 24 voters.
	if got := res.Findings.Warnings(); got != 19 || codes[validate.FoundOverIssued] != 18 || codes[validate.AllZero] != 1 {
		t.Errorf("%d warnings %v, want the 18 P105 and the one P109 of the published file", got, codes)
	}
	want := map[string]int{"er": 238, "kprf": 92, "sr": 64, "ldpr": 56}
	for _, l := range res.Lists {
		if l.Seats != want[l.ID] {
			t.Errorf("%s: %d seats, want %d", l.ID, l.Seats, want[l.ID])
		}
	}
}

// TestDuma2011Planted plants +1 and -1 on every line of the form that an
// equality relation binds, and on the votes of a list, in one protocol of
// the first 2,000 of the real file: each is caught by an error finding.
// The lines no equality binds (voters, absentee_voted: only bounds;
// absentee_issued_tik: no relation of the form at a precinct) are not.
func TestDuma2011Planted(t *testing.T) {
	data := duma2011(t)
	e, rules, m := dumaInputs(t)
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	rows = rows[:2001]
	unbound := []election.Line{"voters", "absentee_voted", "absentee_issued_tik"}
	var cols []int
	var names []string
	for l, c := range m.Lines {
		if !slices.Contains(unbound, l) {
			cols, names = append(cols, c.Index-1), append(names, string(l))
		}
	}
	cols, names = append(cols, m.Votes["er"].Index-1), append(names, "votes er")
	for i, col := range cols {
		for _, d := range []int64{1, -1} {
			row := 1 + (37*i+int(d+1)*101)%2000
			planted := slices.Clone(rows)
			planted[row] = slices.Clone(rows[row])
			v, err := strconv.ParseInt(planted[row][col], 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			if v+d < 0 {
				d = -d
			}
			planted[row][col] = strconv.FormatInt(v+d, 10)
			var buf bytes.Buffer
			w := csv.NewWriter(&buf)
			if err := w.WriteAll(planted); err != nil {
				t.Fatal(err)
			}
			res, err := shailoo.CountCSV(e, rules, []shailoo.CSVInput{{Name: "2011.csv", R: &buf, Mapping: m}}, shailoo.Options{TotalsOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			if res.Findings.Errors() == 0 {
				t.Errorf("%+d on %s at row %d not caught", d, names[i], row+1)
			}
		}
	}
}

// TestReadRulesForm: a wrong declaration of the form is an error naming
// the file, line, column and field below protocol.
func TestReadRulesForm(t *testing.T) {
	b, err := os.ReadFile("examples/duma2011/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	bad := bytes.Replace(b, []byte(`"code": "F2"`), []byte(`"code": "P104"`), 1)
	_, err = shailoo.ReadRules(bytes.NewReader(bad), "rules.json")
	var pe *ingest.ParseError
	if !errors.As(err, &pe) || !errors.Is(err, shailoo.ErrRules) {
		t.Fatalf("err = %v, want a *ingest.ParseError wrapping ErrRules", err)
	}
	if pe.Field != "protocol.add_relations[1].code" || pe.Line == 0 {
		t.Errorf("field %q at line %d, want protocol.add_relations[1].code at its line (%v)", pe.Field, pe.Line, err)
	}
	i := bytes.LastIndex(b, []byte(`"absentee_cancelled"`)) // in F1's right side
	bad = append(append(slices.Clip(b[:i]), `"absentee_canceled"`...), b[i+len(`"absentee_cancelled"`):]...)
	if _, err = shailoo.ReadRules(bytes.NewReader(bad), "rules.json"); !errors.As(err, &pe) || pe.Field != "protocol.add_relations[0].right[1]" {
		t.Errorf("a misspelt line: %v, want an error at protocol.add_relations[0].right[1]", err)
	}
}
