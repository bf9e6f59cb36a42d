package ingest

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/shailoo/shailoo/election"
)

// regionHeader says whether h (a header, lower case) names a region by
// regionH: its words that are phrases ("belongs to", "gehört zu") as
// whole words, and those of parentH only as the whole header but for the
// words of a name or a code, since a party may be named so ("Together!
// For the future that belongs to you", Montenegro's list in 2023).
func regionHeader(h string) bool {
	for _, w := range regionH {
		switch {
		case slices.Contains(parentH, w):
			if wholeHeader(h, w) {
				return true
			}
		case strings.Contains(w, " "):
			if wordsIn(h, []string{w}) {
				return true
			}
		case strings.Contains(h, w):
			return true
		}
	}
	return false
}

// wholeHeader says whether the words of h, but for those of a name or a
// code (nameWords), are the words of phrase.
func wholeHeader(h, phrase string) bool {
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	left := slices.DeleteFunc(strings.FieldsFunc(h, notWord), func(w string) bool { return slices.Contains(nameWords, w) })
	return slices.Equal(left, strings.FieldsFunc(phrase, notWord))
}

// figureCells says whether column c holds figures, not the names or
// codes of areas: each cell filled is a whole number of four digits or
// more, written with no leading zero (a code's), and no two alike (the
// rows of a region share its name). (Montenegro's 2023 list "Together!
// ...", 70292 votes, is no region.)
func figureCells(rows [][]string, c int) bool {
	seen := map[string]bool{}
	for _, rec := range rows {
		v := strings.TrimSpace(cellAt(rec, c))
		if v == "" {
			continue
		}
		if len(v) < 4 || v[0] == '0' || strings.ContainsFunc(v, func(r rune) bool { return r < '0' || r > '9' }) || seen[v] {
			return false
		}
		seen[v] = true
	}
	return len(seen) > 0
}

// textNamesRows returns the first column not used of text, filled on
// every row, that names each row once and is named like no choice nor
// contest; or -1. (Of one row too: a country's totals.)
func textNamesRows(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, values []map[string]int, norm func(int) string) int {
	for i := range header {
		if !used[i] && !numeric[i] && nonEmpty[i] == len(rows) && len(values[i]) == len(rows) && !choiceHeader(norm(i)) && !contestHeader(norm(i)) && !allNotGiven(rows, i) &&
			!slices.ContainsFunc(rows, func(rec []string) bool { return digitCode(cellAt(rec, i)) || isNumber(cellAt(rec, i)) }) {
			return i
		}
	}
	return -1
}

// edHeader says whether h (lower case) names an electoral district by
// its short label, "ed" and a year, a number or a name's word (Alberta's
// "ed_2019", "ED_NUM", "ed name"): no whole word of a line.
func edHeader(h string) bool {
	w := strings.FieldsFunc(h, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(w) == 0 || len(w) > 2 || w[0] != "ed" {
		return false
	}
	return len(w) == 1 || slices.Contains(nameWords, w[1]) || w[1] == "num" || w[1] == "number" ||
		!strings.ContainsFunc(w[1], func(r rune) bool { return r < '0' || r > '9' })
}

// votesCounted says whether h (lower case) is, word for word, the number
// of votes cast, every ballot found ("Num_Votos", Colombia's
// Registraduría's, beside its valid, blank and null votes): no more
// words, which would name a kind of them ("NUM_VOTOS_NULOS").
func votesCounted(h string) bool {
	w := strings.FieldsFunc(h, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return slices.Equal(w, []string{"num", "votos"}) || slices.Equal(w, []string{"numero", "de", "votos"}) || slices.Equal(w, []string{"número", "de", "votos"})
}

// numOf says whether h (lower case) reads "number of" things by the
// Spanish abbreviation, "Num_" and a plural ("Num_Personas_Habilitadas",
// "Num_mesas", Colombia's Registraduría's): a count, no number of one
// area ("Num_Mesa").
func numOf(h string) bool {
	w := strings.FieldsFunc(h, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(w) < 2 || w[0] != "num" && w[0] != "nro" && w[0] != "núm" {
		return false
	}
	next := w[1]
	if next == "de" && len(w) > 2 {
		next = w[2]
	}
	return len(next) > 3 && strings.HasSuffix(next, "s")
}

// abroadW are the words, a cell's whole text, by which a file names
// the voters abroad as a region of their own: Spanish (Chile's Servel,
// "Extranjero"), Portuguese (Brazil's TSE, "Exterior"), French,
// Italian, German, Russian, Ukrainian, Polish, Turkish, English; the
// diaspora in English and French (Kenya's IEBC, "Diaspora"), Spanish and
// Portuguese, Russian and Kyrgyz.
var abroadW = []string{"extranjero", "exterior", "en el extranjero", "no exterior", "étranger", "etranger", "à l'étranger", "français de l'étranger",
	"estero", "circoscrizione estero", "ausland", "зарубежье", "за рубежом", "за рубежем", "закордон", "за кордоном", "zagranica", "za granicą", "za granica",
	"yurt dışı", "yurtdışı", "yurt disi", "abroad", "overseas", "out of country", "diaspora", "diáspora", "диаспора"}

// AbroadName reports whether s, a region's or a cell's whole text, names
// the voters abroad ("Diaspora", "Extranjero", "Abroad", "Зарубежье"),
// as the draft reads a region cell or a yes/no column's header.
func AbroadName(s string) bool {
	return slices.Contains(abroadW, strings.ToLower(strings.TrimSpace(s)))
}

// abroadColumn maps column i as the abroad column of m when its header
// names the voters abroad ("Abroad", "Diaspora", "Overseas") and its
// cells are yes/no words, both seen (Kenya's 2017 counties transcribed
// with a column "Abroad", yes on the Diaspora's row): abroad_values the
// cells as written, each yes true and no false.
func abroadColumn(m *Mapping, header []string, rows [][]string, i int) bool {
	if !AbroadName(trimHeader(header[i])) {
		return false
	}
	vals := map[string]bool{}
	var yes, no bool
	for _, rec := range rows {
		c := strings.TrimSpace(cellAt(rec, i))
		v, ok := yesNo([]byte(c))
		if !ok || c == "" {
			return false
		}
		vals[c] = v
		yes, no = yes || v, no || !v
	}
	if !yes || !no {
		return false
	}
	m.Abroad, m.AbroadValues = &Column{Header: trimHeader(header[i])}, vals
	return true
}

// draftPlaceCells says what the draft finds in the cells of the columns
// of places (precinct, region, okrug): a cell that is a text of
// not_given ("NA", Chile's three comunas of no region in Servel's count
// of 2022) names no place, and a count refuses it; and a region named as
// the voters abroad ("Extranjero") is the abroad column too, its cell
// abroad_values' (a precinct abroad is in no region).
func draftPlaceCells(m *Mapping, header []string, rows [][]string, guess func(string, ...any)) {
	if len(m.NotGiven) > 0 {
		precinct := -1
		if m.Precinct.Header != "" {
			precinct = columnOf(header, m.Precinct.Header)
		}
		// figures are the columns of the lines and votes mapped: a row
		// whose every one is empty (its not_given texts emptied) gives
		// nothing to count (Kenya's Diaspora row of 2022, "NA" in each
		// cell, its constituency and code too).
		var figures []int
		for _, c := range slices.Concat(slices.Collect(maps.Values(m.Lines)), slices.Collect(maps.Values(m.Votes))) {
			for _, cc := range append([]Column{c}, c.Columns...) {
				if i := columnOf(header, cc.Header); cc.Header != "" && i >= 0 {
					figures = append(figures, i)
				}
			}
		}
		nothing := func(rec []string) bool {
			return len(figures) > 0 && !slices.ContainsFunc(figures, func(i int) bool { return strings.TrimSpace(cellAt(rec, i)) != "" })
		}
		left := map[int]bool{} // the rows a condition below leaves out
		key := map[int]bool{}  // the precinct's columns
		for _, k := range []struct {
			what string
			col  *Column
		}{{"precinct", &m.Precinct}, {"region", m.Region}, {"okrug", m.Okrug}} {
			if k.col == nil {
				continue
			}
			cols := []Column{*k.col}
			if len(k.col.Columns) > 0 {
				cols = k.col.Columns
			}
			for _, c := range cols {
				i := columnOf(header, c.Header)
				if i < 0 || c.Header == "" || k.what != "precinct" && key[i] {
					continue // (a region's column that is the precinct's too: said as the precinct's)
				}
				if k.what == "precinct" {
					key[i] = true
				}
				var at []string
				n, text, empty := 0, "", true
				texts := map[string]bool{}
				var these []int
				for r, rec := range rows {
					v := strings.TrimSpace(cellAt(rec, i))
					if v == "" || !slices.Contains(m.NotGiven, v) || left[r] {
						continue
					}
					n, text, empty = n+1, v, empty && nothing(rec)
					texts[v] = true
					these = append(these, r)
					if len(at) < 5 {
						if precinct >= 0 && precinct != i && cellAt(rec, precinct) != "" {
							at = append(at, strconv.Quote(strings.TrimSpace(cellAt(rec, precinct))))
						} else {
							at = append(at, fmt.Sprintf("data row %d", r+1))
						}
					}
				}
				if n > 0 && empty {
					// Rows of nothing: left out, and a count says how many.
					if m.Rows == nil {
						m.Rows = &RowFilter{}
					}
					vs := slices.Sorted(maps.Keys(texts))
					m.Rows.Where = append(m.Rows.Where, Condition{Column: Column{Header: trimHeader(header[i])}, Except: vs})
					for _, r := range these {
						left[r] = true
					}
					guess("rows: %d rows whose column %d %q says %s, which not_given reads as a figure not given, give no figure either (the rows of %s%s): they name no place and hold nothing to count, so the mapping leaves them out (rows.where[%d]); a count says how many",
						n, i+1, trimHeader(header[i]), quoteAll(vs), strings.Join(at, ", "), more(n, len(at)), len(m.Rows.Where)-1)
				} else if n > 0 && k.what == "precinct" {
					guess("%s: %d cells of column %d %q say %q, which not_given reads as a figure not given: a place's name is none, and a count refuses such a cell (the rows of %s%s); write each row's %s in the file, or leave the cell empty",
						k.what, n, i+1, trimHeader(header[i]), text, strings.Join(at, ", "), more(n, len(at)), k.what)
				} else if n > 0 {
					// (A precinct must be named; its region or okrug
					// may be not given, as an empty cell says.)
					guess("%s: %d cells of column %d %q say %q, which not_given reads as a figure not given: a count reads each as an empty cell, the precinct's %s not given (the rows of %s%s), not a place named %q, and says so in a note",
						k.what, n, i+1, trimHeader(header[i]), text, k.what, strings.Join(at, ", "), more(n, len(at)), text)
				}
			}
		}
	}
	if m.Region == nil || m.Abroad != nil || len(m.Region.Columns) > 0 || m.Region.Header == "" {
		return
	}
	if draftCountryAbroad(m, header, rows, guess) {
		return
	}
	r := columnOf(header, m.Region.Header)
	if r < 0 {
		return
	}
	found := map[string]int{}
	for _, rec := range rows {
		v := strings.TrimSpace(cellAt(rec, r))
		if slices.Contains(abroadW, strings.ToLower(v)) {
			found[v]++
		}
	}
	if len(found) == 0 {
		return
	}
	m.Abroad = &Column{Header: m.Region.Header}
	m.AbroadValues = map[string]bool{}
	var said []string
	for _, v := range slices.Sorted(maps.Keys(found)) {
		m.AbroadValues[v] = true
		said = append(said, fmt.Sprintf("%q (%d rows)", v, found[v]))
	}
	guess("abroad: column %d %q, the region's too: its cells %s name the voters abroad, whose precincts are in no region (abroad_values); the other cells are regions", r+1, trimHeader(header[r]), strings.Join(said, ", "))
}

// countryW name, by whole words, a column of the country a row's
// precinct is in (Bolivia's OEP, "PAIS").
var countryW = []string{"pais", "país", "paises", "país mesa", "country", "pays", "paese", "страна", "ülke", "land"}

// draftCountryAbroad maps the region's column as the abroad column too
// where a column of countries (countryW) beside it gives two countries or
// more, one of most rows, the file's own: the other countries' rows are
// precincts abroad, whose region cells name foreign places, no region of
// the country (abroad_values) (Bolivia's cómputo of 2020: mesas in
// "Argentina" and "Alemania", their DEPARTAMENTO "Buenos Aires",
// "Berlín", were drafted as regions). With no country of most rows, the
// draft cannot tell the file's own and says so. It says whether it
// mapped the column.
func draftCountryAbroad(m *Mapping, header []string, rows [][]string, guess func(string, ...any)) bool {
	region := columnOf(header, m.Region.Header)
	for c := range header {
		h := lowerHeader(trimHeader(header[c]))
		if c == region || !anyWords(h, countryW) || anyWords(h, idH) || columnOf(header, m.Precinct.Header) == c {
			continue
		}
		n := map[string]int{}
		for _, rec := range rows {
			v := strings.TrimSpace(cellAt(rec, c))
			if v == "" || strings.Trim(v, "0123456789") == "" {
				return false // (a code, or a country not given)
			}
			n[v]++
		}
		if len(n) < 2 {
			continue
		}
		byRows := slices.SortedFunc(maps.Keys(n), func(a, b string) int { return cmp.Or(n[b]-n[a], strings.Compare(a, b)) })
		var said []string
		for _, v := range byRows {
			said = append(said, fmt.Sprintf("%q (%d rows)", v, n[v]))
		}
		home := byRows[0]
		if n[home]*2 <= len(rows) {
			guess("column %d %q names the country of each row, %s, none of them most rows: the rows of countries other than the file's own are precincts abroad, their region cells (column %d %q) foreign places, no region of the country; map it as abroad, abroad_values each country true but the file's own, false",
				c+1, trimHeader(header[c]), strings.Join(said, ", "), region+1, trimHeader(header[region]))
			return false
		}
		// The region's cells of the rows abroad name them (as Chile's
		// "Extranjero" does): abroad_values, the region column's own.
		places := map[string]bool{}
		for _, rec := range rows {
			if v := strings.TrimSpace(cellAt(rec, c)); v != home {
				places[strings.TrimSpace(cellAt(rec, region))] = true
			}
		}
		for _, rec := range rows {
			if v := strings.TrimSpace(cellAt(rec, c)); v == home && places[strings.TrimSpace(cellAt(rec, region))] || places[""] {
				return false // (a place named in both, or not named: not told apart)
			}
		}
		m.Abroad, m.AbroadValues = &Column{Header: m.Region.Header}, places
		guess("abroad: column %d %q, the region's too: column %d %q names the country of each row, %s; %q, of most rows, is the file's own, and the rows of the others are precincts abroad, in no region, their region cells %s foreign places (abroad_values); if %q is not the file's own country (a file of the rows abroad alone), every row is abroad: name its region cells in abroad_values too",
			region+1, trimHeader(header[region]), c+1, trimHeader(header[c]), strings.Join(said, ", "), home, quoteAll(slices.Sorted(maps.Keys(places))), home)
		return true
	}
	return false
}

// more says how many of n are left unsaid once shown are.
func more(n, shown int) string {
	if n > shown {
		return fmt.Sprintf(" and %d more", n-shown)
	}
	return ""
}

// placeWord names what a key field's cell names.
func placeWord(k fieldKind) string {
	switch k {
	case fRegion:
		return "region"
	case fOkrug:
		return "okrug"
	}
	return "precinct"
}

// okrugHeader says whether h (lower case) names a single-member
// district: a constituency, a riding, an electorate, an okrug.
func okrugHeader(h string) bool {
	return has(h, okrugH) || anyWords(h, okrugW) || anyWords(h, ridingW) || anyWords(h, electorateW) || edHeader(h)
}

// fewPlaces says whether the choices of column choice stand each in a
// quarter of the areas of column area at most (of four areas or more),
// but for one choice in ten (none of the above, on every ballot).
func fewPlaces(rows [][]string, choice, area int) bool {
	in := map[string]map[string]bool{}
	areas := map[string]bool{}
	for _, rec := range rows {
		c, a := cellAt(rec, choice), cellAt(rec, area)
		if in[c] == nil {
			in[c] = map[string]bool{}
		}
		in[c][a], areas[a] = true, true
	}
	wide := 0
	for _, as := range in {
		if len(as)*4 > len(areas) {
			wide++
		}
	}
	return len(areas) >= 4 && wide*10 < len(in)
}

// ridingW name, by whole words, Canada's single-member districts: a
// riding, in French a circonscription.
var ridingW = []string{"riding", "ridings", "circonscription", "circonscriptions"}

// electorateW name New Zealand's and Australia's single-member districts
// (an "electorate"), where a column of their names is one; in Britain the
// word is the number of voters on the list.
var electorateW = []string{"electorate", "electorates"}

// regionW name, by whole words, a region in a header: where the
// precinct's column is headed so, a row per region, it is the region
// too.
var regionW = []string{"region", "regions", "регион", "région", "regione", "región", "região", "regiao"}

// draftVotesCast maps a column of the votes cast (votesCounted: Colombia's
// "Num_Votos") to the ballots found, found_stationary, where the valid
// votes are mapped and it is on every row at least they, more on some
// (the invalid ones added); and returns it and its guess's index, or -1,
// -1. (Chile's "NUM VOTOS" of Putre, beside no valid votes, is the
// choices' votes: not it.)
func draftVotesCast(m *Mapping, header []string, rows [][]string, used, numeric []bool, nonEmpty []int, norm func(int) string, guess func(string, ...any)) (col, at int) {
	if _, ok := m.Lines[election.FoundStationary]; ok {
		return -1, -1
	}
	v := -1
	if c, ok := m.Lines[election.Valid]; ok && c.Header != "" {
		v = columnOf(header, c.Header)
	}
	if v < 0 {
		return -1, -1
	}
	for i := range header {
		if used[i] || !numeric[i] || nonEmpty[i] == 0 || !votesCounted(norm(i)) {
			continue
		}
		ok, under := beyond(rows, i, v)
		if !ok {
			continue
		}
		used[i] = true
		m.Lines[election.FoundStationary] = Column{Header: trimHeader(header[i])}
		guess("lines.found_stationary: column %d %q: the votes cast, on every row%s at least the valid votes of column %d %q and more on some (the invalid ones too): the ballots found (found_mobile not given)", i+1, trimHeader(header[i]), brokenRows(header, m.Precinct, under, i, []int{v}), v+1, trimHeader(header[v]))
		return i, len(m.Guesses) - 1
	}
	return -1, -1
}

// beyond says whether column c is, on every row where both are whole
// numbers ("223" or "223.0", as pandas writes them) but a few (fewRows:
// a file's own errors), at least column d, and more on one row at least;
// and returns the rows where it is less.
func beyond(rows [][]string, c, d int) (bool, [][]string) {
	whole := func(v string) (int64, bool) {
		v = strings.TrimSpace(v)
		if w, ok := strings.CutSuffix(v, ".0"); ok {
			v = w
		}
		n, err := parseInt([]byte(v))
		return n, err == nil
	}
	over, compared := false, 0
	var under [][]string
	for _, rec := range rows {
		x, ok1 := whole(cellAt(rec, c))
		y, ok2 := whole(cellAt(rec, d))
		if !ok1 || !ok2 {
			continue
		}
		compared++
		if x < y {
			under = append(under, rec)
		}
		over = over || x > y
	}
	return over && (len(under) == 0 || fewRows(len(under), compared)), under
}
