package ingest

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/shailoo/shailoo/election"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// frenchCSV is a file of Elections Canada's kind, its names in French
// (the bilingual columns of the Yukon's 1997 poll-by-poll results).
func frenchCSV() (string, Mapping) {
	text := "poll_number\tevent_french_name\tpoll_valid_vote_count\tcand_1_poll_vote\r\n" +
		"1\tTrente-sixième élection générale 1997\t90\t90\r\n" +
		"2\tTrente-sixième élection générale 1997\t80\t80\r\n"
	return text, Mapping{
		Precinct:  Column{Header: "poll_number"},
		Region:    &Column{Header: "event_french_name"},
		Ballot:    "list",
		Lines:     map[election.Line]Column{election.Valid: {Header: "poll_valid_vote_count"}},
		Votes:     map[string]Column{"a": {Header: "cand_1_poll_vote"}},
		Delimiter: "\t",
	}
}

func encode(t *testing.T, cm *charmap.Charmap, text string) string {
	t.Helper()
	raw, err := cm.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// Each code page's text is named by its own code page: what the others
// make of its bytes are words of mixed scripts (Latin accented letters
// read as Cyrillic ones), of accented letters with no ASCII letter beside
// them, or of capitals after small letters.
func TestGuessEncoding(t *testing.T) {
	tests := []struct {
		name, text string
		cm         *charmap.Charmap
		want       string
	}{
		{"French in Windows-1252", "Trente-sixième élection générale 1997", charmap.Windows1252, EncodingWindows1252},
		{"German in Windows-1252", "Wahlkreis Nördlingen, Gültige Stimmen, Größe", charmap.Windows1252, EncodingWindows1252},
		{"Russian in Windows-1251", "Число действительных бюллетеней", charmap.Windows1251, EncodingWindows1251},
		{"Russian in KOI8-R", "Число действительных бюллетеней", charmap.KOI8R, EncodingKOI8R},
		{"Russian capitals in Windows-1251", "ЧИСЛО ДЕЙСТВИТЕЛЬНЫХ БЮЛЛЕТЕНЕЙ", charmap.Windows1251, EncodingWindows1251},
		{"Russian capitals in KOI8-R", "ЧИСЛО ДЕЙСТВИТЕЛЬНЫХ БЮЛЛЕТЕНЕЙ", charmap.KOI8R, EncodingKOI8R},
		{"Russian small letters in KOI8-R", "число действительных бюллетеней", charmap.KOI8R, EncodingKOI8R},
		{"Kyrgyz in Windows-1251 (no Ү, Ө, Ң: the words of the 1251 range)", "Шайлоочулардын саны", charmap.Windows1251, EncodingWindows1251},
	}
	for _, tt := range tests {
		if got := guessEncoding([]byte(encode(t, tt.cm, tt.text))); got != tt.want {
			t.Errorf("%s: guessEncoding = %s, want %s", tt.name, got, tt.want)
		}
	}
	if got := guessEncoding([]byte("ascii only")); got != EncodingWindows1252 {
		t.Errorf("ASCII: %s, want windows-1252", got)
	}
}

// A Windows-1252 file read without its encoding named says it looks
// windows-1252, not windows-1251, and a draft of its mapping names
// windows-1252.
func TestEncodingGuessedLatin(t *testing.T) {
	text, m := frenchCSV()
	raw := encode(t, charmap.Windows1252, text)
	_, err := ReadCSV(strings.NewReader(raw), "ca.txt", m, Options{})
	if !errors.Is(err, ErrBadValue) || !strings.Contains(err.Error(), `"encoding": "windows-1252"`) {
		t.Errorf("err = %v, want windows-1252 named", err)
	}
	d, err := DraftMapping(strings.NewReader(raw), "ca.txt")
	if err != nil {
		t.Fatal(err)
	}
	if d.Mapping.Encoding != EncodingWindows1252 {
		t.Errorf("draft encoding %q, want windows-1252", d.Mapping.Encoding)
	}
}

// A file read in a code page whose text has a word no language spells
// so, in a line that reads better in another code page, is said
// (Table.Garbled, Counts.Garbled, EncodingNote), with that code page: a
// Windows-1252 file read as Windows-1251 (Latin and Cyrillic letters in a
// word), a Windows-1251 file read as Windows-1252 (accented letters
// alone) or as KOI8-R, and a KOI8-R file read as Windows-1251 (a capital
// after a small letter). A Latin letter typed among Cyrillic ones (the
// real 2011 Duma file has "Cоветская") is a matter of the text, said of no
// encoding; a file read in its own code page is not said either.
func TestGarbledText(t *testing.T) {
	french, fm := frenchCSV()
	cyr, cm := cyrillicCSV(3)
	byNumber := Mapping{Precinct: Column{Index: 1}, Region: &Column{Index: 2}, Ballot: "list", Delimiter: ";",
		Lines: map[election.Line]Column{election.Invalid: {Index: 3}, election.Valid: {Index: 4}},
		Votes: map[string]Column{"elka": {Index: 5}}}
	typed := strings.Replace(cyr, "УИК 2", "УИK 2", 1) // a Latin K
	alone := strings.Replace(cyr, "УИК 2;Чуйская область", "2;Cоветская", 1)
	tests := []struct {
		name     string
		raw      string
		m        Mapping
		enc      string
		line     int
		word     string
		guess    string
		noteSays string
	}{
		{"Windows-1252 read as Windows-1251", encode(t, charmap.Windows1252, french), fm, EncodingWindows1251, 2, "sixiиme", EncodingWindows1252, `the file is in windows-1252 ("encoding": "windows-1252")`},
		{"a Latin K typed in a Cyrillic ID", encode(t, charmap.Windows1251, typed), cm, EncodingWindows1251, 0, "", "", ""},
		{"a Latin C typed in a word alone on its line", encode(t, charmap.Windows1251, alone), cm, EncodingWindows1251, 0, "", "", ""},
		{"Windows-1251 read as Windows-1251", encode(t, charmap.Windows1251, cyr), cm, EncodingWindows1251, 0, "", "", ""},
		{"KOI8-R read as KOI8-R", encode(t, charmap.KOI8R, cyr), cm, EncodingKOI8R, 0, "", "", ""},
		{"Windows-1251 read as Windows-1252", encode(t, charmap.Windows1251, cyr), byNumber, EncodingWindows1252, 1, "àñòîê", EncodingWindows1251, `the file is in windows-1251`},
		{"Windows-1251 read as KOI8-R", encode(t, charmap.Windows1251, cyr), byNumber, EncodingKOI8R, 1, "", EncodingWindows1251, `the file is in windows-1251`},
		{"KOI8-R read as Windows-1251", encode(t, charmap.KOI8R, cyr), byNumber, EncodingWindows1251, 1, "", EncodingKOI8R, `the file is in koi8-r`},
		{"Windows-1252 read as Windows-1252", encode(t, charmap.Windows1252, french), fm, EncodingWindows1252, 0, "", "", ""},
	}
	for _, tt := range tests {
		m := tt.m
		m.Encoding = tt.enc
		for how, r := range map[string]func() io.Reader{
			"stream":           func() io.Reader { return strings.NewReader(tt.raw) },
			"memory":           func() io.Reader { return NewBytesReader([]byte(tt.raw)) },
			"a byte at a time": func() io.Reader { return iotest.OneByteReader(strings.NewReader(tt.raw)) },
		} {
			tab, err := ReadCSV(r(), "f.csv", m, Options{Lenient: true})
			if err != nil {
				t.Fatalf("%s, %s: %v", tt.name, how, err)
			}
			var c Counts
			if _, err := Scan(r(), "f.csv", m, Options{Counts: &c, Concurrent: true}, func(int, *election.Protocol, election.Precinct) error { return nil }); err != nil {
				t.Fatalf("%s, %s: Scan: %v", tt.name, how, err)
			}
			for reader, g := range map[string]*Garbled{"ReadCSV": tab.Garbled, "Scan": c.Garbled} {
				if tt.line == 0 {
					if g != nil {
						t.Errorf("%s, %s, %s: Garbled = %+v, want nil", tt.name, how, reader, g)
					}
					continue
				}
				if g == nil || g.File != "f.csv" || g.Line != tt.line || g.Word == "" || tt.word != "" && g.Word != tt.word || g.Encoding != tt.enc || g.Guess != tt.guess {
					t.Errorf("%s, %s, %s: Garbled = %+v, want line %d, word %q, guess %s", tt.name, how, reader, g, tt.line, tt.word, tt.guess)
					continue
				}
				if n := EncodingNote(g); !strings.Contains(n, "f.csv: read as "+tt.enc) || !strings.Contains(n, tt.noteSays) {
					t.Errorf("%s: note %q, want it to say %q", tt.name, n, tt.noteSays)
				}
			}
		}
	}
	if EncodingNote(nil) != "" {
		t.Error("EncodingNote(nil) is not empty")
	}
}

// A file that its mapping says is UTF-16, without a byte-order mark, and
// that does not read as UTF-16 is an error saying so and naming the
// encoding it looks like, in a few lines: not a header of CJK characters
// that names no column.
func TestNotUTF16(t *testing.T) {
	text, m := cyrillicCSV(200)
	be, err := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	short, _ := cyrillicCSV(3) // read whole by the check
	if len(short)%2 == 0 {
		short += "1"
	}
	tests := []struct {
		name, raw, enc, want string
	}{
		{"UTF-8 read as UTF-16LE", text, EncodingUTF16LE, `it reads as UTF-8: leave out "encoding"`},
		{"UTF-8 read as UTF-16BE, an odd number of bytes", short, EncodingUTF16BE, "an odd number of bytes"},
		{"Windows-1251 read as UTF-16LE", encode(t, charmap.Windows1251, text), EncodingUTF16LE, `it looks windows-1251; name the file's encoding in the mapping, "encoding": "windows-1251"`},
		{"UTF-16BE read as UTF-16LE", be, EncodingUTF16LE, `it looks utf-16be: "encoding": "utf-16be"`},
	}
	for _, tt := range tests {
		em := m
		em.Encoding = tt.enc
		for how, r := range map[string]io.Reader{"stream": strings.NewReader(tt.raw), "memory": NewBytesReader([]byte(tt.raw))} {
			_, err := ReadCSV(r, "f.csv", em, Options{})
			var pe *ParseError
			if !errors.Is(err, ErrEncoding) || !errors.As(err, &pe) || pe.File != "f.csv" || pe.Field != "encoding" ||
				!strings.Contains(err.Error(), "does not read as UTF-16") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%s, %s: err = %v, want ErrEncoding saying %q", tt.name, how, err, tt.want)
				continue
			}
			if len(err.Error()) > 600 {
				t.Errorf("%s, %s: an error of %d bytes", tt.name, how, len(err.Error()))
			}
		}
	}
}

// FuzzGarbledInPieces: the garbled word a decoder finds, and the code
// page its line looks like, are the same whether the text is decoded
// whole or a piece at a time, wherever the pieces cut it.
func FuzzGarbledInPieces(f *testing.F) {
	french, _ := frenchCSV()
	f.Add([]byte(encodeString(charmap.Windows1252, strings.Repeat("poll;name;1\r\n", 40)+french)), uint8(1), uint16(7))
	f.Add([]byte(encodeString(charmap.Windows1251, "Участок;Число\r\n1;2\r\n")), uint8(0), uint16(3))
	f.Add([]byte(encodeString(charmap.KOI8R, "Участок;Число\r\n1;2\r\n")), uint8(1), uint16(1))
	encs := []string{EncodingWindows1251, EncodingWindows1252, EncodingKOI8R, EncodingLatin1, EncodingWindows1254, EncodingWindows1256, EncodingWindows1257}
	f.Fuzz(func(t *testing.T, b []byte, enc uint8, step uint16) {
		e := encs[int(enc)%len(encs)]
		whole := newDecoder(e)
		if _, err := whole.all("f", b); err != nil {
			return
		}
		pieces := newDecoder(e)
		n := max(1, int(step))
		var dst []byte
		for i := 0; i < len(b); i += n {
			j := min(len(b), i+n)
			var err error
			if dst, _, err = pieces.decode(dst[:0], b[i:j], j == len(b)); err != nil {
				t.Fatal(err)
			}
		}
		if len(b) == 0 {
			pieces.decode(nil, nil, true)
		}
		if (whole.bad == nil) != (pieces.bad == nil) || whole.bad != nil && *whole.bad != *pieces.bad || whole.typed != pieces.typed {
			t.Fatalf("%s, pieces of %d: whole %+v (%d typed), in pieces %+v (%d typed)", e, n, whole.bad, whole.typed, pieces.bad, pieces.typed)
		}
	})
}

func encodeString(cm *charmap.Charmap, s string) string {
	raw, err := cm.NewEncoder().String(s)
	if err != nil {
		panic(err)
	}
	return raw
}

// Real files saved in the code page of their language are guessed so,
// and their draft reads them back: Greece's referendum of 2015 in
// Windows-1253 (guessed Windows-1251 before, its names garbled: "Εβρου"
// read "Евсот"), Israel's Knesset of 2021 in Windows-1255 and Poland's
// Sejm of 2023 in Windows-1250 (guessed Windows-1252: "głosów" read
// "g³osów"), Croatia's local elections of 2025 in Windows-1250 (guessed
// Windows-1252: "birača" read "biraèa"), Turkey's parties by ilçe in
// Windows-1254 and Lithuania's Seimas in Windows-1257, each cut's bytes
// re-encoded, no figure changed.
func TestGuessEncodingOtherScripts(t *testing.T) {
	cases := []struct {
		file string
		cm   *charmap.Charmap
		want string
		name string // a header or cell of the file, in UTF-8, that the draft reads right
	}{
		{"gr-ref2015-districts.tsv", charmap.Windows1253, EncodingWindows1253, "Δεν εγκρίνεται / ΟΧΙ"},
		{"il-knesset2021-kalpi.csv", charmap.Windows1255, EncodingWindows1255, "כשרים"},
		{"pl-sejm2023-gminy.csv", charmap.Windows1250, EncodingWindows1250, "Liczba wyborców uprawnionych do głosowania"},
		// (Croatian read in Windows-1252 reads as Latin words too,
		// "biraèa", "listiæi": but è and æ between two vowels are no
		// French or Danish, and č and ć there are Croatian.)
		{"hr-lok2025-bedenica-nacelnik.csv", charmap.Windows1250, EncodingWindows1250, "Glasovalo birača (po listićima)"},
		// Turkey's parties by ilçe in Windows-1254 (guessed Windows-1252
		// before: "İYİ Parti" read "ÝYÝ Parti", "BĞMSZ" drafted "BÐMSZ")
		// and in ISO-8859-9, which Windows-1254 reads alike; Lithuania's
		// Seimas in Windows-1257 (guessed Windows-1250: "DEGUTIENĖ" read
		// "DEGUTIENË").
		{"tr2023-ilce-partiler.csv", charmap.Windows1254, EncodingWindows1254, `"İYİ Parti": "iyi-parti"`},
		{"tr2023-ilce-partiler.csv", charmap.ISO8859_9, EncodingWindows1254, `"BĞMSZ": "bgmsz"`},
		{"lt-seimas2012-vienmand-long.csv", charmap.Windows1257, EncodingWindows1257, "Irena DEGUTIENĖ"},
	}
	for _, c := range cases {
		t.Run(c.file+"/"+c.want, func(t *testing.T) {
			b, err := io.ReadAll(mustOpen(t, "../testdata/ingest/real/"+c.file))
			if err != nil {
				t.Fatal(err)
			}
			raw := encode(t, c.cm, string(b))
			if got := guessEncoding([]byte(raw)); got != c.want {
				t.Fatalf("guessEncoding = %s, want %s", got, c.want)
			}
			d, err := DraftMapping(strings.NewReader(raw), c.file)
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			j, _ := d.JSON()
			if m.Encoding != c.want || !strings.Contains(string(j), c.name) {
				t.Errorf("encoding %q, want %q and %q read right\n%s", m.Encoding, c.want, c.name, j)
			}
			if _, err := ReadCSV(strings.NewReader(raw), c.file, m, Options{}); err != nil {
				t.Errorf("the draft does not read its own file: %v", err)
			}
		})
	}
	// And the Cyrillic code pages stay theirs, capitals and all.
	for _, cm := range []*charmap.Charmap{charmap.Windows1251, charmap.KOI8R} {
		for _, text := range []string{"Число действительных бюллетеней", "ЧИСЛО ДЕЙСТВИТЕЛЬНЫХ БЮЛЛЕТЕНЕЙ", "число избирателей", "Шайлоочулардын саны", "Против всех"} {
			want := EncodingWindows1251
			if cm == charmap.KOI8R {
				want = EncodingKOI8R
			}
			if got := guessEncoding([]byte(encode(t, cm, text))); got != want {
				t.Errorf("%q in %s: guessEncoding = %s", text, want, got)
			}
		}
	}
}

// A file in UTF-16 without its byte-order mark (a spreadsheet's "Unicode
// text" saved so) is drafted in UTF-16, little- or big-endian by where its
// NUL bytes stand, and the draft reads it back; read as UTF-8, its NULs
// made every row one cell short of the header.
func TestDraftUTF16WithoutMark(t *testing.T) {
	b, err := io.ReadAll(mustOpen(t, "../testdata/ingest/real/hr-lok2025-bedenica-nacelnik.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		enc  string
		end  unicode.Endianness
		name string
	}{{EncodingUTF16LE, unicode.LittleEndian, "le"}, {EncodingUTF16BE, unicode.BigEndian, "be"}} {
		t.Run(c.name, func(t *testing.T) {
			raw, err := unicode.UTF16(c.end, unicode.IgnoreBOM).NewEncoder().String(string(b))
			if err != nil {
				t.Fatal(err)
			}
			d, err := DraftMapping(strings.NewReader(raw), "hr.csv")
			if err != nil {
				t.Fatal(err)
			}
			m := readBack(t, d)
			if m.Encoding != c.enc || m.Lines[election.Voters].Header != "Ukupno birača" {
				t.Errorf("encoding %q, voters %v", m.Encoding, m.Lines[election.Voters])
			}
			if _, err := ReadCSV(strings.NewReader(raw), "hr.csv", m, Options{}); err != nil {
				t.Errorf("the draft does not read its own file: %v", err)
			}
		})
	}
}

// A Croatian file in Windows-1250 mapped by its UTF-8 names, without its
// encoding: the error says it looks windows-1250, by the headers the
// mapping names that are not ASCII ("Ukupno birača"), not windows-1251,
// which the ASCII ones ("Rbr BM") read in as well as in any page.
func TestHeaderEncodingCentralEuropean(t *testing.T) {
	data := encode(t, charmap.Windows1250, string(readReal(t, "hr-lok2025-bedenica-nacelnik.csv")))
	m := Mapping{Delimiter: ";", Precinct: Column{Header: "Rbr BM"}, Ballot: "okrug", OkrugID: "BEDENICA",
		Lines: map[election.Line]Column{election.Voters: {Header: "Ukupno birača"}, election.Valid: {Header: "Važeći listići"}},
		Votes: map[string]Column{"cvrlja": {Header: "SLAVKO CVRLJA"}}}
	_, err := ReadCSV(strings.NewReader(data), "hr.csv", m, Options{})
	if err == nil || !strings.Contains(err.Error(), `it looks windows-1250; name the file's encoding in the mapping, "encoding": "windows-1250"`) {
		t.Errorf("%v; want the hint of windows-1250", err)
	}
	m.Encoding = EncodingWindows1250
	if tab, err := ReadCSV(strings.NewReader(data), "hr.csv", m, Options{}); err != nil || tab.Protocols[0].Lines[election.Voters] != 290 {
		t.Errorf("%v; want it read in windows-1250", err)
	}
}

// Slovakia's long file (2024) in Windows-1250, read by column numbers
// without its encoding: no header is matched to give the hint, so the
// first choice cell that is not UTF-8 gives it, the code page the one in
// which it reads as a choice the mapping names ("Korčok"), not the
// Windows-1252 in which "Kor\xe8ok" reads as a word too.
func TestCellEncodingByNumber(t *testing.T) {
	data := encode(t, charmap.Windows1250, string(readReal(t, "sk-prez2024-k2-tab03f.csv")))
	m, err := ReadMapping(strings.NewReader(`{"layout": "long", "precinct": {"columns": [{"column": 7}, {"column": 9}]}, "region": {"column": 6},
		"ballot": "okrug", "okrug_id": "Slovensko", "choice_column": {"column": 12}, "votes_column": {"column": 13},
		"choice_values": {"Korčok": "korcok", "Pellegrini": "pellegrini"}}`), "sk.json")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ReadCSV(strings.NewReader(data), "sk.csv", m, Options{})
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 2 || pe.Column != 12 || !errors.Is(err, ErrBadValue) ||
		!strings.Contains(err.Error(), `(the cell is not UTF-8: it looks windows-1250; name the file's encoding in the mapping, "encoding": "windows-1250")`) {
		t.Errorf("%v; want line 2, column 12, with the hint of windows-1250", err)
	}
	m.Encoding = EncodingWindows1250
	if tab, err := ReadCSV(strings.NewReader(data), "sk.csv", m, Options{}); err != nil || len(tab.Protocols) != 24 {
		t.Errorf("%v; want the 24 okrsky read in windows-1250", err)
	}
}
