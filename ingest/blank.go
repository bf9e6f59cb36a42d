package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/words"
)

// Some commissions' files separate blocks of rows by a row of delimiters
// alone (";" or ";;;;" in the Bundeswahlleiter's files, between the
// Länder). Such a data row, every cell of it empty once trimmed (spaces,
// "\r", a quoted empty cell), is a blank row: no protocol and no error,
// but never dropped unseen either: the reader counts the blank rows and
// keeps the lines of the first MaxBlankLines (Counts, Table), and a count
// says so in a note. Only data rows are blank rows: the rows above the
// header (SkipRows) and the header row keep their meaning.
//
// A blank row is found before any cell is read, and before the row
// filter: it holds no contest to keep or leave out. Every reading path
// tells it the same way: a line without quotes (blankLine), a record the
// tokenizer split (blankRecord), and a line with quotes that may be blank
// (maybeBlank), which the parallel parser hands to the tokenizer.

// MaxBlankLines is the number of blank rows whose lines the reader keeps
// (Counts.BlankLines, Table.BlankLines); the others are counted.
const MaxBlankLines = 10

// BlankNote returns the note (in English; words "note.blank_rows") that
// file had the blank rows c counts, with their lines, or "" for none.
func BlankNote(file string, c Counts) string {
	return linesNote("note.blank_rows", file, c.Blank, c.BlankLines)
}

// linesNote says, in the words of key, that file had n lines of a kind,
// the first of them at lines (the rest "…"); "" for none. more are
// pairs of other words' names and values (after n's: "n" among them
// says another figure than the lines').
func linesNote(key, file string, n int, lines []int, more ...string) string {
	if n == 0 {
		return ""
	}
	at := make([]string, len(lines))
	for i, l := range lines {
		at[i] = strconv.Itoa(l)
	}
	list := strings.Join(at, ", ")
	if n > len(lines) {
		list += ", …"
	}
	args := words.Args{"file": file, "n": strconv.Itoa(n), "lines": list}
	for i := 0; i+1 < len(more); i += 2 {
		args[more[i]] = more[i+1]
	}
	return words.Say("en", key, args)
}

// SkippedNote returns the note (in English; words "note.skipped_lines",
// "note.skipped_line" for one) that skip_rows skipped the lines c counts
// in file, or "" for none: the lines a count did not read are said, so
// that a skip_rows one too many is seen.
func SkippedNote(file string, c Counts) string {
	switch {
	case c.SkippedLines == 1:
		return words.Say("en", "note.skipped_line", words.Args{"file": file, "line": "1"})
	case c.SkippedLines > 1:
		return words.Say("en", "note.skipped_lines", words.Args{"file": file, "lines": "1-" + strconv.Itoa(c.SkippedLines)})
	}
	return ""
}

// FooterNote returns the note (in English; words "note.footer_lines",
// "note.footer_line" for one) that footer_rows skipped the lines c counts
// at the end of file, or "" for none. It is a note of its own, not a
// sentence after SkippedNote's, so that each is said in a report's
// language (words.Note matches one sentence).
func FooterNote(file string, c Counts) string {
	from, to := c.FooterLines[0], c.FooterLines[1]
	switch {
	case from <= 0:
		return ""
	case to > from:
		return words.Say("en", "note.footer_lines", words.Args{"file": file, "lines": strconv.Itoa(from) + "-" + strconv.Itoa(to)})
	}
	return words.Say("en", "note.footer_line", words.Args{"file": file, "line": strconv.Itoa(from)})
}

// cutFooter returns text without its last n lines (footer_rows), and
// the first and the last of them; an error when the file has fewer.
func cutFooter(text []byte, n int, file string) ([]byte, [2]int, error) {
	total := bytes.Count(text, []byte{'\n'})
	if len(text) > 0 && text[len(text)-1] != '\n' {
		total++
	}
	if n > total {
		return nil, [2]int{}, &ParseError{File: file, Field: "footer_rows", Err: fmt.Errorf("%w: the file has %d lines, and footer_rows skips %d", ErrMissingHeader, total, n)}
	}
	cut := 0 // the offset of line total-n+1
	for range total - n {
		cut += bytes.IndexByte(text[cut:], '\n') + 1
	}
	return text[:cut], [2]int{total - n + 1, total}, nil
}

// EmptyNote returns the note (in English; words "note.empty_lines") that
// file had the empty lines c counts between its data rows, with their
// lines, or "" for none.
func EmptyNote(file string, c Counts) string {
	return linesNote("note.empty_lines", file, c.Empty, c.EmptyLines)
}

// BareQuoteNote returns the note (in English; words "note.bare_quotes")
// that the rows of file have the cells c counts that hold a quote they do
// not begin with, each read as a character of its cell's text, or "" for
// none. RFC 4180 has no such cell, but commissions' files do
// (Gaststätte "Em Kontörke", a polling station's name): the quote is
// read, as spreadsheets read it, and said.
func BareQuoteNote(file string, c Counts) string {
	if c.BareQuotes == 0 {
		return ""
	}
	// ({n} the cells, {rows} the rows, whose count says whether lines
	// were left out: "…".)
	return linesNote("note.bare_quotes", file, c.BareQuoteRows, c.BareQuoteLines, "rows", strconv.Itoa(c.BareQuoteRows), "n", strconv.Itoa(c.BareQuotes))
}

// lineRun counts cells of some kind (n) and the rows that have them, and
// keeps the lines of the first MaxBlankLines of those.
type lineRun struct {
	n, rows int
	lines   []int
}

// add counts k cells of the row at line.
func (r *lineRun) add(line, k int) {
	r.n += k
	r.rows++
	if len(r.lines) < MaxBlankLines {
		r.lines = append(r.lines, line)
	}
}

// emptyRun counts the empty lines between a file's data rows ("\n" or
// "\r\n" alone: a blank line between sections, as New Zealand's files
// have), which are neither rows nor errors but are said, not dropped
// unseen. An empty line is counted once a row follows it: those after the
// last row end the file. n and lines (the first MaxBlankLines) are those
// counted; pend and pendLines those since the last row; row says that a
// row was seen (a chunk's, for merge).
type emptyRun struct {
	n, pend          int
	lines, pendLines []int
	row              bool
}

// add counts the empty line at line, until a row follows it.
//
//go:noinline
func (e *emptyRun) add(line int) {
	e.pend++
	if len(e.pendLines) < MaxBlankLines {
		e.pendLines = append(e.pendLines, line)
	}
}

// commit counts the empty lines since the last row: a row follows them.
//
//go:noinline
func (e *emptyRun) commit() {
	e.n += e.pend
	for _, l := range e.pendLines {
		if len(e.lines) < MaxBlankLines {
			e.lines = append(e.lines, l)
		}
	}
	e.pend, e.pendLines = 0, e.pendLines[:0]
}

// merge adds c, the empty lines of the chunk after e's lines, to e.
func (e *emptyRun) merge(c *emptyRun) {
	if c.row {
		e.commit()
		e.n += c.n
		for _, l := range c.lines {
			if len(e.lines) < MaxBlankLines {
				e.lines = append(e.lines, l)
			}
		}
	}
	e.pend += c.pend
	for _, l := range c.pendLines {
		if len(e.pendLines) < MaxBlankLines {
			e.pendLines = append(e.pendLines, l)
		}
	}
}

// reset empties e for the next chunk, keeping its storage.
func (e *emptyRun) reset() {
	*e = emptyRun{lines: e.lines[:0], pendLines: e.pendLines[:0]}
}

// errBlank is what fill and fillLine return for a blank row: not an error,
// a row counted apart.
var errBlank = &ParseError{Line: -1, Err: errors.New("a row of empty cells")}

// mayBeBlank says whether a line may be a blank row by its first byte:
// most rows start with a precinct number or a name, which tells.
func mayBeBlank(line []byte, delim byte) bool {
	return len(line) == 0 || line[0] == delim || line[0] <= ' ' || line[0] >= 0x80
}

// blankLine says whether every cell of a line without quotes (and without
// its line end) is empty once trimmed. It and the other helpers of blank
// rows are not inlined: they run on few rows, and copies of them would
// only make the page's module larger.
//
//go:noinline
func (s *scanner) blankLine(line []byte) bool {
	delim := s.delimiter()
	for {
		end := bytes.IndexByte(line, delim)
		if end < 0 {
			return len(trimBytes(line)) == 0
		}
		if len(trimBytes(line[:end])) > 0 {
			return false
		}
		line = line[end+1:]
	}
}

// blankRecord says whether every cell of rec is empty once trimmed.
//
//go:noinline
func blankRecord(rec [][]byte) bool {
	for _, c := range rec {
		if len(trimBytes(c)) > 0 {
			return false
		}
	}
	return true
}

// maybeBlank says whether a line with quotes may be a blank row: it holds
// nothing but delimiters, quotes, ASCII spaces and control bytes, and bytes
// outside ASCII (a no-break space). Such a line is read by the tokenizer,
// which says (blankRecord).
//
//go:noinline
func (s *scanner) maybeBlank(line []byte) bool {
	delim := s.delimiter()
	for _, c := range line {
		if c != delim && c != '"' && c > ' ' && c < 0x80 {
			return false
		}
	}
	return true
}

// blankRow counts the blank row at line.
//
//go:noinline
func (s *scanner) blankRow(line int) {
	s.blank++
	if len(s.blankLines) < MaxBlankLines {
		s.blankLines = append(s.blankLines, line)
	}
}

// blankStrings is blankRecord for the draft's records.
func blankStrings(rec []string) bool {
	for _, c := range rec {
		if len(trimBytes([]byte(c))) > 0 {
			return false
		}
	}
	return true
}
