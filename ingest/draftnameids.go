package ingest

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

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
// choice's ID has; else of the words of its header that the others
// alike lack. A draft whose IDs tell the choices apart is left as it
// was.
func nameIDs(m *Mapping, cols []int, slugged map[int]bool, votesAt map[int]int, header, bare []string, common map[int]string) {
	idOf := map[string]string{} // each choice's ID by its header ("" where two have it)
	for id, col := range m.Votes {
		if _, two := idOf[col.Header]; two || len(col.Columns) > 0 {
			id = ""
		}
		idOf[col.Header] = id
	}
	var own []int      // the columns renamed
	var names []string // their headers, as an ID is made of them
	var ids []string   // their IDs now
	for _, c := range cols {
		if id := idOf[trimHeader(header[c])]; slugged[c] && id != "" {
			own, ids = append(own, c), append(ids, id)
			names = append(names, shortHeader(bare[c], common))
		}
	}
	if len(own) < 2 || !idsBlur(names) {
		return
	}
	taken := map[string]bool{election.AgainstAll: true} // (the IDs of the other choices)
	for id := range m.Votes {
		taken[id] = !slices.Contains(ids, id)
	}
	count, shared := wordCounts(names)
	// Each column's candidates, and what each is made of (nameWhy).
	cands, whys := make([][]string, len(own)), make([][]int, len(own))
	for k, h := range names {
		inner, whole := quotedName(h)
		for n, s := range []string{inner, whole, withoutCommon(h, count, len(names)), h, ids[k]} {
			if id := slug(s); n < 4 && anyLetter(id) && !slices.Contains(cands[k], id) || n == 4 && len(cands[k]) == 0 {
				cands[k], whys[k] = append(cands[k], slug(s)), append(whys[k], min(n, 3))
			}
		}
	}
	// Each takes its first candidate; those that share one take their
	// next, until none can; those that share their last take the words of
	// their headers that the others of their group lack ("... Один",
	// "... Два").
	at := make([]int, len(own))
	for {
		seen := map[string][]int{}
		for k := range own {
			seen[cands[k][at[k]]] = append(seen[cands[k][at[k]]], k)
		}
		moved := false
		for id, g := range seen {
			for _, k := range g {
				if (len(g) > 1 || taken[id]) && at[k]+1 < len(cands[k]) {
					at[k]++
					moved = true
				}
			}
		}
		for _, g := range seen {
			for _, k := range g {
				if len(g) < 2 || moved || whys[k][at[k]] == 4 {
					continue
				}
				if id := slug(groupWords(names, g, k)); anyLetter(id) {
					cands[k], whys[k] = append(cands[k], id), append(whys[k], 4)
					at[k] = len(cands[k]) - 1
				}
			}
		}
		if !moved {
			break
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
		why := nameWhy[whys[k][at[k]]]
		if whys[k][at[k]] == 2 {
			why += " (" + strings.Join(shared, ", ") + ")"
		}
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

// groupWords is the words of names[k] that some other name of the group
// g lacks, joined by spaces.
func groupWords(names []string, g []int, k int) string {
	in := map[string]int{}
	for _, o := range g {
		words := headerWords(names[o])
		for i, w := range words {
			if !slices.Contains(words[:i], w) {
				in[w]++
			}
		}
	}
	var b strings.Builder
	for _, w := range headerWords(names[k]) {
		if in[w] < len(g) {
			b.WriteString(w + " ")
		}
	}
	return b.String()
}

// nameWhy says what nameIDs made an ID of, by its candidate's number.
var nameWhy = []string{
	"the innermost name in quotes in its header",
	"the name in quotes in its header",
	"its header without the words most choices' headers start or end with",
	"its whole header",
	"the words of its header that the others which start as it does lack",
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
		if len([]rune(id)) >= 32 {
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
	most := max(2, len(names)/2+1) // (more than half)
	for _, h := range names {
		words := headerWords(h)
		for i, w := range words {
			if !slices.Contains(words[:i], w) {
				if count[w]++; count[w] == most {
					shared = append(shared, w)
				}
			}
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

// quotedName returns the name in quotes in h: the innermost, where a name
// in quotes holds another ("Российская экологическая партия "Зеленые"",
// the CSV's doubled quotes run together; «Зелёные «Листья»»), and the
// whole text between the first and the last quote. Quotes nest where
// three stand in h, or four whose last two stand side by side ("A "B"");
// four apart are two names ("A" и "B").
func quotedName(h string) (inner, whole string) {
	var at []int // the byte offsets of the quotes, and of what follows each
	for i, r := range h {
		if strings.ContainsRune("\"«»„“”", r) {
			at = append(at, i, i+len(string(r)))
		}
	}
	if n := len(at) / 2; n == 3 || n == 4 && strings.TrimSpace(h[at[5]:at[6]]) == "" {
		inner = strings.TrimSpace(h[at[3]:at[4]])
	}
	if len(at) >= 4 {
		whole = strings.TrimSpace(h[at[1]:at[len(at)-2]])
	}
	return inner, whole
}

// anyLetter says whether s has a letter.
func anyLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }
