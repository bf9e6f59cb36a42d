package ingest

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

// lowerHeader is h in lower case as the draft's word lists read it: "ё"
// as "е", and the Turkish capital "İ" as "i" (strings.ToLower writes it
// "i" and a combining dot above, U+0307, which no word list holds); a
// whole header in Chinese or Korean as its English words (glossHeader).
func lowerHeader(h string) string {
	return glossHeader(lowerFold.Replace(strings.ToLower(h)))
}

// lowerFold folds "ё" to "е" and drops a combining dot (Turkish "İ"
// lowered), made once: built at each header it cost a wide file's draft
// a tenth of its time.
var lowerFold = strings.NewReplacer("ё", "е", "\u0307", "")

// togetherW name, by whole words, the votes of several choices given as
// one: "other" choices (India's Form 20 "Other Candidate Votes",
// Ukraine's "Other parties"), and Turkey's independent candidates added
// together ("Bağımsız", "BĞMSZ", "BĞMZ"), who are no party.
var (
	othersW      = []string{"other", "others"}
	independentW = []string{"bağımsız", "bağimsiz", "bagimsiz", "bağımsızlar", "bagimsizlar", "bğmsz", "bğmz", "bgmsz", "bgmz"}
)

// togetherNote is the note of a choice whose header or name (what, of h
// in lower case) says it is the votes of several choices together (its
// words "other", or whole one of pooledTexts: "Otros", "Altri"), or
// "": counted as one choice, it may win a seat none of them won, so the
// draft writes it under aggregates (aggregateGuess).
func togetherNote(h, what string) string {
	switch {
	case anyWords(h, othersW) || slices.Contains(pooledTexts, strings.Join(strings.FieldsFunc(h, notWordRune), " ")):
		return "; its " + what + " says it gives other choices' votes together: counted as one choice, it may win a seat that none of them won; kept for the sum of the valid votes, and written under aggregates (never elected)"
	case anyWords(h, independentW):
		return "; its " + what + " says it gives the independent candidates' votes together, no party's: counted as one choice, it may win a seat that none of them won; kept for the sum of the valid votes, and written under aggregates (never elected)"
	}
	return ""
}

// aggregateGuess is the guess of a choice the draft writes under
// aggregates (Mapping.Aggregates), what naming it (a column or a cell
// text).
func aggregateGuess(id, what string) string {
	return fmt.Sprintf("aggregates: %s (the choice %s) reads as the sum of several people's votes, or as no candidate: counted as valid votes, never elected (an okrug where it would take a seat or a second-round place, or ties for one, is not decided); delete it from aggregates if it is one candidate", what, id)
}

// dotGroups returns how many dots c has when it is a whole number written
// with dots between groups of thousands ("17.513", "1.234.567"), its first
// group no 0 ("0.513" is a decimal), or 0.
func dotGroups(c string) int {
	parts := strings.Split(strings.TrimPrefix(c, "-"), ".")
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 || parts[0][0] == '0' {
		return 0
	}
	for k, p := range parts {
		if strings.Trim(p, "0123456789") != "" || k > 0 && len(p) != 3 {
			return 0
		}
	}
	return len(parts) - 1
}

// dotThousands returns the columns whose cells are whole numbers, some
// written with dots between groups of thousands (dotGroups), where a dot
// reads so in every cell of rows made of digits and dots alone (one
// decimal, "38.57", and the file's dots are decimal points: "17.513" is
// then a rate too) and one of those columns says it counts (counts) or
// holds a cell of two dots, or beside its grouped cells holds bare whole
// numbers (North Macedonia's "19.261" beside "84": a column of rates
// writes its decimals in every cell); or nil, and mixed says which
// columns only the bare numbers beside them read so. Turkey's files
// write "17.513" voters.
func dotThousands(rows [][]string, ncol int, counts func(int) bool) (cols, mixed []int) {
	grouped := make([]int, ncol)
	bare := make([]int, ncol)
	whole := make([]bool, ncol)
	for i := range whole {
		whole[i] = true
	}
	named := false
	for _, rec := range rows {
		for i, c := range rec {
			c = strings.TrimSpace(c)
			if c == "" || !strings.Contains(c, ".") && isInt(c) {
				if c != "" && i < ncol {
					bare[i]++
				}
				continue
			}
			digitsAndDots := strings.Trim(strings.TrimPrefix(c, "-"), "0123456789.") == "" && strings.ContainsAny(c, "0123456789")
			n := dotGroups(c)
			switch {
			case n > 0 && i < ncol:
				grouped[i]++
				named = named || n > 1
			case digitsAndDots:
				return nil, nil
			case i < ncol:
				whole[i] = false
			}
		}
	}
	for i := range grouped {
		if grouped[i] > 0 && whole[i] {
			cols = append(cols, i)
			named = named || counts(i)
		}
	}
	if named {
		return cols, nil
	}
	for _, i := range cols {
		if bare[i] == 0 {
			return nil, nil
		}
	}
	return cols, cols
}

// observedW name, by whole words, Uruguay's observed votes and the others
// ("Total_Votos_Observados", "Total_Votos_NO_Observados").
var observedW = []string{"observados", "observado", "observadas"}

// voteForW name, by whole words, the number of choices a voter may mark
// in a contest, its seats to fill (North Carolina's "Vote For"): a small
// number, the same on every row of the contest, never a choice's votes.
var voteForW = []string{"vote for", "votefor", "number to elect", "seats to fill"}

const voteForNote = "how many choices a voter may mark, the seats to fill, not a choice's votes"

// modeParts says whether parts, the columns whose sum is a total, each
// name a way of voting (voteModeWords: Election Day, One Stop, Absentee by
// Mail) and none a total: the parts of one figure, never choices.
func modeParts(header []string, parts []int) bool {
	names := map[string]int{}
	for _, p := range parts {
		names[trimHeader(header[p])]++
	}
	return len(parts) >= 2 && len(names) == len(parts) && voteModes(names)
}

// sharedNumber returns the first word that begins three headers or more
// and every header numbered reads as a list's number ("2.K", the second
// round, in "2.K Äänioikeutettuja", "2.K Sauli Niinistö ääniä"), or "":
// the number of the file's round or part, shared by its lines and
// choices alike, where lists are numbered each its own ("1. A", "2. B").
func sharedNumber(header []string) string {
	word, n := "", 0
	for _, h := range header {
		h = trimHeader(h)
		if _, ok := numbered(h); !ok {
			continue
		}
		w, _, _ := strings.Cut(h, " ")
		if word != "" && w != word {
			return ""
		}
		word, n = w, n+1
	}
	if n < 3 {
		return ""
	}
	return word
}

// withoutShared returns the headers without the word sharedNumber finds
// before them, or header itself when there is none: what the draft reads
// as a list's number and makes a choice's ID of.
func withoutShared(header []string) []string {
	w := sharedNumber(header)
	if w == "" {
		return header
	}
	bare := make([]string, len(header))
	for i, h := range header {
		h = trimHeader(h)
		if rest, ok := strings.CutPrefix(h, w+" "); ok {
			h = strings.TrimSpace(rest)
		}
		bare[i] = h
	}
	return bare
}

// modePrefixes begin a word that names the votes of one way of voting
// (Finnish "ennakkoääniä", the votes cast in advance, of "ääniä";
// Swedish "förhandsröster" of "röster").
var modePrefixes = []string{"ennakko", "förhands", "förhand"}

// modePartOf returns the column whose header is column i's without a word
// for a way of voting (voteModeWords: "Advance"; or a modePrefixes
// prefix of one of its words), or -1: column i gives the votes of that
// way alone, a part of that column's, never a choice of its own.
// ("Pekka Haavisto ennakkoääniä", the advance votes, beside "Pekka
// Haavisto ääniä", all of his votes.)
func modePartOf(header []string, i int) int {
	words := func(h string) []string { return strings.Fields(lowerHeader(trimHeader(h))) }
	wi := words(header[i])
	// (Only a header with such a word is looked at beside the others.)
	if !slices.ContainsFunc(wi, func(w string) bool {
		return slices.Contains(voteModeWords, w) || slices.ContainsFunc(modePrefixes, func(p string) bool { return strings.HasPrefix(w, p) })
	}) {
		return -1
	}
	for j := range header {
		if j == i {
			continue
		}
		wj := words(header[j])
		switch len(wi) - len(wj) {
		case 1: // a word more, a way of voting
			for k, w := range wi {
				if slices.Contains(voteModeWords, w) || slices.Contains(modePrefixes, w) {
					if slices.Equal(slices.Delete(slices.Clone(wi), k, k+1), wj) {
						return j
					}
				}
			}
		case 0: // one word more in a compound
			diff := -1
			for k := range wi {
				if wi[k] != wj[k] {
					if diff >= 0 {
						diff = -2
						break
					}
					diff = k
				}
			}
			if diff < 0 {
				continue
			}
			for _, p := range modePrefixes {
				if rest, ok := strings.CutPrefix(wi[diff], p); ok && rest == wj[diff] {
					return j
				}
			}
		}
	}
	return -1
}

// indexColumn returns the column headed "idx" or "index" whose cells
// rise from row to row (rising), or -1: an index of the rows, which
// names no precinct.
func indexColumn(header []string, rows [][]string) int {
	for i, h := range header {
		// (ondata's "_link", a row's number from 0, joins its files.)
		if h := lowerHeader(trimHeader(h)); (h == "idx" || h == "index" || h == "_link" && len(rows) > 0 && cellAt(rows[0], i) == "0") && rising(rows, i) {
			return i
		}
	}
	return -1
}

// choicesOfOneArea says how a long mapping reads a file of one area whose
// rows are its choices (column choice names them): its votes in the
// column of figures named as votes or counted (the first such), or in the
// one column of figures left, the thousands separator the draft found,
// and the precinct as a value, which the file does not name. A column
// whose few values repeat across the choices (an area's number, 6 and 7
// on 119 rows) holds no choice's votes; of several columns of figures
// none named as votes, it names none: one column of many would count
// one area's part of the votes (a column per polling division: the file
// is transposed).
func choicesOfOneArea(header []string, rows [][]string, used, numeric []bool, values []map[string]int, choice int, thousands string, norm func(int) string) string {
	var figures []string
	votes := -1
	for i := range header {
		if used[i] || !numeric[i] || i == choice || len(rows) >= 4 && 2*len(values[i]) <= len(rows) {
			continue
		}
		figures = append(figures, trimHeader(header[i]))
		if votes < 0 && (namedVotes(norm(i)) || anyWords(norm(i), countedW)) && !anyWords(norm(i), totalH) {
			votes = i
		}
	}
	switch {
	case votes >= 0:
	case len(figures) == 1:
		votes = columnOf(header, figures[0])
	case len(figures) > 1:
		return fmt.Sprintf(": %d columns hold figures (%s), none named as votes: if each is an area's (a column per polling division), the file is transposed, its rows the choices (\"layout\": \"transposed\", \"label_column\": %q)", len(figures), quoteAll(figures), trimHeader(header[choice]))
	default:
		return ""
	}
	sep := ""
	if thousands != "" {
		sep = fmt.Sprintf(", \"thousands\": %q", thousands)
	}
	return fmt.Sprintf(`: read them as a long file, {"layout": "long", "precinct": {"value": "the area's ID"}, "choice_column": %q, "votes_column": %q%s, "choice_values": {...}}, one protocol of the choices' votes (%q, %q, ...)`,
		trimHeader(header[choice]), trimHeader(header[votes]), sep, cellAt(rows[0], choice), cellAt(rows[1], choice))
}

// wholeCell says whether a cell of rows is a whole number.
func wholeCell(rows [][]string) bool {
	return slices.ContainsFunc(rows, func(rec []string) bool {
		return slices.ContainsFunc(rec, func(c string) bool { return isInt(strings.TrimSpace(c)) })
	})
}

// dotThousandsNote says what else the cells of a file whose columns cols
// group thousands with dots tell of its numbers, or "": whole numbers
// written with a leading zero ("09", as Kosovo's KQZ writes small
// counts), read as the number, and decimals written with a comma
// ("62,87%"), as where a dot groups thousands.
func dotThousandsNote(rows [][]string, cols []int) string {
	zeros, zero, comma := 0, "", ""
	for _, rec := range rows {
		for i, c := range rec {
			c = strings.TrimSpace(c)
			if slices.Contains(cols, i) && len(c) > 1 && c[0] == '0' && isInt(c) {
				if zeros++; zeros == 1 {
					zero = c
				}
			}
			if w, f, ok := strings.Cut(strings.TrimSuffix(c, "%"), ","); comma == "" && ok && w != "" && f != "" && strings.Trim(w+f, "0123456789") == "" {
				comma = c
			}
		}
	}
	note := ""
	if zeros > 0 {
		note += fmt.Sprintf("; %d cells of those columns are written with a leading zero (the first %q), each read as the whole number", zeros, zero)
	}
	if comma != "" {
		note += fmt.Sprintf("; decimals beside them are written with a comma (%q), as where a dot groups thousands", comma)
	}
	return note
}

// numberedWord says whether w, one word, is a number as numbered reads
// one before a name ("2.K", "3.").
func numberedWord(w string) bool {
	_, ok := numbered(w + " x")
	return ok && w != "" && !strings.ContainsAny(w, " \t")
}

// notWordRune says whether r parts words: neither a letter, a digit nor a
// mark (a vowel or tone mark is a part of its word in Thai, Devanagari,
// Bengali, Khmer).
func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
}

// draftTogether writes under aggregates the choices of the columns
// together, whose headers say they give several choices' votes together
// (togetherNote), each with its guess. (The UK's "All other candidates"
// of 2024, a guess alone, was counted as a candidate and elected in 4
// seats that Labour or an Independent won.)
func draftTogether(m *Mapping, header []string, together []int, guess func(string, ...any)) {
	for _, i := range together {
		h := trimHeader(header[i])
		for _, id := range slices.Sorted(maps.Keys(m.Votes)) {
			if c := m.Votes[id]; c.Header == h && len(c.Columns) == 0 && !slices.Contains(m.Aggregates, id) {
				m.Aggregates = append(m.Aggregates, id)
				guess("%s", aggregateGuess(id, fmt.Sprintf("column %d %q", i+1, h)))
			}
		}
	}
}
