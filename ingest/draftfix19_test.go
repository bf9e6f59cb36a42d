package ingest

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
)

// Luxembourg's votes by constituency and list (SAPoR's file, no header,
// comments above): every figure is 1,000 or more, written with a
// thousands comma. The draft proposes "thousands": "," and says that
// nothing but the three digits proves the comma no decimal one; before,
// it refused the file as one of no figures.
func TestDraftThousandsEveryFigure(t *testing.T) {
	const name = "lu-2018-sapor.psv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	all := strings.Join(m.Guesses, "\n")
	if m.Thousands != "," || !m.NoHeader || m.SkipRows != 21 || !m.long() || !strings.Contains(all, groupedOnlyNote) {
		t.Fatalf("thousands %q, no_header %v, skip_rows %d, layout %q; want \",\", true, 21, long, the note\n%s", m.Thousands, m.NoHeader, m.SkipRows, m.Shape, all)
	}
	_, votes, _ := countReal(t, name, d)
	// Centre 337,687 + Est 62,156 + Nord 111,067 + Sud 488,471 for the
	// CSV.
	if got := votes["chreschtlech-sozial-volleksparte"]; got != 337687+62156+111067+488471 {
		t.Errorf("CSV %d votes; want %d\n%v", got, 337687+62156+111067+488471, votes)
	}
	for _, name := range []string{"is2017-blanktitle.psv", "SYNTHETIC-EDITED-sl-2018-pres-r2-commas-only.csv"} {
		d, err := draftReal(t, name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if d.Mapping.Thousands != "," {
			t.Errorf("%s: thousands %q; want \",\"", name, d.Mapping.Thousands)
		}
	}
	_, votes, _ = countReal(t, "SYNTHETIC-EDITED-sl-2018-pres-r2-commas-only.csv", mustDraft(t, "SYNTHETIC-EDITED-sl-2018-pres-r2-commas-only.csv"))
	if votes["bio"] != 119502+211232 || votes["kamara"] != 13343+27308 {
		t.Errorf("votes %v; want bio 330734, kamara 40651", votes)
	}
}

func mustDraft(t *testing.T, name string) *Draft {
	t.Helper()
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Ireland's first preferences (SAPoR's file): 16 comment lines, no
// header. One guess says skip_rows, and it says 16 (before, a second
// one said 15 "blank" lines above a header on line 16). The column of
// each party's number of candidates (1 to 5) is no part of its votes:
// the votes_column guess does not propose their sum.
func TestDraftCommentsOneSkipRows(t *testing.T) {
	d := mustDraft(t, "ie-2016-sapor-head.psv")
	m := d.Mapping
	var skips []string
	for _, g := range m.Guesses {
		if strings.HasPrefix(g, "skip_rows: ") {
			skips = append(skips, g)
		}
	}
	want := `skip_rows: 16: lines 1-16 are comment lines ("#") or blank above the data`
	if m.SkipRows != 16 || !slices.Equal(skips, []string{want}) {
		t.Errorf("skip_rows %d, guesses %q; want 16, %q", m.SkipRows, skips, want)
	}
	all := strings.Join(m.Guesses, "\n")
	if strings.Contains(all, "votes_column: column 3 is") || !strings.Contains(all, "column 4 is not mapped: each of its cells is a number from 1 to 9") {
		t.Errorf("the candidates' numbers taken for votes\n%s", all)
	}
	one, err := DraftMapping(strings.NewReader("#\nA | X | 2702 | 2\nA | Y | 28267 | 3\nB | X | 19147 | 3\nB | Y | 2621 | 1\n"), "onecomment.psv")
	if err != nil {
		t.Fatal(err)
	}
	if g := one.Mapping.Guesses[0]; g != `skip_rows: 1: line 1 is a comment line ("#") above the data` {
		t.Errorf("guess %q", g)
	}
}

// Every JSON object a guess of the draft gives (from "{" to its "}") on
// the real cuts parses: before, a file without a header row had
// {"columns": ["column 3",]}. Templates that say "..." are left aside.
func TestDraftGuessJSONParses(t *testing.T) {
	entries, err := os.ReadDir("../testdata/ingest/real")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasSuffix(name, ".md") || strings.HasSuffix(name, ".json") {
			continue
		}
		d, err := draftReal(t, name)
		if err != nil {
			continue
		}
		for _, g := range d.Mapping.Guesses {
			for rest := g; ; {
				k := strings.IndexByte(rest, '{')
				if k < 0 {
					break
				}
				end := jsonEnd(rest[k:])
				if end < 0 {
					t.Errorf("%s: a guess opens a brace it does not close: %s", name, g)
					break
				}
				obj := rest[k : k+end]
				rest = rest[k+end:]
				if strings.Contains(obj, "...") {
					continue
				}
				n++
				if !json.Valid([]byte(obj)) {
					t.Errorf("%s: %s is no JSON, in the guess %s", name, obj, g)
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("%d JSON objects in the guesses; want 100 or more", n)
	}
	d, err := DraftMapping(strings.NewReader("r | X | 100 | 20\nr | Y | 200 | 10\ns | X | 300 | 30\ns | Y | 50 | 0\n"), "twokinds.psv")
	if err != nil {
		t.Fatal(err)
	}
	want := `map "votes_column": {"columns": [{"column": 3}, {"column": 4}]}`
	if all := strings.Join(d.Mapping.Guesses, "\n"); !strings.Contains(all, want) || !strings.Contains(all, "and column 4 holds figures too") {
		t.Errorf("no guess says %s\n%s", want, all)
	}
}

// The modes' sum that one row's total disagrees with: the guess names
// that row's line, and the mapping sums the parts and names the total
// (totals), which the count checks: I616 at that line.
func TestDraftModesLineThatDiffers(t *testing.T) {
	const name = "SYNTHETIC-EDITED-in-mp2023-vijaypur-total-49646.csv"
	d := mustDraft(t, name)
	all := strings.Join(d.Mapping.Guesses, "\n")
	if !strings.Contains(all, `on 1 it is not (the first, line 19: 68818 + 828, and 49646)`) || !strings.Contains(all, "the count counts the parts' sum and says each such row (I616)") {
		t.Errorf("no guess names line 19\n%s", all)
	}
	if parts, total := partsTotal(d.Mapping); !slices.Equal(parts, []string{"evm_votes", "postal_votes"}) || total != "total_votes" {
		t.Errorf("votes_column %q, totals %q; want evm_votes + postal_votes, total_votes", parts, total)
	}
	tab, _, _ := countReal(t, name, d)
	if len(tab.Counts.TotalsOff) != 1 || tab.Counts.TotalsOff[0].Line != 19 || tab.Counts.TotalsOff[0].Total != 49646 || tab.Counts.TotalsOff[0].Sum != 68818+828 {
		t.Errorf("totals off %+v; want line 19, 49646 beside 69646", tab.Counts.TotalsOff)
	}
}

// Delhi's rows of no candidate, "NA" in the votes and in the share: the
// draft proposes not_given and drafts on (before, it refused the file
// and told the user to edit it).
func TestDraftNotGivenOneColumn(t *testing.T) {
	d := mustDraft(t, "in-dl2015-parties-na.csv")
	if !slices.Equal(d.Mapping.NotGiven, []string{"NA"}) {
		t.Fatalf("not_given %q; want NA\n%s", d.Mapping.NotGiven, strings.Join(d.Mapping.Guesses, "\n"))
	}
	if g := d.Mapping.Guesses[0]; !strings.HasPrefix(g, `not_given: "NA": 3 cells of column 4 say`) {
		t.Errorf("guess %q", g)
	}
}

// Form 20's rows under the polling stations: "Total EVM Votes" (their
// sum) and "Total Votes Polled" (with the postal ballots) are left out;
// "Total Postal Ballot Votes", no sum, is a row of its own, said.
func TestDraftLabelledTotalRows(t *testing.T) {
	const name = "SYNTHETIC-in-form20-like-totals.csv"
	d := mustDraft(t, name)
	m := d.Mapping
	all := strings.Join(m.Guesses, "\n")
	if m.Rows == nil || len(m.Rows.Where) != 1 || !slices.Equal(m.Rows.Where[0].Except, []string{"Total EVM Votes", "Total Votes Polled"}) {
		t.Fatalf("rows %+v; want Total EVM Votes and Total Votes Polled left out\n%s", m.Rows, all)
	}
	if !strings.Contains(all, `the rows whose column 1 "Serial No." says "Total Postal Ballot Votes" (the first at line 8) begin like a total`) {
		t.Errorf("the postal row not said\n%s", all)
	}
	_, votes, _ := countReal(t, name, d)
	if votes["babu-jandel"] != 1266 {
		t.Errorf("votes %v; want babu-jandel 1266 (1235 and 31 postal)", votes)
	}
}

// A count of a file without a header row whose mapping leaves out
// skip_rows above comment lines, or names the wrong delimiter: the error
// says so, with the skip_rows or the delimiter to set.
func TestHeadlessAdvice(t *testing.T) {
	const mapping = `{"layout": "long", "no_header": true, "delimiter": "|", "thousands": ",", "precinct": {"column": 1}, "ballot": "list", "choice_column": {"column": 2}, "votes_column": {"column": 3}, "choice_values": {"Demokratie": "demokratie"}}`
	for _, c := range []struct{ name, edit, field, says string }{
		{"no skip_rows", ``, "skip_rows", `"skip_rows": 21`},
		{"wrong delimiter", `"skip_rows": 21, "delimiter": ",", `, "delimiter", `set "delimiter": "|"`},
	} {
		text := mapping
		if c.edit != "" {
			text = strings.Replace(strings.Replace(mapping, `"delimiter": "|", `, "", 1), `{"layout"`, "{"+c.edit+`"layout"`, 1)
		}
		m, err := ReadMapping(strings.NewReader(text), "m.json")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		_, err = ReadCSV(mustOpen(t, "../testdata/ingest/real/lu-2018-sapor.psv"), "lu.psv", m, Options{})
		var pe *ParseError
		if !errors.Is(err, ErrMissingHeader) || !errors.As(err, &pe) || pe.Field != c.field || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: err %v; want ErrMissingHeader at %s saying %s", c.name, err, c.field, c.says)
		}
	}
}

// Delhi's two Independent rows of one constituency: the error of the
// second row does not offer column 1, R's row numbers (7 on line 8, 8
// on line 9), as the votes_column.
func TestDuplicateRowNotRowNumbers(t *testing.T) {
	const mapping = `{"layout": "long", "precinct": "Constituency", "okrug": "Constituency", "ballot": "okrug", "choice_column": "Party", "votes_column": "Votes15", "not_given": ["NA"], "rows": {"where": [{"column": "Party", "except": [""]}]}, "choice_values": {"Aam Aadmi Party": "aap", "Bharatiya Janata Party": "bjp", "Indian National Congress": "inc", "Bahujan Samaj Party": "bsp", "Shivsena": "ss", "Communist Party of India  (Marxist-Leninist)  (Liberation)": "cpiml", "Independent": "ind", "None of the Above": "against_all"}}`
	m, err := ReadMapping(strings.NewReader(mapping), "m.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadCSV(mustOpen(t, "../testdata/ingest/real/in-dl2015-parties-na.csv"), "delhi.csv", m, Options{})
	if !errors.Is(err, ErrDuplicateRow) {
		t.Fatalf("err %v; want ErrDuplicateRow", err)
	}
	if strings.Contains(err.Error(), "it is the votes_column") {
		t.Errorf("err %v offers the row numbers as the votes_column", err)
	}
}
