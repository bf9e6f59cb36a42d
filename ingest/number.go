package ingest

import (
	"unicode/utf8"
)

// Numbers in cells.
//
// A count is a whole number in decimal: an optional sign ("-5" is read as
// -5: a negative count is data that the validator flags, not a reading
// error), then digits. The digits may be grouped by thousands with a space,
// a no-break space (U+00A0), a narrow no-break space (U+202F) or a thin
// space (U+2009), as Russian and Kyrgyz spreadsheets print them: "1 234 567".
// Groups must be well formed (1 to 3 digits, then groups of exactly 3), so
// "12 34" is not a number. Commas and dots are never separators: "1,234"
// and "1.234" are ambiguous between a thousands separator and a decimal
// point, and are rejected rather than guessed. One form cannot be read two
// ways and is read: a whole number written with a point or a comma and
// zeros alone, one, two, or four and more ("2609.0", "-5.0", "1 234.0", as
// pandas writes a column of whole numbers that has gaps; "314.00",
// "314,00", "1.000000", as spreadsheets export them), is that number: a
// group of thousands has three digits, so those are no separators.
// "12.5", "1.000" (a thousand, or one?) and ".0" are still not numbers.
// Spaces around the number are trimmed; an empty cell is an absent figure,
// not zero.
//
// A file whose mapping names its thousands separator (Mapping.Thousands)
// as "," or "." writes "10,701" or "1.234": that character then groups the
// digits, by threes as above, and nothing else does; a point or comma that
// is not it may still end a whole number in zeros ("10,701.00" under ",").
// So "1,0701", "10,70" and "1 234" are no numbers under ",", whatever they
// would be without it. The spaces need no key: they group digits in every
// file.
//
// A file whose mapping says "digit_grouping": "indian" (Mapping.
// DigitGrouping, with "thousands": ",") groups them as India's tables do,
// by lakh and crore: the last three digits, then twos ("4,52,644",
// "1,23,45,678"; "1,000" and "12,345" read either way). Its "452,644" is
// then no number, as its "4,52,644" is none under "," alone.

// sepIndian is the separator parseIntSep reads for a file whose digits
// are grouped as India's: ',' between the last three digits and the
// groups of two before them.
const sepIndian byte = 1

// maxMag is the magnitude of math.MinInt64.
const maxMag = uint64(1) << 63

// groupSep reports the width in bytes of the thousands separator starting at
// s[i], or 0 if there is none.
func groupSep[S ~string | ~[]byte](s S, i int) int {
	switch c := s[i]; {
	case c == ' ':
		return 1
	case c < utf8.RuneSelf:
		return 0
	case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0: // U+00A0
		return 2
	case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xAF || s[i+2] == 0x89): // U+202F, U+2009
		return 3
	}
	return 0
}

// parseInt parses a trimmed, non-empty cell as an int64 without allocating.
// It returns ErrNotNumber or ErrOutOfRange (unwrapped; callers add context).
func parseInt[S ~string | ~[]byte](s S) (int64, error) {
	// Fast path: up to 18 plain digits cannot overflow.
	if n := len(s); n > 0 && n <= 18 {
		var v int64
		i := 0
		for ; i < n; i++ {
			d := s[i] - '0'
			if d > 9 {
				break
			}
			v = v*10 + int64(d)
		}
		if i == n {
			return v, nil
		}
	}
	return parseIntSlow(s, 0)
}

// parseIntSep is parseInt for a file whose thousands separator is sep, ','
// or '.' (Mapping.Thousands); sep 0 is parseInt.
func parseIntSep[S ~string | ~[]byte](s S, sep byte) (int64, error) {
	if sep == 0 {
		return parseInt(s)
	}
	return parseIntSlow(s, sep)
}

// zeroFraction returns the length of the point (or comma) and zeros that
// end s after a digit, when they cannot be a group of thousands (one,
// two, or four zeros and more), or 0.
func zeroFraction[S ~string | ~[]byte](s S) int { return zeroFractionBut(s, 0) }

// zeroFractionBut is zeroFraction where sep, the file's thousands
// separator (0: none named), is no decimal mark.
func zeroFractionBut[S ~string | ~[]byte](s S, sep byte) int {
	z := 0
	for z < len(s) && s[len(s)-1-z] == '0' {
		z++
	}
	if z == 0 || z == 3 || z+2 > len(s) {
		return 0
	}
	if p, d := s[len(s)-1-z], s[len(s)-2-z]; (p == '.' || p == ',') && p != sep && '0' <= d && d <= '9' {
		return z + 1
	}
	return 0
}

// parseIntSlow reads what parseInt's fast path does not: signs, groups,
// zero fractions, overflow; its digits are grouped by sep, or by the
// spaces when sep is 0.
func parseIntSlow[S ~string | ~[]byte](s S, sep byte) (int64, error) {
	i, n := 0, len(s)-zeroFractionBut(s, sep)
	neg := false
	if n > 0 && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		i++
	}
	var u uint64
	over := false
	group := 0 // digits in the current group
	grouped := false
	lead, inner := 3, 3 // the most digits of the first group, and those of the groups after it but the last
	if sep == sepIndian {
		lead, inner = 2, 2
	}
	for i < n {
		c := s[i]
		if '0' <= c && c <= '9' {
			group++
			i++
			if over {
				continue
			}
			if u > (^uint64(0)-9)/10 {
				over = true
				continue
			}
			u = u*10 + uint64(c-'0')
			if u > maxMag {
				over = true
			}
			continue
		}
		w := 0
		if sep == 0 {
			w = groupSep(s, i)
		} else if c == sep || c == ',' && sep == sepIndian {
			w = 1
		}
		if w == 0 || group == 0 || group > lead || (grouped && group != inner) {
			return 0, ErrNotNumber
		}
		grouped = true
		group = 0
		i += w
	}
	if group == 0 || (grouped && group != 3) {
		return 0, ErrNotNumber
	}
	if over || (!neg && u == maxMag) {
		return 0, ErrOutOfRange
	}
	if neg {
		return -int64(u), nil // u == maxMag gives math.MinInt64
	}
	return int64(u), nil
}
