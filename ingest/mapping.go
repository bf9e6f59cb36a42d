package ingest

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
	"github.com/shailoo/shailoo/internal/strictjson"
)

// Column names one column of a CSV file: either by its header text (Header)
// or by its 1-based column number (Index), never both.
//
// A header matches a cell of the file's header row when the two are equal
// after trimming the spaces around them (and a byte order mark); nothing
// else is collapsed or folded, so a long Russian or Kyrgyz header must be
// copied exactly as the file writes it. Under a header of several rows
// (Mapping.HeaderRows) a column's header is the texts of its cells joined
// with " / ".
//
// In JSON a column is written {"header": "..."} or {"column": 3}; the
// shorthands "..." (a header) and 3 (a column number) are accepted too.
//
// The precinct may be named by several columns together
// ({"columns": ["region", "uik"]}): where precinct numbers repeat across
// regions, a precinct is the region and its number. Its ID is then the
// cells joined by " / " ("Республика Адыгея (Адыгея) / 1"). So may the
// okrug, where its names repeat across regions (Nigeria's wards: a GWAKO
// in Gwagwalada and another in the Municipal area council), its ID made
// the same way ("Gwagwalada / GWAKO").
//
// A figure (a line, a vote, a preference) may be the sum of several
// columns ({"columns": ["Blancs", "Nuls"]}): files split a line of the
// form over columns (France's blank and null ballots, both the form's
// invalid ones; the ballots of paper and machine, of stationary and
// mobile boxes), and the user should not have to add a column to the file
// before it is read. The figure is the exact sum of the cells, and is not
// given when one of them is empty (see Mapping.EmptyVotes for votes).
//
// The precinct may be a value of the mapping in place of a column
// ({"value": "Deçan"}): a file of one area's results, a row per choice
// and no column naming the area, as a commission's site exports them area
// by area, is that area's protocol. (The region and the okrug of every
// row are Mapping.RegionID and Mapping.OkrugID.)
type Column struct {
	Header string `json:"header,omitempty"`
	Index  int    `json:"column,omitempty"` // 1-based
	// Columns, for the precinct or the okrug: the columns whose cells
	// together name it, in the order they make its ID; for a figure: the
	// columns it is the sum of.
	Columns []Column `json:"columns,omitempty"`
	// Value, for the precinct alone, is the ID of every row's precinct,
	// read from no column.
	Value string `json:"value,omitempty"`
	// Join, for a long file's choice column of several columns alone,
	// says that the choice is named by their cells joined by " / " (an
	// empty cell left out), as a precinct is by its key's: "McGuire / R"
	// and "McGuire / D", two candidates of one surname in one district
	// told apart by their party. Without it the first cell not empty
	// names the choice. For an okrug of several columns it says that a
	// row may leave some of them empty: its okrug is named by the cells
	// given, joined ("President", beside "State House / 55", where a
	// statewide office has no district); without it each is required.
	// So for a precinct of several columns: a file of several contests
	// names a precinct's protocol by the office, its district and the
	// precinct ("President / 1" beside "County Commissioner / 2 / 1",
	// where every precinct votes in each commissioner's district); it
	// leaves out an empty cell of the okrug's columns alone (one of them
	// at least is a precinct's column), never of the precinct's own.
	Join bool `json:"join,omitempty"`
}

// String returns the header in quotes, "column N", or the columns of a
// key or a sum in brackets.
func (c Column) String() string {
	if len(c.Columns) > 0 {
		parts := make([]string, len(c.Columns))
		for i, k := range c.Columns {
			parts[i] = k.String()
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	if c.Header != "" {
		return echo.Quote(c.Header)
	}
	if c.Value != "" {
		return "value " + echo.Quote(c.Value)
	}
	return "column " + strconv.Itoa(c.Index)
}

// UnmarshalJSON reads a column from an object, a string (a header) or an
// integer (a column number).
func (c *Column) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		*c = Column{}
		return json.Unmarshal(b, &c.Header)
	}
	if len(b) > 0 && (b[0] == '-' || ('0' <= b[0] && b[0] <= '9')) {
		*c = Column{}
		return json.Unmarshal(b, &c.Index)
	}
	type plain Column
	var p plain
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&p); err != nil {
		return err
	}
	*c = Column(p)
	return nil
}

// Mapping says which columns of a protocols CSV file hold what. Each row of
// the file is one protocol: one precinct, one ballot, one count (manual or
// machine). See the package documentation for a complete example.
//
// Precinct is required. Region, Okrug and Abroad are optional; Abroad cells
// are yes/no words (see AbroadValues).
//
// The ballot is either fixed for the whole file (Ballot: "list" or
// "okrug") or read from BallotColumn, whose cells are looked up in
// BallotValues (cell text -> "list" or "okrug"); without BallotValues the
// cells must read "list" or "okrug".
//
// The count is manual unless Machine says every row is a machine count, or
// MachineColumn gives it per row: its cells are looked up in MachineValues
// (cell text -> true for the machine count), or, without MachineValues, read
// as yes/no words, an empty cell being the manual count.
//
// Yes/no words, compared without regard to case: yes is "1", "true", "yes",
// "y", "да", "ооба"; no is "0", "false", "no", "n", "нет", "жок" or an
// empty cell. Anything else is ErrBadValue.
//
// Lines maps protocol lines to columns: the lines of election.AllLines and
// those a rule set adds to its form (protocol.add_lines). A mapping is read
// before the rule set is known, so a line it names that is not built in is
// checked when the count knows the form (CheckLines); Votes maps choice IDs (a party ID on the list ballot,
// a candidate ID on the okrug ballot, election.AgainstAll on both) to
// columns; Preferences maps candidate IDs to the columns of their
// preference votes. At least one line or vote must be mapped. Columns not
// mapped are ignored; no column may be mapped twice, in a sum or not. A
// line, vote or preference mapped to several columns (Column.Columns) is
// their sum; not in a long file (Shape "long").
//
// Delimiter is "," (the default when empty), ";", "\t" or "|" (Mexico's
// INE and Argentina's DINE write "|"), or " ", one space between cells,
// as R's write.table writes them (a cell with a space in it is quoted).
// SkipRows is the
// number of lines above the header row (or above the first data row, with
// NoHeader), such as a title: lines as an editor numbers them, blank ones
// included, skipped unread (a quote in a title is no CSV quote), so that
// "skip_rows": 5 skips lines 1 to 5 and no data row is lost to a blank
// line counted out. HeaderRows is the number of rows of
// the header, 1 when 0: a header of several rows names each column by the
// texts of its cells joined with " / " (see the package documentation).
type Mapping struct {
	Precinct Column  `json:"precinct" strict:"required"`
	Region   *Column `json:"region,omitempty"`
	Okrug    *Column `json:"okrug,omitempty"`
	// RegionID and OkrugID are the region and the okrug of every row of a
	// file of one region or one district (India's Form 20 gives one
	// constituency's polling stations, and names it nowhere in the
	// rows): in place of a Region or an Okrug column, not beside it.
	RegionID string  `json:"region_id,omitempty"`
	OkrugID  string  `json:"okrug_id,omitempty"`
	Abroad   *Column `json:"abroad,omitempty"`
	// AbroadValues maps Abroad cell texts to abroad (true) or not (false);
	// when empty, the yes/no words are used.
	AbroadValues map[string]bool `json:"abroad_values,omitempty"`

	Ballot       string            `json:"ballot,omitempty"` // "list" or "okrug": every row is that ballot
	BallotColumn *Column           `json:"ballot_column,omitempty"`
	BallotValues map[string]string `json:"ballot_values,omitempty"` // cell text -> "list" | "okrug"

	Machine       bool            `json:"machine,omitempty"` // every row is a machine count
	MachineColumn *Column         `json:"machine_column,omitempty"`
	MachineValues map[string]bool `json:"machine_values,omitempty"`

	Lines       map[election.Line]Column `json:"lines,omitempty"`
	Votes       map[string]Column        `json:"votes,omitempty"`       // choice ID -> column
	Preferences map[string]Column        `json:"preferences,omitempty"` // candidate ID -> column

	Delimiter string `json:"delimiter,omitempty"` // "," (default), ";", "\t", "|" or " "
	// Encoding is the file's character encoding when it is not UTF-8:
	// "windows-1251" (or "cp1251"), "windows-1252", "koi8-r",
	// "iso-8859-1", "windows-1250", "windows-1253", "windows-1255",
	// "windows-1254" (or "iso-8859-9"), "windows-1256", "windows-1257",
	// "windows-874" (or "tis-620"), "utf-16le" or "utf-16be" (see
	// EncodingWindows1251). Multi-byte East Asian encodings (Shift_JIS,
	// EUC-JP, GBK, Big5, EUC-KR) are not read: an error names them.
	Encoding string `json:"encoding,omitempty"`
	SkipRows int    `json:"skip_rows,omitempty"` // lines above the header row
	// FooterRows is the number of lines at the end of the file read as
	// no row (footnotes under the table, "Source: ..."): skipped unread,
	// and said in a note, as skip_rows's lines are.
	FooterRows int `json:"footer_rows,omitempty"`
	// HeaderRows is the number of rows of the header (0 means 1): a
	// party's name over "Erststimmen" over "Endgültig" is a header of
	// three rows, its column named "CDU / Erststimmen / Endgültig".
	HeaderRows int `json:"header_rows,omitempty"`
	// NoHeader says that the file has no header row (the files of
	// Bulgaria's CIK, a database's export): the first row after SkipRows
	// is data, and every column is named by its number.
	NoHeader bool `json:"no_header,omitempty"`
	// RowNames says that the header names the columns after the first,
	// which holds each row's name or number, as R's write.table writes a
	// table with its row names (Finland's 2012 presidential file): every
	// data row has a cell more than the header, and the header's names
	// are those of the columns after the first. Read so, each name is
	// its own column's, and column 1 is the rows' names, with no header.
	RowNames bool `json:"row_names,omitempty"`
	// TrailingDelimiter says that the data rows end with a delimiter the
	// header row lacks ("...;115;87;" under "...;VOTOS_P1;VOTOS_P2"): a
	// data row may then have one cell past the header row's last column,
	// which must be empty. Without it such a row is ErrLongRow: a cell
	// added in the middle of a row moves the figures after it.
	TrailingDelimiter bool `json:"trailing_delimiter,omitempty"`

	// Shape is the file's layout, "layout" in JSON: "wide" (the default
	// when empty), "long" or "transposed" (see LabelColumn). A long file has one row per protocol and
	// choice: ChoiceColumn names the choice, or a protocol line, whose
	// figure VotesColumn holds; ChoiceValues maps the choice cell texts
	// to choice IDs, LineValues to protocol lines and PreferenceValues to
	// the candidates of preference votes. Lines may still map
	// columns repeated on every row of a protocol (the voters on the list,
	// say), which must then agree on every row. Votes and Preferences are
	// not used. See long.go for how rows become protocols.
	Shape        string                   `json:"layout,omitempty"`
	ChoiceColumn *Column                  `json:"choice_column,omitempty"`
	VotesColumn  *Column                  `json:"votes_column,omitempty"`
	ChoiceValues map[string]string        `json:"choice_values,omitempty"` // cell text -> choice ID
	LineValues   map[string]election.Line `json:"line_values,omitempty"`   // cell text -> protocol line
	// PreferenceValues maps cell texts to candidate IDs: a long file's
	// rows of preference votes.
	PreferenceValues map[string]string `json:"preference_values,omitempty"`
	// ChoiceRows says how many rows of a long file give one choice's
	// votes in a protocol: one when empty (a second is ErrDuplicateRow:
	// a row given twice by mistake must not double a figure), or, as
	// ChoiceRowsSum, any number under the same choice cell, summed
	// (Denmark's list votes and each candidate's rows, all naming the
	// list; a US precinct's rows by vote mode). See long.go.
	ChoiceRows string `json:"choice_rows,omitempty"`
	// ChoiceListColumn, in a long file of the okrug ballot, is the column
	// that names the party (list) each row's candidate stands for ("SNP",
	// or empty for an independent): an okrug learnt from the file
	// (a definition that lists no okrugs) gives its candidates that list
	// (election.Candidate.List), which a compensatory list tier counts
	// the okrug seats against. A cell is matched, trimmed and
	// case-folded, to ListValues, else to a party's ID or name; see
	// choicelist.go.
	ChoiceListColumn *Column `json:"choice_list_column,omitempty"`
	// ListValues maps a cell text of ChoiceListColumn to a party ID, or
	// to "" for a candidate who carries no list (an independent, a party
	// with no list in the region).
	ListValues map[string]string `json:"list_values,omitempty"`
	// LabelColumn, in a transposed file ("layout": "transposed", a
	// column per precinct and a row per line or choice), is the column
	// whose cells name the rows (column 1 when nil), or the columns
	// whose cells, joined, do; every other column is a precinct. See
	// transposed.go.
	LabelColumn *Column `json:"label_column,omitempty"`

	// EmptyVotes says what an empty cell of a votes column means:
	// EmptyVotesNotGiven (the default when empty), a figure not given, or
	// EmptyVotesNotOnBallot, a choice not on that row's ballot. See
	// emptyvotes.go.
	EmptyVotes string `json:"empty_votes,omitempty"`
	// EmptyCells says what an empty cell of any figure column (a line, a
	// vote, a preference vote, a part of a sum) means: EmptyCellsMissing
	// (the default when empty), a figure not given, or EmptyCellsZero, 0,
	// as a commission that writes 0 as nothing (Peru's ONPE) means it. See
	// emptyvotes.go.
	EmptyCells string `json:"empty_cells,omitempty"`
	// Thousands is the character that groups the digits of the file's
	// figures by threes: "," (Malaysia's, India's and the United States'
	// tables write "10,701"), "." (German and Spanish ones: "1.234"), or
	// a space, a no-break space (U+00A0) or a narrow no-break space
	// (U+202F) ("1 234", French and Russian ones). A comma or a point
	// groups digits only where the mapping says so: "1,234" could be a
	// decimal fraction, and a figure misread by a thousand is worse than
	// a cell refused. The spaces group digits in every file, named or
	// not. A group out of place ("1,0701", "10,70") is an error naming
	// the cell, as any cell that is no number is. See number.go.
	Thousands string `json:"thousands,omitempty"`
	// DigitGrouping is "indian" where the thousands separator "," groups
	// the digits as India's tables do, by lakh and crore: the last three,
	// then twos ("4,52,644" is 452,644; "1,23,45,678" is 12,345,678). It
	// needs "thousands": ",". Empty: by threes. See number.go.
	DigitGrouping string `json:"digit_grouping,omitempty"`
	// NotGiven lists the cell texts by which a file says that a figure
	// is not given: Kenya's Form 34B writes "NA" for a constituency not
	// yet in, as R and pandas export a gap; others write "-", "n/a" or
	// "—". A figure cell whose trimmed text is one of them, exactly,
	// reads as an empty cell does (EmptyCells, EmptyVotes): by default a
	// figure not given, never 0. A text the reader would not refuse (a
	// number) may not be one. Each such cell is counted
	// (Counts.NotGiven), and a count says how many in a note.
	NotGiven []string `json:"not_given,omitempty"`

	// Aggregates are choice IDs (of Votes, or of a long file's
	// ChoiceValues) whose figure sums several people's or lists' votes,
	// not one's: a US file's "WRITE-IN" or "Scattering", a UK file's
	// "Others", "Altri", "Otros", "Прочие". Their votes are valid votes,
	// summed and checked as any choice's, but such a choice is never
	// elected: where it would take a seat or ties for one, the okrug is
	// not decided (its votes may be one person's or many's). A definition
	// inferred from the mapping marks them (election.Candidate.Aggregate,
	// election.Party.Aggregate); a definition given says so itself.
	// IDs, not cell texts: a choice has one ID and may have several texts.
	Aggregates []string `json:"aggregates,omitempty"`

	// BlankVotes are choice IDs (of Votes, or of a long file's
	// ChoiceValues) whose figure is the blank votes of a ballot that
	// counts them among the valid votes (Spain's "Votos en blanco": votos
	// válidos = a candidaturas + en blanco). As "against all" on the
	// Kyrgyz ballot, such a choice is counted, summed and checked as any
	// (it is in every threshold base and in the sum of the choices that
	// P103 checks), but it is no list: it passes no threshold and takes
	// no seat (election.Party.Blank). On the okrug ballot they are no
	// candidate (election.Candidate.Blank): counted in the protocol and in
	// the sum P103 checks, never elected nor sent to a run-off, and left
	// out of a majority rule's base of votes (Argentina's "votos
	// afirmativos"); a base of lines (valid ballots) holds them. A
	// definition given says so itself ("blank": true on the party or the
	// okrug's candidate). Blank votes that
	// are not valid votes are a line, not a choice (the invalid line, or
	// one of protocol.add_lines).
	BlankVotes []string `json:"blank_votes,omitempty"`

	// FillDown names the columns whose empty cells are the cell of the
	// row above: a table exported with merged cells (a constituency and
	// its electorate written once, on its first party's row) leaves them
	// empty on the rows below. Each cell so filled is counted, and a
	// count says how many. See filldown.go.
	FillDown []Column `json:"fill_down,omitempty"`

	// Rows, when set, is a row filter: a file of several contests (an
	// office, a district, an election type per row) is counted for the
	// rows it keeps alone. See rows.go.
	Rows *RowFilter `json:"rows,omitempty"`

	// Part says that the file gives a part of each of its protocols,
	// another file whose mapping says so too giving the rest: Slovakia's
	// statistical office, Bulgaria's CIK, the Czech and the Hungarian
	// offices publish a precinct's protocol lines in one table and its
	// votes in another. A count joins the protocols of such files of one
	// precinct, ballot and count into one before it checks them
	// (shailoo.MergeCSV), so that the relations between the parts (valid
	// = the votes) are evaluated. Said in the mapping, never guessed: two
	// files that each give a whole protocol are duplicates (X207).
	Part bool `json:"part,omitempty"`

	// Provenance says where the file's figures come from, in the words
	// an election definition uses (election.Provenance): "official" (a
	// final official result), "preliminary" (a preliminary or partial
	// count, published) or "synthetic" (made to stand in for data never
	// published). Source says it in the user's words (the publisher, the
	// page, the date taken) and needs Provenance. A count says both for
	// the file (shailoo.Input), and the file's provenance is the count's
	// when the election's definition gives none; a file whose mapping
	// gives none is said to be of provenance not given, never passed in
	// silence.
	Provenance election.Provenance `json:"provenance,omitempty"`
	Source     string              `json:"source,omitempty"`

	// Ignore names the columns of whole numbers the mapping reads for
	// nothing on purpose (a total the file computes, a percentage, a
	// code): a count names every other column of whole numbers no field
	// reads (Counts.Unread), so that a choice left out of the mapping is
	// seen. See unread.go.
	Ignore []Column `json:"ignore,omitempty"`

	// Guesses are the notes a drafted mapping (Draft) leaves for its user
	// to confirm: reading ignores them, and a count says how many remain.
	// Delete them once each guess is checked.
	// Totals names, for a figure of several columns (a sum: "votes_column",
	// "lines.valid", "votes.<choice>"), the column of the file's own total
	// of them (India's results by candidate: "votes_column": {"columns":
	// ["evm_votes", "postal_votes"]}, "totals": {"votes_column":
	// "total_votes"}). The figure is their sum, as without it; a row whose
	// total is not that sum is said (Counts.TotalsOff, finding I616) with
	// its line and the gap, never counted silently with one or the other.
	Totals map[string]Column `json:"totals,omitempty"`

	Guesses []string `json:"_guesses,omitempty"`
}

// fieldKind is what a mapped column holds.
type fieldKind uint8

const (
	fPrecinct fieldKind = iota
	fRegion
	fOkrug
	fAbroad
	fBallot
	fMachine
	fKey    // a column of a precinct named by several (Column.Columns)
	fChoice // a long file's choice column (Mapping.ChoiceColumn)
	fList   // a long file's column of the choice's list (Mapping.ChoiceListColumn)
	fLine
	fVote
	fPref
)

// keyKind says whether fields of kind k name a precinct, its region or
// its okrug (a part of a key).
func keyKind(k fieldKind) bool {
	return k == fPrecinct || k == fRegion || k == fOkrug || k == fKey
}

// field is one mapped column. idx and header are set when the mapping is
// bound to a file's header row.
type field struct {
	kind fieldKind
	// sep is the thousands separator of a figure's cells, ',' or '.'
	// (Mapping.Thousands), sepIndian for ',' by lakh and crore
	// (Mapping.DigitGrouping), 0 for the spaces alone.
	sep byte
	// notGiven marks a figure whose cells may say it is not given
	// (Mapping.NotGiven).
	notGiven bool
	// abroadToo marks a region column that the abroad column shares: a
	// cell abroad_values names abroad (true) is a precinct abroad, in no
	// region (Kyrgyzstan's CEC files list the precincts abroad under the
	// "region" «МИД КР»).
	abroadToo bool
	// okpart is 1 + the place of the column in the okrug's key, when the
	// okrug is named by several columns (Column.Columns, at most
	// maxKeyColumns); 0: none. (Beside kind: the fields are read for
	// every cell of a file, and it fits in their padding.)
	okpart uint8
	// chalt is 1 + the place of the column in a long file's choice
	// columns joined (Column.Join) when the field is a key's (the
	// region's, the okrug's, the precinct's) and reads that column too:
	// one ID per constituency's list, "hki / 1"; 0: none.
	chalt uint8
	// total marks the column of the file's own total of a sum's columns
	// (Mapping.Totals): read into a slot of its own as a column of the sum
	// (sum is then 1 + their number), compared with their sum, never
	// added to it (addSums).
	total  bool
	name   string // mapping path: "precinct", "lines.voters", "votes.x"
	key    string // line name, choice ID or candidate ID
	col    Column
	idx    int    // 0-based column in the file
	header string // the file's header text for the column
	slot   int    // index of a figure in Row.Lines, Votes or Preferences
	part   int    // 1 + the place of the column in a precinct's key; 0: none
	// alt is 1 + the place of the column in a long file's choice columns
	// given as several (the first whose cell is not empty names the
	// choice); 0: one choice column.
	alt int
	// sum is 1 + the place of the column in a figure's sum (0: none). The
	// first column of a sum has its figure's slot, the others slots of
	// their own after the figures of the Layout (see sums.go).
	sum int
}

// figure returns the name of the figure a number field gives (or is part
// of): "lines.invalid" for each column of a sum too, "votes_column" for
// each of a long file's figure.
func (f *field) figure() string {
	switch {
	case f.sum == 0:
		return f.name
	case f.kind == fVote && f.key == "":
		return "votes_column"
	}
	return sectionName(f.kind) + "." + f.key
}

// sectionName returns the mapping's key of the figures of kind k.
func sectionName(k fieldKind) string {
	switch k {
	case fLine:
		return "lines"
	case fVote:
		return "votes"
	}
	return "preferences"
}

// fields lists the mapped columns in canonical order: precinct, region,
// okrug, abroad, ballot, machine, lines in protocol order, votes by choice
// ID with against_all last, preferences by candidate ID.
//
// A precinct named by several columns (or by one it shares with the
// region or the okrug: keyColumns) has no precinct field: each of its
// columns is a field of kind fKey, or, when the region, okrug, abroad,
// ballot or machine column is one of them, that field with its part set
// (Validate refuses all but the region and the okrug).
func (m *Mapping) fields() []field {
	var fs []field
	keys := m.keyColumns()
	if len(keys) == 0 && m.Precinct.Value == "" {
		fs = append(fs, field{kind: fPrecinct, name: "precinct", col: m.Precinct})
	}
	add := func(k fieldKind, name string, c *Column) {
		if c != nil {
			fs = append(fs, field{kind: k, name: name, col: *c})
		}
	}
	add(fRegion, "region", m.Region)
	if m.Okrug != nil && len(m.Okrug.Columns) > 0 {
		// An okrug named by several columns: a column it shares with
		// the region is the region's field, its part of the key set.
		for k, c := range m.Okrug.Columns {
			if len(fs) > 0 && fs[len(fs)-1].kind == fRegion && fs[len(fs)-1].okpart == 0 && keyOf(fs[len(fs)-1].col) == keyOf(c) {
				fs[len(fs)-1].okpart = uint8(k + 1)
				continue
			}
			fs = append(fs, field{kind: fOkrug, name: fmt.Sprintf("okrug.columns[%d]", k), col: c, okpart: uint8(k + 1)})
		}
	} else {
		add(fOkrug, "okrug", m.Okrug)
	}
	if m.abroadInRegion() {
		for i := range fs {
			if fs[i].kind == fRegion {
				fs[i].abroadToo = true
			}
		}
	} else {
		add(fAbroad, "abroad", m.Abroad)
	}
	add(fBallot, "ballot_column", m.BallotColumn)
	add(fMachine, "machine_column", m.MachineColumn)
	for k, c := range keys {
		shared := false
		for i := range fs {
			if fs[i].part == 0 && keyOf(fs[i].col) == keyOf(c) {
				fs[i].part, shared = k+1, true
				break
			}
		}
		if !shared {
			fs = append(fs, field{kind: fKey, name: fmt.Sprintf("precinct.columns[%d]", k), col: c, part: k + 1})
		}
	}
	// figure adds the field of a figure, or one per column of its sum.
	figure := func(k fieldKind, key string, c Column) {
		name := sectionName(k) + "." + key
		if len(c.Columns) == 0 {
			fs = append(fs, field{kind: k, name: name, key: key, col: c})
			return
		}
		for i, p := range c.Columns {
			fs = append(fs, field{kind: k, name: fmt.Sprintf("%s.columns[%d]", name, i), key: key, col: p, sum: i + 1})
		}
		if t, ok := m.Totals[name]; ok {
			fs = append(fs, field{kind: k, name: "totals." + name, key: key, col: t, sum: len(c.Columns) + 1, total: true})
		}
	}
	for _, l := range lineKeys(m.Lines) {
		figure(fLine, string(l), m.Lines[l])
	}
	for _, id := range choiceKeys(m.Votes) {
		figure(fVote, id, m.Votes[id])
	}
	// A long file's row: its choice and its one figure (vote slot 0), of
	// one column or the sum of several, as a wide file's figure.
	if c := m.ChoiceColumn; c != nil && len(c.Columns) > 0 {
	choices:
		for k, p := range c.Columns {
			for i := range fs {
				// A column of the choice joined that names the region, the
				// okrug or the precinct too is read once, for both.
				if f := &fs[i]; c.Join && f.chalt == 0 && k < maxKeyColumns && keyKind(f.kind) && keyOf(f.col) == keyOf(p) {
					f.chalt = uint8(k + 1)
					continue choices
				}
			}
			fs = append(fs, field{kind: fChoice, name: fmt.Sprintf("choice_column.columns[%d]", k), col: p, alt: k + 1})
		}
	} else {
		add(fChoice, "choice_column", m.ChoiceColumn)
	}
	add(fList, "choice_list_column", m.ChoiceListColumn)
	if c := m.VotesColumn; c != nil && len(c.Columns) > 0 {
		for i, p := range c.Columns {
			fs = append(fs, field{kind: fVote, name: fmt.Sprintf("votes_column.columns[%d]", i), col: p, sum: i + 1})
		}
		if t, ok := m.Totals["votes_column"]; ok {
			fs = append(fs, field{kind: fVote, name: "totals.votes_column", col: t, sum: len(c.Columns) + 1, total: true})
		}
	} else {
		add(fVote, "votes_column", m.VotesColumn)
	}
	for _, id := range sortedKeys(m.Preferences) {
		figure(fPref, id, m.Preferences[id])
	}
	if sep := m.thousandsSep(); sep != 0 || len(m.NotGiven) > 0 {
		for i := range fs {
			if fs[i].kind >= fLine {
				fs[i].sep, fs[i].notGiven = sep, len(m.NotGiven) > 0
			}
		}
	}
	return fs
}

// thousands lists the values of Mapping.Thousands.
var thousands = []string{",", ".", " ", "\u00a0", "\u202f", "\u066c"}

// thousandsSep returns the separator parseIntSep reads for
// Mapping.Thousands: ',' or '.', or 0 (the spaces, which every file may
// use). The Arabic thousands separator (٬, U+066C) is ',': a figure in
// Arabic-Indic digits writes it where one in 0 to 9 writes ","
// (arabicFigure).
func (m *Mapping) thousandsSep() byte {
	if m.DigitGrouping == "indian" {
		return sepIndian
	}
	if m.Thousands == "," || m.Thousands == "." {
		return m.Thousands[0]
	}
	if m.Thousands == "\u066c" {
		return ','
	}
	return 0
}

// keyColumns returns the columns of the precinct's key: its columns, or
// its one column when that is the region's or the okrug's column (or one
// of the okrug's columns) too, so
// that a precinct named by the cell of its okrug is read alike whether
// the mapping says "precinct": "x" or {"columns": ["x"]}: a file of one
// row per single-member district, named by its district alone (a
// constituency's results), names the precinct and the okrug by one cell,
// as a key of several columns shares one with its region. nil for a
// precinct of one column of its own.
func (m *Mapping) keyColumns() []Column {
	if len(m.Precinct.Columns) > 0 {
		return m.Precinct.Columns
	}
	if m.Precinct.Header == "" && m.Precinct.Index == 0 {
		return nil
	}
	k := keyOf(m.Precinct)
	for _, c := range []*Column{m.Region, m.Okrug} {
		if c != nil && len(c.Columns) == 0 && keyOf(*c) == k {
			return []Column{m.Precinct}
		}
	}
	if m.Okrug != nil && slices.ContainsFunc(m.Okrug.Columns, func(c Column) bool { return keyOf(c) == k }) {
		return []Column{m.Precinct}
	}
	return nil
}

// okrugKey returns the number of columns of the okrug's key: those of an
// okrug named by several columns (Column.Columns), 0 otherwise.
func (m *Mapping) okrugKey() int {
	if m.Okrug == nil {
		return 0
	}
	return len(m.Okrug.Columns)
}

// lineKeys returns the mapped lines, known ones in protocol order first,
// then unknown ones sorted.
func lineKeys(lines map[election.Line]Column) []election.Line {
	var ks []election.Line
	for _, l := range election.AllLines() {
		if _, ok := lines[l]; ok {
			ks = append(ks, l)
		}
	}
	var rest []election.Line
	for l := range lines {
		if election.LineIndex(l) < 0 {
			rest = append(rest, l)
		}
	}
	slices.Sort(rest)
	return append(ks, rest...)
}

// choiceKeys returns the keys sorted, with election.AgainstAll last.
func choiceKeys[V any](m map[string]V) []string {
	ks := sortedKeys(m)
	if i := slices.Index(ks, election.AgainstAll); i >= 0 {
		ks = append(slices.Delete(ks, i, i+1), election.AgainstAll)
	}
	return ks
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

const bom = "\uFEFF"

// trimHeader trims a header text as matching does: a byte order mark and
// surrounding spaces.
func trimHeader(s string) string {
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), bom))
}

// CheckLines reports the lines of m that known (the form of the rule set
// the count runs under) does not know, as a *ParseError naming the key of
// the first ("lines.absentee_recieved") and wrapping an *UnknownLineError
// (an ErrMapping and ErrBadValue). The caller sets its File: a mapping is
// read before the rule set is known.
func (m Mapping) CheckLines(known func(election.Line) bool) error {
	if known == nil {
		known = func(l election.Line) bool { return election.LineIndex(l) >= 0 }
	}
	field := ""
	ul := &UnknownLineError{}
	for _, l := range lineKeys(m.Lines) {
		if !known(l) {
			field = cmp.Or(field, "lines."+string(l))
			ul.Lines = append(ul.Lines, l)
		}
	}
	for _, k := range sortedKeys(m.LineValues) {
		if l := m.LineValues[k]; !known(l) {
			field = cmp.Or(field, "line_values."+k)
			if !slices.Contains(ul.Lines, l) {
				ul.Lines = append(ul.Lines, l)
			}
		}
	}
	if field == "" {
		return nil
	}
	return &ParseError{Field: field, Err: ul}
}

// UnknownLineError is a mapping's protocol lines that the form of the
// count's rule set does not declare: lines a mapping drafted from another
// form names (the Russian absentee certificates), counted under a rule
// set that does not add them in protocol.add_lines. It says how to count
// the file: under a rule set that declares them (the examples that do,
// for the lines the draft maps), or without them.
type UnknownLineError struct {
	Lines []election.Line // in the mapping's order, lines then line_values
	// Rules names the rule set ("kg2021" 1.0.0), when the caller knows it.
	Rules string
}

func (e *UnknownLineError) Error() string {
	if e == nil {
		return "<nil>"
	}
	var names []string
	examples := ""
	for _, l := range e.Lines {
		names = append(names, echo.Quote(l))
		for _, x := range exampleRules(l) {
			if !strings.Contains(examples, x) {
				examples += " or " + x
			}
		}
	}
	if len(names) == 0 {
		names = []string{`""`}
	}
	more, it := "", "it"
	if len(names) > 1 {
		more, it = " (and "+strings.Join(names[1:], ", ")+")", "them"
	}
	if examples != "" {
		examples = " (such as" + examples[len(" or"):] + ")"
	}
	return fmt.Sprintf("%v: %v: unknown protocol line %s%s: the rule set %s does not declare %s (known: %s, and the lines a rule set adds in protocol.add_lines); count with a rule set that declares %s in protocol.add_lines%s, or delete %s from the mapping to count without %s",
		ErrMapping, ErrBadValue, names[0], more, cmp.Or(e.Rules, "of the count"), it, lineList(), it, examples, it, it)
}

// Unwrap returns ErrMapping and ErrBadValue.
func (e *UnknownLineError) Unwrap() []error { return []error{ErrMapping, ErrBadValue} }

// exampleRules returns the rule sets of the repository's examples that
// declare line, one the draft maps beyond the built-in form (see
// absenteeLines and combinedLine; a test holds the two to agree), or nil.
func exampleRules(l election.Line) []string {
	switch l {
	case "absentee_received", "absentee_issued", "absentee_voted", "absentee_cancelled", "absentee_issued_tik", "absentee_lost":
		return []string{"examples/duma2011/rules.json", "examples/duma2016/rules.json", "examples/ru-president/rules.json"}
	case "issued_all", "found_all":
		return []string{"examples/ru-referendum2020/rules.json"}
	}
	return nil
}

// checkProvenance refuses a provenance that is none of the model's and a
// source without a provenance: the source's words would be taken for one
// while the count says "provenance not given".
func (m Mapping) checkProvenance() error {
	switch m.Provenance {
	case "", election.Official, election.Preliminary, election.Synthetic:
	default:
		return mappingError("provenance", "%s: official, preliminary or synthetic", echo.Quote(string(m.Provenance)))
	}
	if m.Source != "" && m.Provenance == "" {
		return mappingError("source", `a source without a provenance: say also "provenance": "official", "preliminary" or "synthetic"`)
	}
	if strings.TrimSpace(m.Source) != m.Source || !utf8.ValidString(m.Source) {
		return mappingError("source", "%s: a text without spaces around it, in UTF-8", echo.Quote(m.Source))
	}
	return nil
}

func mappingError(field string, format string, args ...any) *ParseError {
	return &ParseError{Field: field, Err: fmt.Errorf("%w: "+format, append([]any{ErrMapping}, args...)...)}
}

// Validate reports the first problem with the mapping as a *ParseError
// whose Field names the mapping field and whose error wraps ErrMapping:
// a column with both or neither of header and column, an unknown line name,
// a ballot neither fixed nor read from a column (or both), value tables
// without their column, a bad delimiter, a column mapped twice, or nothing
// mapped but the precinct. ReadCSV and WriteCSV call it; ReadMapping adds
// the line and column in the mapping file.
func (m Mapping) Validate() error {
	if err := checkKey("precinct", m.Precinct); err != nil {
		return err
	}
	if err := m.checkProvenance(); err != nil {
		return err
	}
	if m.Precinct.Value != "" && m.transposed() {
		return mappingError("precinct", "a transposed file names a precinct over each of its columns: its precinct is no value")
	}
	if m.Okrug != nil {
		if err := checkKey("okrug", *m.Okrug); err != nil {
			return err
		}
	}
	if err := m.checkPrecinctJoin(); err != nil {
		return err
	}
	for _, c := range []struct {
		name string
		col  *Column
	}{{"region", m.Region}, {"abroad", m.Abroad}} {
		if c.col != nil {
			if err := checkColumn(c.name, *c.col); err != nil {
				return err
			}
		}
	}
	for _, c := range []struct {
		name, id string
		col      *Column
	}{{"region_id", m.RegionID, m.Region}, {"okrug_id", m.OkrugID, m.Okrug}} {
		switch {
		case c.id == "":
		case c.col != nil:
			return mappingError(c.name, "set %s (every row's) or %s (a column), not both", c.name, strings.TrimSuffix(c.name, "_id"))
		case strings.TrimSpace(c.id) != c.id || !utf8.ValidString(c.id):
			return mappingError(c.name, "%s: an ID without spaces around it, in UTF-8", echo.Quote(c.id))
		}
	}
	if m.abroadInRegion() && !slices.ContainsFunc(sortedKeys(m.AbroadValues), func(k string) bool { return m.AbroadValues[k] }) {
		return mappingError("abroad", "the abroad column is the region column: abroad_values names the region cells that are precincts abroad (\"МИД КР\": true)")
	}
	if len(m.AbroadValues) > 0 && m.Abroad == nil {
		return mappingError("abroad_values", "abroad_values without an abroad column")
	}
	if err := checkValueKeys("abroad_values", m.AbroadValues); err != nil {
		return err
	}

	switch {
	case m.Ballot != "" && m.BallotColumn != nil:
		return mappingError("ballot", "set ballot (every row is that ballot) or ballot_column, not both")
	case m.Ballot == "" && m.BallotColumn == nil:
		return mappingError("ballot", `set ballot ("list" or "okrug": every row is that ballot) or ballot_column`)
	case m.Ballot != "" && !validBallot(m.Ballot):
		return mappingError("ballot", `%s is not "list" or "okrug"`, echo.Quote(m.Ballot))
	case m.BallotColumn != nil:
		if err := checkColumn("ballot_column", *m.BallotColumn); err != nil {
			return err
		}
	}
	if len(m.BallotValues) > 0 && m.BallotColumn == nil {
		return mappingError("ballot_values", "ballot_values without ballot_column")
	}
	if err := checkValueKeys("ballot_values", m.BallotValues); err != nil {
		return err
	}
	for _, k := range sortedKeys(m.BallotValues) {
		if !validBallot(m.BallotValues[k]) {
			return mappingError("ballot_values."+k, `%s is not "list" or "okrug"`, echo.Quote(m.BallotValues[k]))
		}
	}

	if m.Machine && m.MachineColumn != nil {
		return mappingError("machine", "set machine (every row is a machine count) or machine_column, not both")
	}
	if m.MachineColumn != nil {
		if err := checkColumn("machine_column", *m.MachineColumn); err != nil {
			return err
		}
	}
	if len(m.MachineValues) > 0 && m.MachineColumn == nil {
		return mappingError("machine_values", "machine_values without machine_column")
	}
	if err := checkValueKeys("machine_values", m.MachineValues); err != nil {
		return err
	}

	for _, l := range lineKeys(m.Lines) {
		name := "lines." + string(l)
		if strings.TrimSpace(string(l)) != string(l) || l == "" {
			return mappingError(name, "a line name may not be empty or start or end with a space")
		}
		if err := checkFigure(name, m.Lines[l]); err != nil {
			return err
		}
	}
	for _, set := range []struct {
		name string
		m    map[string]Column
	}{{"votes", m.Votes}, {"preferences", m.Preferences}} {
		for _, id := range sortedKeys(set.m) {
			name := set.name + "." + id
			if strings.TrimSpace(id) != id || id == "" {
				return mappingError(name, "an ID may not be empty or start or end with a space")
			}
			if err := checkFigure(name, set.m[id]); err != nil {
				return err
			}
			if c := set.m[id]; reportCounter(c.Header) {
				return mappingError(name, "column %q counts the reports of the results system (votemanager's Schnellmeldungen, quick reports expected or received), never votes", c.Header)
			}
		}
	}
	if err := m.validateShape(); err != nil {
		return err
	}
	if err := m.validateNoHeader(); err != nil {
		return err
	}
	if err := m.validateTransposed(); err != nil {
		return err
	}
	for i, c := range m.Ignore {
		if err := checkColumn("ignore["+strconv.Itoa(i)+"]", c); err != nil {
			return err
		}
	}
	if err := m.Rows.validate(); err != nil {
		return err
	}
	if err := m.validateFillDown(); err != nil {
		return err
	}
	if err := m.validateEmptyVotes(); err != nil {
		return err
	}
	if len(m.Lines) == 0 && len(m.Votes) == 0 && !m.long() {
		return mappingError("lines", "the mapping maps no protocol line and no vote")
	}
	switch m.Delimiter {
	case "", ",", ";", "\t", "|", " ":
	default:
		return mappingError("delimiter", `%s is not "," or ";" or "\t" or "|" or " "`, echo.Quote(m.Delimiter))
	}
	if m.Delimiter == " " && m.Thousands == " " {
		return mappingError("thousands", `" " is the delimiter too: a number with spaces between its groups of digits would be several cells`)
	}
	if m.Thousands != "" && !slices.Contains(thousands, m.Thousands) {
		return mappingError("thousands", `%s is not "," or "." or " " or "\u00a0" (a no-break space) or "\u202f" (a narrow no-break space) or "\u066c" (the Arabic thousands separator)`, echo.Quote(m.Thousands))
	}
	switch {
	case m.DigitGrouping != "" && m.DigitGrouping != "indian":
		return mappingError("digit_grouping", `%s is not "indian" (the last three digits, then twos: 4,52,644); leave it out for groups of three`, echo.Quote(m.DigitGrouping))
	case m.DigitGrouping != "" && m.Thousands != ",":
		return mappingError("digit_grouping", `"indian" groups digits by the "thousands" separator ",": say "thousands": ","`)
	}
	if err := m.validateNotGiven(); err != nil {
		return err
	}
	if err := m.validateAggregates(); err != nil {
		return err
	}
	if err := m.validateBlankVotes(); err != nil {
		return err
	}
	if _, ok := encodingOf(m.Encoding); !ok {
		return mappingError("encoding", `%s is not one of "utf-8", "windows-1251", "windows-1252", "koi8-r", "iso-8859-1", "windows-1250", "windows-1253", "windows-1255", "windows-1254", "iso-8859-9", "windows-1256", "windows-1257", "windows-874", "utf-16le", "utf-16be"`, echo.Quote(m.Encoding))
	}
	if m.SkipRows < 0 {
		return mappingError("skip_rows", "%d is negative", m.SkipRows)
	}
	if m.FooterRows < 0 {
		return mappingError("footer_rows", "%d is negative", m.FooterRows)
	}
	if m.HeaderRows < 0 {
		return mappingError("header_rows", "%d is less than 1: the header is one row at least", m.HeaderRows)
	}

	// No column twice: each column's key (columnKey) once, the error
	// naming the first field mapped to it.
	fs := m.fields()
	for _, name := range sortedKeys(m.Totals) {
		if err := checkColumn("totals."+name, m.Totals[name]); err != nil {
			return err
		}
		if !slices.ContainsFunc(fs, func(f field) bool { return f.total && f.name == "totals."+name }) {
			return mappingError("totals."+name, "%s is no figure of several columns: a total is the file's own total of the columns of a sum (\"votes_column\": {\"columns\": [\"evm_votes\", \"postal_votes\"]}, \"totals\": {\"votes_column\": \"total_votes\"}), checked on every row", echo.Quote(name))
		}
	}
	first := make(map[columnKey]int, len(fs))
	for i := range fs {
		if fs[i].part > 0 && fs[i].kind != fRegion && fs[i].kind != fOkrug && fs[i].kind != fKey {
			// A yes/no or ballot cell names no precinct.
			return mappingError(fs[i].name, "%v is a column of the precinct too: the precinct may share a column with its region or okrug, not with %s", fs[i].col, fs[i].name)
		}
		k := keyOf(fs[i].col)
		if j, ok := first[k]; ok && fs[i].kind == fChoice && keyKind(fs[j].kind) {
			// (Joined, the choice reads its key's column: fields.)
			return mappingError(fs[i].name, "%v is already mapped to %s: a choice column may share a column with the region, the okrug or the precinct as a part of a choice joined (\"choice_column\": {\"columns\": [%q, ...], \"join\": true}: one ID per area's list, \"hki / 1\"), not as the first of several columns whose first cell not empty names the choice: that cell, never empty, would name every row's choice", fs[i].col, fs[j].name, fs[i].col.Header)
		} else if ok && sameArea(fs[i].kind, fs[j].kind) {
			return mappingError(fs[i].name, "%v is already mapped to %s: a column is read under one field: where each region is one okrug (Montana's counties as districts), map it under okrug alone (each okrug then stands for its region), or under region alone for list ballots", fs[i].col, fs[j].name)
		} else if ok {
			return mappingError(fs[i].name, "%v is already mapped to %s", fs[i].col, fs[j].name)
		}
		first[k] = i
	}
	return nil
}

// validateAggregates checks Mapping.Aggregates: choice IDs the mapping
// maps, each once, and not "against all".
func (m *Mapping) validateAggregates() error {
	choices := m.choiceColumns()
	for i, id := range m.Aggregates {
		name := fmt.Sprintf("aggregates[%d]", i)
		if j := slices.Index(m.Aggregates, id); j < i {
			return mappingError(name, "%s is already aggregates[%d]", echo.Quote(id), j)
		}
		if id == election.AgainstAll {
			return mappingError(name, "\"against all\" is a choice of its own, not a sum of candidates' votes")
		}
		if _, ok := choices[id]; !ok {
			return mappingError(name, "%s is no choice ID of the mapping (an ID of votes, or of choice_values: %s)", echo.Quote(id), clipIDs(choiceKeys(choices)))
		}
	}
	return nil
}

// validateBlankVotes checks Mapping.BlankVotes: choice IDs the mapping
// maps, each once, not "against all" nor an aggregate.
func (m *Mapping) validateBlankVotes() error {
	choices := m.choiceColumns()
	for i, id := range m.BlankVotes {
		name := fmt.Sprintf("blank_votes[%d]", i)
		if j := slices.Index(m.BlankVotes, id); j < i {
			return mappingError(name, "%s is already blank_votes[%d]", echo.Quote(id), j)
		}
		if id == election.AgainstAll {
			return mappingError(name, "\"against all\" is a choice of its own, not the blank votes")
		}
		if j := slices.Index(m.Aggregates, id); j >= 0 {
			return mappingError(name, "%s is also aggregates[%d]: a choice is the blank votes or a sum of several lists' votes, not both", echo.Quote(id), j)
		}
		if _, ok := choices[id]; !ok {
			return mappingError(name, "%s is no choice ID of the mapping (an ID of votes, or of choice_values: %s)", echo.Quote(id), clipIDs(choiceKeys(choices)))
		}
	}
	return nil
}

// clipIDs lists ids, the first 10 and how many more.
func clipIDs(ids []string) string {
	if len(ids) > 10 {
		return fmt.Sprintf("%s and %d more", strings.Join(ids[:10], ", "), len(ids)-10)
	}
	return strings.Join(ids, ", ")
}

// sameArea says whether fields of kinds a and b are the okrug and the
// region, which a file where each region is one district would map to
// one column.
func sameArea(a, b fieldKind) bool {
	return a == fOkrug && b == fRegion || a == fRegion && b == fOkrug
}

// validateNotGiven checks Mapping.NotGiven: texts, each once, that no
// figure cell could mean as a number.
func (m *Mapping) validateNotGiven() error {
	seen := map[string]int{}
	for i, v := range m.NotGiven {
		name := fmt.Sprintf("not_given[%d]", i)
		t := strings.TrimSpace(v)
		if t == "" {
			return mappingError(name, "an empty cell is a figure not given already (see empty_cells)")
		}
		if j, ok := seen[t]; ok {
			return mappingError(name, "%s is already not_given[%d]", echo.Quote(v), j)
		}
		seen[t] = i
		if _, err := parseIntSep(t, m.thousandsSep()); err == nil {
			return mappingError(name, "%s is a number: a cell that reads as a number is that figure", echo.Quote(v))
		}
	}
	return nil
}

// columnKey names a column as the mapping gives it: two columns are the
// same when both give the same number, or both give headers that are the
// same once trimmed (trimHeader).
type columnKey struct {
	index  int
	header string
}

func keyOf(c Column) columnKey {
	if c.Index != 0 {
		return columnKey{index: c.Index}
	}
	return columnKey{header: trimHeader(c.Header)}
}

// abroadInRegion says whether the abroad column is the region column: its
// cells are regions but for those abroad_values names abroad.
func (m *Mapping) abroadInRegion() bool {
	return m.Abroad != nil && m.Region != nil && len(m.Abroad.Columns) == 0 && len(m.Region.Columns) == 0 && keyOf(*m.Abroad) == keyOf(*m.Region)
}

// maxKeyColumns bounds the columns of a precinct's or an okrug's key.
const maxKeyColumns = 255

// checkKey checks the column of a precinct or an okrug (name), or the
// columns of its key.
func checkKey(key string, c Column) error {
	if key == "precinct" && c.Value != "" {
		return checkValue(c)
	}
	if len(c.Columns) == 0 {
		return checkColumn(key, c)
	}
	if c.Join && len(c.Columns) < 2 {
		// (A key's columns are always joined; under Column.Join an
		// empty cell is left out.)
		return checkColumn(key, Column{Join: true})
	}
	if c.Header != "" || c.Index != 0 {
		return mappingError(key, "give header, column or columns, not several")
	}
	if len(c.Columns) > maxKeyColumns {
		return mappingError(key, "%d columns: a key is made of at most %d", len(c.Columns), maxKeyColumns)
	}
	seen := map[columnKey]int{}
	for i, k := range c.Columns {
		name := fmt.Sprintf("%s.columns[%d]", key, i)
		if err := checkColumn(name, k); err != nil {
			return err
		}
		if j, ok := seen[keyOf(k)]; ok {
			return mappingError(name, "%v is already %s.columns[%d]", k, key, j)
		}
		seen[keyOf(k)] = i
	}
	return nil
}

// checkPrecinctJoin checks the precinct's Column.Join: it leaves out an
// empty cell of the columns of its key that are the okrug's too (a
// contest's parts), so at least one of them must be.
func (m Mapping) checkPrecinctJoin() error {
	if !m.Precinct.Join || len(m.Precinct.Columns) == 0 {
		return nil
	}
	var okrug []Column
	if m.Okrug != nil {
		okrug = m.Okrug.Columns
		if len(okrug) == 0 {
			okrug = []Column{*m.Okrug}
		}
	}
	for _, c := range m.Precinct.Columns {
		if slices.ContainsFunc(okrug, func(o Column) bool { return keyOf(o) == keyOf(c) }) {
			return nil
		}
	}
	return mappingError("precinct", "join on the precinct leaves out an empty cell of its columns that are the okrug's too (a contest's parts: an office, its district, empty for a statewide office: \"okrug\": {\"columns\": [\"office\", \"district\"], \"join\": true}); none of precinct.columns is the okrug's, and an empty cell of the precinct's own names no precinct: leave out join")
}

// checkValue checks a precinct given as a value (Column.Value): the value
// alone, an ID as a cell's would be once trimmed.
func checkValue(c Column) error {
	switch {
	case c.Header != "" || c.Index != 0 || len(c.Columns) > 0:
		return mappingError("precinct", "give header, column, columns or value, not several")
	case strings.TrimSpace(c.Value) != c.Value || !utf8.ValidString(c.Value):
		return mappingError("precinct", "value %s: an ID without spaces around it, in UTF-8", echo.Quote(c.Value))
	}
	return nil
}

// checkFigure checks the column of a figure, or the columns of its sum.
// (That no column is in two sums, or twice in one, Validate checks with
// every other column.)
func checkFigure(name string, c Column) error {
	if len(c.Columns) == 0 {
		return checkColumn(name, c)
	}
	if c.Join {
		return checkColumn(name, Column{Join: true})
	}
	if c.Header != "" || c.Index != 0 {
		return mappingError(name, "give header, column or columns (a sum), not several")
	}
	for i, p := range c.Columns {
		if err := checkColumn(fmt.Sprintf("%s.columns[%d]", name, i), p); err != nil {
			return err
		}
	}
	return nil
}

func checkColumn(name string, c Column) error {
	h := trimHeader(c.Header)
	switch {
	case c.Value != "" && (name == "region" || name == "okrug"):
		return mappingError(name, "the %s of every row is %s_id (\"%s_id\": %q), not a value of its column", name, name, name, c.Value)
	case c.Value != "":
		return mappingError(name, "%s is read from a column: only the precinct may be a value given in the mapping", name)
	case c.Join:
		return mappingError(name, "join is for a long file's choice column of several columns (\"choice_column\": {\"columns\": [\"candidate\", \"party\"], \"join\": true}) and for a precinct or an okrug of several columns, named by its cells not empty (\"okrug\": {\"columns\": [\"office\", \"district\"], \"join\": true}: a statewide office has no district)")
	case len(c.Columns) > 0:
		return mappingError(name, "%s is one column: only the precinct and the okrug (their keys), a figure (a wide file's lines, votes or preferences, a long file's votes_column: their sum) and a long file's choice column (the first not empty, or joined) may be named by several columns", name)
	case c.Header != "" && c.Index != 0:
		return mappingError(name, "give header or column, not both")
	case c.Index < 0:
		return mappingError(name, "column %d: columns are numbered from 1", c.Index)
	case c.Header != "" && h == "":
		return mappingError(name, "empty header")
	case c.Header == "" && c.Index == 0:
		return mappingError(name, "give header or column")
	}
	return nil
}

// checkValueKeys rejects two keys that are the same cell text after
// trimming.
func checkValueKeys[V any](name string, vs map[string]V) error {
	seen := map[string]string{}
	for _, k := range sortedKeys(vs) {
		t := strings.TrimSpace(k)
		if prev, ok := seen[t]; ok {
			return mappingError(name+"."+k, "the same cell text as %s", echo.Quote(prev))
		}
		seen[t] = k
	}
	return nil
}

func validBallot(s string) bool {
	return s == string(election.ListBallot) || s == string(election.OkrugBallot)
}

func lineList() string {
	var b strings.Builder
	for i, l := range election.AllLines() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(l))
	}
	return b.String()
}

var (
	yesWords = [][]byte{[]byte("1"), []byte("true"), []byte("yes"), []byte("y"), []byte("да"), []byte("ооба")}
	noWords  = [][]byte{[]byte(""), []byte("0"), []byte("false"), []byte("no"), []byte("n"), []byte("нет"), []byte("жок")}
)

// yesNo reads a yes/no word (see Mapping), ignoring case, without
// allocating.
func yesNo(s []byte) (v, ok bool) {
	if len(s) == 1 { // the common "1" and "0"
		switch s[0] {
		case '1':
			return true, true
		case '0':
			return false, true
		}
	}
	for _, w := range yesWords {
		if bytes.EqualFold(s, w) {
			return true, true
		}
	}
	for _, w := range noWords {
		if bytes.EqualFold(s, w) {
			return false, true
		}
	}
	return false, false
}

// ReadMapping reads a Mapping from JSON, strictly: a syntax error, an
// unknown or duplicate key, a value of the wrong type, an unknown line name,
// a column with both or neither of header and column, and every other
// problem Validate finds is a *ParseError naming file, line, column and the
// field (such as "lines.voters"), and wraps ErrMapping. A leading byte order
// mark is ignored.
func ReadMapping(r io.Reader, file string) (Mapping, error) {
	return ReadMappingFor(r, file, nil)
}

// ReadMappingFor is ReadMapping for a count whose form knows the lines
// known says it knows (a rule set's Protocol.Known: the built-in lines and
// those the rule set adds); nil means the built-in lines alone. A line
// the form does not know is an error naming its key, line and column.
func ReadMappingFor(r io.Reader, file string, known func(election.Line) bool) (Mapping, error) {
	if r == nil {
		return Mapping{}, nilError(file, "reader")
	}
	var m Mapping
	o := jsonOptions(ErrMapping, true)
	// The lines are checked against the form below (CheckLines), not
	// against the built-in catalog alone.
	delete(o.Enums, reflect.TypeFor[election.Line]())
	var data bytes.Buffer
	doc, err := strictjson.Read(io.TeeReader(r, &data), file, &m, o)
	if err != nil {
		return Mapping{}, parseError(err)
	}
	if err = emptyValue(data.Bytes()); err == nil {
		err = m.Validate()
	}
	if err == nil {
		err = zeroHeaderRows(data.Bytes())
	}
	if err == nil {
		err = m.CheckLines(known)
	}
	if err != nil {
		pe := err.(*ParseError)
		pe.File = file
		pe.Line, pe.Column = doc.Place(pe.Field)
		return Mapping{}, pe
	}
	return m, nil
}

// emptyValue reports "precinct": {"value": ""} written in a mapping file,
// which Go reads as no value (and Validate as no column at all): a
// precinct's ID is never empty.
func emptyValue(data []byte) error {
	var m struct {
		Precinct json.RawMessage `json:"precinct"`
	}
	var p struct {
		Value *string `json:"value"`
	}
	if json.Unmarshal(strictjson.TrimBOM(data), &m) == nil && bytes.HasPrefix(bytes.TrimSpace(m.Precinct), []byte("{")) &&
		json.Unmarshal(m.Precinct, &p) == nil && p.Value != nil && strings.TrimSpace(*p.Value) == "" {
		return mappingError("precinct.value", "an empty value: the precinct of every row is named by its ID (\"precinct\": {\"value\": \"Deçan\"})")
	}
	return nil
}

// zeroHeaderRows reports "header_rows": 0 written in a mapping file: in
// Go the zero value means one row, but a file that says 0 asks for a
// header of no row, which no file has.
func zeroHeaderRows(data []byte) error {
	var h struct {
		HeaderRows *int `json:"header_rows"`
	}
	if json.Unmarshal(strictjson.TrimBOM(data), &h) == nil && h.HeaderRows != nil && *h.HeaderRows == 0 {
		return mappingError("header_rows", "0 is less than 1: the header is one row at least (leave header_rows out for one row)")
	}
	return nil
}

// MappingFor returns a mapping with English headers for WriteCSV (and for
// reading back what it wrote): "precinct", "region", "okrug", "abroad",
// "machine" (a yes/no column), one column per protocol line named as the
// line ("voters", "received", ...), one per choice named by its ID (the
// parties on the list ballot, the candidates of every okrug on the okrug
// ballot, and "against_all"), and, on the list ballot, one per candidate of
// every party list for preference votes, named "pref:" and the candidate ID.
// Every row is of ballot kind; IDs must not collide with these headers
// (WriteCSV checks).
func MappingFor(e *election.Election, kind election.BallotKind) Mapping {
	m := Mapping{
		Precinct:      Column{Header: "precinct"},
		Region:        &Column{Header: "region"},
		Okrug:         &Column{Header: "okrug"},
		Abroad:        &Column{Header: "abroad"},
		Ballot:        string(kind),
		MachineColumn: &Column{Header: "machine"},
		Lines:         map[election.Line]Column{},
		Votes:         map[string]Column{election.AgainstAll: {Header: election.AgainstAll}},
	}
	for _, l := range election.AllLines() {
		m.Lines[l] = Column{Header: string(l)}
	}
	if e == nil {
		return m
	}
	switch kind {
	case election.ListBallot:
		for _, p := range e.Parties {
			m.Votes[p.ID] = Column{Header: p.ID}
			for _, c := range p.Candidates {
				if m.Preferences == nil {
					m.Preferences = map[string]Column{}
				}
				m.Preferences[c.ID] = Column{Header: "pref:" + c.ID}
			}
		}
	case election.OkrugBallot:
		for _, o := range e.Okrugs {
			for _, c := range o.Candidates {
				m.Votes[c.ID] = Column{Header: c.ID}
			}
		}
	}
	return m
}
