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
// in ten at most, and not 0 on most of them (columns of zeros add up by
// chance: Bolivia's CIRCUNSCRIPCION_ESPECIAL abroad), the sum of a run of
// two or more columns of numbers side by side (the choices' with the blank and the null votes; the voters by
// age): a total, which a key is not. (The choices are not known yet when
// the key is drafted.) It returns the first and last columns of the run.
func columnsTotal(rows [][]string, numeric []bool, i int) (first, last int, ok bool) {
	// Each column's figures, read once (a cell that is none: -1), and the
	// sums of a run on each row, grown a column at a time: a run whose
	// sums pass the total on more rows than the tolerance is left, as
	// longer runs only add to them.
	figures := make([][]int64, len(numeric))
	column := func(c int) []int64 {
		if figures[c] == nil {
			figures[c] = make([]int64, len(rows))
			for k, rec := range rows {
				v, err := parseInt([]byte(cellAt(rec, c)))
				if err != nil || v < 0 || v >= 1<<53 {
					v = -1
				}
				figures[c][k] = v
			}
		}
		return figures[c]
	}
	if !numeric[i] {
		return -1, -1, false
	}
	want := column(i)
	sums := make([]int64, len(rows))
	for a := range numeric {
		if !numeric[a] || a == i {
			continue
		}
		clear(sums)
		for b := a; b < len(numeric) && numeric[b] && b != i; b++ {
			over, compared, differ, some := 0, 0, 0, 0
			for k, v := range column(b) {
				if v < 0 || sums[k] < 0 {
					sums[k] = -1
					continue
				}
				sums[k] += v
				if want[k] < 0 {
					continue
				}
				compared++
				if sums[k] != want[k] {
					differ++
				} else if want[k] > 0 {
					some++
				}
				if sums[k] > want[k] {
					over++
				}
			}
			if b > a && compared >= 2 && differ*10 <= compared && some*2 > compared {
				return a, b, true
			}
			if over*10 > len(rows) {
				break
			}
		}
	}
	return -1, -1, false
}

// idTotal is columnsTotal of a column named as a number (named), else
// nothing.
func idTotal(rows [][]string, numeric []bool, i int, named bool) (first, last int, ok bool) {
	if !named {
		return -1, -1, false
	}
	return columnsTotal(rows, numeric, i)
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

// votesAlone says whether the one column of figures not used is named as
// votes ("votos_cantidad"): beside it, a column of text whose few values
// each area gives a row of is a long file's choice (Argentina's
// "agrupacion_nombre" in the 2023 run-off by district, two values in
// every district), not a kind of ballot or of figure, whose rows give a
// protocol's figures each (Hungary's J and L rows, "a" and "f").
func votesAlone(header []string, used, numeric []bool, norm func(int) string) bool {
	n, votes := 0, false
	for i := range header {
		if !used[i] && numeric[i] {
			n++
			votes = readsAsVotes(norm(i))
		}
	}
	return n == 1 && votes
}
