package ingest

import (
	"strconv"
)

// Figures in Arabic-Indic digits.
//
// Arabic text writes its figures in Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩,
// U+0660 to U+0669), Persian and Urdu text in the extended ones
// (۰۱۲۳۴۵۶۷۸۹, U+06F0 to U+06F9): each is a decimal digit, so a figure
// so written is the same exact whole number as one written in 0 to 9,
// and is read so: "٢٦١" is 261. The Arabic thousands separator (٬,
// U+066C) groups digits as "," does, where the mapping names a
// thousands separator of "," or "٬" ("thousands": "٬", read as ","); the
// Arabic decimal separator (٫, U+066B) writes a fraction, no count, and
// a figure with it is refused as "12.5" is. A count says in a note how
// many figures it read from these digits (Counts.OtherDigits). Digits of
// other scripts (full-width, Devanagari) are refused, the error naming
// the figure in 0 to 9.

// arabicFigure reads cell, a figure whose digits are Arabic-Indic or
// Persian (a cell of digits 0 to 9 is parseIntSep's), under the
// thousands separator sep; false when cell holds none of them or does
// not read as a whole number with them written 0 to 9.
func arabicFigure(cell []byte, sep byte) (int64, bool) {
	var buf [40]byte
	b := buf[:0]
	other := false
	for i := 0; i < len(cell); i++ {
		c := cell[i]
		if i+1 < len(cell) {
			switch d := cell[i+1]; {
			case c == 0xD9 && 0xA0 <= d && d <= 0xA9: // U+0660 to U+0669
				b, other = append(b, '0'+d-0xA0), true
				i++
				continue
			case c == 0xDB && 0xB0 <= d && d <= 0xB9: // U+06F0 to U+06F9
				b, other = append(b, '0'+d-0xB0), true
				i++
				continue
			case c == 0xD9 && d == 0xAC && sep == ',': // U+066C
				b = append(b, ',')
				i++
				continue
			}
		}
		b = append(b, c)
	}
	if !other {
		return 0, false
	}
	v, err := parseIntSep(b, sep)
	return v, err == nil
}

// addScripts counts row's cells read in their compatibility form and
// its figures read from Arabic-Indic digits.
func (s *scanner) addScripts(row *Row) {
	if row.compat > 0 {
		s.compat.add(row.Line, int(row.compat))
	}
	if row.digits > 0 {
		s.digits.add(row.Line, int(row.digits))
	}
	if row.spaces > 0 {
		s.spaces.add(row.Line, int(row.spaces))
	}
}

// ScriptNotes returns the notes (in English) of the cells c counts that
// were read other than as written: names in their compatibility form
// ("note.compat_cells") and figures in Arabic-Indic or Persian digits
// ("note.arabic_digits"), and names with runs of spaces inside them read
// as one ("note.space_cells"); none when there were none.
func ScriptNotes(file string, c Counts) []string {
	var notes []string
	if c.CompatCells > 0 {
		notes = append(notes, linesNote("note.compat_cells", file, c.CompatCells, c.CompatLines, "rows", strconv.Itoa(c.CompatRows)))
	}
	if c.OtherDigits > 0 {
		notes = append(notes, linesNote("note.arabic_digits", file, c.OtherDigits, c.OtherDigitsLines, "rows", strconv.Itoa(c.OtherDigitsRows)))
	}
	if c.SpaceCells > 0 {
		notes = append(notes, linesNote("note.space_cells", file, c.SpaceCells, c.SpaceLines, "rows", strconv.Itoa(c.SpaceRows)))
	}
	return notes
}
