package ingest

import "strings"

// lowerHeader is h in lower case as the draft's word lists read it: "ё"
// as "е", and the Turkish capital "İ" as "i" (strings.ToLower writes it
// "i" and a combining dot above, U+0307, which no word list holds).
func lowerHeader(h string) string {
	return strings.NewReplacer("ё", "е", "\u0307", "").Replace(strings.ToLower(h))
}

// togetherW name, by whole words, the votes of several choices given as
// one: "other" choices (India's Form 20 "Other Candidate Votes",
// Ukraine's "Other parties"), and Turkey's independent candidates added
// together ("Bağımsız", "BĞMSZ", "BĞMZ"), who are no party.
var (
	othersW      = []string{"other", "others"}
	independentW = []string{"bağımsız", "bağimsiz", "bagimsiz", "bağımsızlar", "bagimsizlar", "bğmsz", "bğmz", "bgmsz", "bgmz"}
)

// togetherNote is the note of a choice whose header or name (what, of h
// in lower case) says it is the votes of several choices together, or
// "": counted as one choice, it may win a seat none of them won.
func togetherNote(h, what string) string {
	switch {
	case anyWords(h, othersW):
		return "; its " + what + " says it gives other choices' votes together: counted as one choice, it may win a seat that none of them won; keep it for the sum of the valid votes, and give the seat by the choices' own figures"
	case anyWords(h, independentW):
		return "; its " + what + " says it gives the independent candidates' votes together, no party's: counted as one choice, it may win a seat that none of them won; keep it for the sum of the valid votes, and give the seat by the candidates' own figures"
	}
	return ""
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
// holds a cell of two dots; or nil. Turkey's files write "17.513" voters.
func dotThousands(rows [][]string, ncol int, counts func(int) bool) []int {
	grouped := make([]int, ncol)
	whole := make([]bool, ncol)
	for i := range whole {
		whole[i] = true
	}
	named := false
	for _, rec := range rows {
		for i, c := range rec {
			c = strings.TrimSpace(c)
			if c == "" || !strings.Contains(c, ".") && isInt(c) {
				continue
			}
			digitsAndDots := strings.Trim(strings.TrimPrefix(c, "-"), "0123456789.") == "" && strings.ContainsAny(c, "0123456789")
			n := dotGroups(c)
			switch {
			case n > 0 && i < ncol:
				grouped[i]++
				named = named || n > 1
			case digitsAndDots:
				return nil
			case i < ncol:
				whole[i] = false
			}
		}
	}
	var cols []int
	for i := range grouped {
		if grouped[i] > 0 && whole[i] {
			cols = append(cols, i)
			named = named || counts(i)
		}
	}
	if !named {
		return nil
	}
	return cols
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
