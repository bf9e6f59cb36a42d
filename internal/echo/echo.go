// Package echo prints input values (IDs, cells, headers) inside messages
// safely: a value from a file may hold control characters (an escape
// sequence that recolours or clears the terminal), bytes that are not
// UTF-8, or megabytes of text, and a message that repeats it raw would
// carry all of that to the reader's terminal. Every error and finding that
// repeats an input value passes it through Text or Quote (issue 12).
package echo

import (
	"strconv"
	"unicode/utf8"
)

// Max is the number of characters of a value a message repeats; the rest
// is left out and its size in bytes said. (Characters, not bytes, so that
// a Cyrillic ID is not cut at half the length of a Latin one.)
const Max = 64

// Text returns s as a message prints it bare (a precinct ID after
// "Precinct "): unchanged when it is printable UTF-8 of at most Max bytes;
// otherwise with every character that is not printable (strconv.IsPrint)
// and every byte that is not UTF-8 escaped as Go writes them ("\x1b",
// "\u202e", "\xff"), and cut after Max characters with the full size added:
// "xxxx… (10,485,760 bytes)".
func Text[S ~string | ~[]byte](s S) string {
	if plain(s) {
		return string(s)
	}
	q := strconv.Quote(string(head(s)))
	return q[1:len(q)-1] + tail(s)
}

// Quote returns s in double quotes with Go escapes (strconv.Quote), cut
// after Max characters as Text cuts it: "\"12a\"", "\"xxxx…\" (10,485,760 bytes)".
func Quote[S ~string | ~[]byte](s S) string {
	return strconv.Quote(string(head(s))) + tail(s)
}

// Pair returns a and b quoted as Quote quotes them, for a message that
// sets one against the other ("okrug A, but line 59 gives B"). When the
// two read the same though a and b differ (past the Max characters
// shown), each is followed by its text from a few characters before the
// first difference, so that the message shows what differs:
//
//	"xxxx…" (67 bytes), from byte 56: "sioner 3"
func Pair[S ~string | ~[]byte](a, b S) (string, string) {
	qa, qb := Quote(a), Quote(b)
	if qa != qb || string(a) == string(b) {
		return qa, qb
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	i = max(0, i-pairContext)
	for i > 0 && !utf8.RuneStart(a[i]) { // a and b agree up to the difference
		i--
	}
	at := ", from byte " + Group(int64(i+1)) + ": "
	return qa + at + Quote(a[i:]), qb + at + Quote(b[i:])
}

// pairContext is how many bytes before the first difference Pair shows.
const pairContext = 8

// plain reports whether s is short printable UTF-8.
func plain[S ~string | ~[]byte](s S) bool {
	if len(s) > Max && len(head(s)) < len(s) {
		return false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(string(s[i:min(len(s), i+utf8.UTFMax)]))
		if r == utf8.RuneError && n == 1 || !strconv.IsPrint(r) {
			return false
		}
		i += n
	}
	return true
}

// head returns the first Max characters of s (a byte that is not UTF-8
// counting as one).
func head[S ~string | ~[]byte](s S) S {
	if len(s) <= Max {
		return s
	}
	i := 0
	for range Max {
		if i >= len(s) {
			return s
		}
		_, n := utf8.DecodeRuneInString(string(s[i:min(len(s), i+utf8.UTFMax)]))
		i += n
	}
	return s[:i]
}

// tail says how much of s head left out.
func tail[S ~string | ~[]byte](s S) string {
	if len(head(s)) == len(s) {
		return ""
	}
	return "… (" + Group(int64(len(s))) + " bytes)"
}

// Group writes n with commas between groups of three digits: 10,485,760.
func Group(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	var b []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, s[i])
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}
