package ingest

import (
	"fmt"
	"math/big"
	"slices"
	"strconv"
)

// Each row its own contest.
//
// Sri Lanka's local authorities of 2025 are each a contest of their own
// parties, grouped by district: a wide file of a row per authority leaves
// empty the cell of a party that did not stand there. A party's column
// empty on every row of one district and given in another (okrugEvidence)
// says that the district's rows share no ballot with the other's; a
// column given on one row of a district, a large share of its votes, and
// empty on another row of the same district says that the rows of one
// district do not share a ballot either: each row is its own contest
// (its precinct the okrug), the district where it lies (the region).

// rowContest returns why each row of a wide file is its own contest
// (the precinct's column names each row once, copies given twice aside),
// or "": a column of choices (cols) given on a row of a district (okrug's
// column), at least a twentieth of the votes of that row's choices, and
// empty on another row of the same district that gives the figure of a
// choice not given on every row. A row that gives none (the Maldives'
// ballot box W02.1.1 of 2024, "BoxResult": [] in the commission's data,
// its voters' figures given) is a protocol whose choices' figures are
// missing, which a count reports (X229), not a ballot of other choices.
func rowContest(header []string, rows [][]string, cols []int, okrug, precinct int) string {
	if len(cols) < 2 {
		return ""
	}
	if n, _ := sameKey(rows, precinct); n > 0 {
		if copies, _, _, _ := givenTwice(rows, []int{precinct}, cols); copies != n {
			return ""
		}
	}
	// (The columns empty on some row: the choices that may not stand.)
	partial := slices.DeleteFunc(slices.Clone(cols), func(o int) bool {
		return !slices.ContainsFunc(rows, func(rec []string) bool { return cellAt(rec, o) == "" })
	})
	for _, c := range cols {
		empty := map[string]int{} // a district's first row where c is empty, by its line in rows
		for i, rec := range rows {
			if cellAt(rec, c) == "" && slices.ContainsFunc(partial, func(o int) bool { return cellAt(rec, o) != "" }) {
				if _, ok := empty[cellAt(rec, okrug)]; !ok {
					empty[cellAt(rec, okrug)] = i
				}
			}
		}
		if len(empty) == 0 {
			continue
		}
		for _, rec := range rows {
			d := cellAt(rec, okrug)
			e, ok := empty[d]
			if !ok || cellAt(rec, c) == "" {
				continue
			}
			v, err := strconv.ParseInt(cellAt(rec, c), 10, 64)
			if err != nil || v <= 0 {
				continue
			}
			sum := new(big.Int)
			for _, o := range cols {
				if w, err := strconv.ParseInt(cellAt(rec, o), 10, 64); err == nil && w > 0 {
					sum.Add(sum, big.NewInt(w))
				}
			}
			// v is at least a twentieth of the row's: 20·v ≥ sum.
			if new(big.Int).Mul(big.NewInt(v), big.NewInt(20)).Cmp(sum) >= 0 {
				return fmt.Sprintf("column %d %q gives %d votes on the row of %q and is empty on the row of %q, both in %q: the choices standing differ from row to row within a district, so each row is a contest of its own",
					c+1, trimHeader(header[c]), v, cellAt(rec, precinct), cellAt(rows[e], precinct), d)
			}
		}
	}
	return ""
}

// unusedOf returns numeric with the columns used marked false.
func unusedOf(numeric, used []bool) []bool {
	out := make([]bool, len(numeric))
	for i := range numeric {
		out[i] = numeric[i] && !used[i]
	}
	return out
}

// rankedName says whether a header (lower case) names the name at a
// place (rankW) and a name ("second_name", "winner name"): a person,
// the runner-up, never an area.
func rankedName(h string) bool {
	if !anyWords(h, []string{"name", "names", "nombre", "nom", "имя"}) {
		return false
	}
	for _, r := range rankW {
		if anyWords(h, r.words) {
			return true
		}
	}
	return false
}
