package reconcile

// instant is a moment as RFC 3339 writes it, reduced to UTC: seconds since
// 1970-01-01T00:00:00Z and the fraction of a second as written, so that
// two times compare exactly. It is read here rather than with package
// time, whose parser and time zones would add much to the page's
// WebAssembly for one format.
type instant struct {
	sec  int64
	frac string // the digits after the decimal point, trailing zeros cut
}

func (a instant) compare(b instant) int {
	switch {
	case a.sec < b.sec:
		return -1
	case a.sec > b.sec:
		return 1
	}
	// fractions compare as digit strings padded with zeros
	for i := 0; i < max(len(a.frac), len(b.frac)); i++ {
		x, y := byte('0'), byte('0')
		if i < len(a.frac) {
			x = a.frac[i]
		}
		if i < len(b.frac) {
			y = b.frac[i]
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

// parseRFC3339 reads "2021-11-29T08:00:00+06:00", "2021-11-29T02:00:00Z"
// or with a fraction of a second ("...:00.5Z"); "t" and "z" are read as
// "T" and "Z", as RFC 3339 allows.
func parseRFC3339(s string) (instant, bool) {
	num := func(from, n int) (int64, bool) {
		if from+n > len(s) {
			return 0, false
		}
		var v int64
		for _, c := range []byte(s[from : from+n]) {
			if c < '0' || c > '9' {
				return 0, false
			}
			v = v*10 + int64(c-'0')
		}
		return v, true
	}
	if len(s) < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':' {
		return instant{}, false
	}
	y, ok1 := num(0, 4)
	mo, ok2 := num(5, 2)
	d, ok3 := num(8, 2)
	h, ok4 := num(11, 2)
	mi, ok5 := num(14, 2)
	se, ok6 := num(17, 2)
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || se > 60 {
		return instant{}, false
	}
	i := 19
	var frac string
	if i < len(s) && s[i] == '.' {
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i+1 {
			return instant{}, false
		}
		frac = s[i+1 : j]
		for len(frac) > 0 && frac[len(frac)-1] == '0' {
			frac = frac[:len(frac)-1]
		}
		i = j
	}
	var off int64
	switch {
	case i == len(s)-1 && (s[i] == 'Z' || s[i] == 'z'):
	case i == len(s)-6 && (s[i] == '+' || s[i] == '-') && s[i+3] == ':':
		oh, ok1 := num(i+1, 2)
		om, ok2 := num(i+4, 2)
		if !ok1 || !ok2 || oh > 23 || om > 59 {
			return instant{}, false
		}
		off = oh*3600 + om*60
		if s[i] == '-' {
			off = -off
		}
	default:
		return instant{}, false
	}
	sec := daysFromCivil(y, mo, d)*86400 + h*3600 + mi*60 + se - off
	return instant{sec: sec, frac: frac}, true
}

func daysIn(y, m int64) int64 {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil is the number of days from 1970-01-01 to y-m-d in the
// proleptic Gregorian calendar (H. Hinnant's algorithm).
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}
