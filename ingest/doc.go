// Package ingest reads elections and precinct protocols from files: the
// protocols from CSV, as commissions publish them, with a small JSON
// mapping that says which column holds what; whole elections from JSON.
// Every error says where: file, line, column and field.
//
// # Protocols from CSV
//
// Each row of a protocols file is one protocol: one precinct, one ballot
// (list or okrug), one count (manual or machine). A Mapping names the
// columns, by the exact text of their header or by their 1-based number,
// so headers may be long Russian or Kyrgyz protocol lines:
//
//	{
//	  "precinct": {"column": 1},
//	  "ballot": "list",
//	  "lines": {
//	    "voters": {"header": "Число избирателей, внесенных в список избирателей на момент окончания голосования"},
//	    "invalid": "Число недействительных бюллетеней",
//	    "valid": "Число действительных бюллетеней"
//	  },
//	  "votes": {"ak-jol": "Ак жол", "bereke": "Береке", "against_all": "Против всех"}
//	}
//
// A column is written {"header": "..."} or {"column": N}, or for short
// "..." or N. See Mapping for every field (regions, okrugs, abroad, ballot
// and machine columns with their cell texts, preference votes, the
// delimiter, title rows above the header). ReadMapping reads it strictly:
// an unknown key or line name is an error with its line in the mapping
// file. MappingFor makes a mapping with English headers for WriteCSV.
//
// Where precinct numbers repeat across regions, the precinct is named by
// several columns, "precinct": {"columns": ["region", "uik"]}: its ID is
// the cells joined by " / " ("Республика Адыгея (Адыгея) / 1"). A row
// whose precinct cell (or a cell of its key columns) is empty, such as a
// remote e-voting row without a number, is a precinct of its own: "line N"
// stands for each empty cell, Row.LineID and Table.LineIDs say so, and a
// count notes it. Duplicates and every cross-check work on these IDs as on
// any other. Where okrug names repeat across regions (Nigeria's wards, named
// within their area council), the okrug is named so too, "okrug":
// {"columns": ["lga_name", "ward_name"]}, its ID "Gwagwalada / GWAKO"; a
// row whose key cells are all empty names no okrug, one that leaves some of
// them empty is an error.
//
// A figure a file gives in several columns is mapped to all of them, and
// is their sum: "invalid": {"columns": ["Blancs", "Nuls"]} (France's blank
// and null ballots, both the form's invalid ones), or a choice's votes
// split into paper and machine, stationary and mobile boxes. A line, a
// vote or a preference may be a sum; the precinct's and the okrug's
// columns are keys, and no other field may have several. The sum is exact (past int64 it is
// the row's ErrOutOfRange, naming the row and every column: ParseError.Sum,
// "lines.invalid (columns 9 + 10)"); a cell left empty in any of the
// columns leaves the figure not given, never 0, unless the mapping's
// "empty_votes": "not_on_ballot" reads that votes cell as 0, as it reads
// any empty votes cell of a row that gives other votes; a bad cell is the
// error of its own column and header ("lines.invalid.columns[1]"). No
// column may be mapped twice, in a sum or not. A long file's lines may not
// be sums (its figures are rows), and WriteCSV writes a figure in one
// column. Layout names the figure once; Table.Columns gives its first
// column and Table.Sums all of them. The columns after a sum's first are
// read into slots of their own past the Layout's and added once per row
// (sums.go): a mapping without sums reads as fast as before.
//
// # Long files
//
// A long file has one row per protocol and choice, not a column per
// choice: "layout": "long" in the mapping, with choice_column (what a row
// counts), votes_column (its figure) and tables from choice cell texts to
// choice IDs (choice_values), protocol lines (line_values) and candidates
// of preference votes (preference_values); lines maps protocol lines
// repeated as columns on every row, which must agree on every row of a
// protocol. The rows of a protocol (precinct, ballot, count) need not be
// next to each other: the file is read whole (memory grows with
// precincts × choices) and each protocol given once, in the order of its
// first row, at that row's line, in the mapping's Layout. An unknown
// choice cell (ErrBadValue), a second row for the same protocol and
// choice (ErrDuplicateRow) and a repeated cell that disagrees with an
// earlier row (ErrConflict) are errors naming both rows; a choice no row
// gives is absent, as an empty wide cell is. A file that gives a choice's
// votes in several rows of a protocol (Denmark's list votes and each
// candidate's, all naming the list; a US precinct's rows by vote mode)
// says "choice_rows": "sum" (ChoiceRowsSum): those rows are summed, and
// only then, for a row given twice by mistake must not double a figure.
// Scan, ScanRows and ReadCSV
// read long files as wide ones; WriteCSV writes wide files only.
//
// # Transposed files
//
// A transposed file has a column per precinct and a row per protocol
// line or choice: "layout": "transposed", with label_column naming the
// column (or columns) whose cells name the rows. The file is read whole
// and turned, each precinct column a row, and the mapping names rows by
// their labels as it names a wide file's columns by their headers. An
// error in a precinct's cell names the line and column where the cell
// is in the file, not in the turned table (transposed.go).
//
// # Files of several contests
//
// A mapping's row filter ("rows": {"where": [{"column": "office",
// "values": ["President"]}]}, Mapping.Rows) reads a file of many contests
// (OpenElections' and MEDSL's office column, an election-type column) for
// the rows of one, in wide and long files alike: a row is kept when each
// condition's cell is one of its values (or, with "except", none of
// them). A row left out is not read further, but a row that is not
// well-formed CSV or has the wrong number of cells is still an error.
// The rows left out are counted (Table.LeftOut, Options.Counts), and a
// filter that keeps none is ErrNoRows. See rows.go.
//
// A header of several rows ("header_rows": 3, Mapping.HeaderRows), as
// the German Bundeswahlleiter's kerg.csv writes a party's name over
// "Erststimmen" and "Zweitstimmen", each over "Endgültig" and
// "Vorperiode", names each column by the trimmed texts of its cells joined
// with " / ", empty parts left out ("Wahlberechtigte / Erststimmen /
// Endgültig"). In every header row but the last an empty cell takes the
// text of the nearest non-empty cell on its left, as a merged cell spans
// the columns after it, but never across a column where a cell of a row
// above begins. The header is read once (header.go); the data rows are
// read as under a header of one row, their lines counting every header
// row.
//
// A file of one area's results, a row per choice and no column naming
// the area (Kosovo's KQZ exports a municipality's so), names its precinct
// by a value of the mapping ("precinct": {"value": "Deçan"},
// Column.Value): every row is that precinct's, and a long file one
// protocol. The draft proposes the file's name as the value, in a guess.
//
// DraftMapping drafts a mapping from a file (`shailoo mapping draft`):
// protocol lines recognised from the usual Russian and Kyrgyz wording,
// numbered party columns and other columns of numbers as choices, ID-like
// columns as the precinct, region, okrug and count; each guess is said in
// the mapping's "_guesses", which reading accepts and a count notes.
// A header of several rows is drafted with header_rows, and of the
// columns a part of the header tells apart it maps the list vote's and
// this election's figures, saying what it left out (draftheader.go).
// A file of few columns of numbers and a text column of a few repeating
// values gets a long mapping, its values sorted into choices and lines;
// a column naming the contest of each row (office, contest, election
// type) gets a row filter keeping its first value, the others listed.
// What it leaves out it says why: a single-mandate district column
// ("oik") beside a region and numbered party lists (the rows are list
// ballots; a district column beside parties that are not numbered, as a
// constituency's results give them, stays the okrug unless it is named
// "oik" or "округ"), a numbered commission or code ("Nr komisji", not
// "Lista nr 1"), a line it does not know ("Число ...", not "Number of
// votes Yes"), the part of a line; a file that gives the blank ballots
// and the null or spoilt ones apart ("Blancs" and "Nuls", "Votos en
// blanco" and "Votos nulos", "Blank" and "Rejected") gets invalid as their
// sum, in a guess; lines a rule set adds (the Russian
// absentee-certificate lines) it maps under the names examples/duma2011
// declares, its guesses naming the rule sets that declare them, and it
// points at rows of far more voters than the others (pseudo-precincts of
// electronic voting). A mapping whose lines the count's rule set does
// not declare is an *UnknownLineError that names them, the rule set and
// the fix.
// CheckChoices compares a mapping's choices with a definition's (every
// mismatch is an error, such as "cprf" mapped and "kprf" defined), and
// Define infers the definition of a list-ballot mapping for a file counted
// without one.
//
// The CSV dialect is encoding/csv's: UTF-8 with or without a byte order
// mark, LF or CRLF line ends (or CR alone, when the file has no LF), fields
// quoted with '"' (which may hold the delimiter and doubled quotes); blank
// lines are skipped. A quoted cell may hold line breaks, as RFC 4180 allows
// (a name with "- Unopposed" below it): its row then spans lines, and its
// line is its first. But a quoted cell of a data row that spans lines and
// is not closed as a cell is (its closing quote, then the delimiter or the
// line's end), or spans more than 8 lines, is taken for a stray quote: it
// costs its own row, reported where the quote opens, and reading goes on
// with the next line, instead of swallowing the rows after it. A data row has a
// cell for each column of the header row: a cell left out (ErrShortRow) or
// added (ErrLongRow) would move the figures after it, or drop one: the
// row's width is its error, before any cell it moves. Only
// under trailing columns whose header is empty may a row have fewer cells,
// or cells, empty ones, at all, and only where the rows at the file's
// start have them too: exports end every line with a delimiter, header
// and rows, or the header alone, so a row narrower than the first rows
// has lost a cell (and so with "trailing_delimiter"). A file without a header row
// ("no_header") has the width of its first row: every row has as many
// cells, those after the last column mapped too. A header one name short
// of its rows, as R's write.table writes a table with its row names
// ("row_names", Mapping.RowNames), names the columns after the first: an
// empty name heads the rows' names, and each name its own figures (the
// draft proposes it when every row has one cell more than the header). A data row whose cells are all empty once
// trimmed (";;;;", of any number of cells) is a blank row: not a protocol,
// not an error, counted apart (Table.Blank, Counts.Blank) with the lines of
// the first few, which a count notes (see blank.go). A file
// with a header and no data rows is ErrNoRows, one without a line ErrEmpty
// (not a column missing: the mapping names nothing wrong); a UTF-16 or UTF-32 file is
// ErrEncoding. Cells are trimmed of surrounding spaces. An empty cell is an absent figure (the
// key is not set), never zero, unless the mapping says otherwise for the
// votes: "empty_votes": "not_on_ballot" (Mapping.EmptyVotes) reads an
// empty votes cell of a row that gives another choice's votes as a choice
// not on that row's ballot, 0 votes, counted in Table.NotOnBallot (see
// emptyvotes.go); the draft proposes it where rows leave some choices'
// cells empty and give others'. A figure cell of a text the mapping lists
// in "not_given" ("NA", Mapping.NotGiven) reads as an empty cell does,
// counted in Table.NotGiven. Counts are whole numbers, "-5" included
// (negative counts are data the validator flags); thousands may be grouped
// with spaces or no-break spaces ("1 234 567"), and with commas or dots,
// which are ambiguous, only where the mapping names them: "thousands":
// "," reads "10,701" (Mapping.Thousands). A count past int64 is
// ErrOutOfRange.
//
// # Streaming and errors
//
// Scan reads a file in one pass and calls a function per row, reusing one
// Protocol, so memory does not grow with the file and numbers are parsed
// without allocating; ReadCSV is Scan keeping a copy of every protocol and
// one Precinct per precinct ID. Under both lies ScanRows, which gives each
// row in dense form (the figures in slices, in the order of the mapping's
// Layout) for callers that sum millions of rows and would rather not fill
// maps. One implementation, three entry points.
//
// The CSV tokenizer is this package's own, written to give exactly what
// encoding/csv gives (records, field lines, errors and their positions;
// a fuzz test compares the two; for data rows, what encoding/csv gives for
// each line alone) without allocating per record and without copying
// lines that hold no quotes.
//
// By default the first unreadable row is the error; with Options.Lenient
// every unreadable row becomes an entry of Table.Skipped (or of Scan's
// skipped list) and reading goes on, so nothing is ever skipped silently.
//
// Errors are *ParseError values that print as
//
//	protocols.csv:14:7: lines.valid: not a whole number: "12a"
//
// and wrap sentinel errors (ErrNotNumber, ErrOutOfRange, ErrShortRow,
// ErrLongRow, ErrNoRows, ErrNoFigures, ErrEncoding, ErrMissingHeader (with ErrOtherFile when the mapping is likely another file's), ErrMapping,
// ErrSyntax, ErrUnknownField, ErrType, ErrBadValue, ErrDuplicateKey,
// ErrMissing, ErrConflict, ErrDuplicateRow) for errors.Is. In a CSV file the column is the
// cell's column number, as a spreadsheet counts. A value an error repeats
// has its control characters escaped and is cut after 64 characters
// (internal/echo), since it may be anything.
//
// # Elections from JSON
//
// ReadElection reads an election.Election strictly: exact keys, no unknown
// or duplicate keys, no values of the wrong type, no unknown protocol line,
// no protocol without its ballot, nothing after the document, with the
// JSON path of every error ("protocols[3].lines.valid"). ReadProtocol reads
// one protocol (a citizen's copy; ReadProtocolFor one under a rule set
// that adds lines to the form) and ReadMapping a mapping the same way:
// all go through internal/strictjson, the one strict reader of every JSON
// input of shailoo (rule sets, lots and published summaries too).
//
// # Example
//
// The files testdata/ingest/small-election.json (3 parties, 2 regions, 2
// okrugs with 3 candidates each, 6 precincts) and small-protocols.csv with
// small-mapping.json hold the same protocols; protocols-ru.csv (BOM, CRLF,
// no-break-space thousands, a machine count column) and protocols-ky.csv (a
// title row, ';' delimiter) hold its list and okrug protocols under long
// Russian and Kyrgyz headers.
//
//	m, err := ingest.ReadMapping(mappingFile, "small-mapping.json")
//	t, err := ingest.ReadCSV(csvFile, "small-protocols.csv", m, ingest.Options{})
//	// t.Protocols: 12 protocols; t.Precincts: 6 precincts
package ingest
