package ingest

import (
	"encoding/csv"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// columnsNamed are the numbers a guess names a column by: "column 45",
// "columns 3, 4 and 5".
var columnsNamed = regexp.MustCompile(`columns? ((?:\d+(?:, | and )?)+)`)

// quotedText is a header a guess quotes; headerPattern one it writes as
// a pattern ("D<n>_<k>", votemanager's lists' parts).
var (
	quotedText    = regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`)
	headerPattern = regexp.MustCompile(`[\pL\d_]*<[nk]>[\pL\d_<>]*`)
)

// namedByGuess says whether a guess names column i (0-based) with header
// h: by its number and its header (`16 "int_ele_f"`), by a source its
// header is or ends with (`"registered"`: Belarus's "against_registered"),
// in a guess of columns not mapped, or
// by a pattern of headers.
func namedByGuess(g string, i int, h string) bool {
	if h == "" {
		return false
	}
	if strings.Contains(g, strconv.Itoa(i+1)+" "+strconv.Quote(h)) {
		return true
	}
	for _, q := range quotedText.FindAllStringSubmatch(g, -1) {
		if q[1] != "" && (strings.HasSuffix(h, "_"+q[1]) || h == q[1] && strings.Contains(g, "not mapped")) {
			return true
		}
	}
	for _, p := range headerPattern.FindAllString(g, -1) {
		re := regexp.QuoteMeta(p)
		re = strings.NewReplacer("<n>", `\d+`, "<k>", `\d+`).Replace(re)
		if regexp.MustCompile("^" + re + "$").MatchString(h) {
			return true
		}
	}
	return false
}

// namedColumns returns the columns (1-based) the guesses name by number.
func namedColumns(guesses []string) map[int]bool {
	named := map[int]bool{}
	for _, g := range guesses {
		for _, m := range columnsNamed.FindAllStringSubmatch(g, -1) {
			for _, f := range strings.FieldsFunc(m[1], func(r rune) bool { return r < '0' || r > '9' }) {
				if n, err := strconv.Atoi(f); err == nil {
					named[n] = true
				}
			}
		}
	}
	return named
}

// Every column of a real file that holds a cell is mapped, or named by a
// guess that says why it is not: a column left out in silence (one under
// an empty header, Sri Lanka's) leaves its votes out of the count unseen.
// (Wide files of one header row read as UTF-8: their header row is the
// file's row after skip_rows.)
func TestDraftNamesEveryColumn(t *testing.T) {
	files, err := filepath.Glob("../testdata/ingest/real/*")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, f := range files {
		name := filepath.Base(f)
		if strings.HasSuffix(name, ".md") {
			continue
		}
		d, err := draftReal(t, name)
		if err != nil || d.Ballots != nil {
			continue // refused, with its reason; or a file of ballots, whose draft is a ballot mapping
		}
		m := d.Mapping
		if m.Shape != "" || m.NoHeader || m.RowNames || m.HeaderRows > 1 || m.Encoding != "" || m.TrailingDelimiter {
			continue
		}
		r := csv.NewReader(mustOpen(t, f))
		r.FieldsPerRecord, r.LazyQuotes = -1, true
		if m.Delimiter != "" {
			r.Comma = []rune(m.Delimiter)[0]
		}
		rows, err := r.ReadAll()
		if err != nil || len(rows) <= m.SkipRows+1 {
			continue
		}
		header, data := rows[m.SkipRows], rows[m.SkipRows+1:]
		at := map[string][]int{}
		for i, h := range header {
			at[trimHeader(h)] = append(at[trimHeader(h)], i)
		}
		mapped := map[int]bool{}
		for _, fl := range m.fields() {
			if idx, _, err := locate(fl.col, len(header), at, ""); err == nil {
				mapped[idx] = true
			}
		}
		if m.Rows != nil {
			for _, w := range m.Rows.Where {
				if idx, _, err := locate(w.Column, len(header), at, ""); err == nil {
					mapped[idx] = true
				}
			}
		}
		named := namedColumns(m.Guesses)
		checked++
		for i := range header {
			filled := false
			for _, rec := range data {
				if i < len(rec) && strings.TrimSpace(rec[i]) != "" {
					filled = true
					break
				}
			}
			if filled && !mapped[i] && !named[i+1] && !slices.ContainsFunc(m.Guesses, func(g string) bool { return namedByGuess(g, i, trimHeader(header[i])) }) {
				t.Errorf("%s: column %d %q holds cells, and the draft neither maps it nor names it in a guess", name, i+1, header[i])
			}
		}
	}
	if checked < 50 {
		t.Fatalf("%d files checked: the test reads too few", checked)
	}
}

// Sri Lanka's 2018 results by polling division have a column under an
// empty header among the parties' (in the edited cut it holds 5 votes at
// EC-01A): not mapped, since a mapping names a choice by its header, but
// said, with the number that maps it, never dropped in silence.
func TestDraftColumnNoHeader(t *testing.T) {
	d, err := draftReal(t, "EDITED-lk2018-la-ec01-col45.tsv")
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(d.Mapping.Guesses, func(g string) bool { return strings.HasPrefix(g, "column 45 (no header) is not mapped") })
	if i < 0 {
		t.Fatalf("no guess says why column 45 is not mapped:\n%s", strings.Join(d.Mapping.Guesses, "\n"))
	}
	if g := d.Mapping.Guesses[i]; !strings.Contains(g, "not 0 on 1 of 16 rows (the first 5.0)") || !strings.Contains(g, `{"column": 45}`) {
		t.Errorf("guess %q: want the rows it has votes on and the column's number", g)
	}
}

// A party's column of 0.0 on every row, beside the parties with votes
// (Sri Lanka's SLFP and ITAK in Colombo, 2018), is a choice no one voted
// for, not a figure of the file's whole area: 0 votes is a figure.
func TestDraftZeroChoice(t *testing.T) {
	d, err := draftReal(t, "lk2018-la-ec01.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"slfp", "itak", "onf"} {
		if _, ok := d.Mapping.Votes[id]; !ok {
			t.Errorf("votes.%s not drafted:\n%s", id, strings.Join(d.Mapping.Guesses, "\n"))
		}
	}
	if !slices.Contains(d.Mapping.Guesses, `votes.slfp: column 10 "SLFP" (a choice on the ballot, with 0 votes on every row; rename the ID as you like)`) {
		t.Errorf("no guess says SLFP has 0 votes on every row:\n%s", strings.Join(d.Mapping.Guesses, "\n"))
	}
	for _, g := range d.Mapping.Guesses {
		if strings.Contains(g, "whole area") {
			t.Errorf("guess %q: no column of this file is a figure of its whole area", g)
		}
	}
	_, votes, _ := countReal(t, "lk2018-la-ec01.tsv", d)
	if v, ok := votes["slfp"]; !ok || v != 0 {
		t.Errorf("SLFP counted %d (%v), want 0 votes", v, ok)
	}
}

// Nevada's 2004 results by precinct (OpenElections, long): the votes
// cells of precincts 88 and 99 are empty on every row. empty_votes reads
// an empty cell as 0 only in a protocol whose other rows give votes, so
// the count finds theirs missing (X229): the draft says so, and proposes
// no empty_votes that would change nothing. "None Of These Candidates" is
// against all, with the rule set's fields it needs named.
func TestDraftNevadaEmptyPrecincts(t *testing.T) {
	const name = "us-nv2004-esmeralda-precinct.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	all := strings.Join(m.Guesses, "\n")
	if m.EmptyVotes != "" {
		t.Errorf("empty_votes %q: no precinct of the file gives some votes and leaves others empty", m.EmptyVotes)
	}
	if !strings.Contains(all, `14 rows name a choice and leave column 4 "votes" empty (the first for "BADNARIK, MICHAEL"), all of them the rows of 2 precinct(s) ("Precinct 88", "Precinct 99") that give no votes at all`) || !strings.Contains(all, "missing (X229)") || strings.Contains(all, "read as 0 votes") {
		t.Errorf("the guesses do not say that the empty cells are votes missing:\n%s", all)
	}
	if got := m.ChoiceValues["None Of These Candidates"]; got != election.AgainstAll {
		t.Errorf("None Of These Candidates is %q, want against_all", got)
	}
	if !strings.Contains(all, `"protocol": {"ballots": {"okrug": {"against_all": true}}}`) || !strings.Contains(all, "okrug.against_all") {
		t.Errorf("no guess names the rule set's fields against all needs:\n%s", all)
	}
	tab, _, _ := countReal(t, name, d)
	for _, p := range tab.Protocols {
		if (p.Precinct == "Precinct 88" || p.Precinct == "Precinct 99") && len(p.Votes) > 0 {
			t.Errorf("precinct %s: votes %v, want none given", p.Precinct, p.Votes)
		}
	}
}

// "Against all" and none of the above, in the words of the files that
// have it; a blank vote is none of them.
func TestAgainstAllWords(t *testing.T) {
	for _, tc := range []struct {
		cell string
		want bool
	}{
		{"None Of These Candidates", true},
		{"None of the above", true},
		{"NOTA", true},
		{"Против всех", true},
		{"Жалпысына каршы", true},
		{"Voto en blanco", false},
		{"Votos en blanco", false},
		{"BUSH, GEORGE W.", false},
	} {
		if got := againstAll(lowerHeader(tc.cell)); got != tc.want {
			t.Errorf("%q: against all %v, want %v", tc.cell, got, tc.want)
		}
	}
}

// Italy's 2020 referendum by comune (ondata): the source spells two of
// its parts by sex "elettrici_femmine" and "votatanti_maschi", beside
// "elettori_maschi" and "votanti_femmine". They are read as the electors'
// and the voters' parts, with the spelling said, never as choices; and
// "CODICE ISTAT", a code that names each row once, is the precinct, not
// the region's code, which repeats.
func TestDraftItalyMisspeltParts(t *testing.T) {
	const name = "it-ref2020-comuni.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if got := slices.Sorted(maps.Keys(m.Votes)); !slices.Equal(got, []string{"voti-no", "voti-si"}) {
		t.Errorf("choices %v, want voti-no and voti-si alone", got)
	}
	all := strings.Join(m.Guesses, "\n")
	for _, want := range []string{
		`6 "elettrici_femmine" ("elettrici" read as "elettori"), 7 "elettori_maschi" are not mapped: the parts of line voters by sex`,
		`18 "votanti_femmine", 19 "votatanti_maschi" ("votatanti" read as "votanti") are not mapped: the parts of line found_stationary by sex`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no guess says %q:\n%s", want, all)
		}
	}
	if m.Precinct.Header != "CODICE ISTAT" {
		t.Errorf("precinct %v, want CODICE ISTAT", m.Precinct)
	}
	tab, votes, _ := countReal(t, name, d)
	if len(tab.Protocols) != 30 || votes["voti-si"] == 0 {
		t.Errorf("%d protocols, %d votes for yes: want the 30 comuni", len(tab.Protocols), votes["voti-si"])
	}
}

// A word of a header misspelt by two letters at most is read as the word
// it is near; a word of fewer than seven letters, or of other first
// letters, is not.
func TestItalyWord(t *testing.T) {
	for _, tc := range []struct {
		w, read string
		ok      bool
	}{
		{"votanti", "", true},
		{"votatanti", "votanti", true},
		{"elettrici", "elettori", true},
		{"elettore", "elettori", true},
		{"voti", "", false},
		{"votati", "", false},
		{"notanti", "", false},
	} {
		words := slices.Concat(italyVoters, italyTookPart)
		if ok, read := italyWord(tc.w, words); ok != tc.ok || read != tc.read {
			t.Errorf("%q: %v %q, want %v %q", tc.w, ok, read, tc.ok, tc.read)
		}
	}
}

// Westminster, Colorado's city council of 2015 (vote for up to 3), one
// ballot a row, each column a candidate's 0/1 mark: every column is a
// choice (the first candidate's marks, which repeat, are no precinct),
// the rows are said to be ballots, and the block vote's rule set fields
// are named; counted, the draft gives each candidate the sum of the marks.
func TestDraftMarkBallots(t *testing.T) {
	const name = "us-co-westminster2015-adams-ballots.csv"
	d, err := draftReal(t, name)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Mapping
	if len(m.Votes) != 10 || m.Votes["mark-clark"].Header != "Mark_Clark" {
		t.Errorf("votes %v: want the 10 candidates, Mark_Clark among them", m.Votes)
	}
	if m.Precinct.Value != "us-co-westminster2015-adams-ballots" || m.Ballot != "okrug" {
		t.Errorf("precinct %v, ballot %q: want the file's name as a value, the okrug ballot", m.Precinct, m.Ballot)
	}
	all := strings.Join(m.Guesses, "\n")
	for _, want := range []string{"the rows are ballots, not precincts", "a row marks 3 at most (5 of the 41 rows mark none)", `"okrug": {"seats": 3}`, `"votes_per_ballot": 3`, "X207"} {
		if !strings.Contains(all, want) {
			t.Errorf("no guess says %q:\n%s", want, all)
		}
	}
	_, votes, _ := countReal(t, name, d)
	if votes["shannon-bird"] != 19 || votes["anita-seitz"] != 16 || votes["maria-de-cambra"] != 14 {
		t.Errorf("votes %v: want Bird 19, Seitz 16, De Cambra 14", votes)
	}
}
