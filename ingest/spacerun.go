package ingest

import (
	"unicode"
	"unicode/utf8"
)

// Names spaced two ways.
//
// A cell is trimmed at its ends (trimBytes), and a cell that names a
// precinct, a region, an okrug or a long file's choice is read with each
// run of white space inside it as one space: "Maharagama  Urban Council"
// (two spaces, as Sri Lanka's Election Commission wrote it once in 2025)
// is "Maharagama Urban Council", which the same file writes elsewhere,
// so that one name spaced two ways is one place or one choice (a row
// given twice under both is a duplicate protocol, X207), never two
// counted silently. A tab or a no-break space inside a name is a space
// too. No name of a place or a party tells two apart by the number of
// spaces between its words. The cells so read are counted
// (Counts.SpaceCells) and a note says how many, with their lines. The
// keys of choice_values, line_values and preference_values are read so
// too (keyString).

// oneSpace returns cell, trimmed, with each run of white space inside it
// written as one space and true, or cell itself and false when it has
// none but lone spaces.
func oneSpace(cell []byte) ([]byte, bool) {
	i := spaceRun(cell)
	if i < 0 {
		return cell, false
	}
	out := append(make([]byte, 0, len(cell)), cell[:i]...)
	for i < len(cell) {
		if w := spaceAt(cell, i); w > 0 {
			for i += w; i < len(cell); i += w {
				if w = spaceAt(cell, i); w == 0 {
					break
				}
			}
			out = append(out, ' ')
			continue
		}
		_, w := utf8.DecodeRune(cell[i:])
		out = append(out, cell[i:i+w]...)
		i += w
	}
	return out, true
}

// spaceRun returns where the first white space of cell starts that is
// not a lone ' ' (two in a row, a tab, a no-break space), or -1. Most
// bytes are looked at once: any but a space, a control character and a
// byte that leads a White_Space rune (see notSpaceStart).
func spaceRun(cell []byte) int {
	for i, c := range cell {
		if !mayBeSpace[c] {
			continue
		}
		if c != ' ' {
			if spaceAt(cell, i) > 0 {
				return i
			}
		} else if i+1 < len(cell) && mayBeSpace[cell[i+1]] && spaceAt(cell, i+1) > 0 {
			return i
		}
	}
	return -1
}

// mayBeSpace marks the bytes that start a White_Space rune or may: the
// ASCII ones, and 0xC2, 0xE1, 0xE2 and 0xE3, which lead those outside
// ASCII.
var mayBeSpace = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true, 0xC2: true, 0xE1: true, 0xE2: true, 0xE3: true}

// spaceAt returns the width of the white space rune at cell[i], or 0
// when the rune there is none.
func spaceAt(cell []byte, i int) int {
	if c := cell[i]; c < 0x80 {
		if c == ' ' || c >= '\t' && c <= '\r' {
			return 1
		}
		return 0
	}
	if r, w := utf8.DecodeRune(cell[i:]); unicode.IsSpace(r) {
		return w
	}
	return 0
}

// keyString is a mapping's key of choice_values, line_values or
// preference_values as a cell is read: trimmed, in its compatibility
// form (compatString), each run of white space inside it one space.
func keyString(s string) string {
	s = compatString(s)
	if b, ok := oneSpace([]byte(s)); ok {
		return string(b)
	}
	return s
}
