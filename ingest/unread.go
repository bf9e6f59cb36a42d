package ingest

import (
	"bufio"
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/shailoo/shailoo/internal/echo"
	"github.com/shailoo/shailoo/words"
)

// Every row of a file is counted or reported; so is every column that
// may hold votes. A column of whole numbers that no field of the mapping
// reads (a party's column left out of "votes", a long file's candidate
// votes beside the party's) is never counted and nothing would say so:
// the reader looks at the file's first rows (the first unreadBytes of
// text below the header, the same natively and in WASM) and gives the
// columns that hold a whole number on nine rows in ten or more
// (Counts.Unread), and a count names them in a note. Not named: a column
// a field reads (the figures, the precinct, region, ballot and the row
// filter's columns), one the mapping's ignore names, one whose header
// names a code or a rank (id, code, nr, no, number, position, year; код,
// номер), one that holds one number on every row (a district's number, a
// year; but not 0, a kind of vote no one cast), and one of digits of one
// width with leading zeros (a code: Kansas's "vtd", 000010).

// unreadBytes is the most text below the header whose rows are looked at.
const unreadBytes = 64 << 10

// UnreadColumn is a column of whole numbers no field reads: its 1-based
// Index and header, the rows looked at (Rows: the first of the file), those
// of them with a whole number (Whole), and the sum of those numbers (-1
// past int64).
//
// In a long file, a column that holds one number on all the rows of each
// precinct (a protocol's line given on each choice's row: Pakistan's
// valid_calc, the DR Congo's total_votants) is summed once per precinct
// (Once), not once per row, which would multiply it by the choices.
type UnreadColumn struct {
	Index  int
	Header string
	Rows   int
	Whole  int
	Sum    int64
	Once   bool
}

// EmptyVotes says how many of the rows kept that a long file's votes
// column was looked at on (those of Counts.Unread: the file's first, or
// all of them when Whole) have its cell empty: Index and Header name the
// column (the first of a sum). A votes column empty on most rows is most
// likely the wrong column ("votes_column": "district"): each of those
// rows is a choice's votes not given (X229), and a count says so once
// in a note (VotesEmptyNotes) beside the findings.
type EmptyVotes struct {
	Index  int
	Header string
	Rows   int
	Empty  int
	Whole  bool
}

// bindIgnore finds the columns of Mapping.Ignore in the header row, at:
// the columns of each trimmed header text. It returns the errors of the
// columns not found.
func (s *scanner) bindIgnore(at map[string][]int, ncols, line int, hint string) []error {
	var errs []error
	s.ignored = s.ignored[:0]
	for i, c := range s.m.Ignore {
		idx, col, err := locate(c, ncols, at, hint)
		if err != nil {
			errs = append(errs, &ParseError{File: s.file, Line: line, Field: "ignore[" + strconv.Itoa(i) + "]", Header: c.Header, Column: col, Err: err})
			continue
		}
		s.ignored = append(s.ignored, idx)
	}
	return errs
}

// unreadColumns returns the columns of whole numbers that no field reads
// in the rows of head, the text below the header (whole: all of it).
func (s *scanner) unreadColumns(head []byte, whole bool) []UnreadColumn {
	if len(head) > unreadBytes {
		head, whole = head[:unreadBytes], false
	}
	if !whole {
		head = head[:bytes.LastIndexByte(head, '\n')+1] // whole lines
	}
	read := make([]bool, len(s.headerNames))
	for _, f := range s.fields {
		if f.idx < len(read) {
			read[f.idx] = true
		}
	}
	for _, w := range s.where {
		if w.idx < len(read) {
			read[w.idx] = true
		}
	}
	for _, i := range s.ignored {
		read[i] = true
	}
	var cols []UnreadColumn
	var first []string // each column's first cell, to tell a constant column
	var constant []bool
	// padded says whether a column's whole numbers are all of the width
	// of its first, 3 digits or more, and one at least starts with 0: a
	// code ("vtd" 000010), as the draft reads one (paddedCodes).
	var padded, zero []bool
	for i, h := range s.headerNames {
		if !read[i] && !codeHeader(h) {
			cols = append(cols, UnreadColumn{Index: i + 1, Header: h})
			first, constant = append(first, ""), append(constant, true)
			padded, zero = append(padded, true), append(zero, false)
		}
	}
	// A long file's votes column (each column of its sum): its empty
	// cells on the rows kept are counted too.
	s.emptyVotes = EmptyVotes{}
	var votes []int
	if s.m.long() {
		for _, f := range s.fields {
			if f.kind == fVote && f.figure() == "votes_column" {
				votes = append(votes, f.idx)
			}
		}
	}
	if len(votes) > 0 && s.m.EmptyVotes != EmptyVotesNotOnBallot {
		// (Under "empty_votes": "not_on_ballot" an empty votes cell is
		// read as 0, and its note, EmptyNotes, says how many: the votes
		// are not "not given".)
		s.emptyVotes = EmptyVotes{Index: votes[0] + 1, Header: s.headerNames[votes[0]], Whole: whole}
	}
	if len(cols) == 0 && len(votes) == 0 {
		return nil
	}
	// A long file's precinct, by the cells of its columns: each column's
	// first cell in each precinct, whether every row of a precinct gives
	// it (repeats) and some precinct has two rows (twice), and the sum of
	// those first cells (once).
	var key []int
	var firsts []map[string]string
	var repeats []bool
	var once []int64
	twice := false
	if s.m.long() {
		for _, f := range s.fields {
			if f.kind == fPrecinct || f.kind == fKey {
				key = append(key, f.idx)
			}
		}
	}
	if len(key) > 0 {
		firsts, repeats, once = make([]map[string]string, len(cols)), make([]bool, len(cols)), make([]int64, len(cols))
		for k := range cols {
			firsts[k], repeats[k] = map[string]string{}, true
		}
	}
	var kb []byte
	sep := s.m.thousandsSep()
	t := newTokenizer(bufio.NewReader(bytes.NewReader(head)), s.delimiter())
	var down *downFill // (the row filter sees the cells filled, as the rows read do)
	if s.down != nil {
		down = &downFill{idx: s.down.idx, prev: make([][]byte, len(s.down.idx)), filled: make([]FilledDown, len(s.down.idx))}
	}
	for {
		rec, err := t.read()
		if err != nil {
			break
		}
		if down != nil && !blankRecord(rec) && down.fill(s, rec, 0) != nil {
			continue
		}
		if blankRecord(rec) || s.where != nil && !s.keepsRecord(rec) {
			continue
		}
		if e := &s.emptyVotes; e.Index > 0 {
			e.Rows++
			if !slices.ContainsFunc(votes, func(i int) bool { return i < len(rec) && len(trimBytes(rec[i])) > 0 }) {
				e.Empty++
			}
		}
		if firsts != nil {
			kb = kb[:0]
			for _, i := range key {
				if i < len(rec) {
					kb = append(kb, trimBytes(rec[i])...)
				}
				kb = append(kb, 0)
			}
		}
		for k := range cols {
			c := &cols[k]
			c.Rows++
			if firsts != nil && repeats[k] {
				cell := ""
				if c.Index <= len(rec) {
					cell = string(trimBytes(rec[c.Index-1]))
				}
				if f, ok := firsts[k][string(kb)]; !ok {
					firsts[k][string(kb)] = cell
					if n, ok := figureNumber([]byte(cell), sep); ok && once[k] >= 0 {
						if once[k]+n < once[k] {
							once[k] = -1
						} else {
							once[k] += n
						}
					}
				} else if f != cell {
					repeats[k] = false
				} else {
					twice = true
				}
			}
			if c.Index > len(rec) {
				continue
			}
			cell := trimBytes(rec[c.Index-1])
			n, ok := figureNumber(cell, sep)
			if !ok {
				continue
			}
			c.Whole++
			if c.Whole == 1 {
				first[k] = string(cell)
			} else if string(cell) != first[k] {
				constant[k] = false
			}
			padded[k] = padded[k] && len(cell) >= 3 && len(cell) == len(first[k])
			zero[k] = zero[k] || cell[0] == '0'
			if c.Sum+n < c.Sum {
				c.Sum = -1 // past int64: said as not summed
			} else if c.Sum >= 0 {
				c.Sum += n
			}
		}
	}
	var out []UnreadColumn
	for k, c := range cols {
		// (A column of one number on every row is a district's number or
		// a year, unless the number is 0: a figure none of the rows has,
		// a kind of vote no one cast, is still a column not read.)
		if c.Rows == 0 || c.Whole*10 < c.Rows*9 || c.Whole >= 3 && constant[k] && first[k] != "0" || padded[k] && zero[k] {
			continue
		}
		if repeats != nil && repeats[k] && twice {
			c.Sum, c.Once = once[k], true
		}
		out = append(out, c)
	}
	return out
}

// wholeNumber reads a cell of digits alone (18 at most) as a whole number.
func wholeNumber(cell []byte) (int64, bool) {
	if len(cell) == 0 || len(cell) > 18 {
		return 0, false
	}
	var n int64
	for _, b := range cell {
		if b < '0' || b > '9' {
			return 0, false
		}
		n = 10*n + int64(b-'0')
	}
	return n, true
}

// figureNumber reads a cell as a whole number as the mapping reads a
// figure, its digits grouped by sep (Mapping.thousandsSep: ',' or '.',
// or 0, the spaces every file may group them by: "1 190", "14 651"), or
// by none, without a sign: a column of figures the mapping would read is
// a column of whole numbers, however its figures are written.
func figureNumber(cell []byte, sep byte) (int64, bool) {
	if len(cell) == 0 || cell[0] == '-' || cell[0] == '+' {
		return 0, false
	}
	n, err := parseIntSep(cell, sep)
	return n, err == nil
}

// codeWords are the words of a header that names a code or a rank, not a
// figure.
var codeWords = []string{"id", "code", "nr", "no", "num", "number", "position", "pos", "rank", "year", "код", "номер", "kood", "nummer", "numero", "número"}

// countedWords are what a header counts after a word of codeWords that
// means "the number of" ("NUM VOTOS", Chile's ballots cast by mesa;
// "Number of votes"; "número de votantes"): a figure, not a code.
var countedWords = []string{"votes", "votos", "voti", "ballots", "papeletas", "boletas", "sufragios", "voters", "votantes", "electores", "голосов", "бюллетеней", "избирателей"}

// codeHeader says whether header h names a code or a rank: one of its
// words (split at what is no letter or digit, in lower case) is one of
// codeWords, or it starts with "№" or "#"; but not a count, a word of
// codeWords followed by one of countedWords (after "of" or "de").
func codeHeader(h string) bool {
	if strings.HasPrefix(h, "№") || strings.HasPrefix(h, "#") {
		return true
	}
	ws := strings.FieldsFunc(strings.ToLower(h), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	code := false
	for k, w := range ws {
		if !slices.Contains(codeWords, w) {
			continue
		}
		next := ws[k+1:]
		if len(next) > 1 && (next[0] == "of" || next[0] == "de") {
			next = next[1:]
		}
		if len(next) > 0 && slices.Contains(countedWords, next[0]) {
			return false
		}
		code = true
	}
	return code
}

// UnreadNote says which columns of file hold whole numbers on most rows
// and are read by no field of the mapping (Counts.Unread), words
// "note.columns_not_read"; "" when none.
func UnreadNote(file string, c Counts) string {
	if len(c.Unread) == 0 {
		return ""
	}
	var cols, once []string
	for _, u := range c.Unread {
		name := strconv.Itoa(u.Index)
		if u.Header != "" {
			name += " " + echo.Quote(u.Header)
		}
		sum := "—"
		if u.Sum >= 0 {
			sum = grouped(u.Sum)
		}
		cols = append(cols, name+" ("+sum+")")
		if u.Once {
			once = append(once, strconv.Itoa(u.Index))
		}
	}
	if len(once) > 0 {
		return words.Say("en", "note.columns_not_read_once", words.Args{"file": file, "columns": strings.Join(cols, ", "), "rows": grouped(int64(c.Unread[0].Rows)), "once": strings.Join(once, ", ")})
	}
	return words.Say("en", "note.columns_not_read", words.Args{"file": file, "columns": strings.Join(cols, ", "), "rows": grouped(int64(c.Unread[0].Rows))})
}

// AgainstAllUnreadNote names a column of file that no field of the
// mapping reads (Counts.Unread) and whose header reads as the votes
// against all («Против всех», «Барлығына қарсы»): a count that takes them
// as not given (X229), or that a rule set refuses for want of them, then
// says where they are and how to map them (words
// "note.against_all_unread"); "" when none.
func AgainstAllUnreadNote(file string, c Counts) string {
	for _, u := range c.Unread {
		if u.Header != "" && againstAll(lowerHeader(u.Header)) {
			return words.Say("en", "note.against_all_unread", words.Args{"file": file, "column": strconv.Itoa(u.Index), "header": echo.Quote(u.Header)})
		}
	}
	return ""
}

// VotesEmptyNotes say that the votes column of file is empty on most of
// the rows kept that it was looked at on (Counts.EmptyVotes), once for
// the findings (X229) of each (words "note.votes_column_empty", or
// "note.votes_column_empty_first" of the file's first rows), and name
// the column of whole numbers no field reads (Counts.Unread) with the
// most of them, if any, as the one that may hold the votes
// ("note.votes_column_numbers"); none when the column is empty on half
// the rows or fewer.
func VotesEmptyNotes(file string, c Counts) []string {
	e := c.EmptyVotes
	if e.Rows == 0 || e.Empty*2 <= e.Rows {
		return nil
	}
	column := strconv.Itoa(e.Index)
	if e.Header != "" {
		column += " " + echo.Quote(e.Header)
	}
	key := "note.votes_column_empty"
	if !e.Whole {
		key = "note.votes_column_empty_first"
	}
	notes := []string{words.Say("en", key, words.Args{"file": file, "column": column, "empty": strconv.Itoa(e.Empty), "rows": strconv.Itoa(e.Rows)})}
	var best *UnreadColumn
	for i := range c.Unread {
		if u := &c.Unread[i]; best == nil || u.Whole > best.Whole {
			best = u
		}
	}
	if best != nil {
		other := strconv.Itoa(best.Index)
		if best.Header != "" {
			other += " " + echo.Quote(best.Header)
		}
		notes = append(notes, words.Say("en", "note.votes_column_numbers", words.Args{"file": file, "column": other, "whole": strconv.Itoa(best.Whole), "rows": strconv.Itoa(best.Rows)}))
	}
	return notes
}

// grouped writes n with its thousands grouped by commas: 8,662.
func grouped(n int64) string {
	d := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, r := range d {
		if i > 0 && (len(d)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}
