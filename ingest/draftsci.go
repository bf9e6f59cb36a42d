package ingest

import "strings"

// sciWhole returns the whole number that a cell in scientific notation
// writes ("1e3", "1e+05", "2.5E4": as R and spreadsheets write a figure
// that ends in zeros), in digits ("1000"), or "" when the cell is no
// such number or writes a fraction ("1.5e0"). The digits are moved, no
// floating point is used.
func sciWhole(c string) string {
	mant, exp, ok := strings.Cut(strings.ToLower(c), "e")
	exp = strings.TrimPrefix(exp, "+")
	if !ok || exp == "" || len(exp) > 2 || strings.Trim(exp, "0123456789") != "" {
		return ""
	}
	whole, frac, _ := strings.Cut(mant, ".")
	if whole == "" || strings.Trim(whole+frac, "0123456789") != "" {
		return ""
	}
	n := int(exp[0] - '0')
	if len(exp) == 2 {
		n = n*10 + int(exp[1]-'0')
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) > n || len(whole)+n > 18 {
		return ""
	}
	d := strings.TrimLeft(whole+frac+strings.Repeat("0", n-len(frac)), "0")
	if d == "" {
		return "0"
	}
	return d
}

// sciHint is the words that name a cell in scientific notation and the
// figure to write for it ("1e3 looks like scientific notation: write
// 1000"), or "".
func sciHint(c string) string {
	if w := sciWhole(c); w != "" {
		return c + " looks like scientific notation: write " + w
	}
	return ""
}
