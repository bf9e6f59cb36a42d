package ingest

import (
	"fmt"
	"slices"
	"strings"
)

// A column of dates or times ("2023-04-30 16:48:39.136", Paraguay's TREP
// "fecha_recepcion_trep"; Elections Ontario's "PollingDate" of
// "2023-Nov-30"; a scrape's "Timestamp") says when a row was sent or
// recorded, not where its votes were cast: it is no precinct, region or
// okrug, and no figure. Taken for the precinct it names each row once
// whatever the rows hold, so a protocol sent twice with a new time is
// two precincts to a count, its votes counted twice and no duplicate
// found (X207). The draft leaves such a column out first, and says so.

// dateColumn says whether every value of a column (its cells, each once)
// is a date, a date and a time, or a time of day (dateCell), and there is
// one at least.
func dateColumn(values map[string]int) bool {
	if len(values) == 0 {
		return false
	}
	for v := range values {
		if !dateCell(v) {
			return false
		}
	}
	return true
}

// dateCell says whether v (trimmed) is a date ("2023-04-30", "30/04/2023",
// "30.04.2023", "2023-Nov-30", "30 Nov 2023"), a date and a time
// ("2023-04-30 16:48:39.136", "2023-04-30T16:48:39Z", "4/30/23 4:48 PM")
// or a time of day alone ("16:48", "16:48:39"). A year alone, a number
// of digits alone ("20230430") and a pair of numbers ("12/3", a share)
// are no dates here: they may be codes or figures.
func dateCell(v string) bool {
	s := dateScan{s: strings.TrimSpace(v)}
	if s.time() {
		return s.end()
	}
	s.i = 0
	if !s.date() {
		return false
	}
	if s.end() {
		return true
	}
	if !s.skip('T') && !s.skip(' ') {
		return false
	}
	for s.skip(' ') {
	}
	return s.time() && s.end()
}

// dateScan reads a date or a time from s at i.
type dateScan struct {
	s      string
	i      int
	twoDig bool // the date's year was written in two digits
}

func (d *dateScan) end() bool { return d.i == len(d.s) }

func (d *dateScan) skip(c byte) bool {
	if d.i < len(d.s) && d.s[d.i] == c {
		d.i++
		return true
	}
	return false
}

// digits reads a run of at least lo and at most hi digits and returns its
// value and length (0 when there is none, or it is longer than hi).
func (d *dateScan) digits(lo, hi int) (v, n int) {
	for d.i+n < len(d.s) && '0' <= d.s[d.i+n] && d.s[d.i+n] <= '9' {
		if n == hi {
			return 0, 0
		}
		v = v*10 + int(d.s[d.i+n]-'0')
		n++
	}
	if n < lo {
		return 0, 0
	}
	d.i += n
	return v, n
}

// months are the months' names, English and Spanish, by their first
// three letters, lower case.
var months = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
	"ene", "abr", "ago", "dic"}

// month reads a month's name (its first three letters or the whole name,
// "Nov", "November") and says whether there was one.
func (d *dateScan) month() bool {
	j := d.i
	for j < len(d.s) && ('a' <= d.s[j]|0x20 && d.s[j]|0x20 <= 'z') {
		j++
	}
	if j-d.i < 3 || j-d.i > 10 {
		return false
	}
	for _, m := range months {
		if strings.EqualFold(d.s[d.i:d.i+3], m) {
			d.i = j
			return true
		}
	}
	return false
}

// date reads a date: year first (2023-04-30, 2023/4/30, 2023-Nov-30),
// or year last (30/04/2023, 04/30/2023, 30.04.2023, 30-Nov-2023,
// 30 Nov 2023; a year of two digits only when a time follows).
func (d *dateScan) date() bool {
	start := d.i
	if y, n := d.digits(4, 4); n == 4 {
		sep := byte(0)
		if d.i < len(d.s) {
			sep = d.s[d.i]
		}
		if (sep != '-' && sep != '/' && sep != '.') || y < 1800 || y > 2199 {
			d.i = start
			return false
		}
		d.i++
		if !d.month() {
			if mo, n := d.digits(1, 2); n == 0 || mo < 1 || mo > 12 {
				return false
			}
		}
		if !d.skip(sep) {
			return false
		}
		day, n := d.digits(1, 2)
		return n > 0 && day >= 1 && day <= 31
	}
	a, n := d.digits(1, 2)
	if n == 0 || a < 1 || a > 31 {
		return false
	}
	sep := byte(0)
	if d.i < len(d.s) {
		sep = d.s[d.i]
	}
	if sep != '-' && sep != '/' && sep != '.' && sep != ' ' {
		return false
	}
	d.i++
	if !d.month() {
		if sep == ' ' {
			return false
		}
		b, n := d.digits(1, 2)
		if n == 0 || b < 1 || b > 31 || a > 12 && b > 12 {
			return false
		}
	}
	if !d.skip(sep) {
		return false
	}
	y, n := d.digits(2, 4)
	switch {
	case n == 4:
		return y >= 1800 && y <= 2199
	case n == 2:
		d.twoDig = true
		return d.i < len(d.s) // only with a time after it (dateCell)
	}
	return false
}

// time reads a time of day: 16:48, 16:48:39, 16:48:39.136, with AM or PM
// after it, and a zone (Z, +04:00, -0500, UTC).
func (d *dateScan) time() bool {
	h, n := d.digits(1, 2)
	if n == 0 || h > 23 || !d.skip(':') {
		return false
	}
	if mi, n := d.digits(2, 2); n == 0 || mi > 59 {
		return false
	}
	if d.skip(':') {
		if s, n := d.digits(2, 2); n == 0 || s > 60 {
			return false
		}
		if d.skip('.') || d.skip(',') {
			if _, n := d.digits(1, 9); n == 0 {
				return false
			}
		}
	}
	rest := strings.ToUpper(strings.TrimSpace(d.s[d.i:]))
	switch {
	case rest == "":
		d.i = len(d.s)
		return true
	case rest == "Z", rest == "UTC", rest == "GMT", rest == "AM", rest == "PM", rest == "A.M.", rest == "P.M.":
		d.i = len(d.s)
		return true
	case rest[0] == '+' || rest[0] == '-':
		z := dateScan{s: rest, i: 1}
		if _, n := z.digits(2, 2); n == 0 {
			return false
		}
		z.skip(':')
		if _, n := z.digits(2, 2); n == 0 || !z.end() {
			return false
		}
		d.i = len(d.s)
		return true
	}
	return false
}

// dateColumns leaves out (used) each column not yet used whose cells are
// dates or times (dateColumn), says so, and returns them.
func dateColumns(header []string, rows [][]string, used []bool, values []map[string]int, guess func(string, ...any)) (dates []int) {
	for i := range header {
		if used[i] || !dateColumn(values[i]) {
			continue
		}
		used[i], dates = true, append(dates, i)
		first := firstCell(rows, i)
		what := fmt.Sprintf("one value, %q, on every row: the day of the vote or of the file", first)
		if len(values[i]) > 1 {
			what = fmt.Sprintf("%d values, the first %q: when each row was sent or recorded; a row sent again with a new time is the same protocol, a duplicate to a count (X207) once the precinct is named by the columns that say where", len(values[i]), first)
		}
		guess("column %d %q is not mapped: its cells are dates or times (%s), no area: never the precinct, the region or the okrug, and no figure", i+1, trimHeader(header[i]), what)
	}
	return dates
}

// rowKeyBut returns the cells of rec joined, but for those of the columns
// skip (dates): rows of one key are copies of each other, but for the
// time they were sent.
func rowKeyBut(rec []string, skip []int) string {
	if len(skip) == 0 {
		return strings.Join(rec, "\x00")
	}
	var b strings.Builder
	for i, c := range rec {
		if !slices.Contains(skip, i) {
			b.WriteString(c)
		}
		b.WriteByte(0)
	}
	return b.String()
}

// sameRowsBut is sameRows but for the cells of the columns skip.
func sameRowsBut(rows [][]string, skip []int) (n, first int) {
	seen := map[string]bool{}
	for i, rec := range rows {
		k := rowKeyBut(rec, skip)
		if seen[k] {
			if n++; n == 1 {
				first = i
			}
			continue
		}
		seen[k] = true
	}
	return n, first
}

// butDates says, after the copies' first row, which columns of dates the
// copies differ in, or "".
func butDates(header []string, dates []int) string {
	if len(dates) == 0 {
		return ""
	}
	var cols []string
	for _, i := range dates {
		cols = append(cols, fmt.Sprintf("%d %q", i+1, trimHeader(header[i])))
	}
	return fmt.Sprintf(", but for the dates or times of column %s", strings.Join(cols, ", "))
}
