package ingest

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/internal/echo"
)

// cvrIDHeaders are the headers (normalised: lower case, single spaces)
// of a cast-vote record's ballot ID column. Words, not a regexp: the
// package's regexps would put the regexp package in the page's
// WebAssembly, which reads ballots.
var cvrIDHeaders = []string{"cast vote record", "cvr", "cvr id", "cvrid", "cvr number", "cvrnumber", "cvr no", "cvrno",
	"ballot id", "ballotid", "ballot number", "ballotnumber", "record id", "recordid"}

// cvrNorm normalises a header as cvrIDHeader and cvrFirstChoice read it:
// lower case, "_", "-" and "." as spaces, single spaces.
func cvrNorm(h string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("_", " ", "-", " ", ".", " ").Replace(strings.ToLower(h))), " ")
}

func cvrIDHeader(n string) bool { return slices.Contains(cvrIDHeaders, n) }

// cvrFirstChoice says whether n (a normalised header) names the first
// choice of a ranked ballot: "1st Choice", "Rep. to Congress District 2
// 1st Choice", "Choice 1", "Rank 1", "first preference".
func cvrFirstChoice(n string) bool {
	lower := func(b byte) bool { return b >= 'a' && b <= 'z' }
	digit := func(b byte) bool { return b >= '0' && b <= '9' }
	// each occurrence of w in n whose byte before and byte after pass
	at := func(w string, before, after func(byte) bool) bool {
		for i := 0; ; {
			j := strings.Index(n[i:], w)
			if j < 0 {
				return false
			}
			j += i
			if (j == 0 || before(n[j-1])) && (j+len(w) == len(n) || after(n[j+len(w)])) {
				return true
			}
			i = j + 1
		}
	}
	for _, w := range []string{"choice", "rank", "preference"} {
		for _, first := range []string{"1st ", "first "} {
			if at(first+w, func(b byte) bool { return !lower(b) && !digit(b) }, func(b byte) bool { return !lower(b) }) {
				return true
			}
		}
		for _, one := range []string{w + " 1", w + "1"} {
			if at(one, func(b byte) bool { return !lower(b) }, func(b byte) bool { return !digit(b) }) {
				return true
			}
		}
	}
	return false
}

// rankSeriesFirst returns the column whose header another names the
// second rank of (laterRank: "pref1" of "pref2", "choice" of "choice 2",
// "... 1st Choice (5715)" of "... 2nd Choice (5718)"), or -1: the first
// choice of a ranked record whose spelling cvrFirstChoice does not know,
// as the count reads it.
func rankSeriesFirst(header []string) int {
	ws := make([][]string, len(header))
	for j, h := range header {
		ws[j] = rankHeaderWords(h)
	}
	for j := range ws {
		for k := range ws {
			if k != j && laterRankWords(ws[j], ws[k]) == 2 {
				return j
			}
		}
	}
	return -1
}

// cvrWords are the texts a cast-vote record writes in a choice cell that
// are no choice: a rank not marked, marked twice, a write-in.
var (
	cvrBlank   = []string{"undervote", "under vote", "blank", "skipped"}
	cvrInvalid = []string{"overvote", "over vote"}
)

// recordNoChoice says whether l (lower case) is one of a record's words
// for a rank not marked or marked more than once (cvrBlank, cvrInvalid).
func recordNoChoice(l string) bool {
	return slices.Contains(cvrBlank, l) || slices.Contains(cvrInvalid, l)
}

// NoChoiceWord says whether a choice cell is a cast-vote record's word for
// a rank not marked or marked more than once, no candidate: "undervote",
// "overvote", "skipped", "blank", or a run of X's (Minneapolis's "XXX").
// A count that meets one the mapping does not list says to list it in
// "blank_values" or "invalid_values"; any other unknown choice may be a
// candidate the definition lacks, whose votes listing it would void.
func NoChoiceWord(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	return recordNoChoice(l) || len(l) >= 2 && strings.Trim(l, "x") == ""
}

// draftCVR recognises a cast-vote record, a file of ballots, by its header
// (a ballot ID column, "Cast Vote Record", or a first choice, "1st
// Choice"), and drafts its ballot mapping (BallotMapping), for counting
// with --ballots, not as protocols: the precinct column, the first choice
// as the choice of an okrug ballot, a column that counts ballots as the
// count, the record's words for a ballot without a mark or with more than
// one as blank and invalid values where they occur in the choice cells.
// A record of several contests without ranks (ES&S's: a column a
// contest, after its ballot ID, precinct and ballot style) has its first
// contest column drafted as the choice, the others named to choose from.
// What its empty choice cells mean it drafts where the record shows it
// (cvrEmpty). It returns nil for any other file; an error for a record
// whose choice it does not find. rowLines are the lines of rows in the
// file, lineOf the line of the record more read last.
func draftCVR(file string, header []string, rows [][]string, rowLines []int, more func() ([]string, error), lineOf func() int, delim rune) (*Draft, error) {
	norm := cvrNorm
	id, choice, count := -1, -1, -1
	var precincts []int // the columns whose header names a precinct
	for j, h := range header {
		n := norm(h)
		switch {
		case id < 0 && cvrIDHeader(n):
			id = j
		case choice < 0 && cvrFirstChoice(n):
			choice = j
		case n == "precinct" || strings.HasPrefix(n, "precinct ") || n == "pct" || n == "polling place" || n == "w p" || // "W-P": Minneapolis's ward-precinct
			n == "ward" || n == "town" || n == "city" || n == "municipality": // the place a record of one place names (Burlington's mayor)
			precincts = append(precincts, j)
		case count < 0 && ballotCountHeader(h):
			count = j
		}
	}
	// shailoo's own format (docs/ballots.md) names its columns
	// "precinct", "ballot" and "choice"; a record with a ballot ID may
	// name its choice "choice" too, where no column counts votes.
	exact := func(name string) int { return slices.IndexFunc(header, func(h string) bool { return norm(h) == name }) }
	own := exact("precinct") >= 0 && exact("ballot") >= 0 && exact("choice") >= 0 && exact("votes") < 0
	if choice < 0 && (own || id >= 0 && exact("votes") < 0) {
		choice = exact("choice")
	}
	if choice < 0 {
		choice = rankSeriesFirst(header)
	}
	if id < 0 && choice < 0 {
		return nil, nil
	}
	if own {
		return draftOwnBallots(header), nil
	}
	// A "ballot number" whose cells repeat numbers no ballot: a record's
	// ID names each ballot once, and a candidate's number on the ballot
	// (a long file's, 1, 2, 3 on every precinct's rows) is no ID.
	if choice < 0 && distinct(rows, id) < len(rows) {
		return nil, nil
	}
	// A column of "first preference votes" whose cells are whole numbers
	// above 1 counts votes (Victoria's primaries, a candidate's a row): a
	// ballot's rank holds a choice, and a mark is 0 or 1.
	if id < 0 && countsVotes(norm(header[choice]), rows, choice) {
		return nil, nil
	}
	// A first choice's cells name choices; a column of whole numbers
	// counts votes, whatever its header (a third party's NYC 2021
	// primary by election district: "first_choice" and "final_round",
	// a candidate's votes, a row per district and candidate).
	if id < 0 && wholeNumbers(rows, choice) {
		return nil, nil
	}
	why := echo.Quote(header[max(id, choice)])
	if id >= 0 {
		why = echo.Quote(header[id])
	}
	contests := cvrContests(header, rows, choice, id, count, precincts)
	if choice < 0 && id >= 0 && len(contests) > 0 {
		choice = contests[0]
	}
	if choice < 0 {
		return nil, &ParseError{File: file, Line: 1, Field: "choice", Err: fmt.Errorf("%w: the file looks like a cast-vote record (header %s), a file of ballots, not of protocols: count it with --ballots FILE:MAPPING.json; no column of the first choice was recognised: write the ballot mapping by hand (docs/ballots.md)", ErrMapping, why)}
	}
	// Every cell of the file is looked at: the words a record uses for
	// an unmarked rank may first come far down, or in a later rank
	// alone, and a first choice may use them too.
	words := map[string]string{}          // lower case -> as written
	whole, point := count >= 0, false     // point: a count written "1.0"
	filled := make([]int, len(precincts)) // the lines whose precinct cell is not empty, by column
	lines := 0
	var e cvrEmpties
	look := func(rec []string, line int) {
		lines++
		e.look(rec, line, contests, choice)
		for k, j := range precincts {
			if strings.TrimSpace(cellAt(rec, j)) != "" {
				filled[k]++
			}
		}
		for j, c := range rec {
			c = strings.TrimSpace(c)
			if l := strings.ToLower(c); recordNoChoice(l) {
				if _, ok := words[l]; !ok {
					words[l] = c
				}
			}
			if j == count {
				whole = whole && countCell(c)
				point = point || zeroFraction(c) > 0
			}
		}
	}
	for i, rec := range rows {
		look(rec, rowLines[i])
	}
	for {
		rec, err := more()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, draftError(file, err)
		}
		look(rec, lineOf())
	}
	var m BallotMapping
	m.Ballot = "okrug"
	if delim == ';' || delim == '\t' {
		m.Delimiter = string(delim)
	}
	m.Choice = Column{Header: strings.TrimSpace(header[choice])}
	m.Guesses = append(m.Guesses,
		fmt.Sprintf("the file is a cast-vote record (header %s), one ballot a line: this is a ballot mapping, for --ballots FILE:MAPPING.json (docs/ballots.md), not a protocols mapping; the count needs an election definition that names the precincts and the candidates, --election E.json, or it counts the ballots under the embedded 2021 election, whose precincts and candidates are Kyrgyzstan's", why),
		cvrChoiceGuess(header, choice, contests, cvrFirstChoice(norm(header[choice]))),
		`ballot: "okrug", a ballot of candidates of one district (the definition, --election, names them as the record writes them; a write-in is a choice only if the definition lists it)`)
	// The precinct is the column of like name filled on the most lines:
	// one empty on every line, or nearly (Dominion's "Precinct" beside
	// its "Precinct Portion", Alaska 2024), keys no ballot.
	best, empty := -1, ""
	for k, j := range precincts {
		switch {
		case filled[k]*10 <= lines:
			empty += fmt.Sprintf(", %s filled on %d of %d lines", echo.Quote(header[j]), filled[k], lines)
		case best < 0 || filled[k] > filled[best]:
			best = k
		}
	}
	if empty != "" {
		empty = " (not" + empty[1:] + ": a column empty on (nearly) every line names no precinct)"
	}
	if best >= 0 {
		m.Precinct = Column{Header: strings.TrimSpace(header[precincts[best]])}
		m.Guesses = append(m.Guesses, fmt.Sprintf("precinct: %s%s", echo.Quote(header[precincts[best]]), empty))
	} else {
		m.Guesses = append(m.Guesses, "precinct: no column recognised"+empty+": name the column of the precinct where each ballot was cast")
	}
	if count >= 0 && whole {
		m.Count = &Column{Header: strings.TrimSpace(header[count])}
		g := fmt.Sprintf("count: %s, whole numbers: each line is that many identical ballots", echo.Quote(header[count]))
		if point {
			g += ` (written with a point and zeros, "1.0", each read as the whole number)`
		}
		m.Guesses = append(m.Guesses, g)
	}
	for _, w := range cvrBlank {
		if c, ok := words[w]; ok {
			m.BlankValues = append(m.BlankValues, c)
		}
	}
	for _, w := range cvrInvalid {
		if c, ok := words[w]; ok {
			m.InvalidValues = append(m.InvalidValues, c)
		}
	}
	if len(m.BlankValues) > 0 {
		m.Guesses = append(m.Guesses, fmt.Sprintf("blank_values: %s, as the record writes a rank not marked: a first choice so written is a ballot without a mark, an invalid ballot", echo.Quote(strings.Join(m.BlankValues, ", "))))
	}
	if len(m.InvalidValues) > 0 {
		m.Guesses = append(m.Guesses, fmt.Sprintf("invalid_values: %s, as the record writes a rank marked twice: a first choice so written is a ballot marked for more than one candidate, an invalid ballot", echo.Quote(strings.Join(m.InvalidValues, ", "))))
	}
	m.Empty, m.Guesses = e.draft(header, len(contests) > 1, m.Guesses)
	return &Draft{Ballots: &m}, nil
}

// draftOwnBallots drafts the mapping of a file in shailoo's own format
// of cast-vote records (docs/ballots.md), which --ballots reads without
// one: the default mapping, written out, its optional columns where the
// header has them.
func draftOwnBallots(header []string) *Draft {
	m := DefaultBallotMapping()
	has := func(name string) bool {
		return slices.ContainsFunc(header, func(h string) bool { return cvrNorm(h) == name })
	}
	if !has("candidate") {
		m.Candidate = nil
	}
	if !has("invalid") {
		m.Invalid = nil
	}
	if has("count") {
		m.Count = &Column{Header: "count"}
	}
	m.Guesses = []string{`the file is a cast-vote record in shailoo's own format (docs/ballots.md: "precinct", "ballot", "choice"), one ballot a line: --ballots FILE counts it without a mapping, an empty choice a ballot without a mark; this ballot mapping, for --ballots FILE:MAPPING.json, says the same; the count needs an election definition that names the precincts, parties and candidates, --election E.json`}
	return &Draft{Ballots: &m}
}

// ballotsJSON writes a drafted ballot mapping, its guesses first, in the
// form ReadBallotMapping reads once they are deleted.
func (d *Draft) ballotsJSON() ([]byte, error) {
	m := d.Ballots
	type out struct {
		Guesses       []string `json:"_guesses,omitempty"`
		Precinct      string   `json:"precinct"`
		Ballot        string   `json:"ballot,omitempty"`
		BallotColumn  string   `json:"ballot_column,omitempty"`
		Choice        string   `json:"choice"`
		Candidate     string   `json:"candidate,omitempty"`
		Invalid       string   `json:"invalid,omitempty"`
		Count         string   `json:"count,omitempty"`
		Empty         string   `json:"empty,omitempty"`
		Delimiter     string   `json:"delimiter,omitempty"`
		BlankValues   []string `json:"blank_values,omitempty"`
		InvalidValues []string `json:"invalid_values,omitempty"`
	}
	o := out{Guesses: m.Guesses, Precinct: m.Precinct.Header, Ballot: m.Ballot, Choice: m.Choice.Header, BlankValues: m.BlankValues, InvalidValues: m.InvalidValues, Delimiter: m.Delimiter, Empty: m.Empty}
	for _, c := range []struct {
		col *Column
		to  *string
	}{{m.BallotColumn, &o.BallotColumn}, {m.Candidate, &o.Candidate}, {m.Invalid, &o.Invalid}, {m.Count, &o.Count}} {
		if c.col != nil {
			*c.to = c.col.Header
		}
	}
	return draftJSON(o)
}

// wholeNumbers says whether every cell of column c of rows that is not
// empty is a whole number, and one is at least.
func wholeNumbers(rows [][]string, c int) bool {
	some := false
	for _, rec := range rows {
		v := strings.TrimSpace(cellAt(rec, c))
		if v == "" {
			continue
		}
		if _, err := parseInt([]byte(v)); err != nil {
			return false
		}
		some = true
	}
	return some
}
