package ingest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// headerGloss gives the draft's English words for whole headers in
// Chinese and Korean, which write no space between words, so that the
// word lists (lineWords, englishLineWords, regionH, precinctH, choiceH,
// ...) read them as they read an English header. Only a whole header is
// glossed: "有效同意票數" (the valid "yes" votes) is no "有效票數" (the
// valid votes). The words chosen are those the draft reads as the form's
// line or the role the header names; a mapping still names the column by
// its own header.
//
// Chinese (Taiwan's Central Election Commission, in traditional
// characters): 投票權人數 and 選舉人數, those
// entitled to vote; 發出票數, the ballots issued; 投票數, the ballots
// cast (found in the box); 有效票數 and 無效票數, the valid and invalid
// ballots; 已領未投票數, ballots taken and not cast (lost to the count);
// 用餘票數, the ballots left unused; 縣市, the county or city (a region);
// 鄉鎮市區, the township, district or city within it; 村里, the village;
// 投開票所, the polling station; 號次, a candidate's number on the
// ballot (no figure); 候選人, the candidate; 推薦政黨 and 政黨, the
// party; 得票數, the votes. The counts of areas expected and reported
// (應送, 已送) are no figure of a protocol.
//
// Korean (the National Election Commission's tables): 시도명, the
// province; 시군구명, the city, county or district within it; 읍면동명,
// the town; 투표구명, the polling district; 선거인수, the electorate;
// 투표수, the ballots cast; 계, the total of the candidates' votes (the
// valid votes); 무효투표수, the invalid ballots; 기권자수, the
// abstentions; 후보자, the candidate; 정당, the party; 득표수, the votes.
var headerGloss = [...]struct{ h, en string }{
	{"投票權人數", "registered voters"},
	{"選舉人數", "registered voters"},
	{"發出票數", "ballots issued"},
	{"投票數", "ballots cast"},
	{"有效票數", "valid votes"},
	{"無效票數", "invalid votes"},
	{"已領未投票數", "lost ballots"},
	{"用餘票數", "cancelled ballots"},
	{"投票率", "turnout"},
	{"縣市", "county"},
	{"縣市別", "county code"},
	{"省市別", "province code"},
	{"鄉鎮市區", "township"},
	{"村里", "village"},
	{"投開票所", "polling station"},
	{"投開票所編號", "polling station number"},
	{"編號", "code"},
	{"號次", "number"},
	{"候選人", "candidate"},
	{"推薦政黨", "party"},
	{"政黨", "party"},
	{"得票數", "votes"},
	{"應送達鄉鎮市區數", "expected number of townships"},
	{"已送達鄉鎮市區數", "reported number of townships"},
	{"應送投開票所數", "expected number of polling stations"},
	{"已送投開票所數", "reported number of polling stations"},
	{"開票進度百分比", "percent counted"},
	{"同意票數", "yes votes"},
	{"不同意票數", "no votes"},
	{"시도명", "province name"},
	{"시군구명", "municipality name"},
	{"읍면동명", "town name"},
	{"투표구명", "polling district name"},
	{"선거인수", "registered voters"},
	{"투표수", "ballots cast"},
	{"계", "total"},
	{"무효투표수", "invalid votes"},
	{"기권자수", "abstentions"},
	{"후보자", "candidate"},
	{"정당", "party"},
	{"득표수", "votes"},
}

// glossHeader returns the English words headerGloss gives h (lower
// case, trimmed of spaces) in full, or h itself. (A table, not a map: a
// map's entries are made by code at start, in the counter's module too.)
func glossHeader(h string) string {
	t := strings.TrimSpace(h)
	if t == "" || t[0] < 0x80 {
		return h // (every header glossed begins with a letter outside ASCII)
	}
	for _, g := range headerGloss {
		if g.h == t {
			return g.en
		}
	}
	return h
}

// choiceNumber says whether column i of a long file's rows is the number
// of each choice (column choice): one value for each choice on every
// row, another for each other choice, over more rows than choices (a
// candidate's number on the ballot, Taiwan's 號次, a list's "Nr"). Added
// to the choice's votes it would add 1, 2, 3 to its figures: no part of
// a votes sum, whatever its header says.
func choiceNumber(rows [][]string, choice, i int) bool {
	n := distinct(rows, choice)
	return choice >= 0 && i != choice && len(rows) > n && distinct(rows, i) == n && distinct(rows, choice, i) == n
}

// oneContest says whether the rows of a long file are of one contest:
// each precinct (the columns of key that are not -1) names every choice
// of column choice, two or more, once.
func oneContest(rows [][]string, key []int, choice int) bool {
	key = slices.DeleteFunc(slices.Clone(key), func(c int) bool { return c < 0 })
	n, p := distinct(rows, choice), distinct(rows, key...)
	return n >= 2 && p >= 2 && distinct(rows, append(key, choice)...) == n*p && len(rows) == n*p
}

// supplementaryVoters name, by the stems of lineWords, Moldova's line b),
// the voters on the supplementary lists ("incluși în listele
// suplimentare", "внесенных в дополнительные списки"), whom the voters
// of line a), on the main lists, leave out: the form's voters are their
// sum.
var supplementaryVoters = [][]string{{"alegător", "suplimentar"}, {"alegator", "suplimentar"}, {"избирател", "дополнительн", "спис"}}

// draftSupplementaryVoters maps the form's voters to the sum of the
// column of the main lists that a rule of lineWords took for them and a
// column of the supplementary lists (supplementaryVoters) beside it:
// either alone leaves voters out, and the turnout over them wrong.
func draftSupplementaryVoters(m *Mapping, header []string, used, numeric []bool, norm func(int) string, guess func(string, ...any)) {
	c, ok := m.Lines[election.Voters]
	main := columnOf(header, c.Header)
	if !ok || len(c.Columns) > 0 || main < 0 {
		return
	}
	for i := range header {
		if used[i] || !numeric[i] || !slices.ContainsFunc(supplementaryVoters, func(w []string) bool { return lineRule{election.Voters, w}.stems(norm(i)) }) {
			continue
		}
		used[i] = true
		m.Lines[election.Voters] = Column{Columns: []Column{{Header: c.Header}, {Header: trimHeader(header[i])}}}
		at := fmt.Sprintf("lines.voters: column %d %q", main+1, c.Header)
		for k, g := range m.Guesses {
			if strings.HasPrefix(g, at) {
				m.Guesses = slices.Delete(m.Guesses, k, k+1)
				break
			}
		}
		guess("lines.voters: the sum of columns %d %q and %d %q: the voters on the main lists and those on the supplementary lists, each a line of the file's form; the built-in form's voters are all of them", main+1, c.Header, i+1, trimHeader(header[i]))
		return
	}
}
