package ingest

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

// The multi-byte encodings of East Asia, which shailoo recognises but does
// not read: their tables (tens of thousands of characters each) would not
// fit the page's module. A file in one of them read in a single-byte code
// page garbles every name, so an error names the encoding the text looks
// like and how to convert it to UTF-8 instead.
type eastAsian struct {
	name  string // as iconv spells it
	valid func(b []byte, i int) (n int, common, ok bool)
}

var eastAsians = [...]eastAsian{
	{"SHIFT_JIS", shiftJIS}, // Japanese (Windows' cp932)
	{"EUC-JP", eucJP},
	{"GBK", gbk}, // simplified Chinese (GB2312, GB18030's two-byte part)
	{"BIG5", big5},
	{"EUC-KR", eucKR}, // Korean (Windows' cp949 extends it)
}

// The byte structure of each: a character's length from byte i (a lead
// byte from 0x80 up), whether it is among the characters text of its
// language is mostly made of (kana, the common Han characters, Hangul),
// and whether the bytes are a character at all.
func shiftJIS(b []byte, i int) (int, bool, bool) {
	c := b[i]
	if 0xA1 <= c && c <= 0xDF {
		return 1, false, true // a half-width katakana
	}
	if !(0x81 <= c && c <= 0x9F || 0xE0 <= c && c <= 0xFC) || i+1 >= len(b) {
		return 1, false, false
	}
	t := b[i+1]
	if !(0x40 <= t && t <= 0x7E || 0x80 <= t && t <= 0xFC) {
		return 1, false, false
	}
	common := c == 0x82 && t >= 0x9F || c == 0x83 && t <= 0x96 || 0x88 <= c && c <= 0x9F || c == 0x81 && t >= 0x40 && t <= 0x5B
	return 2, common, true
}

func eucJP(b []byte, i int) (int, bool, bool) {
	c := b[i]
	switch {
	case c == 0x8E && i+1 < len(b) && 0xA1 <= b[i+1] && b[i+1] <= 0xDF:
		return 2, false, true
	case c == 0x8F && i+2 < len(b) && b[i+1] >= 0xA1 && b[i+1] <= 0xFE && b[i+2] >= 0xA1 && b[i+2] <= 0xFE:
		return 3, false, true
	case 0xA1 <= c && c <= 0xFE && i+1 < len(b) && 0xA1 <= b[i+1] && b[i+1] <= 0xFE:
		return 2, c == 0xA4 || c == 0xA5 || 0xB0 <= c && c <= 0xCF, true
	}
	return 1, false, false
}

func gbk(b []byte, i int) (int, bool, bool) {
	c := b[i]
	if c < 0x81 || c == 0xFF || i+1 >= len(b) {
		return 1, false, false
	}
	t := b[i+1]
	if !(0x40 <= t && t <= 0x7E || 0x80 <= t && t <= 0xFE) {
		return 1, false, false
	}
	return 2, 0xB0 <= c && c <= 0xD7 && t >= 0xA1, true
}

func big5(b []byte, i int) (int, bool, bool) {
	c := b[i]
	if c < 0x81 || c == 0xFF || i+1 >= len(b) {
		return 1, false, false
	}
	t := b[i+1]
	if !(0x40 <= t && t <= 0x7E || 0xA1 <= t && t <= 0xFE) {
		return 1, false, false
	}
	return 2, 0xA4 <= c && c <= 0xC6, true
}

func eucKR(b []byte, i int) (int, bool, bool) {
	c := b[i]
	if c < 0x81 || c == 0xFF || i+1 >= len(b) {
		return 1, false, false
	}
	t := b[i+1]
	if 0xA1 <= c && t >= 0xA1 && t <= 0xFE {
		return 2, 0xB0 <= c && c <= 0xC8, true
	}
	if c <= 0xC6 && (0x41 <= t && t <= 0x5A || 0x61 <= t && t <= 0x7A || 0x81 <= t && t <= 0xFE) {
		return 2, false, true // cp949's other Hangul
	}
	return 1, false, false
}

// eastAsianOf names the multi-byte encodings (as iconv spells them) that b,
// text that is not UTF-8, looks like, the likeliest first, and the common
// characters of the likeliest: those whose
// structure every byte above 0x7F fits, with most of their characters
// common ones; nil when none does. Encodings whose common characters are
// as many as the likeliest's, less a tenth, are named beside it: Han
// characters alone do not tell GBK from EUC-JP.
func eastAsianOf(b []byte) (names []string, common int) {
	counts := make([]int, len(eastAsians))
	best := 0
	for k, e := range eastAsians {
		chars, common := 0, 0
		ok := true
		// A common character counts beside another character of the
		// encoding alone: East Asian names are runs of them, where an
		// accented Latin letter and the ASCII letter after it ("Äg")
		// make one pair of Big5 or GBK, alone between ASCII letters.
		prevEnd, prevCommon, prevCounted := -1, false, false
		for i := 0; i < len(b); {
			if b[i] < 0x80 {
				i++
				continue
			}
			n, c, valid := e.valid(b, i)
			if !valid {
				ok = false
				break
			}
			chars++
			run := prevEnd == i
			if c && run {
				common++
			}
			if prevCommon && run && !prevCounted {
				common++
			}
			prevEnd, prevCommon, prevCounted = i+n, c, c && run
			i += n
		}
		if ok && e.name == "EUC-KR" && hangulOnly(b) {
			common += common / 5 // (Korean text read in EUC-JP or GBK makes Han characters as common)
		}
		if ok && chars >= 2 && 2*common >= chars {
			counts[k] = common
			best = max(best, common)
		}
	}
	for pass := best; pass > 0 && pass >= best-best/10; pass-- {
		for k, e := range eastAsians {
			if counts[k] == pass {
				names = append(names, e.name)
			}
		}
	}
	return names, best
}

// hangulOnly says whether the characters of b, read as EUC-KR, are all
// Hangul syllables (leads 0xB0-0xC8) or signs (0xA1-0xA3): Korean text,
// which Japanese text (kana, leads 0xA4 and 0xA5, and Han characters up
// to 0xF4) and Chinese (Han characters up to 0xF7) are not.
func hangulOnly(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c < 0x80:
			i++
			continue
		case 0xA1 <= c && c <= 0xA3, 0xB0 <= c && c <= 0xC8:
			i += 2
		default:
			return false
		}
	}
	return true
}

// encodingAdvice is what an error about text that is not UTF-8 (b, a line
// or a cell of it) says of its encoding: the single-byte code page it
// looks like and how to name it in the mapping; or, for text of a
// multi-byte East Asian encoding, that shailoo does not read it and how
// to convert it (file, the file's name, for the command); or, when no
// code page reads its words, that its encoding is not known. A code page
// under which the text reads as gibberish is never proposed.
func encodingAdvice(b []byte, file string) string {
	enc, multi := lookEncoding(b)
	switch {
	case len(multi) > 0:
		if file == "" {
			file = "FILE.csv"
		}
		return fmt.Sprintf("it looks %s, a multi-byte encoding of East Asia that shailoo does not read: convert the file to UTF-8 first (iconv -f %s -t UTF-8 %s > %s.utf8.csv)",
			strings.Join(multi, " or "), multi[0], file, strings.TrimSuffix(file, ".csv"))
	case enc == "":
		return "its encoding is none shailoo knows (no code page it reads makes words of it): save the file as UTF-8"
	}
	return fmt.Sprintf("it looks %s; name the file's encoding in the mapping, \"encoding\": %q", enc, enc)
}

// lookEncoding names the encoding text that is not UTF-8 looks like: a
// single-byte code page (guessEncoding) whose reading makes words of it,
// or the multi-byte encodings of East Asia it fits (eastAsianOf), when the
// bytes of their common characters outnumber the letters of the code
// page's words (wordScore); both empty when neither reads it.
func lookEncoding(b []byte) (enc string, multi []string) {
	enc, score := guessScored(b)
	multi, common := eastAsianOf(b)
	if len(multi) > 0 && 2*common > score {
		return "", multi
	}
	if score < 0 {
		return "", nil
	}
	return enc, nil
}

// guessScored is guessEncoding with the score of the code page named
// (wordScore's): below 0 when its reading makes fewer words than
// gibberish.
func guessScored(b []byte) (string, int) {
	enc := guessEncoding(b)
	score, _, _, _, ok := wordScore(upperHalf(enc), frequent[enc], languages[enc], b)
	if !ok {
		return enc, math.MinInt
	}
	return enc, score
}

// guessHead is how much of the start of a file the encoding of a file
// that is not UTF-8 is guessed from: by the draft (draftEncoding) and by
// a count's advice (scanner.advice) alike, so that they name one code page.
const guessHead = 1 << 16

// guessText is the text of head, the start of a file, that its encoding is
// guessed from: its first guessHead bytes, cut after their last line end
// (a line cut short is no word to read).
func guessText(head []byte) []byte {
	head = head[:min(len(head), guessHead)]
	if i := bytes.LastIndexByte(head, '\n'); i >= 0 {
		return head[:i+1]
	}
	return head
}

// draftEncoding is the encoding a draft reads head, the start of a file
// that is not UTF-8, in: the code page it looks like, or an ErrEncoding
// naming the first line that is not UTF-8 when no code page the draft
// reads makes words of it (a multi-byte encoding of East Asia, or one not
// known).
func draftEncoding(head []byte, file string) (string, error) {
	text := guessText(head)
	enc, multi := lookEncoding(text)
	if enc != "" && len(multi) == 0 {
		return enc, nil
	}
	line := 1
	for rest := text; len(rest) > 0; line++ {
		ln, after, _ := bytes.Cut(rest, []byte{'\n'})
		if !utf8.Valid(ln) {
			break
		}
		rest = after
	}
	return "", &ParseError{File: file, Line: line, Field: "encoding", Err: fmt.Errorf("%w: the file is not UTF-8: %s", ErrEncoding, encodingAdvice(text, file))}
}
