package shailoo

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/exact"
	"github.com/shailoo/shailoo/internal/order"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/tally"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

// A Result is provisional when a seat was decided, or left unfilled,
// on something that was not evaluated: the helpers below record each such
// thing once, with what rests on it (Result.ProvisionalReasons), and
// finish sets Result.Provisional. Nothing here changes a seat: they say
// what the seats rest on.

// provisional records u.
func (c *counter) provisional(u Unevaluated) {
	if u.Affects == nil {
		u.Affects = []string{}
	}
	c.res.ProvisionalReasons = append(c.res.ProvisionalReasons, u)
}

// baseOpen says that the national threshold base is not evaluated: counted
// list protocols lack a line of it, or there is no list protocol at all.
func (c *counter) baseOpen() bool {
	return c.lack.protocols > 0 || c.t.List.Nation.Protocols == 0
}

// baseShort says why the national threshold base is not evaluated: which
// lines of it the counted protocols lack, and how many protocols.
func (c *counter) baseShort() string {
	if c.lack.protocols == 0 {
		return words.Say("en", "note.reason.no_list_protocol", nil)
	}
	// The catalog's sentence: a report says it in its language (words.Note).
	return words.Say("en", "note.reason.base_lines", words.Args{"n": strconv.Itoa(c.lack.protocols),
		"line_ids": strings.Join(c.shortLines(), ", "), "base": string(c.r.Threshold.Base)})
}

// shortLines are the lines of the national base some counted protocol
// lacks, in protocol order.
func (c *counter) shortLines() []string {
	var out []string
	for _, l := range c.r.baseLines(c.r.Threshold.Base) {
		if c.lack.lines[l] > 0 {
			out = append(out, string(l))
		}
	}
	return out
}

// baseProvisional records that the national threshold is not evaluated:
// no list qualifies and no list seat is filled.
func (c *counter) baseProvisional() {
	why := c.baseShort()
	c.res.Notes = append(c.res.Notes, words.Say("en", "note.threshold_open", words.Args{"n": strconv.Itoa(c.r.Seats.List), "reason": why}))
	c.step(election.Step{Kind: "not_evaluated", Subject: "list", Seats: c.r.Seats.List,
		Detail: "the national threshold is not evaluated: " + why + "; no list seat is filled"})
	reason := fmt.Sprintf("the national threshold is not evaluated: %s; the %d list seats are not filled", why, c.r.Seats.List)
	if c.lack.protocols == 0 && len(c.e.Precincts) == 0 {
		// No precinct is known (its rows all skipped, or none given): a
		// count of 0 precincts missing one would read as none missing.
		c.provisional(Unevaluated{Kind: UnevaluatedNoListProtocols, Affects: []string{"list"}, Reason: reason})
		return
	}
	if c.lack.protocols == 0 {
		// No list protocol at all: every precinct is missing its own.
		c.provisional(Unevaluated{Kind: UnevaluatedListProtocols, Count: len(c.e.Precincts), Affects: []string{"list"}, Reason: reason})
		return
	}
	c.provisional(Unevaluated{Kind: UnevaluatedBase, Scope: c.shortLines(), Count: c.lack.protocols, Affects: []string{"list"}, Reason: reason})
	c.baseFix()
}

// baseFix notes what makes the national threshold base evaluated when
// counted list protocols lack its lines (X227): the lines mapped, or, for
// a file of the choices' votes alone, a rule set of the base votes, its
// JSON written with the rule set's own percent and comparison.
func (c *counter) baseFix() {
	lines := c.shortLines()
	ex := make([]string, len(lines))
	for i, l := range lines {
		ex[i] = fmt.Sprintf("%q: \"…\"", l)
	}
	t := c.r.Threshold
	c.res.Notes = append(c.res.Notes, words.Say("en", "note.base_fix", words.Args{"base": string(t.Base), "line_ids": strings.Join(lines, ", "),
		"lines": "{" + strings.Join(ex, ", ") + "}", "percent": t.Percent.String(), "comparison": string(t.Comparison)}))
}

// baseMissingProvisional records that the national threshold, of a base
// of votes, is not evaluated: counted list protocols do not give the
// votes of choices it sums (counter.baseMissing). No list qualifies and no
// list seat is filled, as when a line of the base is lacking.
func (c *counter) baseMissingProvisional() {
	why := votesMissingShort("the base", c.baseMissing)
	c.res.Notes = append(c.res.Notes, words.Say("en", "note.threshold_open", words.Args{"n": strconv.Itoa(c.r.Seats.List), "reason": why}))
	c.step(election.Step{Kind: "not_evaluated", Subject: "list", Seats: c.r.Seats.List,
		Detail: "the national threshold is not evaluated: " + why + "; no list seat is filled"})
	c.provisional(Unevaluated{Kind: UnevaluatedBaseVotes, Scope: slices.Clone(c.baseMissing), Count: c.lack.votesProtocols[0], Affects: []string{"list"},
		Reason: fmt.Sprintf("the national threshold is not evaluated: %s (%d counted list protocols do not give them); the %d list seats are not filled",
			why, c.lack.votesProtocols[0], c.r.Seats.List)})
}

// thresholdOpenProvisional records the lists (ids) whose national
// threshold is not evaluated for votes that counted protocols do not give:
// the list seats were apportioned without them, and rest on them.
func (c *counter) thresholdOpenProvisional(ids []string) {
	c.provisional(Unevaluated{Kind: UnevaluatedListThreshold, Scope: ids, Count: len(ids), Affects: []string{"list"},
		Reason: fmt.Sprintf("the national threshold of %d of the %d lists is not evaluated (%s): counted protocols do not give their votes (findings %s), none or too few to reach the line without the missing figures; the list seats were apportioned among the lists that passed, without them, and every list seat rests on them",
			len(ids), len(c.res.Lists), strings.Join(ids, ", "), validate.MissingVotes)})
}

// regionalProvisional records that the lists of ids (party IDs) were
// seated on their national result though the regional threshold was not
// evaluated in regions (none: the election defines no regions, or, why
// given, fewer regions than the rule's in_at_least).
func (c *counter) regionalProvisional(ids, regions []string, why string) {
	affects := prefixed("list/", ids)
	where := "the election defines no regions"
	switch {
	case len(regions) > 0:
		where = "no figures for " + strings.Join(regions, ", ")
	case why != "":
		where = why
	}
	c.provisional(Unevaluated{Kind: UnevaluatedRegional, Scope: regions, Affects: affects,
		Reason: fmt.Sprintf("the regional threshold was not evaluated (%s): the qualification of %s rests on it, and with it every list seat",
			where, strings.Join(ids, ", "))})
}

// okrugProvisional records the okrugs (IDs) without a protocol: not
// decided, their seats not filled.
func (c *counter) okrugProvisional(ids []string) {
	affects := prefixed("okrug/", ids)
	c.provisional(Unevaluated{Kind: UnevaluatedOkrug, Scope: ids, Count: len(ids), Affects: affects,
		Reason: fmt.Sprintf("%d okrugs have no okrug-ballot protocol (%s): not decided, their seats not filled", len(ids), strings.Join(ids, ", "))})
}

// missingProtocols records the precincts without a manual-count protocol
// (validate.MissingListProtocol, validate.MissingOkrugProtocol): the seats
// decided on the protocols that are there rest on a partial count; and the
// counted protocols without the votes for a choice (validate.MissingVotes).
// An okrug with no protocol at all is recorded by okrugs.
func (c *counter) missingProtocols(rep validate.Report, pg Progress) {
	var list, okrug int
	votes := map[validate.Place]bool{} // protocols lacking votes
	var votesAffect []string
	for _, f := range rep.Findings {
		switch f.Code {
		case validate.MissingListProtocol:
			list++
		case validate.MissingOkrugProtocol:
			okrug++
		case validate.MissingVotes:
			votes[validate.Place{Precinct: f.Place.Precinct, Ballot: f.Place.Ballot}] = true
			ctx := "list"
			if f.Place.Ballot == election.OkrugBallot {
				ctx = "okrug/" + f.Place.Okrug
			}
			if !slices.Contains(votesAffect, ctx) {
				votesAffect = append(votesAffect, ctx)
			}
		}
	}
	for _, u := range rep.Unlisted {
		switch u.Code {
		case validate.MissingListProtocol:
			list += u.Count
		case validate.MissingOkrugProtocol:
			okrug += u.Count
		}
	}
	if len(votes) > 0 && (len(c.res.Lists) > 0 || len(c.res.Okrugs) > 0) {
		slices.Sort(votesAffect)
		scope := c.missingChoices()
		c.provisional(Unevaluated{Kind: UnevaluatedVotes, Scope: scope, Count: len(votes), Affects: votesAffect,
			Reason: fmt.Sprintf("%d counted protocols lack the votes for a choice on their ballot (findings %s: the votes of %s), which are not taken as 0: %s rest on missing figures",
				len(votes), validate.MissingVotes, strings.Join(scope, ", "), strings.Join(votesAffect, ", "))})
	}
	if list > 0 && c.r.Seats.List > 0 && len(c.res.Lists) > 0 {
		c.provisional(Unevaluated{Kind: UnevaluatedListProtocols, Count: list, Affects: []string{"list"},
			Reason: fmt.Sprintf("%d precincts have no manual-count list protocol (findings %s): every list seat rests on a partial count", list, validate.MissingListProtocol)})
	}
	if okrug == 0 || len(c.res.Okrugs) == 0 {
		return
	}
	short := map[string]bool{}
	for _, a := range pg.Okrugs {
		if a.MissingOkrug > 0 {
			short[a.ID] = true
		}
	}
	var scope, affects []string
	for _, o := range c.res.Okrugs {
		if short[o.Okrug] && o.Outcome != seats.OutcomeNotEvaluated && !slices.Contains(scope, o.Okrug) {
			scope = append(scope, o.Okrug)
			affects = append(affects, "okrug/"+o.Okrug)
		}
	}
	if len(scope) == 0 {
		return
	}
	c.provisional(Unevaluated{Kind: UnevaluatedOkrugProtocols, Scope: scope, Count: okrug, Affects: affects,
		Reason: fmt.Sprintf("%d precincts have no manual-count okrug protocol (findings %s): okrugs %s were decided on a partial count",
			okrug, validate.MissingOkrugProtocol, strings.Join(scope, ", "))})
}

// missingChoices names the choices whose votes counted protocols do not
// all give, sorted: a party as its ID, an okrug's candidate as "<okrug
// ID>/<candidate ID>".
func (c *counter) missingChoices() []string {
	var out []string
	for k := range c.lack.votes {
		id := k.Choice
		if k.Okrug != "" {
			id = k.Okrug + "/" + k.Choice
		}
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// unreadable records the input rows that could not be read and were
// skipped (Options.SkipBadRows, findings validate.RowUnreadable): which
// protocols they held is not known, so every seat decided rests on the
// rows read.
//
// A header whose last row looks like a data row (validate.DataHeader) is
// recorded alike: if it is one, what it holds is not counted.
func (c *counter) unreadable(rep validate.Report) {
	n, headers := 0, 0
	for _, f := range rep.Findings {
		switch f.Code {
		case validate.RowUnreadable:
			n++
		case validate.DataHeader:
			headers++
		}
	}
	for _, u := range rep.Unlisted {
		if u.Code == validate.RowUnreadable {
			n += u.Count
		}
	}
	affects := c.decided()
	if headers > 0 && len(affects) > 0 {
		c.provisional(Unevaluated{Kind: UnevaluatedDataHeader, Count: headers, Affects: affects,
			Reason: fmt.Sprintf("%d file(s) whose header ends in a row that looks like a data row (findings %s): if it is one, what it holds is not counted (a wide file's row is a whole protocol, a long file's row one figure of a protocol, which is counted without it), and %s were decided without it",
				headers, validate.DataHeader, strings.Join(affects, ", "))})
	}
	if n == 0 {
		return
	}
	decided := "were decided without them"
	if len(affects) == 0 {
		// Nothing decided is no result resting on the rows read alone:
		// what is not decided may be so for want of the rows skipped.
		affects, decided = c.undecided(), "are not decided, which the rows skipped may be why"
	}
	c.provisional(Unevaluated{Kind: UnevaluatedUnreadable, Count: n, Affects: affects,
		Reason: fmt.Sprintf("%d input rows could not be read and were skipped (findings %s): what they held is not counted (a wide file's row is a whole protocol, a long file's row one figure of a protocol, which is counted without it, a cast-vote record's line one ballot, or as many as its count says), a precinct or okrug that only they named is not in the result, and %s %s",
			n, validate.RowUnreadable, strings.Join(affects, ", "), decided)})
}

// undecided returns the seats a count did not decide: the list seats,
// when there are list seats, and each okrug without an outcome.
func (c *counter) undecided() []string {
	var out []string
	if c.r.Seats.List > 0 && c.res.Seats.List == 0 {
		out = append(out, "list")
	}
	for _, o := range c.res.Okrugs {
		if o.Outcome == seats.OutcomeNotEvaluated && !slices.Contains(out, "okrug/"+o.Okrug) {
			out = append(out, "okrug/"+o.Okrug)
		}
	}
	return out
}

// duplicates records the protocols given twice for one precinct, ballot
// and count (findings validate.DuplicateProtocol): every copy is counted
// (which is the right one is not known), so the sums a copy went into,
// and the seats decided on them, rest on figures that may be counted
// twice. A list-ballot copy is in the list tier's sums (the nation's, the
// thresholds', the list seats'), an okrug-ballot copy in its okrug's (the
// finding's place names it); a machine-count copy is in no sum. A copy
// whose okrug is not known, or that is not listed (beyond
// validate.MaxListed), may be in any of them. Scope is the precincts
// listed.
func (c *counter) duplicates(rep validate.Report) {
	n := 0
	var scope []string
	hit := map[string]bool{}
	anyOkrug, anywhere := false, false
	for _, f := range rep.Findings {
		if f.Code != validate.DuplicateProtocol || f.Place.Machine {
			continue
		}
		n++
		if !slices.Contains(scope, f.Place.Precinct) {
			scope = append(scope, f.Place.Precinct)
		}
		switch {
		case f.Place.Ballot == election.ListBallot:
			hit["list"] = true
		case f.Place.Okrug != "":
			hit["okrug/"+f.Place.Okrug] = true
		default:
			anyOkrug = true
		}
	}
	for _, u := range rep.Unlisted {
		if u.Code == validate.DuplicateProtocol {
			n += u.Count
			anywhere = true
		}
	}
	var affects []string
	for _, d := range c.decided() {
		if anywhere || hit[d] || anyOkrug && strings.HasPrefix(d, "okrug/") {
			affects = append(affects, d)
		}
	}
	if n == 0 || len(affects) == 0 {
		return
	}
	slices.SortFunc(scope, validate.ComparePrecincts)
	c.provisional(Unevaluated{Kind: UnevaluatedDuplicates, Scope: scope, Count: n, Affects: affects,
		Reason: fmt.Sprintf("%d protocols are given more than once for one precinct, ballot and count (findings %s): every copy is counted, and the seats of %s were decided on sums that may count them twice",
			n, validate.DuplicateProtocol, strings.Join(affects, ", "))})
}

// totalRowsProvisional records the rows found totals of other rows and
// counted as precincts (finding validate.TotalRow): the seats decided on
// their ballot's sums rest on votes counted twice or more. A list
// ballot's row affects the list seats, an okrug ballot's its precinct's
// okrug (every okrug decided when the definition does not place it); a
// machine count's row none, as seats are decided on the manual count.
//
// A row of the okrug ballot in no defined region or okrug is counted in
// no okrug's sums (UnevaluatedUnplaced says the okrugs were decided
// without it): a note says so, and no seat is said to count its rows'
// votes twice.
func (c *counter) totalRowsProvisional() {
	rows := manualRows(c.o.totals, c.namedFound)
	var out []string
	for _, t := range rows {
		if t.ballot == election.OkrugBallot && len(c.res.Okrugs) > 0 && !c.inOkrugSums(t.precinct) {
			out = append(out, t.at())
		}
	}
	if len(out) > 0 {
		c.res.Notes = append(c.res.Notes, words.Say("en", "note.total_rows_unplaced", words.Args{"n": strconv.Itoa(len(out)),
			"code": string(validate.TotalRow), "rows": strings.Join(out[:min(len(out), maxTotalRowsNamed)], ", ")}))
	}
	c.rowsProvisional(UnevaluatedTotalRows, rows, func(n int, scope, affects string) string {
		return fmt.Sprintf("%d rows are totals of other rows, counted as precincts (findings %s: %s): the sums count their rows' votes more than once, and the seats of %s were decided on them",
			n, validate.TotalRow, scope, affects)
	})
}

// namedTotalsProvisional records the rows named a total that total no
// rows (finding validate.NamedTotal), counted as precincts: a row named
// "Total" is most likely a total whose rows' votes count twice, and the
// seats decided on its ballot's sums rest on it, as on a total found
// (totalRowsProvisional). A precinct named so leaves them as they are,
// which the reason says.
func (c *counter) namedTotalsProvisional() {
	c.rowsProvisional(UnevaluatedNamedTotal, manualRows(c.namedCounted), func(n int, scope, affects string) string {
		return fmt.Sprintf("%d rows named a total that total no rows are counted as precincts (findings %s: %s): if they are totals, the sums count their votes twice, and the seats of %s were decided on them; if they are precincts named so, those seats stand",
			n, validate.NamedTotal, scope, affects)
	})
}

// summedRepeatProvisional records the protocols of long files whose rows
// summed under "choice_rows": "sum" each repeat one figure (finding
// validate.SummedRepeat): most likely a total repeated on each of its
// parts' rows, which the sum counts once per row, and the seats decided
// on their ballot's sums rest on it.
func (c *counter) summedRepeatProvisional() {
	c.rowsProvisional(UnevaluatedSummedRepeat, manualRows(c.o.summedRepeats), func(n int, scope, affects string) string {
		return fmt.Sprintf("%d protocols sum rows that each repeat one figure (findings %s: %s): if the figure is a total repeated on each of its parts' rows, the sums count it once per row, and the seats of %s were decided on them",
			n, validate.SummedRepeat, scope, affects)
	})
}

// summedPeopleProvisional records the protocols of long files whose rows
// summed for a candidate differ in a column that names a person (finding
// validate.SummedPeople): two candidates' votes summed as one's, and the
// seats decided on their ballot's sums rest on it.
func (c *counter) summedPeopleProvisional() {
	c.rowsProvisional(UnevaluatedSummedPeople, manualRows(c.o.summedPeople), func(n int, scope, affects string) string {
		return fmt.Sprintf("%d protocols sum rows of a candidate that name two people (findings %s: %s): the sums add two candidates' votes into one candidate's, and the seats of %s were decided on them",
			n, validate.SummedPeople, scope, affects)
	})
}

// summedNumbersProvisional records the okrugs decided on a choice summed
// from rows that differ in numeric cells alone (finding
// validate.SummedAlike): two people of one label ("Independent") summed
// as one would elect a sum no one got. An okrug rests on it when the
// summed choice was elected there, or when its votes are at least the
// winner's margin over the first not elected.
func (c *counter) summedNumbersProvisional() {
	if len(c.o.summedNums) == 0 {
		return
	}
	okrugOf := make(map[string]string, len(c.e.Precincts))
	for _, p := range c.e.Precincts {
		okrugOf[p.ID] = p.Okrug
	}
	var affects, scope []string
	n := 0
	for _, s := range c.o.summedNums {
		ok := okrugOf[s.precinct]
		if ok == "" || !c.inOkrugSums(s.precinct) {
			continue
		}
		for _, o := range c.res.Okrugs {
			if o.Okrug != ok || !summedDecides(o, s.choice) {
				continue
			}
			n++
			if len(scope) < maxTotalRowsNamed {
				scope = append(scope, s.at())
			}
			if ctx := "okrug/" + ok; !slices.Contains(affects, ctx) {
				affects = append(affects, ctx)
			}
		}
	}
	if len(affects) == 0 {
		return
	}
	slices.Sort(affects)
	c.provisional(Unevaluated{Kind: UnevaluatedSummedNumbers, Scope: scope, Count: n, Affects: affects,
		Reason: fmt.Sprintf("%d choices of the okrug ballot were summed from rows that differ in numeric cells alone (findings %s: %s): no text cell tells them apart as parts of one figure, so they are most likely two people of one label or a repeated total, and the seats of %s were decided on the sums (the choice elected, or its votes at least the margin)",
			n, validate.SummedAlike, strings.Join(scope, ", "), strings.Join(affects, ", "))})
}

// summedDecides says whether choice, summed from rows, may decide okrug
// o: elected there, or its votes at least the margin between the last
// elected and the first not elected.
func summedDecides(o Okrug, choice string) bool {
	if o.Winner == choice || slices.ContainsFunc(o.Elected, func(d seats.DistrictSeat) bool { return d.ID == choice }) {
		return true
	}
	v, ok := o.CandidateVotes[choice]
	if !ok {
		return false
	}
	var votes []int64
	for id, x := range o.CandidateVotes {
		if id != election.AgainstAll {
			votes = append(votes, x)
		}
	}
	// order.Stable, not slices.SortFunc: no sort compiled for int64 in
	// the page's .wasm (14 KB of code before compression).
	order.Stable(votes, func(a, b int64) int { return cmp.Compare(b, a) })
	won := max(1, len(o.Elected))
	if len(votes) <= won {
		return false
	}
	return v >= votes[won-1]-votes[won]
}

// samePartsProvisional records the protocols of long files where a
// part of the votes_column sum gives every choice one figure (finding
// validate.PartAllSame): a protocol's line repeated on its rows, which
// the sum adds to every choice's votes, and the seats decided on their
// ballot's sums rest on it.
func (c *counter) samePartsProvisional() {
	c.rowsProvisional(UnevaluatedSamePart, manualRows(c.o.sameParts), func(n int, scope, affects string) string {
		return fmt.Sprintf("%d protocols have a part of the votes column's sum that gives every choice one figure (findings %s: %s): a protocol's line repeated on its rows, which the sum adds to every choice's votes, and the seats of %s were decided on them",
			n, validate.PartAllSame, scope, affects)
	})
}

// summedOverProvisional records the protocols of long files whose votes,
// some summed from rows under "choice_rows": "sum", are more than their
// voters on the list can cast (finding validate.SummedOverVoters): rows
// of two ballots or contests summed as one figure's parts, and the seats
// decided on their ballot's sums rest on them.
func (c *counter) summedOverProvisional() {
	c.rowsProvisional(UnevaluatedSummedOver, manualRows(c.summedOver), func(n int, scope, affects string) string {
		return fmt.Sprintf("%d protocols sum rows to more votes than their voters on the list can cast (findings %s: %s): the rows summed may be of two ballots or contests, whose votes the sums count together, and the seats of %s were decided on them",
			n, validate.SummedOver, scope, affects)
	})
}

// rowsProvisional records rows counted as precincts that may count votes
// twice as the provisional reason kind, what their sums decided its
// affects, the reason said by reason (the rows' count, scope and affects).
func (c *counter) rowsProvisional(kind string, rows []countedTotal, reason func(n int, scope, affects string) string) {
	if len(rows) == 0 {
		return
	}
	affects, scope := c.totalAffects(rows)
	if len(affects) == 0 {
		return
	}
	c.provisional(Unevaluated{Kind: kind, Scope: scope, Count: len(rows), Affects: affects,
		Reason: reason(len(rows), strings.Join(scope, ", "), strings.Join(affects, ", "))})
}

// manualRows returns the rows of the lists that are of the manual count:
// seats are decided on it.
func manualRows(lists ...[]countedTotal) []countedTotal {
	var rows []countedTotal
	for _, l := range lists {
		for _, t := range l {
			if !t.machine {
				rows = append(rows, t)
			}
		}
	}
	return rows
}

// totalAffects returns the seats decided on the sums the rows are in (a
// list ballot's row the list seats, an okrug ballot's its precinct's
// okrug, every okrug decided when the definition does not place it), and
// the first maxTotalRowsNamed rows named.
func (c *counter) totalAffects(rows []countedTotal) (affects, scope []string) {
	decided := c.decided()
	var okrugOf map[string]string
	add := func(ctx string) {
		if slices.Contains(decided, ctx) && !slices.Contains(affects, ctx) {
			affects = append(affects, ctx)
		}
	}
	for _, t := range rows {
		if t.ballot == election.ListBallot {
			add("list")
			continue
		}
		if okrugOf == nil {
			okrugOf = make(map[string]string, len(c.e.Precincts))
			for _, p := range c.e.Precincts {
				okrugOf[p.ID] = p.Okrug
			}
		}
		if ok, defined := okrugOf[t.precinct]; ok != "" || defined {
			// A precinct of the definition that names no okrug is in no
			// okrug's sums (inOkrugSums): its row doubles none of them.
			if ok != "" && c.inOkrugSums(t.precinct) {
				add("okrug/" + ok)
			}
			continue
		}
		for _, ctx := range decided {
			if strings.HasPrefix(ctx, "okrug/") {
				add(ctx)
			}
		}
	}
	if len(affects) == 0 {
		return nil, nil
	}
	slices.Sort(affects)
	for i, t := range rows {
		if i == maxTotalRowsNamed {
			break
		}
		scope = append(scope, t.at())
	}
	return affects, scope
}

// inOkrugSums says whether the okrug-ballot protocols of precinct id are
// in an okrug's sums as the tally places them: a precinct of the
// definition (or learnt) in a defined okrug, whatever its region (the
// okrug ballot needs none), and not abroad unless the rule set counts the
// votes abroad in their okrugs (okrug.abroad "counted"). One that is not
// is counted in the nation's totals alone.
func (c *counter) inOkrugSums(id string) bool {
	if c.placed == nil {
		c.placed = make(map[string]bool, len(c.e.Precincts))
		okrugs := make(map[string]bool, len(c.e.Okrugs))
		for _, o := range c.e.Okrugs {
			okrugs[o.ID] = true
		}
		abroad := c.r.Okrug.Abroad.Counted()
		for _, p := range c.e.Precincts {
			c.placed[p.ID] = (!p.Abroad || abroad) && okrugs[p.Okrug]
		}
	}
	return c.placed[id]
}

// totalChoicesProvisional records the choices of long files named by a
// total row's words ("Total" in choice_values): a long file's row of each
// contest's total counted as a candidate's votes would elect "Total", and
// a party may also be named so (Poland's Razem), so the count goes on and
// says what rests on it: the list seats for a party, the okrugs where a
// candidate stands.
func (c *counter) totalChoicesProvisional() {
	if len(c.o.totalChoices) == 0 {
		return
	}
	decided := c.decided()
	var ids, affects []string
	add := func(ctx string) {
		if slices.Contains(decided, ctx) && !slices.Contains(affects, ctx) {
			affects = append(affects, ctx)
		}
	}
	for _, t := range c.o.totalChoices {
		if !slices.Contains(ids, t.id) {
			ids = append(ids, t.id)
		}
		for _, p := range c.e.Parties {
			if p.ID == t.id {
				add("list")
			}
		}
		for _, o := range c.e.Okrugs {
			for _, cd := range o.Candidates {
				if cd.ID == t.id {
					add("okrug/" + o.ID)
				}
			}
		}
	}
	if len(affects) == 0 {
		return
	}
	cells := make([]string, len(c.o.totalChoices))
	for i, t := range c.o.totalChoices {
		cells[i] = fmt.Sprintf("%q of %s", t.cell, t.file)
	}
	c.provisional(Unevaluated{Kind: UnevaluatedTotalChoice, Scope: ids, Count: len(ids), Affects: affects,
		Reason: fmt.Sprintf("the mapping names choice(s) %s by a total row's words (choice_values %s): if their rows are each contest's total, not a candidate's, their votes are counted as a choice's, and %s were decided with them; map such a cell to a line (line_values, \"valid\") or leave its rows out (rows.where)",
			strings.Join(ids, ", "), strings.Join(cells, ", "), strings.Join(affects, ", "))})
}

// movedProvisional records the rows of the okrug ballot that name
// another okrug than their precinct's (finding validate.RowElsewhere):
// each is counted in the okrug of its precinct (the definition's, or the
// first file's that names it), not the one it names. Which is right is
// not known: the okrug it went into may count votes that are not its
// own, and the okrug it names lacks them, so both outcomes rest on it.
func (c *counter) movedProvisional() {
	m := c.o.moved
	if m.n == 0 {
		return
	}
	decided := c.decided()
	var affects []string
	for _, o := range c.e.Okrugs {
		// A row's cell names the okrug by its ID or its name, in any
		// case and spacing.
		named := slices.ContainsFunc(m.okrugs, func(id string) bool {
			return id == o.ID || foldPlace(id) == foldPlace(o.ID) || foldPlace(id) == foldPlace(o.Name)
		})
		if ctx := "okrug/" + o.ID; named && slices.Contains(decided, ctx) && !slices.Contains(affects, ctx) {
			affects = append(affects, ctx)
		}
	}
	if len(affects) == 0 {
		return
	}
	slices.Sort(affects)
	c.provisional(Unevaluated{Kind: UnevaluatedMoved, Scope: slices.Clone(m.scope), Count: m.n, Affects: affects,
		Reason: fmt.Sprintf("%d okrug-ballot rows name another okrug than their precinct's (findings %s: %s) and are counted in their precinct's: which is right is not known, and the seats of %s were decided with or without them",
			m.n, validate.RowElsewhere, strings.Join(m.scope, ", "), strings.Join(affects, ", "))})
}

// candidatesInOkrugs adds a finding (validate.CandidateInManyOkrugs) for
// each candidate ID of the okrug ballot that stands in two okrugs or more
// and is elected in one or more: files that give surnames alone name two
// people "smith", or one person is elected twice. Each okrug's count is
// exact either way, so the result is not provisional: the finding says
// which okrugs to look at, and an ID per okrug tells two people apart.
// An aggregate (write-ins) is no person and is never elected. A choice
// that one column of wide files gives (Options.columnChoices: a file of
// constituencies, a column per party) is a party's candidate in each
// okrug, and is not said. Only okrugs learnt from files are looked at: a
// definition's IDs are its author's.
func (c *counter) candidatesInOkrugs() {
	if !c.o.okrugsLearnt {
		return
	}
	c.oneChoiceEverywhere()
	if len(c.e.Okrugs) < 2 {
		return
	}
	one := c.twoWays()
	// A person is an ID and its name in the okrug: files of different
	// okrugs that give one ID (a party's) to different people name them
	// apart (okrugLearner.nameIn), and such people are not said.
	type person struct {
		id                string
		standing, elected []string
	}
	var ids []string
	of := map[string]*person{}
	in := map[[2]string]*person{} // by okrug and ID
	for _, o := range c.e.Okrugs {
		for _, k := range o.Candidates {
			if k.Aggregate || c.o.columnChoices[k.ID] {
				continue
			}
			who := k.ID + "\x00" + k.Name
			p := of[who]
			if p == nil {
				p = &person{id: k.ID}
				of[who] = p
				ids = append(ids, who)
			}
			if n := len(p.standing); n == 0 || p.standing[n-1] != o.ID { // X223 says a second
				p.standing = append(p.standing, o.ID)
			}
			in[[2]string{o.ID, k.ID}] = p
		}
	}
	for _, o := range c.res.Okrugs {
		won := []string{o.Winner}
		for _, d := range o.Elected {
			won = append(won, d.ID)
		}
		for _, id := range won {
			if p := in[[2]string{o.Okrug, id}]; p != nil && len(p.standing) > 1 {
				p.elected = append(p.elected, o.Okrug)
			}
		}
	}
	var fs []validate.Finding
	for _, who := range ids {
		if p := of[who]; len(p.elected) > 0 && !oneOkrug(p.standing, one) {
			fs = append(fs, validate.CandidateInManyOkrugs(p.id, p.standing, p.elected))
		}
	}
	if len(fs) > 0 {
		c.res.Findings = validate.Merge(c.res.Findings, validate.Report{Findings: fs})
	}
}

// oneOkrug says whether the okrugs standing are one okrug written several
// ways (one, from twoWays: by okrug, the first written so).
func oneOkrug(standing []string, one map[string]string) bool {
	if one == nil {
		return false
	}
	first := ""
	for _, o := range standing {
		if f, ok := one[o]; ok {
			o = f
		}
		if first != "" && o != first {
			return false
		}
		first = o
	}
	return true
}

// oneChoiceEverywhere adds a finding (validate.OneChoiceEverywhere) when
// every okrug learnt from the files (two or more) has one candidate, the
// same in all: the UK's 2024 file by candidate, drafted wide with one
// choice, "Votes", elected "Votes" in every constituency. An election
// uncontested everywhere by one party's candidates is the rare reading
// where it is right: a warning, the seats stand.
//
// One okrug alone says so where its one candidate is named like a column
// of figures (ingest.FigureName: "Votes"), no person's name: a cut of one
// constituency of a file by candidate (Zimbabwe's Harare South, 2018),
// drafted wide, elected "Votes" with 63,415, every candidate's votes.
func (c *counter) oneChoiceEverywhere() {
	if len(c.e.Okrugs) == 1 {
		if o := c.e.Okrugs[0]; len(o.Candidates) == 1 && (ingest.FigureName(o.Candidates[0].ID) || ingest.FigureName(o.Candidates[0].Name)) {
			c.res.Findings = validate.Merge(c.res.Findings, validate.Report{Findings: []validate.Finding{validate.OneChoiceInOneOkrug(o.Candidates[0].ID, o.ID)}})
			c.oneChoiceProvisional(o.Candidates[0].ID)
		}
		return
	}
	if len(c.e.Okrugs) < 2 { // none learnt: every row refused
		return
	}
	id := ""
	for _, o := range c.e.Okrugs {
		if len(o.Candidates) != 1 || id != "" && o.Candidates[0].ID != id {
			return
		}
		id = o.Candidates[0].ID
	}
	c.res.Findings = validate.Merge(c.res.Findings, validate.Report{Findings: []validate.Finding{validate.OneChoiceInEveryOkrug(id, len(c.e.Okrugs))}})
	c.oneChoiceProvisional(id)
}

// oneChoiceProvisional records the okrugs that candidate id won where
// finding validate.OneChoiceEverywhere says it is most likely no choice:
// a seat won by a column of every candidate's votes does not stand
// silently. If every okrug was uncontested, the seats stand: the reason
// says so.
func (c *counter) oneChoiceProvisional(id string) {
	var affects []string
	for _, o := range c.res.Okrugs {
		if o.Winner == id || slices.ContainsFunc(o.Elected, func(d seats.DistrictSeat) bool { return d.ID == id }) {
			affects = append(affects, "okrug/"+o.Okrug)
		}
	}
	if len(affects) == 0 {
		return
	}
	slices.Sort(affects)
	c.provisional(Unevaluated{Kind: UnevaluatedOneChoice, Scope: []string{id}, Count: len(affects), Affects: affects,
		Reason: fmt.Sprintf("the one candidate %q of the okrugs learnt from the files is most likely no candidate but a column of every candidate's votes (finding %s: a long file's votes read as a wide file's choice): %s were won by it; map the file long (layout, choice_column, votes_column), or, if every okrug was uncontested, the seats stand",
			id, validate.OneChoiceEverywhere, strings.Join(affects, ", "))})
}

// oneListFigure adds a finding (validate.OneChoiceEverywhere) when the
// list ballot has one list, named like a column of figures ("Votes"),
// that takes list seats: a long file's votes column read as a wide file's
// one party, which takes every seat; the list seats rest on it.
func (c *counter) oneListFigure() {
	if len(c.res.Lists) != 1 {
		return
	}
	l := c.res.Lists[0]
	if l.Seats == 0 || l.Blank || !ingest.FigureName(l.ID) && !ingest.FigureName(l.Name) {
		return
	}
	c.res.Findings = validate.Merge(c.res.Findings, validate.Report{Findings: []validate.Finding{validate.OneListFigure(l.ID, cmp.Or(l.Name, l.ID), l.Seats)}})
	c.provisional(Unevaluated{Kind: UnevaluatedOneChoice, Scope: []string{l.ID}, Count: l.Seats, Affects: []string{"list"},
		Reason: fmt.Sprintf("the one list %q of the list ballot, named like a column of figures, is most likely no party but a column of every party's votes (finding %s: a long file's votes read as a wide file's choice): it took %d list seat(s); map the file long (layout, choice_column, votes_column)",
			cmp.Or(l.Name, l.ID), validate.OneChoiceEverywhere, l.Seats)})
}

// notChoicesSeated adds a finding (validate.NotChoiceSeated) for each
// choice named as the blank votes, spoilt ballots or "against all"
// (ingest.NotChoiceName: its ID or its name) that won an okrug or took
// list seats: a hand mapping's "Blank votes" row of a district, counted as
// a candidate, elected. Once per choice, naming where it won; the lists'
// blank votes (blank_votes) take no seat and are not looked at.
func (c *counter) notChoicesSeated() {
	var fs []validate.Finding
	for _, l := range c.res.Lists {
		if l.Seats > 0 && !l.Blank && (ingest.NotChoiceName(l.ID) || ingest.NotChoiceName(l.Name)) {
			fs = append(fs, validate.NotChoiceWon(l.ID, cmp.Or(l.Name, l.ID), strconv.Itoa(l.Seats)+" list seat(s)"))
		}
	}
	ids, won, names, where := c.okrugsWonBy(ingest.NotChoiceName)
	var affects []string
	for _, id := range ids {
		fs = append(fs, validate.NotChoiceWon(id, names[id], where[id]))
		for _, o := range won[id] {
			affects = append(affects, "okrug/"+o)
		}
	}
	if len(fs) > 0 {
		c.res.Findings = validate.Merge(c.res.Findings, validate.Report{Findings: fs})
	}
	for _, l := range c.res.Lists {
		if l.Seats > 0 && !l.Blank && (ingest.NotChoiceName(l.ID) || ingest.NotChoiceName(l.Name)) {
			ids = append(ids, l.ID)
			affects = append(affects, "list")
		}
	}
	if len(affects) == 0 {
		return
	}
	slices.Sort(affects)
	affects = slices.Compact(affects)
	c.provisional(Unevaluated{Kind: UnevaluatedNotChoice, Scope: ids, Count: len(ids), Affects: affects,
		Reason: fmt.Sprintf("choice(s) %s, named as the blank votes, spoilt ballots, against all or none of the above, won seats (findings %s): most likely a figure of the form mapped as a choice, and %s were decided on it; list it in the mapping's blank_votes, map it as a line, or map it as against_all under a rule set whose okrug.against_all says what it does",
			strings.Join(ids, ", "), validate.NotChoiceSeated, strings.Join(affects, ", "))})
}

// candidateName is the name of candidate id of okrug ok in the
// election's definition; "" when it gives none.
func (c *counter) candidateName(ok, id string) string {
	for _, o := range c.e.Okrugs {
		if o.ID != ok {
			continue
		}
		for _, cd := range o.Candidates {
			if cd.ID == id {
				return cd.Name
			}
		}
	}
	return ""
}

// maxTotalRowsNamed bounds the rows totalRowsProvisional names (the
// first, in file order; Count says how many): a file of a total row per
// district may hold thousands, and the findings list each.
const maxTotalRowsNamed = 10

// unconfirmed records that the files' mappings still hold the guesses of
// a draft (`mapping draft`) that nobody confirmed: a draft may take a
// total, a code or a line for a choice, and the seats rest on it.
func (c *counter) unconfirmed() {
	affects := c.decided()
	if len(c.o.guessed) == 0 || len(affects) == 0 {
		return
	}
	c.provisional(Unevaluated{Kind: UnevaluatedGuesses, Scope: c.o.guessed, Count: len(c.o.guessed), Affects: affects,
		Reason: fmt.Sprintf("the mappings of %s still hold the guesses of a draft (\"_guesses\"), not confirmed: %s were decided on them",
			strings.Join(c.o.guessed, ", "), strings.Join(affects, ", "))})
}

// firstChoicesProvisional records that okrugs were decided on the first
// choices of ranked ballots alone (Options.FirstChoices; under a rule
// set's okrug.ranked, every okrug not decided by its rounds): a ranked
// count transfers the ballots of the candidates excluded round by round,
// and its winner may be another. Not of an okrug whose leader has more
// first choices than the okrug has other ballots (firstChoicesMajority):
// no round can elect another there, and a note says so.
func (c *counter) firstChoicesProvisional() {
	var affects []string
	for i := range c.res.Okrugs {
		o := &c.res.Okrugs[i]
		unranked := c.r.Okrug.Ranked != nil && o.Ranked == nil
		if !slices.Contains(c.o.FirstChoices, o.Okrug) && !unranked {
			continue
		}
		o.FirstChoices = true
		if o.Outcome == seats.OutcomeNotEvaluated || o.Outcome == seats.OutcomeAnnulled {
			continue
		}
		if firstChoicesMajority(o) {
			o.FirstChoicesMajority = true
			c.res.Notes = append(c.res.Notes, words.Say("en", "note.first_choices_majority", words.Args{"okrug": o.Okrug,
				"leader": cmp.Or(o.LeaderName, o.Leader), "votes": strconv.FormatInt(o.LeaderVotes, 10), "ballots": strconv.FormatInt(o.Participants, 10)}))
			continue
		}
		affects = append(affects, "okrug/"+o.Okrug)
	}
	if len(affects) == 0 {
		return
	}
	scope := c.o.FirstChoiceFiles
	if len(scope) == 0 {
		scope = []string{"okrug protocols"} // under okrug.ranked, okrugs of protocols and no ballots
	}
	c.provisional(Unevaluated{Kind: UnevaluatedFirstChoices, Scope: scope, Count: len(scope), Affects: affects,
		Reason: fmt.Sprintf("the ballots of %s are ranked and were counted by their first choices alone: the rounds of a ranked count were not run, and %s were decided on first choices",
			strings.Join(scope, ", "), strings.Join(affects, ", "))})
}

// firstChoicesMajority says that okrug o, elected on first choices, could
// elect nobody else in a ranked count: its leader (the winner) has more
// first choices than the okrug has other ballots, valid or invalid (2 ×
// LeaderVotes > Participants), and a ballot counts for one candidate at
// most in every round. Not the ballots with a first choice alone: a
// ballot whose first rank is not marked or marked twice (invalid here)
// counts for a later rank under some laws. Never with votes missing.
func firstChoicesMajority(o *Okrug) bool {
	return o.Outcome == seats.OutcomeElected && o.Winner != "" && o.Winner == o.Leader && len(o.VotesMissing) == 0 &&
		!slices.Contains(o.NotEvaluated, "participants") && o.LeaderVotes > o.Participants-o.LeaderVotes
}

// decided returns what a count decided: the list seats, when there are
// lists and list seats, and each okrug that has an outcome.
func (c *counter) decided() []string {
	var affects []string
	if len(c.res.Lists) > 0 && c.r.Seats.List > 0 {
		affects = append(affects, "list")
	}
	for _, o := range c.res.Okrugs {
		if o.Outcome != seats.OutcomeNotEvaluated && o.Outcome != seats.OutcomeAnnulled && !slices.Contains(affects, "okrug/"+o.Okrug) {
			affects = append(affects, "okrug/"+o.Okrug)
		}
	}
	return affects
}

// unplaced records the counted protocols that belong to no defined region
// (under a regional threshold) or okrug: they count in the nation, not in
// the regional verdicts or the okrug they were meant for. The validator
// says where (X212, X213, X217, X218, X208).
func (c *counter) unplaced() {
	var n int
	var affects []string
	if (c.r.RegionalThreshold != nil || c.r.List.byRegion()) && len(c.e.Regions) > 0 && c.t.List.Unplaced.Protocols > 0 && len(c.res.Lists) > 0 {
		n += c.t.List.Unplaced.Protocols
		affects = append(affects, "list")
	}
	abroad := 0
	if c.r.List.byRegion() && len(c.res.Constituencies) > 0 && c.t.List.Abroad.Protocols > 0 {
		// The votes cast abroad count in no region, so in no
		// constituency (Latvia counts them in Rīga's: not modelled).
		abroad = c.t.List.Abroad.Protocols
		n += abroad
		if !slices.Contains(affects, "list") {
			affects = append(affects, "list")
		}
	}
	if u := &c.t.Okrug.Unplaced; u.Protocols > 0 && len(c.res.Okrugs) > 0 {
		n += u.Protocols
		affects = append(affects, c.okrugsOf(u)...)
	}
	if n != 0 {
		where := "whose region (list ballot) or okrug (okrug ballot) is missing or not defined"
		if abroad > 0 {
			where += fmt.Sprintf(" (%d of them abroad, in no constituency)", abroad)
		}
		c.provisional(Unevaluated{Kind: UnevaluatedUnplaced, Count: n, Affects: affects,
			Reason: fmt.Sprintf("%d counted protocols are %s: %s were decided without their votes", n, where, strings.Join(affects, ", "))})
	}
	// The okrug-ballot protocols of precincts abroad, which the rule set
	// counts in no okrug (X214): said whenever one is counted, as the
	// count cannot tell whether the law leaves those votes out or the
	// file marks precincts abroad that are not.
	if a := &c.t.Okrug.Abroad; a.Protocols > 0 && len(c.res.Okrugs) > 0 {
		affects := c.okrugsOf(a)
		c.provisional(Unevaluated{Kind: UnevaluatedAbroad, Count: a.Protocols, Affects: affects,
			Reason: fmt.Sprintf("%d counted okrug-ballot protocols are of precincts abroad, which the rule set counts in no okrug (X214; okrug.abroad \"counted\" counts them in the okrugs their rows name): %s were decided without their votes", a.Protocols, strings.Join(affects, ", "))})
	}
}

// okrugsOf returns the okrugs ("okrug/<ID>") whose candidates got votes in
// the okrug-ballot totals t; every okrug when none can be told.
func (c *counter) okrugsOf(t *tally.Totals) []string {
	var named []string
	for _, ok := range c.e.Okrugs {
		for _, cd := range ok.Candidates {
			if t.Votes[cd.ID] > 0 && !slices.Contains(named, "okrug/"+ok.ID) {
				named = append(named, "okrug/"+ok.ID)
			}
		}
	}
	if len(named) == 0 {
		for _, ok := range c.e.Okrugs {
			named = append(named, "okrug/"+ok.ID)
		}
	}
	return named
}

// undecidableProvisional records the districts (IDs) that cannot be
// decided under the sex-balance rule: their seats are not filled.
func (c *counter) undecidableProvisional(ids []string) {
	affects := prefixed("okrug/", ids)
	c.provisional(Unevaluated{Kind: UnevaluatedSexBalance, Scope: ids, Count: len(ids), Affects: affects,
		Reason: fmt.Sprintf("%d districts cannot be decided under the sex-balance rule (%s): too few candidates with votes of one sex; their seats are not filled, and what follows is not in the rule set",
			len(ids), strings.Join(ids, ", "))})
}

// sexProvisional records the districts (IDs) with candidates whose sex
// is not given: the sex-balance rule cannot be applied, and they are not
// decided.
func (c *counter) sexProvisional(ids []string) {
	affects := prefixed("okrug/", ids)
	c.provisional(Unevaluated{Kind: UnevaluatedSex, Scope: ids, Count: len(ids), Affects: affects,
		Reason: fmt.Sprintf("%d districts have candidates whose sex is not given (%s): the sex-balance rule cannot be applied; not decided, their seats not filled",
			len(ids), strings.Join(ids, ", "))})
}

// majorityProvisional records the okrugs (IDs) whose majority rule's base
// is not evaluated (protocols lack a line of it): whether the leader
// passed it cannot be known, and they are not decided.
func (c *counter) majorityProvisional(ids []string) {
	affects := prefixed("okrug/", ids)
	c.provisional(Unevaluated{Kind: UnevaluatedMajorityBase, Scope: ids, Count: len(ids), Affects: affects,
		Reason: fmt.Sprintf("%d okrugs cannot be decided under the majority rule (%s): its base (%s) is not given (protocols of the okrug ballot lack a line of it, or the votes of a choice it sums) or is 0; not decided, their seats not filled",
			len(ids), strings.Join(ids, ", "), c.r.Okrug.Majority.Base)})
}

// aggregateProvisional records the okrugs (ids) where a choice that sums
// several people's votes (election.Candidate.Aggregate) would take a
// seat or ties for one: not decided, their seats not filled.
func (c *counter) aggregateProvisional(ids []string) {
	var why []string
	for _, id := range ids {
		for _, o := range c.res.Okrugs {
			if o.Okrug == id && len(o.Steps) > 0 {
				why = append(why, o.Steps[len(o.Steps)-1].Detail)
			}
		}
	}
	c.provisional(Unevaluated{Kind: UnevaluatedAggregate, Scope: ids, Count: len(ids), Affects: prefixed("okrug/", ids),
		Reason: fmt.Sprintf("%d okrugs are not decided: an aggregate of several people's votes (a write-in row, \"Others\") would take a seat or ties for one (%s); their seats not filled",
			len(ids), strings.Join(why, "; "))})
}

// aggregateListProvisional records the lists that sum several lists'
// votes (election.Party.Aggregate: "Others") and pass the threshold
// (what, each its ID and votes): no list seat is apportioned.
func (c *counter) aggregateListProvisional(what []string) {
	why := fmt.Sprintf("the aggregate %s, the sum of several lists' votes, passes the threshold: those votes may be one list's or many lists', so which lists passed cannot be known", strings.Join(what, ", "))
	c.step(election.Step{Kind: "not_evaluated", Subject: "list", Seats: c.r.Seats.List, Detail: why + "; no list seat is filled"})
	c.provisional(Unevaluated{Kind: UnevaluatedAggregateList, Scope: []string{"list"}, Count: len(what), Affects: []string{"list"},
		Reason: fmt.Sprintf("%s; the %d list seats are not filled", why, c.r.Seats.List)})
}

// spreadProvisional records the okrugs (ids) whose winner's spread
// (okrug.spread) cannot be judged: not decided, their seats not filled.
func (c *counter) spreadProvisional(ids []string) {
	sp := c.r.Okrug.Spread
	c.provisional(Unevaluated{Kind: UnevaluatedSpread, Scope: ids, Count: len(ids), Affects: prefixed("okrug/", ids),
		Reason: fmt.Sprintf("%d okrugs cannot be decided under the spread rule (%s%% of the %s in at least %d regions): regions of theirs are not judged (no counted protocol, a line of the base lacking, or another okrug's precincts there too), or they have fewer regions than it must be met in; not decided, their seats not filled",
			len(ids), sp.Percent, sp.Base, sp.InAtLeast)})
}

// noChoicesProvisional records the ballots (counter.noChoices) whose
// counted protocols have no choice to give votes for: a file mapped for
// its protocol lines alone. Its seats are not filled for want of votes,
// which is not a count of no votes.
func (c *counter) noChoicesProvisional() {
	if len(c.noChoices) == 0 {
		return
	}
	c.provisional(Unevaluated{Kind: UnevaluatedNoChoices, Scope: c.noChoices, Count: len(c.noChoices), Affects: c.noChoices,
		Reason: fmt.Sprintf("%d ballots have counted protocols but no choice on them (%s): the files give no votes for them; their seats are not filled",
			len(c.noChoices), strings.Join(c.noChoices, ", "))})
}

// prefixed returns ids, each after prefix: the seats that rest on them
// ("okrug/" + an okrug's ID).
func prefixed(prefix string, ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = prefix + id
	}
	return out
}

// negativeProvisional records that the choices of ids have negative vote
// figures (finding P106): what rests on them (affects) is not evaluated.
// A choice is named once, however many okrugs give it (a party's
// candidate in each district): affects names the okrugs.
func (c *counter) negativeProvisional(ids, affects []string) {
	seen := make(map[string]bool, len(ids))
	ids = slices.DeleteFunc(slices.Clone(ids), func(id string) bool {
		dup := seen[id]
		seen[id] = true
		return dup
	})
	c.provisional(Unevaluated{Kind: UnevaluatedNegative, Scope: ids, Count: len(ids), Affects: affects,
		Reason: fmt.Sprintf("the votes of %s are given as negative figures by counted protocols (findings %s): not evaluated, and these seats rest on it: %s",
			strings.Join(ids, ", "), validate.Negative, strings.Join(affects, ", "))})
}

// okrugsProvisional marks each okrug decided on data a provisional reason
// says rests on what was not evaluated (its Affects name "okrug/<id>" or
// "okrug"): its row says so, not "elected" alone, where the votes of a
// candidate some protocol does not give might have changed it.
func (c *counter) okrugsProvisional() {
	for i := range c.res.Okrugs {
		o := &c.res.Okrugs[i]
		if strings.HasPrefix(string(o.Outcome), "not_evaluated") {
			continue // not decided: nothing rests on it
		}
		for _, u := range c.res.ProvisionalReasons {
			if slices.Contains(u.Affects, "okrug/"+o.Okrug) || slices.Contains(u.Affects, "okrug") {
				o.Provisional = true
				break
			}
		}
	}
}

// namedTotals settles the rows named a total that total no block of rows
// (Options.named): one whose figures are each the sum of the other rows
// of its region, or of its okrug, those named totals left out, is a total
// of them (finding validate.TotalOfPlace; totalRowsProvisional), a file
// sorted by another column (a long file by candidate) putting them apart;
// any other is counted as a precinct (validate.NamedTotalRow;
// namedTotalsProvisional). The tally's sums of each region and okrug are
// used, so that a row costs nothing more: they are built only when such a
// row was read. A figure the row lacks is not compared (its name says
// what it is: a long file cut before its other choices' total rows).
func (c *counter) namedTotals(p *pipeline) {
	named := c.o.named
	if len(named) == 0 {
		return
	}
	var sums tally.Result
	ok := p.acc != nil && p.accErr == nil
	if ok {
		sums = p.acc.Result()
	}
	placeOf := map[string]*election.Precinct{}
	for _, n := range named {
		if n.place == nil {
			placeOf[n.precinct] = nil
		}
	}
	if len(placeOf) > 0 {
		for i := range c.e.Precincts {
			pr := &c.e.Precincts[i]
			if at, seen := placeOf[pr.ID]; seen && at == nil {
				placeOf[pr.ID] = pr
			}
		}
	}
	// A row annulled (Options.Annul: its protocol left out of the
	// election) is in no sum: it is placed nowhere.
	var kept map[countedTotal]bool
	if len(c.o.Annul) > 0 {
		kept = map[countedTotal]bool{}
		want := map[string]bool{}
		for _, n := range named {
			want[n.precinct] = true
		}
		for _, q := range c.e.Protocols {
			if want[q.Precinct] {
				kept[countedTotal{precinct: q.Precinct, ballot: q.Ballot, machine: q.Machine}] = true
			}
		}
	}
	where := func(n *namedTotal) *election.Precinct {
		if kept != nil && !kept[countedTotal{precinct: n.precinct, ballot: n.ballot, machine: n.machine}] {
			return nil
		}
		if n.place != nil {
			return n.place
		}
		return placeOf[n.precinct]
	}
	var fs []validate.Finding
	for i := range named {
		n := &named[i]
		pr := where(n)
		level, place, rows := "", "", 0
		var near *blockGaps // the block n most nearly totals
		if ok && !n.machine && pr != nil && !pr.Abroad {
			tier := &sums.List
			if n.ballot == election.OkrugBallot {
				tier = &sums.Okrug
			}
			for _, lv := range [3]string{"region", "okrug", ""} {
				id, sum := "", &tier.Nation
				switch lv {
				case "region":
					id, sum = pr.Region, tier.Regions[pr.Region]
				case "okrug":
					id, sum = pr.Okrug, tier.Okrugs[pr.Okrug]
				}
				if lv != "" && id == "" || sum == nil {
					continue
				}
				b := gapsOfPlace(n, sum, named, lv, id, where)
				if b.rows < 1 {
					continue
				}
				if len(b.gaps) == 0 && b.nonzero > 0 && lv != "" {
					level, place, rows = lv, id, b.rows
					break
				}
				if len(b.gaps) > 0 && (near == nil || b.nearer(near)) {
					near = &b
				}
			}
		}
		if level != "" {
			fs = append(fs, validate.TotalOfPlace(n.file, n.line, n.column, n.precinct, level, place, rows))
			c.namedFound = append(c.namedFound, n.countedTotal)
			continue
		}
		if near != nil {
			g := near.gaps[0]
			fs = append(fs, validate.NamedTotalNear(n.file, n.pos, n.precinct, near.level, near.place, near.rows, g.figure, g.want, g.got, len(near.gaps)))
		} else {
			fs = append(fs, validate.NamedTotalRow(n.file, n.pos, n.precinct))
		}
		if kept == nil || kept[countedTotal{precinct: n.precinct, ballot: n.ballot, machine: n.machine}] {
			c.namedCounted = append(c.namedCounted, n.countedTotal)
		}
	}
	c.res.Findings = validate.Merge(c.res.Findings, validate.Report{Findings: fs})
}

// blockGaps compares the figures of a row named a total with the sums of
// a block of rows, the other rows of its region or okrug (level, place)
// or of its ballot (level ""), those named totals left out: rows of them
// (none: no block), nonzero figures of the row, and the figures that
// differ (gaps, the row's lines then its votes, each in order of name).
type blockGaps struct {
	level, place  string
	rows, nonzero int
	gaps          []figureGap
	off           int64 // the sum of the gaps' magnitudes, saturated
}

// figureGap is a figure ("lines.valid", "votes.a") the row gives as got
// where its block's rows sum it to want.
type figureGap struct {
	figure    string
	want, got int64
}

// nearer says whether b is nearer than o to be the block its row totals:
// fewer figures differ, or as many by less.
func (b *blockGaps) nearer(o *blockGaps) bool {
	if len(b.gaps) != len(o.gaps) {
		return len(b.gaps) < len(o.gaps)
	}
	return b.off < o.off
}

// gapsOfPlace compares each figure of n with the sum of the same figure
// over the rows of the place (sum, the tally's of level "region" or
// "okrug" and ID id, or of the nation, level "") that are not named totals
// of the same ballot and count. It is run only for a named total row that
// totals no block (Options.named), never for a row that is no total.
func gapsOfPlace(n *namedTotal, sum *tally.Totals, named []namedTotal, level, id string, where func(*namedTotal) *election.Precinct) blockGaps {
	b := blockGaps{level: level, place: id, rows: sum.Protocols}
	lines := maps.Clone(sum.Lines)
	votes := maps.Clone(sum.Votes)
	for i := range named {
		m := &named[i]
		if m.machine || m.ballot != n.ballot {
			continue
		}
		pr := where(m)
		if pr == nil || pr.Abroad || level == "region" && pr.Region != id || level == "okrug" && pr.Okrug != id {
			continue
		}
		b.rows--
		// The sum of the other rows may leave the int64 range where the
		// tally's, in the file's order, did not (a row at MaxInt64, the
		// total at -10, another at 5): no int64 row is their total, and
		// the block is none (its sum could not be said).
		for k, v := range m.lines {
			d, err := exact.Sub(lines[k], v)
			if err != nil {
				return blockGaps{}
			}
			lines[k] = d
		}
		for k, v := range m.votes {
			d, err := exact.Sub(votes[k], v)
			if err != nil {
				return blockGaps{}
			}
			votes[k] = d
		}
	}
	if b.rows < 1 {
		return blockGaps{}
	}
	gap := func(figure string, want, got int64) {
		if got != 0 {
			b.nonzero++
		}
		if want == got {
			return
		}
		b.gaps = append(b.gaps, figureGap{figure: figure, want: want, got: got})
		// |got - want| fits a uint64 whatever the two are.
		d := uint64(got) - uint64(want)
		if got < want {
			d = uint64(want) - uint64(got)
		}
		if d > uint64(math.MaxInt64-b.off) { // as far as can be
			b.off = math.MaxInt64
		} else {
			b.off += int64(d)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(n.lines)) {
		gap("lines."+string(k), lines[k], n.lines[k])
	}
	for _, k := range slices.Sorted(maps.Keys(n.votes)) {
		gap("votes."+k, votes[k], n.votes[k])
	}
	return b
}

// okrugsWonBy returns the okrug winners whose ID or name (in the okrug)
// is named so (named: ingest.NotChoiceName, ingest.PooledName), "against
// all" never: their IDs in the order first won, the okrugs each won and
// each one's name (its ID where it has none), and where each won as a
// finding says it ("okrug 3, 7"). A place in a second round is won as a
// seat is (docs/rules.md, mapping aggregates: a second round counts): it
// is said so ("okrug presidente (a place in its second round)").
func (c *counter) okrugsWonBy(named func(string) bool) (ids []string, won map[string][]string, names, where map[string]string) {
	won, names = map[string][]string{}, map[string]string{}
	var places []string // the okrugs, each "id okrug", where id won a second-round place
	for _, o := range c.res.Okrugs {
		winners := []string{o.Winner}
		for _, d := range o.Elected {
			winners = append(winners, d.ID)
		}
		for _, id := range o.Runoff {
			if named(id) || named(c.candidateName(o.Okrug, id)) {
				places = append(places, id+" "+o.Okrug)
			}
		}
		winners = append(winners, o.Runoff...)
		for _, id := range winners {
			if id == "" || id == election.AgainstAll || slices.Contains(won[id], o.Okrug) {
				continue
			}
			name := c.candidateName(o.Okrug, id)
			if !named(id) && !named(name) {
				continue
			}
			if won[id] == nil {
				ids, names[id] = append(ids, id), cmp.Or(name, id)
			}
			won[id] = append(won[id], o.Okrug)
		}
	}
	where = map[string]string{}
	for _, id := range ids {
		var at []string
		for _, o := range won[id] {
			if slices.Contains(places, id+" "+o) {
				o += " (a place in its second round)"
			}
			at = append(at, o)
		}
		where[id] = "okrug " + strings.Join(at, ", ")
	}
	return ids, won, names, where
}
