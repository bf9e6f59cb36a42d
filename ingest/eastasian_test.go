package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Real cuts (testdata/ingest/real, UTF-8) saved in their countries'
// encodings: a Thai file in Windows-874 is read so, and a file in a
// multi-byte East Asian encoding is named (first) for what it is, never
// taken for a single-byte code page, whose reading garbles every name
// (Japan's 自由民主党 in Shift_JIS read in KOI8-R is "▌╘≈R√╞▌Е⌠}").
func TestEastAsianRealCuts(t *testing.T) {
	for _, c := range []struct {
		file string
		enc  encoding.Encoding
		want string // lookEncoding's code page, or its first multi-byte encoding
	}{
		{"th2026-constituency-head.csv", charmap.Windows874, EncodingWindows874},
		{"jp2026-hirei-hokkaido-head.csv", japanese.ShiftJIS, "SHIFT_JIS"},
		{"jp2026-hirei-hokkaido-head.csv", japanese.EUCJP, "EUC-JP"},
	} {
		utf, err := os.ReadFile("../testdata/ingest/real/" + c.file)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := c.enc.NewEncoder().Bytes(utf)
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		enc, multi := lookEncoding(raw)
		t.Logf("%s in %s: %q %q", c.file, c.want, enc, multi)
		if got := firstOf(enc, multi); got != c.want {
			t.Errorf("%s in %s: looks %q %q", c.file, c.want, enc, multi)
		}
	}
}

// Korean and Chinese text (no real cut of the repository has any) in
// their encodings: each is named first.
func TestEastAsianGuess(t *testing.T) {
	for _, c := range []struct {
		text string
		enc  encoding.Encoding
		want string
	}{
		{"시도명,구시군명,선거인수,투표수,더불어민주당 이재명,국민의힘 윤석열\n서울특별시,종로구,130000,100000,50000,45000\n부산광역시,해운대구,340000,260000,100000,150000\n", korean.EUCKR, "EUC-KR"},
		{"省份,城市,候选人,得票数\n北京市,东城区,张伟,100\n上海市,黄浦区,王芳,200\n广东省,广州市,李娜,300\n", simplifiedchinese.GBK, "GBK"},
		{"縣市,鄉鎮市區,候選人,得票數\n臺北市,松山區,王小明,100\n高雄市,鳳山區,陳美玲,200\n新北市,板橋區,林志強,300\n", traditionalchinese.Big5, "BIG5"},
	} {
		raw, err := c.enc.NewEncoder().Bytes([]byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		enc, multi := lookEncoding(raw)
		if got := firstOf(enc, multi); got != c.want {
			t.Errorf("%s: looks %q %q", c.want, enc, multi)
		}
	}
}

// Text of a single-byte code page, every real cut saved in each code page
// that has its letters, is never taken for a multi-byte encoding: the
// guess is guessEncoding's, or none where its words do not read.
func TestEastAsianNotSingleByte(t *testing.T) {
	files, err := filepath.Glob("../testdata/ingest/real/*")
	if err != nil {
		t.Fatal(err)
	}
	pages := []*charmap.Charmap{charmap.Windows1250, charmap.Windows1251, charmap.Windows1252, charmap.Windows1253, charmap.Windows1255,
		charmap.KOI8R, charmap.Windows1254, charmap.Windows1256, charmap.Windows1257, charmap.Windows874}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if isASCII(b) || strings.HasSuffix(f, ".md") {
			continue
		}
		for _, p := range pages {
			raw, err := p.NewEncoder().Bytes(b)
			if err != nil || isASCII(raw) {
				continue
			}
			if enc, multi := lookEncoding(raw); len(multi) > 0 || enc != "" && enc != guessEncoding(raw) {
				t.Errorf("%s in %s: looks %q %q", filepath.Base(f), p, enc, multi)
			} else if enc == "" {
				t.Logf("%s in %s: not known (guessEncoding: %s)", filepath.Base(f), p, guessEncoding(raw))
			}
		}
	}
}

func firstOf(enc string, multi []string) string {
	if len(multi) > 0 {
		return multi[0]
	}
	return enc
}
