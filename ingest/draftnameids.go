package ingest

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shailoo/shailoo/election"
)

// nameIDs renames the choices (cols, each with its guess's index in
// votesAt) drafted from their headers alone (slugged) when those IDs do
// not tell them apart: two made the same (told apart by a suffix "-2"
// alone) or both cut at 32 letters within the first word that differs,
// as the words every header starts with fill them (the Duma's 2016
// "Политическая партия \"ЕДИНАЯ РОССИЯ\"", "Всероссийская политическая
// партия \"РОДИНА\"": "politicheskaya-partiya-kommunist" and
// "politicheskaya-partiya-kommunist-2"). Each ID is then made of the
// name in quotes in its header (the innermost, "ЯБЛОКО" of "Российская
// объединенная демократическая партия \"ЯБЛОКО\""), else of the header
// without the words that start or end most headers ("Komitet
// Wyborczy"), else of the header, the first of them that no other
// choice's ID has. A draft whose IDs tell the choices apart is left as
// it was.
func nameIDs(m *Mapping, cols []int, slugged map[int]bool, votesAt map[int]int, header, bare []string, common map[int]string) {
	var own []int      // the columns renamed
	var names []string // their headers, as an ID is made of them
	var ids []string   // their IDs now
	for _, c := range cols {
		id := ""
		for k, col := range m.Votes {
			if col.Header == trimHeader(header[c]) && len(col.Columns) == 0 {
				if id != "" {
					return // (two choices of one header: which is which?)
				}
				id = k
			}
		}
		if !slugged[c] || id == "" {
			continue
		}
		own = append(own, c)
		names = append(names, shortHeader(bare[c], common))
		ids = append(ids, id)
	}
	if len(own) < 2 || !idsBlur(names) {
		return
	}
	taken := map[string]bool{election.AgainstAll: true} // (the IDs of the other choices)
	for id := range m.Votes {
		taken[id] = !slices.Contains(ids, id)
	}
	count, shared := wordCounts(names)
	// Each column's candidates, and what each is made of.
	cands, whys := make([][]string, len(own)), make([][]string, len(own))
	for k, h := range names {
		inner, whole := quotedName(h)
		for n, s := range []string{inner, whole, withoutCommon(h, count, len(names)), h} {
			if id := slug(s); anyLetter(id) && !slices.Contains(cands[k], id) {
				cands[k], whys[k] = append(cands[k], id), append(whys[k], nameWhy(n, shared))
			}
		}
		if len(cands[k]) == 0 {
			cands[k], whys[k] = []string{ids[k]}, []string{nameWhy(3, shared)}
		}
	}
	// Each takes its first candidate; those that share one take their
	// next, until none can.
	at := make([]int, len(own))
	for moved := true; moved; {
		moved = false
		seen := map[string]int{}
		for k := range own {
			seen[cands[k][at[k]]]++
		}
		for k := range own {
			if id := cands[k][at[k]]; (seen[id] > 1 || taken[id]) && at[k]+1 < len(cands[k]) {
				at[k]++
				moved = true
			}
		}
	}
	// Those that share their last candidate too: the words of each
	// header that the others of its group lack ("... Один", "... Два").
	groups := map[string][]int{}
	for k := range own {
		groups[cands[k][at[k]]] = append(groups[cands[k][at[k]]], k)
	}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		common := headerWords(names[g[0]])
		for _, k := range g[1:] {
			words := headerWords(names[k])
			common = slices.DeleteFunc(common, func(w string) bool { return !slices.Contains(words, w) })
		}
		for _, k := range g {
			words := slices.DeleteFunc(headerWords(names[k]), func(w string) bool { return slices.Contains(common, w) })
			if id := slug(strings.Join(words, " ")); anyLetter(id) {
				cands[k], whys[k] = append(cands[k], id), append(whys[k], "the words of its header that the others which start as it does lack")
				at[k] = len(cands[k]) - 1
			}
		}
	}
	renamed := map[string]string{}
	for k, c := range own {
		id := cands[k][at[k]]
		for base, n := id, 2; taken[id]; n++ {
			id = base + "-" + strconv.Itoa(n)
		}
		taken[id] = true
		if id == ids[k] {
			continue
		}
		renamed[ids[k]] = id
		why := whys[k][at[k]]
		g := &m.Guesses[votesAt[c]]
		*g = strings.Replace(*g, "votes."+ids[k]+": ", "votes."+id+": ", 1)
		*g = strings.Replace(*g, "; rename the ID as you like)", "; its ID made of "+why+", not of the header's first letters, \""+ids[k]+"\", which the choices' headers share; rename the ID as you like)", 1)
	}
	votes := map[string]Column{}
	for id, col := range m.Votes {
		if to, ok := renamed[id]; ok {
			id = to
		}
		votes[id] = col
	}
	m.Votes = votes
}

// nameWhy says what nameIDs made an ID of: its n-th candidate.
func nameWhy(n int, shared []string) string {
	switch n {
	case 0:
		return "the innermost name in quotes in its header"
	case 1:
		return "the name in quotes in its header"
	case 2:
		return fmt.Sprintf("its header without the words most choices' headers start or end with (%s)", strings.Join(shared, ", "))
	}
	return "its whole header"
}

// idsBlur says whether the IDs slug makes of names fail to tell them
// apart: two the same where the names differ in words, or two cut at 32
// letters that differ in their last, cut, word alone.
func idsBlur(names []string) bool {
	by := map[string]string{}
	cut := map[string]bool{}
	for _, h := range names {
		id := slug(h)
		if o, ok := by[id]; ok && !slices.Equal(headerWords(o), headerWords(h)) {
			return true
		}
		by[id] = h
		if utf8.RuneCountInString(id) >= 32 {
			stem := id[:max(strings.LastIndexByte(id, '-'), 0)]
			if cut[stem] {
				return true
			}
			cut[stem] = true
		}
	}
	return false
}

// headerWords splits a header into its words, in lower case.
func headerWords(h string) []string {
	return strings.FieldsFunc(strings.ToLower(h), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
}

// wordCounts returns how many of names have each word, and the words
// more than half of them have (shared, in the order of the first name
// that has them).
func wordCounts(names []string) (count map[string]int, shared []string) {
	count = map[string]int{}
	var order []string
	for _, h := range names {
		seen := map[string]bool{}
		for _, w := range headerWords(h) {
			if !seen[w] {
				seen[w] = true
				if count[w]++; count[w] == 1 {
					order = append(order, w)
				}
			}
		}
	}
	for _, w := range order {
		if count[w] >= 2 && 2*count[w] > len(names) {
			shared = append(shared, w)
		}
	}
	return count, shared
}

// withoutCommon is h without the words it starts with up to the last of
// them that more than half of the names have, each of them in another
// name too ("Koalicyjny Komitet Wyborczy Trzecia Droga": "Trzecia
// Droga", where most names start "Komitet Wyborczy"), and without those
// that more than half have that it ends with ("... Party"); or h, where
// no word with a letter is left. (count: wordCounts of the n names.)
func withoutCommon(h string, count map[string]int, n int) string {
	words := headerWords(h)
	most := func(w string) bool { return count[w] >= 2 && 2*count[w] > n }
	i, j := 0, len(words)
	for k := 0; k < j && count[words[k]] >= 2; k++ {
		if most(words[k]) {
			i = k + 1
		}
	}
	for j > i && most(words[j-1]) {
		j--
	}
	if rest := strings.Join(words[i:j], " "); anyLetter(rest) {
		return rest
	}
	return h
}

// quotedName returns the name in quotes in h: the innermost, where a
// name in quotes holds another ("Российская экологическая партия
// "Зеленые"", the CSV's doubled quotes run together), and the whole
// text between the first and the last quote. Quotes «» nest by their
// direction; straight and curly ones nest where three stand in h, or four
// whose last two stand side by side ("A "B"").
func quotedName(h string) (inner, whole string) {
	var at []int // the byte offsets of the quotes
	var deep, depth int
	for i, r := range h {
		switch r {
		case '"', '„', '“', '”':
			at = append(at, i)
		case '«':
			if depth++; depth == 2 {
				deep = i + len("«")
			}
		case '»':
			if depth == 2 && deep > 0 && inner == "" {
				inner = h[deep:i]
			}
			depth = max(depth-1, 0)
		}
	}
	after := func(i int) int { _, n := utf8.DecodeRuneInString(h[i:]); return i + n }
	if a, b := strings.IndexRune(h, '«'), strings.LastIndex(h, "»"); a >= 0 && b > a {
		whole = h[a+len("«") : b]
	} else if len(at) >= 2 {
		whole = h[after(at[0]):at[len(at)-1]]
	}
	if inner == "" && (len(at) == 3 || len(at) == 4 && strings.TrimSpace(h[after(at[2]):at[3]]) == "") {
		inner = h[after(at[1]):at[2]]
	}
	return strings.Trim(inner, "«»\"„“” "), strings.Trim(whole, "«»\"„“” ")
}

// anyLetter says whether s has a letter.
func anyLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }
