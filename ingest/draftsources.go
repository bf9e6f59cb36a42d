package ingest

import (
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
)

// invalidChoiceW name, by whole words, a row of a grid of sources that
// gives the invalid ballots ("corrupted_officialVotes"), not a choice.
var invalidChoiceW = []string{"corrupted", "spoiled", "spoilt", "invalid", "rejected"}

// draftSources drafts a file that gives one ballot from several sources
// side by side, each choice's column named by the choice and the source
// ("lukashenko_officialVotes", "lukashenko_photoVoices",
// "lukashenko_registered": Belarus's Golos platform beside the official
// protocols): a suffix after the last "_" that three choices or more
// share is a source, and two sources or more, one named official, make
// the grid. The official source is drafted: each choice's
// column, "against all" and the invalid ballots by their names, the
// source's total ("officialVotes") as the ballots found and its voters
// ("officialVoters"); the other sources' columns are left out, and a
// guess names them.
func draftSources(m *Mapping, header []string, used, numeric []bool, guess func(string, ...any)) {
	bySuffix := map[string][]int{}
	var suffixes []string
	for i, h := range header {
		h = trimHeader(h)
		k := strings.LastIndexByte(h, '_')
		if used[i] || k <= 0 || k == len(h)-1 {
			continue
		}
		sfx := h[k+1:]
		if bySuffix[sfx] == nil {
			suffixes = append(suffixes, sfx)
		}
		bySuffix[sfx] = append(bySuffix[sfx], i)
	}
	suffixes = slices.DeleteFunc(suffixes, func(s string) bool { return len(bySuffix[s]) < 3 })
	if len(suffixes) < 2 {
		return
	}
	// (Only a grid with an official source: the parts of one count,
	// Bulgaria's paper and machine votes, are summed elsewhere.)
	k := slices.IndexFunc(suffixes, func(s string) bool { return strings.Contains(strings.ToLower(s), "official") })
	if k < 0 {
		return
	}
	src := suffixes[k]
	for _, i := range bySuffix[src] {
		if !numeric[i] {
			continue
		}
		h := trimHeader(header[i])
		name := strings.ToLower(h[:strings.LastIndexByte(h, '_')])
		used[i] = true
		switch {
		case againstAll(name) || name == "against":
			m.Votes[election.AgainstAll] = Column{Header: h}
			guess("votes.against_all: column %d %q (source %q)", i+1, h, src)
		case anyWords(name, invalidChoiceW):
			m.Lines[election.Invalid] = Column{Header: h}
			guess("lines.invalid: column %d %q (source %q: the ballots its name says are spoilt)", i+1, h, src)
		default:
			id := slug(name)
			m.Votes[id] = Column{Header: h}
			guess("votes.%s: column %d %q (a choice, source %q; rename the ID as you like)", id, i+1, h, src)
		}
	}
	// The source's own total and voters: "officialVotes", "officialVoters".
	words := strings.Fields(strings.ToLower(splitCamel(src)))
	for i, h := range header {
		h = trimHeader(h)
		if used[i] || !numeric[i] || len(words) == 0 {
			continue
		}
		hw := strings.Fields(strings.ToLower(splitCamel(h)))
		switch {
		case h == src:
			used[i] = true
			m.Lines[election.FoundStationary] = Column{Header: h}
			guess("lines.found_stationary: column %d %q (source %q's total: the ballots found, with found_mobile not given)", i+1, h, src)
		case len(hw) == 2 && hw[0] == words[0] && (hw[1] == "voters" || hw[1] == "electors"):
			used[i] = true
			m.Lines[election.Voters] = Column{Header: h}
			guess("lines.voters: column %d %q (source %q's voters on the list)", i+1, h, src)
		}
	}
	var others []string
	for _, sfx := range suffixes {
		if sfx == src {
			continue
		}
		others = append(others, sfx)
		for _, i := range bySuffix[sfx] {
			used[i] = true
		}
		if i := columnOf(header, sfx); i >= 0 && !used[i] {
			used[i] = true
		}
	}
	guess("the file gives one ballot from %d sources side by side, each choice's column named by the choice and the source (%s): the mapping drafts source %q; the other sources' columns (%s) are not mapped: map them apart to compare the sources (shailoo reconcile)", len(suffixes), quoteAll(suffixes), src, quoteAll(others))
}
