package ingest

import (
	"fmt"
	"slices"
	"strings"
)

// Some files give each area's result by rank, not by choice: Guyana's
// 2025 results by NDC in columns "winner", "second", "third" name a party
// in each cell (PPPC, WIN, APNU...), and "votes_winner", "votes_runnerup",
// "votes_third" give their votes; a party moves from column to column
// between rows. Mapped as choices, the ranks would be counted as parties
// ("winner" seated). The draft maps no such column and says that the file
// must be reshaped, one row per precinct and choice (the long layout).

// rankW name, as whole words, a place in a ranking: the winner, the
// second, the third... (English, Spanish, French, German, Russian,
// Kyrgyz), with the place each names.
var rankW = []struct {
	place int
	words []string
}{
	{1, []string{"winner", "first", "1st", "ganador", "primero", "vainqueur", "gagnant", "premier", "sieger", "erster", "победитель", "первый", "первое", "жеңүүчү", "биринчи"}},
	{2, []string{"second", "2nd", "runnerup", "runner up", "runners up", "segundo", "deuxième", "deuxieme", "zweiter", "второй", "второе", "экинчи"}},
	{3, []string{"third", "3rd", "tercero", "troisième", "troisieme", "dritter", "третий", "третье", "үчүнчү"}},
	{4, []string{"fourth", "4th", "cuarto", "quatrième", "vierter", "четвертый", "четвёртый"}},
}

// placeNameW name, as whole words, a place in a column of text: "winning"
// beside rankW's ("Winning_Party").
var placeNameW = append([]string{"winning"}, slices.Concat(rankW[0].words, rankW[1].words, rankW[2].words)...)

// restW name, as whole words, the choices below the places a file names,
// together ("votes_rest").
var restW = []string{"rest", "others", "other", "otros", "autres", "andere", "прочие", "другие"}

// rankNotW name, as whole words, what a place may be the place of other
// than a choice's standing in an area: a round, a preference, a ballot
// ("first round", "second preference", "first choice"), or a name
// ("first name").
var rankNotW = []string{"round", "rounds", "tour", "vuelta", "runde", "wahlgang", "тур", "preference", "preferences", "pref", "prefs",
	"choice", "choices", "ballot", "vote", "stage", "count", "name", "names", "nombre", "nom", "vorname", "имя"}

// rankPlace returns the place a header (lower case) names (1 for
// "votes_winner", 2 for "votes_runnerup"), or 0.
func rankPlace(h string) int {
	if anyWords(h, rankNotW) {
		return 0
	}
	for _, r := range rankW {
		if anyWords(h, r.words) {
			return r.place
		}
	}
	return 0
}

// rankedColumns returns the columns of figures named by a place (rank),
// of two places at least, beside columns of text whose cells are drawn
// from one set of names (a name in one column on a row found in another
// on another row: a party that leads here and is second there), or nil;
// and the note that says so (rankedNote).
func rankedColumns(header []string, rows [][]string, numeric []bool, nonEmpty []int, used []bool, norm func(int) string) (ranked []int, note string) {
	places := map[int]bool{}
	for i := range header {
		if !used[i] && numeric[i] && nonEmpty[i] > 0 {
			if p := rankPlace(norm(i)); p > 0 {
				ranked = append(ranked, i)
				places[p] = true
			}
		}
	}
	// Text columns headed by a place ("Winner_Name", "Winning_Party"):
	// who stands there.
	var named []int
	for i := range header {
		if !used[i] && !numeric[i] && nonEmpty[i] > 0 && anyWords(norm(i), placeNameW) && !anyWords(norm(i), firstNameW) &&
			slices.ContainsFunc(rows, func(rec []string) bool {
				v := strings.TrimSpace(cellAt(rec, i))
				return v != "" && !isNumber(v) && !decimalCell(v)
			}) {
			named = append(named, i)
		}
	}
	if len(places) < 2 && (len(places) == 0 || len(named) == 0) {
		return nil, ""
	}
	// (Beside them, the votes of the rest together: "votes_rest".)
	for i := range header {
		if !used[i] && numeric[i] && nonEmpty[i] > 0 && rankPlace(norm(i)) == 0 && anyWords(norm(i), restW) {
			ranked = append(ranked, i)
		}
	}
	// in holds the column of text where each name was first found.
	in := map[string]int{}
	var names []int
	example, from, to := "", 0, 0
	for _, rec := range rows {
		for i := range header {
			v := strings.TrimSpace(cellAt(rec, i))
			// (A decimal, "0.1", is a share or an index, no name.)
			if numeric[i] || v == "" || isNumber(v) || decimalCell(v) {
				continue
			}
			j, ok := in[v]
			switch {
			case !ok:
				in[v] = i
			case j != i:
				if example == "" {
					example, from, to = v, j, i
				}
				for _, c := range []int{i, j} {
					if !slices.Contains(names, c) {
						names = append(names, c)
					}
				}
			}
		}
	}
	if len(names) < 2 {
		// No name found in two columns (Bangladesh's 2026 results by
		// constituency: "Winner_Votes", "RunnerUp_Votes" beside
		// "Winning_Party", "Winner_Name"): the places' headers say it.
		beside := ""
		if len(named) > 0 {
			beside = ", named in " + columnNames(header, named)
		}
		return ranked, fmt.Sprintf("no choice is mapped: the choices are named in cells by rank: %s give the votes of whoever stands at the place each header names (winner, second...)%s, a different choice from row to row; mapped as choices, the places would be counted as parties and seated. The file gives the votes of %d places alone: a count needs every choice's votes in each precinct: a column per choice, or one row per precinct and choice (a column of the choice's name, one of its votes) mapped long (\"layout\": \"long\", choice_column, votes_column: docs/mapping.md \"Long files\")",
			columnNames(header, ranked), beside, len(places))
	}
	slices.Sort(names)
	return ranked, fmt.Sprintf("no choice is mapped: the choices are named in cells by rank: %s hold names drawn from one set (%q in column %d %q on one row and in column %d %q on another), and %s give the votes of whoever stands at a place (winner, second...) in each row, a different choice from row to row; mapped as choices, the places would be counted as parties and seated. Reshape the file to one row per precinct and choice (a column of the choice's name, one of its votes) and map it long (\"layout\": \"long\", choice_column, votes_column: docs/mapping.md \"Long files\")",
		columnNames(header, names), example, from+1, trimHeader(header[from]), to+1, trimHeader(header[to]), columnNames(header, ranked))
}

// marginW name, as whole words, a winner's lead over the next (the
// British "majority", Canada's "plurality"): a difference of two choices'
// votes, never a choice's votes nor a protocol line. "mov" is the margin
// of victory (Pakistan's "MOV_votes").
var marginW = []string{"margin", "plurality", "majority", "marge", "margen", "отрыв", "разрыв", "mov"}

// marginHeader says whether a header (lower case) names a winner's lead
// (marginW), not its share ("margin_pct", a percentage, is said so
// elsewhere).
func marginHeader(h string) bool {
	return anyWords(h, marginW) && !anyWords(h, percentW)
}

// derivedNote ends the guess of a column that is the difference of two
// others on every row (differenceOf).
const derivedNote = "a figure derived from two others (a winner's lead), not a protocol line nor a choice's votes: leave it out"

// differenceOf returns two columns of figures whose difference is column
// i's figure on every row (at least two, not all 0): "margin" =
// votes_winner - votes_runnerup. (-1, -1) if none.
func differenceOf(rows [][]string, numeric []bool, i int) (a, b int) {
	if len(rows) < 2 {
		return -1, -1
	}
	n := 0
	for _, rec := range rows {
		n = max(n, len(rec))
	}
	fig := func(rec []string, c int) (int64, bool) {
		v, err := parseInt([]byte(strings.TrimSuffix(strings.TrimSpace(cellAt(rec, c)), ".0")))
		return v, err == nil
	}
	for a := 0; a < n && a < len(numeric); a++ {
		for b := 0; b < n && b < len(numeric); b++ {
			if a == b || a == i || b == i || !numeric[a] || !numeric[b] {
				continue
			}
			ok, nonzero := true, false
			for _, rec := range rows {
				x, ok1 := fig(rec, a)
				y, ok2 := fig(rec, b)
				z, ok3 := fig(rec, i)
				if !ok1 || !ok2 || !ok3 || x-y != z {
					ok = false
					break
				}
				nonzero = nonzero || z != 0
			}
			if ok && nonzero {
				return a, b
			}
		}
	}
	return -1, -1
}

// differsWithin says whether column i's figure differs between the rows
// of each area that key names and that has several rows (a choice's
// own figure, not a protocol's line repeated on its rows), at least two
// such areas or one of three rows or more, no more than one row in ten
// repeating a figure of its area (a tie).
func differsWithin(rows [][]string, key []int, i int) bool {
	seen := map[string]bool{}
	size := map[string]int{}
	again := 0
	for _, rec := range rows {
		k := protocolKey(rec, key)
		if v := k + "\x00" + strings.TrimSpace(cellAt(rec, i)); seen[v] {
			again++
		} else {
			seen[v] = true
		}
		size[k]++
	}
	areas, inAreas := 0, 0
	for _, n := range size {
		if n >= 2 {
			areas++
			inAreas += n
		}
	}
	return (areas >= 2 || inAreas >= 3) && again*10 <= inAreas
}

// pooledTexts are the choice cells (in lower case) that pool several
// parties' or candidates' votes, no party's own: Guyana's "rest", "other
// parties", "others" in the languages the draft reads (Costa Rica's
// "Otros", Italy's "Altri", Portugal's "Outros", Ukraine's "Інші",
// Turkey's "Diğer"), proposed as aggregates beside aggregateTexts, and
// so named as a wide file's whole header (togetherNote).
var pooledTexts = []string{"rest", "the rest", "all the rest", "other parties", "all other parties", "others combined",
	"otros", "otros partidos", "otras", "altri", "altre", "autres", "autres partis", "outros", "outros partidos", "andere", "andere parteien", "sonstige", "übrige",
	"другие", "другие партии", "прочие", "прочие партии", "інші", "інші партії", "diğer", "diğerleri", "diğer partiler", "башкалар", "башка партиялар"}

// absentChoices returns, in a long mapping m, how many areas (rows named
// alike by key) lack a row of some choice that other areas have, the
// first such choice and area: the rows of a party that did not stand
// there (or rows lost). 0 where every area names every choice.
func absentChoices(m *Mapping, header []string, rows [][]string, key []int) (n int, choice, area string) {
	c := columnOf(header, m.ChoiceColumn.Header)
	if c < 0 {
		return 0, "", ""
	}
	ofArea := map[string]map[string]bool{}
	var order [][]string // (an area's first row)
	all := map[string]bool{}
	for _, rec := range rows {
		id := m.ChoiceValues[strings.TrimSpace(cellAt(rec, c))]
		if id == "" {
			continue
		}
		a := protocolKey(rec, key)
		if ofArea[a] == nil {
			ofArea[a] = map[string]bool{}
			order = append(order, rec)
		}
		ofArea[a][id] = true
		all[id] = true
	}
	ids := sortedKeys(all)
	for _, rec := range order {
		have := ofArea[protocolKey(rec, key)]
		if k := slices.IndexFunc(ids, func(id string) bool { return !have[id] }); k >= 0 {
			if n++; n == 1 {
				choice, area = ids[k], strings.TrimSpace(cellAt(rec, key[0])) // (the precinct's own cell, as a count names it)
			}
		}
	}
	return n, choice, area
}
