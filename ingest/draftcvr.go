package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/internal/echo"
)

// cvrWords are the texts a cast-vote record writes in a choice cell that
// are no choice: a rank not marked, marked twice, a write-in.
var (
	cvrBlank   = []string{"undervote", "under vote", "blank", "skipped"}
	cvrInvalid = []string{"overvote", "over vote"}
)

// draftCVR recognises a cast-vote record, a file of ballots, by its header
// (a ballot ID column, "Cast Vote Record", or a first choice, "1st
// Choice"), and drafts its ballot mapping (BallotMapping), for counting
// with --ballots, not as protocols: the precinct column, the first choice
// as the choice of an okrug ballot, a column that counts ballots as the
// count, the record's words for a ballot without a mark or with more than
// one as blank and invalid values where they occur in the choice cells.
// It returns nil for any other file; an error for a record whose first
// choice it does not find.
func draftCVR(file string, header []string, rows [][]string, more func() ([]string, error), delim rune) (*Draft, error) {
	norm := func(h string) string {
		return strings.Join(strings.Fields(strings.NewReplacer("_", " ", "-", " ", ".", " ").Replace(strings.ToLower(h))), " ")
	}
	// Compiled here, not in package variables: a package variable's
	// initialiser is linked into every program that imports ingest, the
	// page's module too, and with it package regexp, a large part of the
	// module, while the page drafts no mapping.
	//
	// idHeader matches the header of a cast-vote record's ballot ID
	// column; firstChoice the header of the first choice of a ranked
	// ballot: "1st Choice", "Rep. to Congress District 2 1st Choice",
	// "Choice 1", "Rank 1", "first preference".
	idHeader := regexp.MustCompile(`^(cast vote record|cvr|cvr ?(id|number|no)|ballot ?id|ballot ?number|record ?id)$`)
	firstChoice := regexp.MustCompile(`(^|[^0-9a-z])(1st|first) (choice|rank|preference)([^a-z]|$)|(^|[^a-z])(choice|rank|preference) ?1([^0-9]|$)`)
	id, choice, precinct, count := -1, -1, -1, -1
	for j, h := range header {
		n := norm(h)
		switch {
		case id < 0 && idHeader.MatchString(n):
			id = j
		case choice < 0 && firstChoice.MatchString(n):
			choice = j
		case precinct < 0 && (n == "precinct" || strings.HasPrefix(n, "precinct ") || n == "pct" || n == "polling place"):
			precinct = j
		case count < 0 && ballotCountHeader(h):
			count = j
		}
	}
	if id < 0 && choice < 0 {
		return nil, nil
	}
	why := echo.Quote(header[max(id, choice)])
	if id >= 0 {
		why = echo.Quote(header[id])
	}
	if choice < 0 {
		return nil, &ParseError{File: file, Line: 1, Field: "choice", Err: fmt.Errorf("%w: the file looks like a cast-vote record (header %s), a file of ballots, not of protocols: count it with --ballots FILE:MAPPING.json; no column of the first choice was recognised: write the ballot mapping by hand (docs/ballots.md)", ErrMapping, why)}
	}
	// Every cell of the file is looked at: the words a record uses for
	// an unmarked rank may first come far down, or in a later rank
	// alone, and a first choice may use them too.
	words := map[string]string{} // lower case -> as written
	whole := count >= 0
	look := func(rec []string) {
		for j, c := range rec {
			c = strings.TrimSpace(c)
			if l := strings.ToLower(c); slices.Contains(cvrBlank, l) || slices.Contains(cvrInvalid, l) {
				if _, ok := words[l]; !ok {
					words[l] = c
				}
			}
			if j == count && !countCell(c) {
				whole = false
			}
		}
	}
	for _, rec := range rows {
		look(rec)
	}
	for {
		rec, err := more()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, draftError(file, err)
		}
		look(rec)
	}
	var m BallotMapping
	m.Ballot = "okrug"
	if delim == ';' || delim == '\t' {
		m.Delimiter = string(delim)
	}
	m.Choice = Column{Header: strings.TrimSpace(header[choice])}
	m.Guesses = append(m.Guesses,
		fmt.Sprintf("the file is a cast-vote record (header %s), one ballot a line: this is a ballot mapping, for --ballots FILE:MAPPING.json (docs/ballots.md), not a protocols mapping", why),
		fmt.Sprintf("choice: %s, the first choice: a ballot counts for the candidate ranked first; the later ranks are not read (a count notes them)", echo.Quote(header[choice])),
		`ballot: "okrug", a ballot of candidates of one district (the definition, --election, names them as the record writes them; a write-in is a choice only if the definition lists it)`)
	if precinct >= 0 {
		m.Precinct = Column{Header: strings.TrimSpace(header[precinct])}
		m.Guesses = append(m.Guesses, fmt.Sprintf("precinct: %s", echo.Quote(header[precinct])))
	} else {
		m.Guesses = append(m.Guesses, "precinct: no column recognised: name the column of the precinct where each ballot was cast")
	}
	if count >= 0 && whole {
		m.Count = &Column{Header: strings.TrimSpace(header[count])}
		m.Guesses = append(m.Guesses, fmt.Sprintf("count: %s, whole numbers: each line is that many identical ballots", echo.Quote(header[count])))
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
	return &Draft{Ballots: &m}, nil
}

// ballotsJSON writes a drafted ballot mapping, its guesses first, in the
// form ReadBallotMapping reads once they are deleted.
func (d *Draft) ballotsJSON() ([]byte, error) {
	m := d.Ballots
	type out struct {
		Guesses       []string `json:"_guesses,omitempty"`
		Precinct      string   `json:"precinct"`
		Ballot        string   `json:"ballot"`
		Choice        string   `json:"choice"`
		Count         string   `json:"count,omitempty"`
		Delimiter     string   `json:"delimiter,omitempty"`
		BlankValues   []string `json:"blank_values,omitempty"`
		InvalidValues []string `json:"invalid_values,omitempty"`
	}
	o := out{Guesses: m.Guesses, Precinct: m.Precinct.Header, Ballot: m.Ballot, Choice: m.Choice.Header, BlankValues: m.BlankValues, InvalidValues: m.InvalidValues, Delimiter: m.Delimiter}
	if m.Count != nil {
		o.Count = m.Count.Header
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(o); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
