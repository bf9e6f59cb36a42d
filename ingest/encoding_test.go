package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/shailoo/shailoo/election"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// The code pages' tables agree with golang.org/x/text's on every byte,
// a byte x/text does not define being one the decoder refuses.
func TestCodePages(t *testing.T) {
	for enc, cm := range map[string]*charmap.Charmap{
		EncodingWindows1251: charmap.Windows1251, EncodingWindows1252: charmap.Windows1252,
		EncodingKOI8R: charmap.KOI8R, EncodingLatin1: charmap.ISO8859_1,
		EncodingWindows1250: charmap.Windows1250, EncodingWindows1253: charmap.Windows1253, EncodingWindows1255: charmap.Windows1255,
		EncodingWindows1254: charmap.Windows1254, EncodingLatin5: charmap.ISO8859_9, EncodingWindows1256: charmap.Windows1256, EncodingWindows1257: charmap.Windows1257, EncodingWindows874: charmap.Windows874,
	} {
		for c := 0; c < 256; c++ {
			want := cm.DecodeByte(byte(c))
			got, _, err := newDecoder(enc).decode(nil, []byte{byte(c)}, true)
			if want == utf8.RuneError {
				if !errors.Is(err, ErrEncoding) {
					t.Errorf("%s: byte %02X gives %q, %v; want ErrEncoding", enc, c, got, err)
				}
				continue
			}
			if err != nil || string(got) != string(want) {
				t.Errorf("%s: byte %02X gives %q, %v; want %q", enc, c, got, err, want)
			}
		}
	}
}

// cyrillicCSV is a file with Cyrillic headers, precinct and region IDs,
// of rows protocols.
func cyrillicCSV(rows int) (string, Mapping) {
	var b strings.Builder
	b.WriteString("Участок;Область;Число недействительных бюллетеней;Число действительных бюллетеней;Партия Ёлка\r\n")
	for i := range rows {
		fmt.Fprintf(&b, "УИК %d;Чуйская область;%d;%d;%d\r\n", i+1, i%7, 100+i, 90+i%11)
	}
	return b.String(), Mapping{
		Precinct:  Column{Header: "Участок"},
		Region:    &Column{Header: "Область"},
		Ballot:    "list",
		Lines:     map[election.Line]Column{election.Invalid: {Header: "Число недействительных бюллетеней"}, election.Valid: {Header: "Число действительных бюллетеней"}},
		Votes:     map[string]Column{"elka": {Header: "Партия Ёлка"}},
		Delimiter: ";",
	}
}

// A file saved in each encoding is read as its UTF-8 original is, whether
// it is read a byte at a time, in parallel from a stream, or in parallel
// from memory (the count's readings).
func TestEncodedFilesReadAsUTF8(t *testing.T) {
	text, m := cyrillicCSV(3000)
	want, err := ReadCSV(strings.NewReader(text), "f.csv", m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	encoders := map[string]encoding.Encoding{
		EncodingWindows1251: charmap.Windows1251,
		EncodingKOI8R:       charmap.KOI8R,
		EncodingUTF16LE:     unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM),
		EncodingUTF16BE:     unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM),
		"UTF-16LE with its mark, no encoding named": unicode.UTF16(unicode.LittleEndian, unicode.UseBOM),
		"UTF-16BE with its mark, no encoding named": unicode.UTF16(unicode.BigEndian, unicode.UseBOM),
	}
	for name, e := range encoders {
		raw, err := e.NewEncoder().String(text)
		if err != nil {
			t.Fatal(err)
		}
		em := m
		if !strings.Contains(name, "mark") {
			em.Encoding = name
		}
		readers := map[string]func() io.Reader{
			"a byte at a time": func() io.Reader { return iotest.OneByteReader(strings.NewReader(raw)) },
			"stream":           func() io.Reader { return strings.NewReader(raw) },
			"memory":           func() io.Reader { return NewBytesReader([]byte(raw)) },
		}
		for how, r := range readers {
			for _, concurrent := range []bool{false, true} {
				got, err := ReadCSV(r(), "f.csv", em, Options{Concurrent: concurrent})
				if err != nil {
					t.Fatalf("%s, %s, concurrent %v: %v", name, how, concurrent, err)
				}
				if got.Rows != want.Rows || !equalProtocols(got.Protocols, want.Protocols) || !equalPrecincts(got.Precincts, want.Precincts) {
					t.Errorf("%s, %s, concurrent %v: not the UTF-8 file's table", name, how, concurrent)
				}
			}
		}
	}
}

// A byte or code unit the encoding lacks stops the reading with
// ErrEncoding, naming it and its line, however the file is read.
func TestEncodingErrors(t *testing.T) {
	text, m := cyrillicCSV(2)
	raw, _ := charmap.Windows1251.NewEncoder().String(text)
	nl := strings.IndexByte(raw, '\n') + 1
	bad1251 := raw[:nl] + strings.Replace(raw[nl:], "\xd3", "\x98", 1) // the "У" of line 2's "УИК"
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String(text)
	tests := []struct {
		name, enc, in, want string
		line                int
	}{
		{"a byte windows-1251 lacks", EncodingWindows1251, bad1251, "byte 0x98 is not a character of windows-1251", 2},
		{"the same, lines ending in CR alone", EncodingWindows1251, strings.ReplaceAll(bad1251, "\r\n", "\r"), "byte 0x98 is not a character of windows-1251", 2},
		{"half a surrogate pair", EncodingUTF16LE, u16[:10] + "\x00\xd8" + u16[10:], "the UTF-16 code unit D800 is half of a surrogate pair", 1},
		{"an odd number of bytes", EncodingUTF16LE, u16 + "1", "the file ends in the middle of a UTF-16 code unit", 4},
	}
	for _, tt := range tests {
		em := m
		em.Encoding = tt.enc
		for how, r := range map[string]io.Reader{
			"stream": strings.NewReader(tt.in), "memory": NewBytesReader([]byte(tt.in)),
			"a byte at a time": iotest.OneByteReader(strings.NewReader(tt.in)),
		} {
			_, err := ReadCSV(r, "f.csv", em, Options{Concurrent: how != "a byte at a time", Lenient: true})
			var pe *ParseError
			if !errors.Is(err, ErrEncoding) || !errors.As(err, &pe) || pe.File != "f.csv" || pe.Line != tt.line || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%s, %s: err = %v, want ErrEncoding at f.csv:%d saying %q", tt.name, how, err, tt.line, tt.want)
			}
		}
	}
}

func TestMappingEncodingNames(t *testing.T) {
	for _, name := range []string{"", "utf-8", "UTF8", "windows-1251", "CP1251", " koi8-r ", "latin1", "utf-16le"} {
		m := mini()
		m.Encoding = name
		if err := m.Validate(); err != nil {
			t.Errorf("%q: %v", name, err)
		}
	}
	m := mini()
	m.Encoding = "ebcdic"
	if err := m.Validate(); !errors.Is(err, ErrMapping) || !strings.Contains(err.Error(), "encoding") {
		t.Errorf("ebcdic: err = %v, want ErrMapping naming encoding", err)
	}
}

// A file in Windows-1251 read without its encoding named says which
// encoding it looks like; a draft of its mapping names it, as a guess.
func TestEncodingGuessed(t *testing.T) {
	text, m := cyrillicCSV(20)
	for _, tt := range []struct {
		enc string
		cm  *charmap.Charmap
	}{{EncodingWindows1251, charmap.Windows1251}, {EncodingKOI8R, charmap.KOI8R}} {
		raw, _ := tt.cm.NewEncoder().String(text)
		_, err := ReadCSV(strings.NewReader(raw), "f.csv", m, Options{})
		if !errors.Is(err, ErrMissingHeader) || !strings.Contains(err.Error(), `"encoding": "`+tt.enc+`"`) {
			t.Errorf("%s without its encoding: err = %v, want the encoding named", tt.enc, err)
		}
		d, err := DraftMapping(strings.NewReader(raw), "f.csv")
		if err != nil {
			t.Fatal(err)
		}
		if d.Mapping.Encoding != tt.enc || !strings.Contains(strings.Join(d.Mapping.Guesses, "\n"), tt.enc) {
			t.Errorf("%s: draft encoding %q, guesses %q", tt.enc, d.Mapping.Encoding, d.Mapping.Guesses)
		}
		if _, ok := d.Mapping.Lines[election.Valid]; !ok {
			t.Errorf("%s: the draft did not read the headers: %+v", tt.enc, d.Mapping.Lines)
		}
	}
}

// FuzzDecodeReader: a stream decoded a piece at a time gives what the
// whole bytes decoded at once give, error or not.
func FuzzDecodeReader(f *testing.F) {
	f.Add([]byte("Участок\n\x98"), uint8(1), uint8(3))
	f.Add([]byte("\x00\xd8\x00\xdc\n\x00"), uint8(5), uint8(1))
	encs := []string{EncodingWindows1251, EncodingWindows1252, EncodingKOI8R, EncodingLatin1, EncodingUTF16LE, EncodingUTF16BE}
	f.Fuzz(func(t *testing.T, b []byte, enc, step uint8) {
		e := encs[int(enc)%len(encs)]
		want, werr := decodeAll("f", e, b)
		var r io.Reader = bytes.NewReader(b)
		if step%2 == 1 {
			r = iotest.OneByteReader(r)
		}
		got, gerr := io.ReadAll(newDecodeReader(r, "f", e))
		if (werr == nil) != (gerr == nil) || (werr != nil && werr.Error() != gerr.Error()) {
			t.Fatalf("%s: errors %v and %v", e, werr, gerr)
		}
		if werr == nil && !bytes.Equal(got, want) {
			t.Fatalf("%s: %q and %q", e, got, want)
		}
		if werr == nil && !utf8.Valid(got) {
			t.Fatalf("%s: not UTF-8: %q", e, got)
		}
	})
}

// A header in capitals (where the case of the letters says nothing of the
// code page) is named by the encoding under which the mapping's headers
// are in it; a UTF-8 file whose mapping names a single-byte code page is
// refused, not read as gibberish.
func TestEncodingOfCapitals(t *testing.T) {
	text := "УЧАСТОК;НЕДЕЙСТВИТЕЛЬНЫЕ;ДЕЙСТВИТЕЛЬНЫЕ;ЁЛКА\r\nУИК 1;1;10;10\r\nУИК 2;0;20;20\r\n"
	m := Mapping{Precinct: Column{Header: "УЧАСТОК"}, Ballot: "list", Delimiter: ";",
		Lines: map[election.Line]Column{election.Invalid: {Header: "НЕДЕЙСТВИТЕЛЬНЫЕ"}, election.Valid: {Header: "ДЕЙСТВИТЕЛЬНЫЕ"}},
		Votes: map[string]Column{"elka": {Header: "ЁЛКА"}}}
	raw, err := charmap.Windows1251.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ReadCSV(strings.NewReader(raw), "f.csv", m, Options{}); err == nil || !strings.Contains(err.Error(), `"encoding": "windows-1251"`) {
		t.Errorf("capitals in Windows-1251: %v, want windows-1251 named", err)
	}
	m.Encoding = EncodingWindows1251
	for _, r := range []io.Reader{strings.NewReader(text), NewBytesReader([]byte(text))} {
		_, err := ReadCSV(r, "f.csv", m, Options{})
		if !errors.Is(err, ErrEncoding) || !strings.Contains(err.Error(), `reads as UTF-8 text, but its mapping says "windows-1251"`) {
			t.Errorf("a UTF-8 file read as windows-1251: %v", err)
		}
	}
}

// Files in the code pages of Greek, Hebrew and Central European
// commissions are read with "encoding" named: the same protocols as the
// file in UTF-8.
func TestReadGreekHebrewCentralEuropean(t *testing.T) {
	for enc, c := range map[string]struct {
		cm   *charmap.Charmap
		text string
	}{
		EncodingWindows1253: {charmap.Windows1253, "Περιφέρεια,ΝΑΙ,ΟΧΙ\nΈβρου,38204,46234\n"},
		EncodingWindows1255: {charmap.Windows1255, "קלפי,אמת,מחל\nאבירים,47,31\n"},
		EncodingWindows1250: {charmap.Windows1250, "Okrsek,Občanská,Křesťanská\nŽďár,120,75\n"},
	} {
		b, err := c.cm.NewEncoder().Bytes([]byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		header := strings.Split(strings.SplitN(c.text, "\n", 2)[0], ",")
		m := Mapping{Precinct: Column{Header: header[0]}, Ballot: "list", Encoding: enc,
			Votes: map[string]Column{"a": {Header: header[1]}, "b": {Header: header[2]}}}
		tab, err := ReadCSV(bytes.NewReader(b), "f.csv", m, Options{})
		if err != nil {
			t.Fatalf("%s: %v", enc, err)
		}
		m.Encoding = ""
		want, err := ReadCSV(strings.NewReader(c.text), "f.csv", m, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(tab.Protocols, want.Protocols) || !reflect.DeepEqual(tab.Precincts, want.Precincts) {
			t.Errorf("%s: %+v, want %+v", enc, tab.Protocols, want.Protocols)
		}
	}
}
