package ingest

// sciWhole returns the whole number that a cell in scientific notation
// writes ("1e3", "1e+05", "2.5E4": as R and spreadsheets write a figure
// that ends in zeros), in digits ("1000"), or "" when the cell is no
// such number or writes a fraction ("1.5e0"). The digits are moved, no
// floating point is used.
func sciWhole(c string) string {
	// (Bytes read one by one: the counter's WebAssembly module links this
	// for its error's hint, and no more of package strings.)
	var d []byte // the digits before and after the point
	frac, exp, i := -1, 0, 0
	for ; i < len(c) && c[i] != 'e' && c[i] != 'E'; i++ {
		switch b := c[i]; {
		case '0' <= b && b <= '9':
			d = append(d, b)
			if frac >= 0 {
				frac++
			}
		case b == '.' && frac < 0 && len(d) > 0:
			frac = 0
		default:
			return ""
		}
	}
	if i++; len(d) == 0 || i > len(c) {
		return ""
	}
	if i < len(c) && c[i] == '+' {
		i++
	}
	if i == len(c) || len(c)-i > 2 {
		return ""
	}
	for ; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return ""
		}
		exp = exp*10 + int(c[i]-'0')
	}
	for ; frac > 0 && d[len(d)-1] == '0'; frac-- {
		d = d[:len(d)-1]
	}
	if frac > exp {
		return ""
	}
	for k := max(frac, 0); k < exp; k++ {
		d = append(d, '0')
	}
	for len(d) > 1 && d[0] == '0' {
		d = d[1:]
	}
	if len(d) > 18 {
		return ""
	}
	return string(d)
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
