package ingest

import (
	"path/filepath"
	"slices"
	"strings"
)

// partyKindWords name, beside a party word, a kind of party rather than a
// party (Portugal's "party_type": Coalition, PoliticalParty), which splits
// no contest into primaries.
var partyKindWords = []string{"type", "kind", "category", "class", "tipo", "typ", "тип", "вид", "tür", "turu"}

// primaryColumn returns the text column of a long file, not yet used,
// that splits its choices into contests of their own, or -1: a column
// headed like a party's with a cell on every row and two values or more,
// each choice under one value alone, each value over two choices or more
// in some precinct, and some precinct with the rows of two values. So an
// office's party primaries read, given under one office name with the
// party in a column (OpenElections' Arkansas 2018: "Governor" with DEM and
// REP rows): counted as one contest, the Republican primary's winner
// would be the only one elected and the Democratic primary's not
// reported. A general election's party column names one candidate per
// party and contest, and is no such split; nor is a column headed
// otherwise (a gender, a ticket's letter or a flag of the elected splits
// a ballot's candidates alike).
// Where two values or more have two choices or more and others one (a
// primary unopposed, or parties of two candidates for two seats), the
// draft cannot tell: it returns the column as maybe, and -1. (One party
// of two candidates alone is too common a general election's to say.)
func primaryColumn(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, norm func(int) string, choice int, key []int) (col, maybe int) {
	maybe = -1
	if choice >= 0 && anyWords(norm(choice), partyWords) {
		return -1, -1 // the choices are parties: a list ballot's, no primaries
	}
	for i := range header {
		if used[i] || numeric[i] || i == choice || nonEmpty[i] != len(rows) || !anyWords(norm(i), partyWords) || anyWords(norm(i), partyKindWords) {
			continue
		}
		switch sets, many := splits(rows, i, choice, key); {
		case sets >= 2 && many == sets:
			return i, -1
		case sets >= 2 && many >= 2 && maybe < 0:
			maybe = i
		}
	}
	return -1, maybe
}

// splits returns how many sets column c splits the choices of column
// choice into, each choice in one set and some precinct (named by key)
// with the rows of two sets, and how many of them hold two choices or
// more in one precinct (a party's candidates in different districts are
// each one district's); or 0, 0 when it does not split them so. A few
// choices under two values or more (fewer than a quarter of them, each
// a set's choice beside two or more of its own in a precinct) are a
// candidate in two parties' primaries (Texas's of 2020: Rocky De La
// Fuente in the Democratic and the Republican primary for President),
// one candidacy in each set.
func splits(rows [][]string, c, choice int, key []int) (sets, many int) {
	of := map[string]string{}  // a choice's first value of c
	var two []string           // choices under two values or more
	pairs := map[string]bool{} // a choice and a value of c seen
	per := map[string]int{}    // choices per value
	at := map[string]string{}  // a precinct's first value of c
	shared := false            // some precinct has rows of two values
	in := map[string]string{}  // a precinct and value's first choice
	more := map[string]bool{}  // values of two choices in a precinct
	for _, rec := range rows {
		v, ch := cellAt(rec, c), cellAt(rec, choice)
		if v == "" {
			return 0, 0
		}
		if w, ok := of[ch]; !ok {
			of[ch] = v
		} else if w != v && !slices.Contains(two, ch) {
			two = append(two, ch)
		}
		if !pairs[ch+"\x00"+v] {
			pairs[ch+"\x00"+v] = true
			per[v]++
		}
		var k strings.Builder
		for _, i := range key {
			if i >= 0 {
				k.WriteString(cellAt(rec, i))
				k.WriteByte(0)
			}
		}
		// (Rows of one choice by vote mode are one choice's.)
		if first, ok := in[k.String()+"\x00"+v]; !ok {
			in[k.String()+"\x00"+v] = ch
		} else if first != ch {
			more[v] = true
		}
		if w, ok := at[k.String()]; !ok {
			at[k.String()] = v
		} else if w != v {
			shared = true
		}
	}
	if len(per) < 2 || !shared || 4*len(two) >= len(of) {
		return 0, 0
	}
	// (A choice of each value, in a precinct beside two others of it:
	// a candidate of each contest, not a general election's choice of
	// every party, whose parties name one candidate each.)
	for _, ch := range two {
		for v := range per {
			if pairs[ch+"\x00"+v] && !more[v] {
				return 0, 0
			}
		}
	}
	return len(per), len(more)
}

// draftPrimaries maps column p of a long file, which splits its choices
// into contests of their own (see primaryColumn), as a part of the okrug,
// after the contest's column (or the okrug's, if mapped), and of the
// precinct, before its own columns: each precinct gives a protocol for
// each contest on its ballot. The guess says how to undo it, for a file
// whose sets are one contest's (a party's several candidates for several
// seats, an open list).
func draftPrimaries(m *Mapping, header []string, rows [][]string, p, contest, choice int, guess func(string, ...any)) {
	var okrug []Column
	switch {
	case m.Okrug != nil && len(m.Okrug.Columns) > 0:
		okrug = append(okrug, m.Okrug.Columns...)
	case m.Okrug != nil:
		okrug = append(okrug, *m.Okrug)
	case contest >= 0:
		okrug = append(okrug, Column{Header: trimHeader(header[contest])})
	}
	okrug = append(okrug, Column{Header: trimHeader(header[p])})
	m.Okrug = &Column{Columns: okrug}
	precinct := []Column{{Header: trimHeader(header[p])}}
	if len(m.Precinct.Columns) > 0 {
		precinct = append(precinct, m.Precinct.Columns...)
	} else {
		precinct = append(precinct, m.Precinct)
	}
	m.Precinct = Column{Columns: precinct}
	_, list := contests(rows, p)
	two := "no choice in two"
	if names := underTwo(rows, p, choice); len(names) > 0 {
		two = "a choice in two or more, " + quoteAll(names) + ", a candidate in each of those primaries (one candidacy in each okrug, the same choice ID: a count warns X230 where both win)"
	}
	guess("okrug: %s together, and the precinct %s: column %d %q splits the choices of column %d %q into %d sets (%s), %s, each of two choices or more, given in the same precincts: each set a contest of its own (a party's primary), which elects its own: count under a rule set of single-member districts (--rules examples/fptp/rules.json); if they are one contest (a general election's party with several candidates), delete \"okrug\", take column %d out of the precinct and set \"ballot\": %q",
		m.Okrug, m.Precinct, p+1, trimHeader(header[p]), choice+1, trimHeader(header[choice]), len(distinctValues(rows, p)), list, two, p+1, "list")
}

// underTwo returns the choices of column choice under two values or more
// of column c, in file order.
func underTwo(rows [][]string, c, choice int) []string {
	of := map[string]string{}
	var two []string
	for _, rec := range rows {
		v, ch := cellAt(rec, c), cellAt(rec, choice)
		if w, ok := of[ch]; !ok {
			of[ch] = v
		} else if w != v && !slices.Contains(two, ch) {
			two = append(two, ch)
		}
	}
	return two
}

// partyOfNumbers returns the text column, headed like a party's, that
// names one party for each value of a long file's choice column of
// numbers (Uruguay's lists, "Descripcion1", each of one "Lema"), or -1:
// the seats may go to the parties, and the draft says how to count them.
func partyOfNumbers(header []string, rows [][]string, used, numeric []bool, nonEmpty []int, norm func(int) string, choice int) int {
	if !numeric[choice] {
		return -1
	}
	for i := range header {
		if used[i] || numeric[i] || nonEmpty[i] != len(rows) || !anyWords(norm(i), partyWords) {
			continue
		}
		of := map[string]string{}
		one := true
		for _, rec := range rows {
			v, ch := cellAt(rec, i), cellAt(rec, choice)
			if w, ok := of[ch]; ok && w != v {
				one = false
				break
			}
			of[ch] = v
		}
		if one {
			return i
		}
	}
	return -1
}

// maybePrimaries says, in a guess, that column p of a long file may split
// its choices into party primaries (see primaryColumn): some of its
// values have two choices or more, others one; the draft counts them as
// one contest, and says how to count each party's apart.
func maybePrimaries(header []string, rows [][]string, p, choice int, guess func(string, ...any)) {
	_, list := contests(rows, p)
	guess("column %d %q is not mapped, and the choices of column %d %q are counted as one contest; but each choice is under one of its values (%s), some of two choices or more in a precinct, others of one: one contest of several seats, or each value a party's primary (one unopposed), each electing its own; if primaries, map \"okrug\" to the contest's column and column %d together ({\"columns\": [...]}), put column %d before the precinct's, set \"ballot\": \"okrug\", and count under a rule set of single-member districts (--rules examples/fptp/rules.json)",
		p+1, trimHeader(header[p]), choice+1, trimHeader(header[choice]), list, p+1, p+1)
}

// distinctValues returns the values of column c in rows.
func distinctValues(rows [][]string, c int) map[string]bool {
	vs := map[string]bool{}
	for _, rec := range rows {
		vs[cellAt(rec, c)] = true
	}
	return vs
}

// primaryWords name a party primary, in a file's name or its contests'.
var primaryWords = []string{"primary", "primaries", "primaria", "primarias", "primarie", "primaire", "primaires", "primär", "vorwahl"}

// saysPrimary reports whether the file's name or a contest of column c
// (if c >= 0) names a primary. A party column that splits the choices
// into sets is no primary by itself: a general election's parties each
// run two candidates for two seats (New Jersey's General Assembly), and
// an open primary puts every party on one ballot (Louisiana's first
// round); split so, each party would elect its own.
func saysPrimary(file string, rows [][]string, c int) bool {
	name := strings.ToLower(filepath.Base(file))
	for _, w := range primaryWords {
		if strings.Contains(name, w) {
			return true
		}
	}
	if c < 0 {
		return false
	}
	for v := range distinctValues(rows, c) {
		if anyWords(strings.ToLower(v), primaryWords) {
			return true
		}
	}
	return false
}
