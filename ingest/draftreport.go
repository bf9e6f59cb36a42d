package ingest

import "strings"

// reportCounter says whether a column counts the reports of a results
// system, not votes: votemanager's "max-schnellmeldungen" and
// "anz-schnellmeldungen" (the quick reports expected and received for
// the area) are on every row of its open data, before and after the
// count, and never a choice.
func reportCounter(h string) bool {
	h = strings.ToLower(trimHeader(h))
	return strings.HasSuffix(h, "schnellmeldungen") || strings.HasSuffix(h, "schnellmeldung")
}

// draftReportCounters leaves out the columns that count reports (see
// reportCounter), and in votemanager's open data (a column "gebiet-nr")
// its "ags", the municipality's official key (Amtlicher
// Gemeindeschlüssel), a code however few the columns of figures beside
// it; each said in a guess.
func draftReportCounters(header []string, used []bool, guess func(string, ...any)) {
	for i, h := range header {
		if !used[i] && reportCounter(h) {
			used[i] = true
			guess("column %d %q is not mapped: it counts the reports of the results system (votemanager's Schnellmeldungen, quick reports expected or received), no votes", i+1, trimHeader(h))
		}
	}
	if i := columnOf(header, "ags"); i >= 0 && !used[i] && columnOf(header, "gebiet-nr") >= 0 {
		used[i] = true
		guess("column %d %q is not mapped: the municipality's official key (Amtlicher Gemeindeschlüssel, votemanager's ags), a code, not a choice's votes", i+1, trimHeader(header[i]))
	}
}

// noResultsYet returns the first and the last of votemanager's columns
// of figures (A, A1, ..., B, C1, D, D1_liste, ...) when the file is its
// open data (a column "gebiet-nr") and every one of their cells is empty:
// the areas are published before the count. It returns -1, -1 otherwise.
func noResultsYet(header []string, nonEmpty []int) (first, last int) {
	first, last = -1, -1
	if columnOf(header, "gebiet-nr") < 0 {
		return -1, -1
	}
	for i, h := range header {
		if !votemanagerCode(trimHeader(h)) {
			continue
		}
		if nonEmpty[i] > 0 {
			return -1, -1
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	if first < 0 || columnOf(header, "A") < 0 || columnOf(header, "B") < 0 {
		return -1, -1
	}
	return first, last
}

// votemanagerCode says whether h is one of votemanager's codes of a line
// or a choice: a letter A to F, then digits, then an optional part after
// "_" (D1_liste, D2_summe_kandidaten, D3_4).
func votemanagerCode(h string) bool {
	if len(h) == 0 || h[0] < 'A' || h[0] > 'F' {
		return false
	}
	h, _, _ = strings.Cut(h[1:], "_")
	for _, r := range h {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
