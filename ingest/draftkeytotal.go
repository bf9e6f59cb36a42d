package ingest

// A column of numbers named as a number ("NUM ...", "Numéro") tells apart
// the rows of a precinct's name that repeats only if it numbers the
// precincts. Two such columns do not (Chile's mesa file, by SERVEL's
// results: "NUM VOTOS" and "NUM MESAS" beside "MESA"):
//   - a total: on (nearly) every row the sum of other columns ("NUM
//     VOTOS", the ballots cast: the candidates', the blank and the null
//     votes). Its figures differ from row to row by chance; taken for a
//     key, two copies of a protocol with one figure changed are two
//     precincts, each counted;
//   - a figure of an area (a count of the area's mesas, "NUM MESAS"):
//     the same on all the rows of each value of a column of names, one of
//     which holds two precincts or more. It tells the precincts apart no
//     better than the area's name, which the key takes instead.

// figureNotNumber says whether column i, a column of numbers, is a total
// of other columns or a figure of an area (see above), not a precinct's
// number: rows are the rows read, precinct the column of the precinct's name.
func figureNotNumber(rows [][]string, numeric []bool, i, precinct int) bool {
	_, _, total := columnsTotal(rows, numeric, i)
	return total || areaFigure(rows, numeric, i, precinct)
}

// columnsTotal says whether column i is, on all the rows compared but one
// in ten at most, the sum of a run of two or more columns of numbers side
// by side (the choices' with the blank and the null votes; the voters by
// age): a total, which a key is not. (The choices are not known yet when
// the key is drafted.) It returns the first and last columns of the run.
func columnsTotal(rows [][]string, numeric []bool, i int) (first, last int, ok bool) {
	figure := func(rec []string, c int) (int64, bool) {
		v, err := parseInt([]byte(cellAt(rec, c)))
		return v, err == nil && v >= 0 && v < 1<<53
	}
	for a := range numeric {
		for b := a + 1; b < len(numeric) && numeric[a] && numeric[b] && a != i && b != i; b++ {
			compared, differ := 0, 0
			for _, rec := range rows {
				want, ok := figure(rec, i)
				var sum int64
				for c := a; c <= b && ok; c++ {
					v, good := figure(rec, c)
					sum, ok = sum+v, good
				}
				if !ok {
					continue
				}
				compared++
				if sum != want {
					if differ++; differ*10 > len(rows) {
						break
					}
				}
			}
			if compared >= 2 && differ*10 <= compared {
				return a, b, true
			}
		}
	}
	return -1, -1, false
}

// areaFigure says whether column i holds one figure on all the rows of
// each value of some column of names (not the precinct's), one value of
// which names two precincts or more.
func areaFigure(rows [][]string, numeric []bool, i, precinct int) bool {
	for t := range numeric {
		if numeric[t] || t == i || t == precinct {
			continue
		}
		figure, names := map[string]string{}, map[string]string{}
		one, wide := true, false
		for _, rec := range rows {
			v, f, p := cellAt(rec, t), cellAt(rec, i), cellAt(rec, precinct)
			if v == "" {
				one = false
				break
			}
			if g, ok := figure[v]; !ok {
				figure[v], names[v] = f, p
			} else if g != f {
				one = false
				break
			} else if names[v] != p {
				wide = true
			}
		}
		if one && wide {
			return true
		}
	}
	return false
}
