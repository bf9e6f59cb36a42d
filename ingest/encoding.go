package ingest

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/shailoo/shailoo/internal/echo"
	"github.com/shailoo/shailoo/words"
)

// The encodings a mapping may name (Mapping.Encoding): commissions'
// files are often saved by spreadsheet programs in the system's code page
// (Windows-1251 on a Russian or Kyrgyz Windows, KOI8-R on old Unix
// systems, Windows-1252 in Western Europe and the Americas, Windows-1254
// in Turkey, Windows-1256 in the Arab countries, Windows-1257 in the
// Baltic states, Windows-874 in Thailand) or as
// "Unicode text" (UTF-16). A file in one of them is read as it is, with
// no conversion beforehand; its SHA-256 is that of its own bytes.
//
// A UTF-16 file that starts with its byte-order mark is read as UTF-16
// without a mapping naming it. No other encoding is guessed: a byte above
// 0x7F means a different letter in each code page. A byte the encoding
// does not define (0x98 in Windows-1251) stops the reading with
// ErrEncoding, naming the byte and its line.
const (
	EncodingUTF8        = "utf-8"
	EncodingWindows1251 = "windows-1251"
	EncodingWindows1252 = "windows-1252"
	EncodingKOI8R       = "koi8-r"
	EncodingLatin1      = "iso-8859-1"
	EncodingWindows1250 = "windows-1250" // Central European: Czech, Polish, Hungarian, Croatian...
	EncodingWindows1253 = "windows-1253" // Greek
	EncodingWindows1255 = "windows-1255" // Hebrew
	EncodingWindows1254 = "windows-1254" // Turkish
	EncodingLatin5      = "iso-8859-9"   // Turkish: Windows-1254's letters, with ISO-8859-1's C1 controls
	EncodingWindows1256 = "windows-1256" // Arabic
	EncodingWindows1257 = "windows-1257" // Baltic: Lithuanian, Latvian, Estonian
	EncodingWindows874  = "windows-874"  // Thai; TIS-620 and ISO-8859-11 are its letters
	EncodingUTF16LE     = "utf-16le"
	EncodingUTF16BE     = "utf-16be"
)

// encodingOf returns the encoding a mapping's "encoding" names ("" for
// UTF-8, the default), and whether the name is known.
func encodingOf(name string) (string, bool) {
	b := []byte(strings.TrimSpace(name))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	for _, e := range encodingNames {
		if string(b) == e[0] {
			return e[1], true
		}
	}
	return "", false
}

// encodingNames pairs each accepted spelling with its encoding.
var encodingNames = [...][2]string{
	{"", ""}, {"utf-8", ""}, {"utf8", ""},
	{"windows-1251", EncodingWindows1251}, {"cp1251", EncodingWindows1251},
	{"windows-1252", EncodingWindows1252}, {"cp1252", EncodingWindows1252},
	{"koi8-r", EncodingKOI8R}, {"koi8r", EncodingKOI8R},
	{"iso-8859-1", EncodingLatin1}, {"latin1", EncodingLatin1},
	{"windows-1250", EncodingWindows1250}, {"cp1250", EncodingWindows1250},
	{"windows-1253", EncodingWindows1253}, {"cp1253", EncodingWindows1253},
	{"windows-1255", EncodingWindows1255}, {"cp1255", EncodingWindows1255},
	{"windows-1254", EncodingWindows1254}, {"cp1254", EncodingWindows1254},
	{"iso-8859-9", EncodingLatin5}, {"latin5", EncodingLatin5},
	{"windows-1256", EncodingWindows1256}, {"cp1256", EncodingWindows1256},
	{"windows-1257", EncodingWindows1257}, {"cp1257", EncodingWindows1257},
	{"windows-874", EncodingWindows874}, {"cp874", EncodingWindows874}, {"tis-620", EncodingWindows874}, {"iso-8859-11", EncodingWindows874},
	{"utf-16le", EncodingUTF16LE}, {"utf-16be", EncodingUTF16BE},
}

// bad marks a byte a code page does not define.
const bad = utf8.RuneError

// The code pages as Unicode publishes them (unicode.org/Public/MAPPINGS/
// VENDORS/MICSFT and RFC 1489), from byte 0x80 up to where the rest
// follows a rule (upperHalf); TestCodePages checks them against
// golang.org/x/text.
var (
	// 0xC0-0xFF: А-я, U+0410-U+044F.
	windows1251 = [64]uint16{
		0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
		0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, bad, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
		0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
		0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
	}
	// 0xA0-0xFF: as ISO-8859-1, U+00A0-U+00FF.
	windows1252 = [32]uint16{
		0x20AC, bad, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, bad, 0x017D, bad,
		bad, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, bad, 0x017E, 0x0178,
	}
	windows1250 = [128]uint16{
		0x20AC, bad, 0x201A, bad, 0x201E, 0x2026, 0x2020, 0x2021, bad, 0x2030, 0x0160, 0x2039, 0x015A, 0x0164, 0x017D, 0x0179,
		bad, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, bad, 0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A,
		0x00A0, 0x02C7, 0x02D8, 0x0141, 0x00A4, 0x0104, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B,
		0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E, 0x017C,
		0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7, 0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E,
		0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7, 0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF,
		0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, 0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F,
		0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7, 0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
	}
	windows1253 = [128]uint16{
		0x20AC, bad, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, bad, 0x2030, bad, 0x2039, bad, bad, bad, bad,
		bad, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, bad, 0x2122, bad, 0x203A, bad, bad, bad, bad,
		0x00A0, 0x0385, 0x0386, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, bad, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x2015,
		0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x0384, 0x00B5, 0x00B6, 0x00B7, 0x0388, 0x0389, 0x038A, 0x00BB, 0x038C, 0x00BD, 0x038E, 0x038F,
		0x0390, 0x0391, 0x0392, 0x0393, 0x0394, 0x0395, 0x0396, 0x0397, 0x0398, 0x0399, 0x039A, 0x039B, 0x039C, 0x039D, 0x039E, 0x039F,
		0x03A0, 0x03A1, bad, 0x03A3, 0x03A4, 0x03A5, 0x03A6, 0x03A7, 0x03A8, 0x03A9, 0x03AA, 0x03AB, 0x03AC, 0x03AD, 0x03AE, 0x03AF,
		0x03B0, 0x03B1, 0x03B2, 0x03B3, 0x03B4, 0x03B5, 0x03B6, 0x03B7, 0x03B8, 0x03B9, 0x03BA, 0x03BB, 0x03BC, 0x03BD, 0x03BE, 0x03BF,
		0x03C0, 0x03C1, 0x03C2, 0x03C3, 0x03C4, 0x03C5, 0x03C6, 0x03C7, 0x03C8, 0x03C9, 0x03CA, 0x03CB, 0x03CC, 0x03CD, 0x03CE, bad,
	}
	windows1255 = [128]uint16{
		0x20AC, bad, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, bad, 0x2039, bad, bad, bad, bad,
		bad, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, bad, 0x203A, bad, bad, bad, bad,
		0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x20AA, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00D7, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
		0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00F7, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
		0x05B0, 0x05B1, 0x05B2, 0x05B3, 0x05B4, 0x05B5, 0x05B6, 0x05B7, 0x05B8, 0x05B9, 0x05BA, 0x05BB, 0x05BC, 0x05BD, 0x05BE, 0x05BF,
		0x05C0, 0x05C1, 0x05C2, 0x05C3, 0x05F0, 0x05F1, 0x05F2, 0x05F3, 0x05F4, bad, bad, bad, bad, bad, bad, bad,
		0x05D0, 0x05D1, 0x05D2, 0x05D3, 0x05D4, 0x05D5, 0x05D6, 0x05D7, 0x05D8, 0x05D9, 0x05DA, 0x05DB, 0x05DC, 0x05DD, 0x05DE, 0x05DF,
		0x05E0, 0x05E1, 0x05E2, 0x05E3, 0x05E4, 0x05E5, 0x05E6, 0x05E7, 0x05E8, 0x05E9, 0x05EA, bad, bad, 0x200E, 0x200F, bad,
	}
	// Windows-1252 but for Turkish Ğ İ Ş ğ ı ş where Icelandic has Ð Ý Þ
	// ð ý þ, and no Ž ž; its 0xA0-0xFF are ISO-8859-9's (EncodingLatin5).
	windows1254 = [128]uint16{
		0x20AC, bad, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, bad, bad, bad,
		bad, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, bad, bad, 0x0178,
		0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
		0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
		0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
		0x011E, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x0130, 0x015E, 0x00DF,
		0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
		0x011F, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x0131, 0x015F, 0x00FF,
	}
	// Arabic letters (Persian and Urdu ones among them) and the French
	// letters of Maghreb files.
	windows1256 = [128]uint16{
		0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688,
		0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x06A9, 0x2122, 0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA,
		0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
		0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F,
		0x06C1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627, 0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
		0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7, 0x0637, 0x0638, 0x0639, 0x063A, 0x0640, 0x0641, 0x0642, 0x0643,
		0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF,
		0x064B, 0x064C, 0x064D, 0x064E, 0x00F4, 0x064F, 0x0650, 0x00F7, 0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2,
	}
	// Lithuanian, Latvian and Estonian letters, and Nordic and German ones.
	windows1257 = [128]uint16{
		0x20AC, bad, 0x201A, bad, 0x201E, 0x2026, 0x2020, 0x2021, bad, 0x2030, bad, 0x2039, bad, 0x00A8, 0x02C7, 0x00B8,
		bad, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, bad, 0x2122, bad, 0x203A, bad, 0x00AF, 0x02DB, bad,
		0x00A0, bad, 0x00A2, 0x00A3, 0x00A4, bad, 0x00A6, 0x00A7, 0x00D8, 0x00A9, 0x0156, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00C6,
		0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00F8, 0x00B9, 0x0157, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00E6,
		0x0104, 0x012E, 0x0100, 0x0106, 0x00C4, 0x00C5, 0x0118, 0x0112, 0x010C, 0x00C9, 0x0179, 0x0116, 0x0122, 0x0136, 0x012A, 0x013B,
		0x0160, 0x0143, 0x0145, 0x00D3, 0x014C, 0x00D5, 0x00D6, 0x00D7, 0x0172, 0x0141, 0x015A, 0x016A, 0x00DC, 0x017B, 0x017D, 0x00DF,
		0x0105, 0x012F, 0x0101, 0x0107, 0x00E4, 0x00E5, 0x0119, 0x0113, 0x010D, 0x00E9, 0x017A, 0x0117, 0x0123, 0x0137, 0x012B, 0x013C,
		0x0161, 0x0144, 0x0146, 0x00F3, 0x014D, 0x00F5, 0x00F6, 0x00F7, 0x0173, 0x0142, 0x015B, 0x016B, 0x00FC, 0x017C, 0x017E, 0x02D9,
	}
	// Thai: TIS-620's letters (U+0E01-U+0E5B) from 0xA1 up.
	windows874 = [128]uint16{
		0x20AC, bad, bad, bad, bad, 0x2026, bad, bad, bad, bad, bad, bad, bad, bad, bad, bad,
		bad, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, bad, bad, bad, bad, bad, bad, bad, bad,
		0x00A0, 0x0E01, 0x0E02, 0x0E03, 0x0E04, 0x0E05, 0x0E06, 0x0E07, 0x0E08, 0x0E09, 0x0E0A, 0x0E0B, 0x0E0C, 0x0E0D, 0x0E0E, 0x0E0F,
		0x0E10, 0x0E11, 0x0E12, 0x0E13, 0x0E14, 0x0E15, 0x0E16, 0x0E17, 0x0E18, 0x0E19, 0x0E1A, 0x0E1B, 0x0E1C, 0x0E1D, 0x0E1E, 0x0E1F,
		0x0E20, 0x0E21, 0x0E22, 0x0E23, 0x0E24, 0x0E25, 0x0E26, 0x0E27, 0x0E28, 0x0E29, 0x0E2A, 0x0E2B, 0x0E2C, 0x0E2D, 0x0E2E, 0x0E2F,
		0x0E30, 0x0E31, 0x0E32, 0x0E33, 0x0E34, 0x0E35, 0x0E36, 0x0E37, 0x0E38, 0x0E39, 0x0E3A, bad, bad, bad, bad, 0x0E3F,
		0x0E40, 0x0E41, 0x0E42, 0x0E43, 0x0E44, 0x0E45, 0x0E46, 0x0E47, 0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C, 0x0E4D, 0x0E4E, 0x0E4F,
		0x0E50, 0x0E51, 0x0E52, 0x0E53, 0x0E54, 0x0E55, 0x0E56, 0x0E57, 0x0E58, 0x0E59, 0x0E5A, 0x0E5B, bad, bad, bad, bad,
	}
	koi8r = [128]uint16{
		0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590,
		0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248, 0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7,
		0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555, 0x2556, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,
		0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565, 0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9,
		0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433, 0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E,
		0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
		0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E,
		0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412, 0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
	}
)

// upperHalf returns the characters of bytes 0x80-0xFF in a single-byte
// encoding, or nil for UTF-16.
func upperHalf(enc string) *[128]rune {
	var page []uint16
	base := rune(0x80) // the character of each byte past page: base + byte - 0x80
	c1 := false        // bytes 0x80-0x9F are ISO-8859's C1 controls, U+0080-U+009F
	switch enc {
	case EncodingWindows1251:
		page, base = windows1251[:], 0x0410-0x40
	case EncodingWindows1252:
		page = windows1252[:]
	case EncodingKOI8R:
		page = koi8r[:]
	case EncodingWindows1250:
		page = windows1250[:]
	case EncodingWindows1253:
		page = windows1253[:]
	case EncodingWindows1255:
		page = windows1255[:]
	case EncodingWindows1254:
		page = windows1254[:]
	case EncodingLatin5:
		page, c1 = windows1254[:], true
	case EncodingWindows1256:
		page = windows1256[:]
	case EncodingWindows1257:
		page = windows1257[:]
	case EncodingWindows874:
		page = windows874[:]
	case EncodingLatin1:
	default:
		return nil
	}
	var t [128]rune
	for i := range t {
		if i < len(page) && !(c1 && i < 0x20) {
			t[i] = rune(page[i])
		} else {
			t[i] = base + rune(i)
		}
	}
	return &t
}

// EncodingNote returns the note (in English; words "note.garbled_text")
// that the text of a file read in a single-byte code page has a word that
// no language spells so, in a line whose bytes read better in another
// code page, or "" for g nil. A file in one code page read in another
// garbles every name silently (Windows-1252's accented letters are
// Cyrillic ones in Windows-1251), so the count says so, with the code
// page the line looks like.
func EncodingNote(g *Garbled) string {
	if g == nil {
		return ""
	}
	return words.Say("en", "note.garbled_text", words.Args{"file": g.File, "encoding": g.Encoding,
		"line": strconv.Itoa(g.Line), "word": echo.Quote(g.Word), "guess": g.Guess})
}

// decoder turns text of one encoding into UTF-8, a piece at a time.
type decoder struct {
	enc     string
	page    *[128]rune // a single-byte encoding's upper half; nil for UTF-16
	big     bool       // UTF-16 big-endian
	lines   int        // line ends decoded so far: LF, CR LF, or a CR alone
	cr      bool       // the last character decoded was a CR
	prev    letter     // what the last character decoded was, while looking (lookBytes)
	run     int        // accented Latin letters in a row, while looking
	bad     *Garbled   // the first garbled word, its line in another code page
	typed   int        // garbled words whose lines read best in this code page
	looked  int        // bytes decoded while looking for garbled words
	back    []byte     // while looking: the last guessBytes bytes of the line being decoded, before src
	pend    *pending   // a garbled word found, its line not yet whole
	guessed int        // the line of the last garbled word found
}

// pending is a garbled word whose line a decoder reads on: what decides
// is the bytes of the line, wherever a reader's pieces cut it.
type pending struct {
	line int    // the word's line
	raw  []byte // its line around it: guessBytes before it at most, then what follows
	at   int    // the byte of raw where it was found
}

// guessBytes is how many bytes of a garbled word's line, on either side
// of it, the guess of its code page reads.
const guessBytes = 256

// letter is what a character is, for the words a code page garbles
// (decodePage).
type letter uint8

const (
	other       letter = iota // not a letter
	latinASCII                // a-z, A-Z
	smallCyr                  // а-я
	capitalCyr                // А-Я
	accentLatin               // à, é, ß, Š...
)

// lookBytes is how much of a file in a single-byte code page a decoder
// reads looking for garbled words.
const lookBytes = 1 << 20

// maxTyped is the number of garbled words, their lines read best in the
// file's own code page, after which a decoder looks no more: a file in
// another code page shows it at its first letters outside ASCII, and a
// file of many names typed with a Latin letter among Cyrillic ones would
// have each of its lines guessed.
const maxTyped = 16

// Garbled says where the text of a file read in a single-byte code page
// first has a word that no language spells so, in a line whose bytes read
// better in another code page: what a file in that code page read in
// this one looks like. Such a word mixes Latin and Cyrillic letters
// (Windows-1252's "Trente-sixième" read in Windows-1251 is
// "Trente-sixiиme"), has three accented Latin letters in a row
// (Windows-1251's "Число" read in Windows-1252 is "×èñëî"), or a Cyrillic
// capital after a small letter (KOI8-R's "Число" read in Windows-1251 is
// "юЙУМП"). A word whose line reads best in the code page read in (a
// Latin letter typed among Cyrillic ones, "Cоветская") is a matter of the
// text, not of its encoding: not said.
type Garbled struct {
	File     string
	Line     int    // the 1-based line of the word
	Word     string // the word, as read
	Encoding string // the code page the file was read in
	Guess    string // the code page the bytes of the line look like (a guess)
}

// end counts a line end of c, an ASCII character.
func (d *decoder) end(c byte) {
	switch c {
	case '\n':
		if !d.cr {
			d.lines++
		}
		d.cr = false
	case '\r':
		d.lines++
		d.cr = true
	default:
		d.cr = false
	}
}

func newDecoder(enc string) *decoder {
	return &decoder{enc: enc, page: upperHalf(enc), big: enc == EncodingUTF16BE}
}

// decode appends src, decoded, to dst. It returns the bytes of src it
// took: all of them, but for the end of a UTF-16 code unit or surrogate
// pair that src cuts, unless final. A byte or code unit the encoding does
// not define is an error naming it and its line.
func (d *decoder) decode(dst, src []byte, final bool) ([]byte, int, error) {
	if d.page != nil {
		return d.decodePage(dst, src, final)
	}
	hi, lo := 1, 0 // the bytes of a code unit
	if d.big {
		hi, lo = 0, 1
	}
	i := 0
	for ; i+1 < len(src); i += 2 {
		u := rune(src[i+hi])<<8 | rune(src[i+lo])
		switch {
		case u < 0x80:
			d.end(byte(u))
			dst = append(dst, byte(u))
		case utf16.IsSurrogate(u):
			if i+3 >= len(src) && !final {
				return dst, i, nil // the pair's second half comes next
			}
			r := bad
			if u < 0xDC00 && i+3 < len(src) {
				r = utf16.DecodeRune(u, rune(src[i+2+hi])<<8|rune(src[i+2+lo]))
			}
			if r == bad {
				return dst, i, d.errorf("the UTF-16 code unit %04X is half of a surrogate pair", u)
			}
			d.cr = false
			dst = utf8.AppendRune(dst, r)
			i += 2
		default:
			d.cr = false
			dst = utf8.AppendRune(dst, u)
		}
	}
	if i < len(src) && final {
		return dst, i, d.errorf("the file ends in the middle of a UTF-16 code unit")
	}
	return dst, i, nil
}

// decodePage is decode for a single-byte encoding. In the first
// lookBytes of the file it looks for garbled words (Garbled): a Latin and
// a Cyrillic letter side by side, three accented Latin letters in a row,
// a Cyrillic capital after a small letter; after them it decodes alone: a
// file in another code page shows it in its first letters outside ASCII
// (the header, the first names), and the rest of a file of millions of
// rows is decoded at full speed. What it finds is the same however a
// reader cuts the file into pieces.
func (d *decoder) decodePage(dst, src []byte, final bool) ([]byte, int, error) {
	if d.pend != nil {
		d.collect(src, 0)
	}
	i := 0
	if d.bad == nil && d.typed < maxTyped && d.looked < lookBytes {
		end := min(len(src), lookBytes-d.looked)
		d.looked += end
		prev, run := d.prev, d.run
		for ; i < end; i++ {
			c := src[i]
			if c < 0x80 {
				if c <= '\r' || d.cr {
					d.end(c)
				}
				is := other
				if asciiLetter(c) {
					if prev == smallCyr || prev == capitalCyr {
						d.garbled(src, i)
					}
					is = latinASCII
				}
				prev, run = is, 0
				dst = append(dst, c)
				continue
			}
			r := d.page[c-0x80]
			if r == bad {
				return dst, i, d.errorf("byte 0x%02X is not a character of %s", c, d.enc)
			}
			d.cr = false
			switch {
			case 0x0400 <= r && r < 0x0500: // the code pages' Cyrillic letters
				is := smallCyr
				if r < 0x0430 || r >= 0x0460 && r%2 == 0 { // Ё-Я; Ґ (even) above ґ
					is = capitalCyr
				}
				if prev == latinASCII || prev == smallCyr && is == capitalCyr {
					d.garbled(src, i)
				}
				prev, run = is, 0
			case 0xC0 <= r && r < 0x0250 && r != 0xD7 && r != 0xF7: // Latin-1's letters, Š, Œ, Ž...
				if run++; run == 3 {
					d.garbled(src, i)
				}
				prev = accentLatin
			default:
				prev, run = other, 0
			}
			dst = utf8.AppendRune(dst, r)
		}
		d.prev, d.run = prev, run
		d.keepBack(src[:end])
	}
	for ; i < len(src); i++ {
		c := src[i]
		switch {
		case c < 0x80:
			if c <= '\r' || d.cr {
				d.end(c)
			}
			dst = append(dst, c)
		case d.page[c-0x80] == bad:
			return dst, i, d.errorf("byte 0x%02X is not a character of %s", c, d.enc)
		default:
			d.cr = false
			dst = utf8.AppendRune(dst, d.page[c-0x80])
		}
	}
	if final && d.pend != nil {
		d.resolve()
	}
	return dst, len(src), nil
}

// keepBack keeps the last guessBytes bytes of the line that src, looked
// through, ends in (d.back): a garbled word in the next piece has them
// before it.
func (d *decoder) keepBack(src []byte) {
	k := len(src)
	for k > 0 && len(src)-k < guessBytes && src[k-1] != '\n' && src[k-1] != '\r' {
		k--
	}
	switch {
	case k > 0 || len(src) >= guessBytes: // the line starts in src, or src holds enough of it
		d.back = append(d.back[:0], src[k:]...)
	default:
		b := append(d.back, src...)
		d.back = append(d.back[:0], b[max(0, len(b)-guessBytes):]...)
	}
}

func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// garbled notes the word of src[i], which its code page garbles: with
// guessBytes of its line before it, it waits for what follows (collect),
// unless one is found already or its line had one (a line is guessed
// once, whatever a reader's pieces make wait).
func (d *decoder) garbled(src []byte, i int) {
	if d.bad != nil || d.pend != nil || d.typed >= maxTyped || d.guessed == d.lines+1 {
		return
	}
	d.guessed = d.lines + 1
	k := i
	for k > 0 && i-k < guessBytes && src[k-1] != '\n' && src[k-1] != '\r' {
		k--
	}
	var raw []byte
	if k == 0 && i < guessBytes { // the line began in an earlier piece
		raw = append(raw, d.back[max(0, len(d.back)-(guessBytes-i)):]...)
	}
	raw = append(raw, src[k:i]...)
	d.pend = &pending{line: d.lines + 1, raw: raw, at: len(raw)}
	d.collect(src, i)
}

// collect adds src[from:] to the line of the word pending, up to the
// line's end or guessBytes after the word, and decides when it has them
// (decodePage decides at the file's end too).
func (d *decoder) collect(src []byte, from int) {
	p := d.pend
	for _, c := range src[from:] {
		if c == '\n' || c == '\r' || len(p.raw)-p.at >= guessBytes {
			d.resolve()
			return
		}
		p.raw = append(p.raw, c)
	}
}

// resolve decides the word pending: garbled when the bytes of its line
// look like another code page (d.bad), typed so otherwise (d.typed).
func (d *decoder) resolve() {
	p := d.pend
	d.pend = nil
	guess := guessEncoding(p.raw)
	if guess == d.enc || guess == EncodingWindows1252 && d.enc == EncodingLatin1 || guess == EncodingWindows1254 && d.enc == EncodingLatin5 {
		d.typed++
		return
	}
	isLetter := func(c byte) bool { return c < 0x80 && asciiLetter(c) || c >= 0x80 && unicode.IsLetter(d.page[c-0x80]) }
	from, to := p.at, p.at
	for from > 0 && isLetter(p.raw[from-1]) {
		from--
	}
	for to < len(p.raw) && isLetter(p.raw[to]) {
		to++
	}
	var w []byte
	for _, c := range p.raw[from:to] {
		r := rune(c)
		if c >= 0x80 {
			r = d.page[c-0x80]
		}
		w = utf8.AppendRune(w, r)
	}
	d.bad = &Garbled{Line: p.line, Word: string(w), Encoding: d.enc, Guess: guess}
}

// errorf is the error of the line being decoded: a *ParseError whose
// file the caller sets.
func (d *decoder) errorf(format string, a ...any) *ParseError {
	return &ParseError{Line: d.lines + 1, Err: fmt.Errorf("%w: %s", ErrEncoding, fmt.Sprintf(format, a...))}
}

// decodeAll returns b in UTF-8, or an error naming the file.
func decodeAll(file, enc string, b []byte) ([]byte, error) {
	return newDecoder(enc).all(file, b)
}

// all returns b decoded whole, or an error naming the file.
func (d *decoder) all(file string, b []byte) ([]byte, error) {
	out, _, err := d.decode(make([]byte, 0, len(b)+len(b)/2), b, true)
	if err != nil {
		return nil, inFile(err, file)
	}
	return out, nil
}

// inFile sets the file of a decoder's error.
func inFile(err error, file string) error {
	pe := err.(*ParseError)
	pe.File = file
	return pe
}

// decodeReader reads text of one encoding as UTF-8.
type decodeReader struct {
	r    io.Reader
	file string
	d    *decoder
	in   []byte // read, not yet decoded
	buf  []byte // decoded
	out  []byte // the part of buf not yet given
	err  error  // the reading's end or error, once in is decoded
}

func newDecodeReader(r io.Reader, file, enc string) *decodeReader {
	return newDecoder(enc).reader(r, file)
}

// reader reads text of d's encoding from r as UTF-8.
func (d *decoder) reader(r io.Reader, file string) *decodeReader {
	return &decodeReader{r: r, file: file, d: d, in: make([]byte, 0, 32<<10)}
}

func (r *decodeReader) Read(p []byte) (int, error) {
	if r == nil || r.r == nil || r.d == nil {
		return 0, io.EOF
	}
	for len(r.out) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		n, err := r.r.Read(r.in[len(r.in):cap(r.in)])
		r.in = r.in[:len(r.in)+n]
		final := err != nil
		buf, took, derr := r.d.decode(r.buf[:0], r.in, final)
		r.buf, r.out = buf, buf
		r.in = r.in[:copy(r.in, r.in[took:])]
		switch {
		case derr != nil:
			r.err = inFile(derr, r.file)
		case err != nil:
			r.err = err
		}
	}
	n := copy(p, r.out)
	r.out = r.out[n:]
	return n, nil
}

// guessEncoding names the single-byte encoding that text which is not
// UTF-8 most likely is, by what each code page makes of it. In the right
// one the letters outside ASCII sit in words of their own script and case:
// Cyrillic, Greek, Hebrew or Arabic letters among their own, accented Latin
// letters of one language beside ASCII letters, a word in lower case,
// capitalised or in capitals. Read in a wrong one, French "Trente-sixième"
// (Windows-1252) is "Trente-sixiиme" (Windows-1251: scripts mixed in a
// word), Russian "Число" (Windows-1251) is "×èñëî" in Windows-1252
// (accented letters with no ASCII one beside them) and "вХЯКН" in KOI8-R
// (capitals after a small letter), Greek "Περιφέρεια" (Windows-1253) is
// "РесйцЭсейб" in Windows-1251, Polish "głosów" (Windows-1250) is "g³osów"
// in Windows-1252 (a sign inside a word), Latvian "vēlēšanas"
// (Windows-1257) is "vçlçðanas" in Windows-1252 (letters of no one
// language: ç is French, ð Icelandic), Turkish "YEŞİL" (Windows-1254) is
// "YEÞÝL" in Windows-1252 (Icelandic letters where Icelandic has none: þ
// after a vowel, Ý inside a word; see icelandicOut). A Greek word has its
// final sigma (ς) last, a Hebrew word its final letters (ך ם ן ף ץ) last.
// Where words tell two code pages apart no more (text in capitals, or in
// small letters alone, Hebrew letters read as small Cyrillic ones), the one
// that reads more of the letters most frequent in its own language wins
// (Russian о е а и н т с р, Greek α ο ε ι τ ν σ η, Hebrew י ו ה א ל מ ר ת,
// Arabic ا ل ي م و ن); and of Latin code pages, Windows-1252 unless
// Windows-1250 reads better. Windows-1250, 1253 and 1255 are named only for
// text some of whose words read in them. Windows-1254, 1256 and 1257 are
// named only where their words read better than in Windows-1252 and in
// the code page named of those, a Latin word read only with its accented
// letters all of one language (French text reads in Windows-1254 and 1257
// as in Windows-1252: it stays Windows-1252), and every word in the same
// one (Albanian "KOSOVË" and "Deçan" read in Windows-1257 "KOSOVĖ",
// Lithuanian, and "Deēan", Latvian: a text of no one language there, as
// its frequent ë and ç are read as letters of two); between them, where their
// words read alike, the one that reads more of its languages' letters
// (Latvian "vēlēšanas" reads "vçlçğanas" in Windows-1254, letters Turkish
// has). The guess among the others is as it was before these three came:
// their words read as they did. A code page that lacks a byte of b is
// never named. Text without a letter outside
// ASCII is taken for Latin (Windows-1252). A guess, for a hint or a draft,
// never for a count.
func guessEncoding(b []byte) string {
	best, bestScore, bestFreq := EncodingWindows1252, math.MinInt, -1
	// western and central are Windows-1252's and 1250's readings: score,
	// strict and one (wordScore's), central's one math.MinInt where
	// Windows-1250 lacks a byte
	western, central := [3]int{}, [3]int{0, 0, math.MinInt}
	// bar is the score of the code page named so far, and of
	// Windows-1252, letters of one language counted
	bar, bestStrict := math.MinInt, math.MinInt
	for k, enc := range [...]string{EncodingWindows1252, EncodingWindows1251, EncodingKOI8R, EncodingWindows1250, EncodingWindows1253, EncodingWindows1255, EncodingWindows874} {
		score, strict, one, freq, ok := wordScore(upperHalf(enc), frequent[enc], languages[enc], b)
		if !ok {
			continue
		}
		switch enc {
		case EncodingWindows1252:
			bar, western = strict, [3]int{score, strict, one}
		case EncodingWindows1250:
			central = [3]int{score, strict, one}
		}
		// (Central European, Greek and Hebrew, once their words read:
		// a word garbled in every code page is shorter in some.)
		if (k < 3 || score > 0) && (score > bestScore || score == bestScore && freq > bestFreq) {
			best, bestScore, bestFreq, bestStrict = enc, score, freq, strict
		}
	}
	bar = max(bar, bestStrict)
	other, otherStrict, otherFreq := "", math.MinInt, -1
	for _, enc := range [...]string{EncodingWindows1254, EncodingWindows1256, EncodingWindows1257} {
		_, _, strict, freq, ok := wordScore(upperHalf(enc), frequent[enc], languages[enc], b)
		if ok && (strict > otherStrict || strict == otherStrict && freq > otherFreq) {
			other, otherStrict, otherFreq = enc, strict, freq
		}
	}
	if otherStrict > 0 && otherStrict > bar {
		return other
	}
	if best == EncodingWindows1252 && central[0] == western[0] && central[1] == western[1] && central[2] > western[2] {
		// Words that read alike in both, all of one language in
		// Windows-1250 alone: Hungarian "Kőszegi" and "Szűts" read
		// in Windows-1252 "Kõszegi", Portuguese or Estonian, and
		// "Szûts", French, words of no one language.
		return EncodingWindows1250
	}
	return best
}

// frequent holds, for a code page of a script other than Latin, the
// letters most frequent in the language it is mostly written in.
var frequent = map[string]string{
	EncodingWindows1251: "оеаинтсрОЕАИНТСР",
	EncodingKOI8R:       "оеаинтсрОЕАИНТСР",
	EncodingWindows1253: "αοειτνσηάέίόήΑΟΕΙΤΝΣΗ",
	EncodingWindows1255: "יוהאלמרת",
	EncodingWindows1256: "الیمونرتبه",
	EncodingWindows874:  "านรอกเมงดยสวทบลปค",
	// (and for Windows-1254 and 1257, the letters of their languages
	// that Windows-1252 lacks)
	EncodingWindows1254: "ğışİĞŞ",
	EncodingWindows1257: "ąčęėįšųūžāēģīķļņĄČĘĖĮŠŲŪŽĀĒĢĪĶĻŅ",
}

// The languages written in Latin code pages, for the letters each has
// outside ASCII (alphabets): a word whose letters are of no one language
// is no word.
const (
	langFrench = 1 << iota
	langSpanish
	langPortuguese
	langItalian
	langGerman
	langDutch // and Afrikaans
	langDanish
	langSwedish // and Finnish
	langIcelandic
	langFaroese
	langCatalan
	langAlbanian
	langEstonian
	langCeltic // Irish, Welsh
	langTurkish
	langLithuanian
	langLatvian
	langPolish
	langCzech
	langSlovak
	langHungarian
	langCroatian // and Bosnian, Serbian in Latin letters, Slovene
	langRomanian

	langWestern = langFrench | langSpanish | langPortuguese | langItalian | langGerman | langDutch | langDanish |
		langSwedish | langIcelandic | langFaroese | langCatalan | langAlbanian | langEstonian | langCeltic
)

// languages holds, for a Latin code page, the languages written in it.
var languages = map[string]uint32{
	EncodingWindows1252: langWestern,
	EncodingWindows1250: langPolish | langCzech | langSlovak | langHungarian | langCroatian | langRomanian | langGerman | langAlbanian,
	// (Windows-1254 has Windows-1252's letters but the Icelandic ones.)
	EncodingWindows1254: langWestern&^(langIcelandic|langFaroese) | langTurkish,
	EncodingWindows1256: langFrench,
	EncodingWindows1257: langLithuanian | langLatvian | langEstonian | langGerman | langDanish | langSwedish,
}

// alphabets holds the languages of each small letter outside ASCII; a
// capital is its small letter's (İ, Turkish, aside: its small letter is
// i).
var alphabets = func() map[rune]uint32 {
	m := map[rune]uint32{}
	for _, a := range []struct {
		lang    uint32
		letters string
	}{
		{langFrench, "àâæçéèêëîïôœùûüÿ"},
		{langSpanish, "áéíñóúü"},
		{langPortuguese, "áâãàçéêíóôõúü"},
		{langItalian, "àèéìíîòóùú"},
		{langGerman, "äöüß"},
		{langDutch, "áéíóúàèêëïîöüôûç"},
		{langDanish, "æøåéóàèêôü"},
		{langSwedish, "åäöéüšž"},
		{langIcelandic, "áéíóúýþðæö"},
		{langFaroese, "áíóúýðæø"},
		{langCatalan, "àèéíïòóúüç"},
		{langAlbanian, "çë"},
		{langEstonian, "õäöüšž"},
		{langCeltic, "áéíóúâêîôûàèìòùäëïöüŵŷ"},
		{langTurkish, "çğıöşüâîû"},
		{langLithuanian, "ąčęėįšųūž"},
		{langLatvian, "āčēģīķļņšūž"},
		{langPolish, "ąćęłńóśźż"},
		{langCzech, "áčďéěíňóřšťúůýž"},
		{langSlovak, "áäčďéíĺľňóôŕšťúýž"},
		{langHungarian, "áéíóöőúüű"},
		{langCroatian, "čćđšž"},
		{langRomanian, "ăâîșțşţ"},
	} {
		for _, r := range a.letters {
			m[r] |= a.lang
		}
	}
	return m
}()

// languagesOf returns the languages whose alphabet has the letter r, which
// is outside ASCII; every language for a letter of none (º, ª).
func languagesOf(r rune) uint32 {
	if r == 'İ' {
		return langTurkish
	}
	if l, ok := alphabets[unicode.ToLower(r)]; ok {
		return l
	}
	return ^uint32(0)
}

// wordScore reads b in a single-byte code page: score counts the letters
// outside ASCII of words that read as words (wordReads) less those of
// words that do not, words of one letter aside, and less two for each
// sign of the code page between two letters ("³" in "g³osów"); strict is
// score where a Latin word reads only with its accented letters all of
// one of the languages langs of the code page (languages; 0 for a code
// page of another script); one is strict where every word reads in the
// same one of langs, of them the one that reads most (strict for a code
// page of another script); freq counts the letters of often (frequent).
// ok is false when the code page lacks a byte of b.
func wordScore(page *[128]rune, often string, langs uint32, b []byte) (score, strict, one, freq int, ok bool) {
	if langs&langIcelandic != 0 && !hasLetter(page, b, "áéíóúæÁÉÍÓÚÆ") {
		// Icelandic and Faroese text has these: ð, þ, ý in text without
		// them are Turkish ğ, ş, ı read in Windows-1252 ("Kýrþehir").
		langs &^= langIcelandic | langFaroese
	}
	var w word
	// perLang is the score of words read in each language of langs alone
	var perLang [32]int
	end := func() {
		plain, strictly := w.score(langs)
		score, strict = score+plain, strict+strictly
		if plain == 0 && strictly == 0 {
			return
		}
		for l := range perLang {
			if langs&(1<<l) == 0 {
				continue
			}
			if plain > 0 && (w.ascii == 0 || w.notLangs&(1<<l) == 0) {
				perLang[l] += plain
			} else {
				perLang[l] -= w.wide
			}
		}
	}
	signs := 0     // the points taken off for signs and vowels
	glued := false // a sign of the code page right after a letter
	// the two characters before the one read, for vowelsAround
	var before, last rune
	for _, c := range b {
		r := rune(c)
		if c >= 0x80 {
			if r = page[c-0x80]; r == bad {
				return 0, 0, 0, 0, false
			}
		}
		if 0x064B <= r && r <= 0x0652 {
			continue // an Arabic vowel sign, inside its word
		}
		if thaiMark(r) {
			w.thaiMark() // a Thai vowel or tone mark, inside its word
			continue
		}
		if !unicode.IsLetter(r) {
			glued = c >= 0x80 && w.letters > 0 && (unicode.IsSymbol(r) || unicode.IsNumber(r) || r == '¿') && r != '№'
			end()
			w, before, last = word{}, 0, 0
			continue
		}
		if glued {
			score, strict, signs = score-2, strict-2, signs+2
			glued = false
		}
		if vowelsAround(before, last, r) {
			score, strict, signs = score-2, strict-2, signs+2
		}
		before, last = last, r
		w.add(r, c)
		if strings.ContainsRune(often, r) {
			freq++
		}
	}
	end()
	one = strict
	if langs != 0 {
		one = math.MinInt
		for l := range perLang {
			if langs&(1<<l) != 0 {
				one = max(one, perLang[l]-signs)
			}
		}
	}
	return score, strict, one, freq, true
}

// hasLetter says whether b, read in page, has one of the letters.
func hasLetter(page *[128]rune, b []byte, letters string) bool {
	for _, c := range b {
		if c >= 0x80 && strings.ContainsRune(letters, page[c-0x80]) {
			return true
		}
	}
	return false
}

// vowelsAround says whether a Latin vowel of Windows-1252 that a Slavic
// consonant of Windows-1250 shares its byte with (è for č, æ for ć) stands
// between two vowels (a, b and c read in a row): Croatian "birača",
// "Važeći" read "biraèa", "Važeæi" in Windows-1252, where French and
// Danish put a consonant beside è and æ ("problème", "læse").
func vowelsAround(a, b, c rune) bool {
	vowel := func(r rune) bool { return strings.ContainsRune("aeiouAEIOU", r) }
	return vowel(a) && strings.ContainsRune("èæÈÆ", b) && vowel(c)
}

// word is what wordScore keeps of the word being read.
type word struct {
	letters, ascii, cyrillic, greek, hebrew, arabic, wide int    // wide: letters outside ASCII
	lower                                                 bool   // a small Cyrillic or Greek letter came
	mixedCase                                             bool   // a Cyrillic or Greek capital came after a small letter
	final                                                 bool   // the last letter is a final form (ς, ך ם ן ף ץ)
	early                                                 bool   // a final form came before another letter
	notLangs                                              uint32 // the languages whose alphabet lacks a letter of the word
	prev                                                  rune   // the letter before the one added
	smallY                                                int    // ý
	prevHigh                                              bool   // the letter before was an Arabic one of a byte from 0xC0 up
	arabicPair                                            bool   // two such letters came in a row
	thai, marks                                           int    // Thai letters; Thai marks since the last letter
	thaiOff                                               bool   // a Thai mark came where Thai puts none
}

// add adds the letter r, of byte c.
func (w *word) add(r rune, c byte) {
	w.letters++
	if w.final {
		w.early = true
	}
	w.final = false
	switch {
	case r < 0x80:
		w.ascii++
	case 0x0400 <= r && r < 0x0500: // the code pages' Cyrillic letters
		w.cyrillic++
		w.wide++
		upper := r < 0x0430 || r >= 0x0460 && r%2 == 0 // Ё-Я; Ґ (even) above ґ
		w.cased(upper)
	case 0x0370 <= r && r < 0x0400: // Greek
		w.greek++
		w.wide++
		w.cased(unicode.IsUpper(r))
		w.final = r == 'ς'
	case 0x05D0 <= r && r < 0x05F0: // Hebrew letters
		w.hebrew++
		w.wide++
		w.final = strings.ContainsRune("ךםןףץ", r)
	case 0x0E01 <= r && r <= 0x0E46: // Thai letters
		w.thai++
		w.wide++
		w.marks = 0
	case 0x0600 <= r && r < 0x0700: // Arabic letters, Persian and Urdu ones too
		w.arabic++
		w.wide++
		w.arabicPair = w.arabicPair || w.prevHigh && c >= 0xC0
		w.prevHigh = c >= 0xC0
		w.prev = r
		return
	default:
		w.wide++
		w.notLangs |= ^languagesOf(r)
		if w.icelandicOut(r) {
			w.notLangs |= langIcelandic | langFaroese
		}
		if (r == 'ğ' || r == 'Ğ') && w.letters == 1 { // (no Turkish word starts so: "Ğveits" is Estonian "Šveits")
			w.notLangs |= langTurkish
		}
	}
	w.prev, w.prevHigh = r, false
}

// thaiMark says whether r is a Thai vowel or tone mark, written above or
// below the letter before it.
func thaiMark(r rune) bool {
	return r == 0x0E31 || 0x0E34 <= r && r <= 0x0E3A || 0x0E47 <= r && r <= 0x0E4E
}

// thaiMark notes a Thai mark: Thai writes at most two (a vowel, a tone)
// after a letter of its own. Text of another script read in Windows-874
// has marks first in a word, or after a sign, or three in a row.
func (w *word) thaiMark() {
	w.marks++
	if w.letters == 0 || w.thai == 0 || w.marks > 2 || w.prev < 0x0E01 || w.prev > 0x0E46 {
		w.thaiOff = true
	}
	w.wide++
}

// icelandicOut says whether the letter r, after the word's letters so
// far, is where Icelandic and Faroese put none of their own: þ after a
// vowel, Ý inside a word, ð first, a second ý. These are the letters
// Windows-1252 has where Windows-1254 has Turkish ş, İ, ğ and ı, which
// Turkish puts there: "YEŞİL", "Bağımsız" read "YEÞÝL", "Baðýmsýz" in
// Windows-1252, where Icelandic writes "Alþingi", "Ýmir", "Suður",
// "lýðræði". (A ý last in a long word is said by score.)
func (w *word) icelandicOut(r rune) bool {
	switch r {
	case 'þ', 'Þ':
		return strings.ContainsRune("aeiouyAEIOUYáéíóúýæöÁÉÍÓÚÝÆÖ", w.prev)
	case 'Ý':
		return w.letters > 1
	case 'ð', 'Ð':
		return w.letters == 1
	case 'ý':
		w.smallY++
		return w.smallY > 1
	}
	return false
}

// cased notes a letter of a script with capitals, upper or not.
func (w *word) cased(upper bool) {
	if upper && w.lower {
		w.mixedCase = true
	}
	w.lower = w.lower || !upper
}

// score is +wide for a word that reads as one (wordReads), -wide for one
// that does not; 0 for a word of one letter, which either script spells
// ("и", "à"). strict is the same where a Latin word reads only with its
// accented letters all of one of the languages langs (0: any).
func (w *word) score(langs uint32) (score, strict int) {
	if w.prev == 'ý' && w.letters > 3 { // Turkish "sayısı", not Icelandic
		w.notLangs |= langIcelandic | langFaroese
	}
	if w.wide == 0 || w.letters == 1 {
		return 0, 0
	}
	score, strict = -w.wide, -w.wide
	if w.wordReads() {
		score = w.wide
		if langs == 0 || w.ascii == 0 || langs&^w.notLangs != 0 {
			strict = w.wide
		}
	}
	return score, strict
}

// wordReads says whether a word with letters outside ASCII reads as a
// word: its letters all Cyrillic, all Greek or all Hebrew, all Arabic with
// two of bytes from 0xC0 up in a row (UTF-8 read in Windows-1256 makes
// words of a letter of a lead byte, 0xC0 up, and one of a continuation
// byte, below), or all Latin with ASCII letters among them, at most one
// fewer than the others ("été", "Größe"; not "Cîâåòñêàÿ", Windows-1251's
// "Cоветская" read in Windows-1252); no capital after a small letter in a
// Cyrillic or Greek word (Latin names such as "McDonald" have them); no
// final form of a letter before its last, in a word of more than three
// letters (Israel's lists are named by letters, "ףז" among them).
func (w *word) wordReads() bool {
	switch {
	case w.early && w.letters > 3: // (a list's letters, "ףז", are no word)
		return false
	case w.cyrillic == w.letters || w.greek == w.letters:
		return !w.mixedCase
	case w.hebrew == w.letters:
		return true
	case w.arabic == w.letters:
		return w.arabicPair
	case w.thai == w.letters:
		return !w.thaiOff
	}
	return w.thai == 0 && w.cyrillic == 0 && w.greek == 0 && w.hebrew == 0 && w.arabic == 0 && w.ascii > 0 && w.wide <= w.ascii+1
}
