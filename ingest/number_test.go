package ingest

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestParseInt(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int64
		err  error
	}{
		{"zero", "0", 0, nil},
		{"plain", "1234567", 1234567, nil},
		{"leading zeros", "007", 7, nil},
		{"minus", "-5", -5, nil},
		{"plus", "+5", 5, nil},
		{"minus zero", "-0", 0, nil},
		{"space groups", "1 234 567", 1234567, nil},
		{"nbsp groups", "1\u00a0234", 1234, nil},
		{"narrow nbsp groups", "12\u202f345", 12345, nil},
		{"thin space groups", "123\u2009456", 123456, nil},
		{"negative grouped", "-1 000", -1000, nil},
		{"max int64", "9223372036854775807", math.MaxInt64, nil},
		{"min int64", "-9223372036854775808", math.MinInt64, nil},
		{"max grouped", "9 223 372 036 854 775 807", math.MaxInt64, nil},
		{"past max", "9223372036854775808", 0, ErrOutOfRange},
		{"past min", "-9223372036854775809", 0, ErrOutOfRange},
		{"huge", "123456789012345678901234567890", 0, ErrOutOfRange},
		{"empty", "", 0, ErrNotNumber},
		{"sign only", "-", 0, ErrNotNumber},
		{"double sign", "--5", 0, ErrNotNumber},
		{"letters", "12a", 0, ErrNotNumber},
		{"point zero, as pandas writes whole numbers", "12.0", 12, nil},
		{"point zero, negative and grouped", "-1 234.0", -1234, nil},
		{"decimal fraction", "12.5", 0, ErrNotNumber},
		{"two zeros after the point, as spreadsheets export", "12.00", 12, nil},
		{"two zeros after a comma", "314,00", 314, nil},
		{"six zeros", "1.000000", 1, nil},
		{"three zeros: a thousand, or one?", "1.000", 0, ErrNotNumber},
		{"three zeros after a comma", "1,000", 0, ErrNotNumber},
		{"a comma and a digit", "12,5", 0, ErrNotNumber},
		{"zeros alone after the point", "0.00", 0, nil},
		{"point zero alone", ".0", 0, ErrNotNumber},
		{"point zero after a sign", "-.0", 0, ErrNotNumber},
		{"dot as a separator, then point zero", "1.234.0", 0, ErrNotNumber},
		{"comma", "1,234", 0, ErrNotNumber},
		{"bad group", "12 34", 0, ErrNotNumber},
		{"long first group", "1234 567", 0, ErrNotNumber},
		{"short last group", "1 23", 0, ErrNotNumber},
		{"trailing separator", "1 ", 0, ErrNotNumber},
		{"double separator", "1  234", 0, ErrNotNumber},
		{"sign then space", "- 5", 0, ErrNotNumber},
		{"exponent", "1e5", 0, ErrNotNumber},
		{"tab inside", "1\t234", 0, ErrNotNumber},
		{"lone C2", "1\xc2234", 0, ErrNotNumber},
		{"dash", "—", 0, ErrNotNumber},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseInt(tt.in)
			if !errors.Is(err, tt.err) || got != tt.want {
				t.Errorf("parseInt(%q) = %d, %v; want %d, %v", tt.in, got, err, tt.want, tt.err)
			}
			gotB, errB := parseInt([]byte(tt.in))
			if gotB != got || errB != err {
				t.Errorf("parseInt([]byte(%q)) = %d, %v; string gives %d, %v", tt.in, gotB, errB, got, err)
			}
		})
	}
}

func TestParseIntAllocs(t *testing.T) {
	b := []byte("1 234 567")
	if n := testing.AllocsPerRun(100, func() { _, _ = parseInt(b) }); n != 0 {
		t.Errorf("parseInt allocates %v times", n)
	}
}

// FuzzParseInt checks parseInt against strconv.ParseInt on the inputs
// without thousands separators, and that grouping never changes a value.
func FuzzParseInt(f *testing.F) {
	for _, s := range []string{"0", "-5", "+7", "9223372036854775807", "-9223372036854775808",
		"9223372036854775808", "1 234", "1\u00a0234", "12 34", "", "-", "1e5", "0x10", "2609.0", "12.5", ".0", "5.00", "-5.0", "1.000.0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseInt(s)
		ref := s // "2609.0", "2609.00" and "2609,0000" are 2609; "1.000" is not read
		if z := len(s) - len(strings.TrimRight(s, "0")); z > 0 && z != 3 && z+2 <= len(s) {
			if p, d := s[len(s)-1-z], s[len(s)-2-z]; (p == '.' || p == ',') && '0' <= d && d <= '9' {
				ref = s[:len(s)-1-z]
			}
		}
		want, serr := strconv.ParseInt(ref, 10, 64)
		plain := true
		for i := range len(s) {
			if groupSep(s, i) > 0 {
				plain = false
			}
		}
		if plain {
			switch {
			case serr == nil && (err != nil || got != want):
				t.Fatalf("parseInt(%q) = %d, %v; strconv gives %d", s, got, err, want)
			case errors.Is(serr, strconv.ErrRange) && (err == nil || allDigits(ref) && !errors.Is(err, ErrOutOfRange)):
				// strconv stops at the first overflow; past it we may still find
				// a non-digit, which makes "2...0A" not a number at all.
				t.Fatalf("parseInt(%q) = %d, %v; strconv gives out of range", s, got, err)
			case errors.Is(serr, strconv.ErrSyntax) && !errors.Is(err, ErrNotNumber):
				t.Fatalf("parseInt(%q) = %d, %v; strconv gives a syntax error", s, got, err)
			}
			return
		}
		if err == nil { // grouped: removing the separators gives the same number
			var digits []byte
			for i := 0; i < len(ref); {
				if w := groupSep(ref, i); w > 0 {
					i += w
					continue
				}
				digits = append(digits, ref[i])
				i++
			}
			if v, err := strconv.ParseInt(string(digits), 10, 64); err != nil || v != got {
				t.Fatalf("parseInt(%q) = %d; without separators strconv gives %d, %v", s, got, v, err)
			}
		}
	})
}

func allDigits(s string) bool {
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
