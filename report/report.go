package report

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/threshold"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

// JSON writes res as indented JSON followed by a newline.
func JSON(w io.Writer, res *shailoo.Result) error {
	if w == nil || res == nil {
		return ErrNil
	}
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// Text writes res as plain text in the given language.
func Text(w io.Writer, res *shailoo.Result, l Lang) error {
	if w == nil || res == nil {
		return ErrNil
	}
	return write(w, res, l, Options{}, false)
}

// Markdown writes res as Markdown in the given language.
func Markdown(w io.Writer, res *shailoo.Result, l Lang) error {
	if w == nil || res == nil {
		return ErrNil
	}
	return write(w, res, l, Options{}, true)
}

// counted says how many protocols of how many precincts the count
// counted (Totals.Protocols, Totals.Precincts), for a reader to check
// that every row was: the precincts not evaluated in a count of totals
// alone.
func counted(res *shailoo.Result, l Lang) string {
	t := res.Totals
	a := words.Args{"protocols": l.int(int64(t.Protocols)), "precincts": l.int(int64(t.Precincts))}
	if slices.Contains(t.NotEvaluated, "precincts") {
		return words.Say(string(l), "report.counted_no_precincts", a)
	}
	if r := res.Reporting; r != nil && r.Reporting < t.Precincts {
		// Precincts without a protocol: "19 protocols of 19 precincts"
		// would say each gave one (one gives none, another two).
		a["reporting"] = l.int(int64(r.Reporting))
		return words.Say(string(l), "report.counted_reporting", a)
	}
	return words.Say(string(l), "report.counted", a)
}

// section is a neutral document: a title, lines of prose and a table,
// rendered as text or Markdown.
type section struct {
	title string
	lines []string
	head  []string
	rows  [][]string
	after []string
}

// build makes the report of res in l, with the candidates of the okrugs
// picked (indexes in res.Okrugs) below the okrugs' table.
func build(res *shailoo.Result, l Lang, picked []int, perCode int) []section {
	var doc []section
	t := res.Totals
	head := section{title: fmt.Sprintf("%s — %s", words.Data(string(l), res.Election.Name), res.Library)}
	turnout := fmt.Sprintf("%s / %s %s = %s%%", l.int(t.Participants), l.int(t.Voters), l.w("voters"), l.dec(t.Turnout))
	switch {
	case t.Turnout == "" && t.Participants == 0:
		turnout = l.pw("not_evaluated")
	case t.Turnout == "": // no voters on the list (a count of ballots gives none)
		turnout = fmt.Sprintf("%s; %s: %s", l.int(t.Participants), l.w("voters"), l.pw("not_evaluated"))
		if t.VotersNotEvaluated > 0 {
			key := "report.voters_lacking"
			if t.Ballot == election.OkrugBallot { // an election of districts alone: the figures are the okrug ballot's
				key = "report.voters_lacking_okrug"
			}
			turnout += " " + words.Say(string(l), key, words.Args{"n": l.int(int64(t.VotersNotEvaluated))})
		}
	}
	if len(res.Annulled) > 0 {
		head.lines = append(head.lines, l.say("annulled_banner", words.Args{"what": l.annulmentsOf(res.Annulled)}))
	}
	over := t.Turnout != "" && t.Voters > 0 && t.Participants > t.Voters
	if over {
		turnout += " ⚠"
	}
	head.lines = append(head.lines,
		l.w("rules")+": "+rulesLine(res.Rules.ID, res.Rules.Version, words.Data(string(l), res.Rules.Name)),
		fmt.Sprintf("%s: %s", l.w("participants"), turnout),
	)
	if t.Turnout == "" && t.Participants > 0 {
		// Without voters on the list (a count of ballots gives none)
		// no turnout is said: the invalid ballots are, as the JSON
		// gives them, or a count of cast-vote records would never
		// state them.
		head.lines = append(head.lines, l.say("invalid_valid", words.Args{"invalid": l.int(t.Invalid), "valid": l.int(t.Valid)}))
	}
	if over {
		// A precinct over its list may be right (a postal district of
		// 0 voters, P110); the whole count over it is not.
		head.lines = append(head.lines, l.say("turnout_over", words.Args{"participants": l.int(t.Participants), "voters": l.int(t.Voters)}))
	}
	head.lines = append(head.lines, counted(res, l))
	if n, ok := nationalLine(res); ok {
		head.lines = append(head.lines, fmt.Sprintf("%s: %s × %s%% = %s → %s %s", l.w("threshold"), l.int(n.base), l.dec(n.percent), l.dec(n.line), l.int(n.needed), l.needed(n.needed)))
	}
	// The lists the law holds to another threshold (threshold.Rule.Kinds),
	// a line for each kind.
	kinds := map[string]bool{}
	for _, li := range res.Lists {
		v := li.National
		if v.Kind == "" || kinds[v.Kind] {
			continue
		}
		kinds[v.Kind] = true
		what := fmt.Sprintf("%s (%s)", l.w("threshold"), l.say("kind_lists", words.Args{"kind": v.Kind}))
		if v.Base > 0 && v.LineDecimal != "" {
			head.lines = append(head.lines, fmt.Sprintf("%s: %s × %s%% = %s → %s %s", what, l.int(v.Base), l.dec(v.Percent), l.dec(v.LineDecimal), l.int(v.Needed), l.needed(v.Needed)))
		} else {
			head.lines = append(head.lines, fmt.Sprintf("%s: %s%%", what, l.dec(v.Percent)))
		}
	}
	if _, ok := nationalLine(res); !ok && len(kinds) == 0 && len(res.Lists) > 0 && !slices.ContainsFunc(res.Lists, func(li shailoo.List) bool { return li.National.Status != threshold.NotEvaluated && !li.Blank }) {
		// (a list not evaluated for its own votes leaves the line to the others)
		head.lines = append(head.lines, fmt.Sprintf("%s: %s", l.w("threshold"), l.pw("not_evaluated")))
	}
	for _, li := range res.Lists {
		if li.Blank { // valid votes, no list: "against all"'s place
			v := l.listVotes(li)
			if li.Percent != "" {
				v += " (" + l.dec(li.Percent) + "%)"
			}
			head.lines = append(head.lines, fmt.Sprintf("%s: %s %s", l.w("blank_votes"), l.listName(li), v))
		}
	}
	if res.Partial() {
		r := res.Reporting
		head.lines = append(head.lines, l.say("partial", words.Args{"reporting": l.int(int64(r.Reporting)), "precincts": l.int(int64(r.Precincts)),
			"list": l.int(int64(r.ListCounted)), "list_expected": l.int(int64(r.ListExpected)), "okrug": l.int(int64(r.OkrugCounted)), "okrug_expected": l.int(int64(r.OkrugExpected))}))
	}
	doc = append(doc, head)
	if banner, ok := provisional(res, l); ok {
		doc = append(doc, banner)
	}
	if banner, ok := relationErrors(res, l); ok {
		doc = append(doc, banner)
	}
	if x := res.RelationsUnchecked; x != nil && res.NotCounted == "" {
		doc = append(doc, relationsUnchecked(x, l))
	}
	if res.NotCounted != "" {
		doc = append(doc, section{title: l.w("not_counted"), lines: []string{words.NotCounted(string(l), res.NotCounted)}})
	}

	noList := res.Rules.NoListTier()
	if noList {
		head.lines = append(head.lines, l.w("no_list_tier"))
		doc[0] = head
	}
	lists := section{title: fmt.Sprintf("%s (%d)", l.w("list_seats"), res.Seats.ListOf)}
	if q := l.quota(res.Steps); q != "" && len(res.Constituencies) == 0 { // (each constituency's quota is its own)
		lists.lines = append(lists.lines, l.w("quota")+": "+q)
		lists.lines = append(lists.lines, l.quotaRaised(res.Steps)...)
	}
	lists.lines = append(lists.lines, l.price(res)...)
	pct := l.listPercentHead(res)
	lists.head = []string{l.w("party"), l.w("votes"), pct, l.w("margin"), l.w("regional"), l.w("seats"), l.w("women"), l.w("source")}
	var missed section
	missed.title = l.w("missed")
	missed.head = []string{l.w("party"), l.w("votes"), pct, l.w("missed_by"), l.w("regional"), l.w("source")}
	// The regions where lists missed the regional threshold, when one
	// list missed it in more than a few: in the table they would make
	// it hundreds of characters wide (Nigeria's 37 states).
	byRegion := section{title: l.w("missed_regions_title"), head: []string{l.w("party"), l.w("region"), l.w("missed_by")}}
	for _, li := range res.Lists {
		if li.Blank { // said in the head: no list, no threshold
			continue
		}
		reg := "—"
		if li.Regional != nil {
			reg = l.status(li.Regional.Status)
			if k := res.Rules.RegionalThreshold; k != nil && k.InAtLeast > 0 {
				reg += fmt.Sprintf(" %d/%d ≥%d", li.Regional.Passed, len(li.Regional.Regions), k.InAtLeast)
			}
			if li.RegionalProvenance != "" { // (its votes by region are not its national votes' source)
				reg += " (" + l.prov(li.RegionalProvenance) + ")"
			}
		}
		if li.Qualified || li.National.Status == threshold.NotEvaluated {
			margin := l.signed(li.National.Margin)
			if li.National.Status == threshold.NotEvaluated {
				margin = l.pw("not_evaluated")
			} else if li.National.VotesMissing > 0 {
				margin = "≥ " + margin // of a partial sum: at least
			}
			women := fmt.Sprintf("%d/%d", li.Women(), li.WomenRequired)
			if li.DeputiesNotGiven > 0 {
				women = "—" // the deputies, and so their sex, are not given
			}
			margin += l.heldTo(li.National)
			lists.rows = append(lists.rows, []string{l.listName(li), l.listVotes(li), l.dec(li.Percent), margin, reg,
				strconv.Itoa(li.Seats), women, l.provOf(rowProv(res, li.Provenance), listAnnulled(res))})
			continue
		}
		by := "—"
		switch {
		case li.National.Status == threshold.Failed:
			by = l.int(-li.National.Margin) + l.heldTo(li.National)
		case li.Regional != nil && li.Regional.Status == threshold.Failed:
			var where []string
			var rows [][]string
			for _, v := range li.Regional.Regions {
				if v.Status == threshold.Failed {
					where = append(where, fmt.Sprintf("%s %s", v.Scope, l.int(-v.Margin)))
					rows = append(rows, []string{l.listName(li), v.Scope, l.int(-v.Margin)})
				}
			}
			by = l.w("regional") + ": " + strings.Join(where, ", ")
			if len(where) > maxRegionsInline {
				by = l.w("regional") + ": " + l.say("missed_regions_n", words.Args{"n": strconv.Itoa(len(where))})
				byRegion.rows = append(byRegion.rows, rows...)
			}
		}
		missed.rows = append(missed.rows, []string{l.listName(li), l.listVotes(li), l.dec(li.Percent), by, reg, l.provOf(rowProv(res, li.Provenance), listAnnulled(res))})
	}
	if line, ok := againstAllLine(res, l); ok {
		lists.after = append(lists.after, line)
	}
	if !noList {
		doc = append(doc, lists)
	}
	if k, ok := constituencies(res, l); ok {
		doc = append(doc, k)
	}
	if len(missed.rows) > 0 {
		doc = append(doc, missed)
	}
	if len(byRegion.rows) > 0 {
		doc = append(doc, byRegion)
	}

	// A closed list seats by list position: its table has no column of
	// preference votes, which the ballot did not have.
	closed := res.Rules.List.Lists == seats.ClosedList
	deps := section{title: l.w("deputies"), head: []string{l.w("party"), "#", l.w("candidate"), l.w("position"), l.w("sex"), l.w("pref_votes"), l.w("why")}}
	if closed {
		deps.head = []string{l.w("party"), "#", l.w("candidate"), l.w("position"), l.w("sex"), l.w("why")}
	}
	for _, li := range res.Lists {
		for i, d := range li.Deputies {
			why := l.w("by_pref")
			switch d.Reason {
			case seats.ReasonWomenQuota:
				why = l.w("by_quota")
			case seats.ReasonListPosition:
				why = l.w("by_position")
			}
			name := d.Name
			if name == "" {
				name = d.ID
			}
			row := []string{l.listName(li), strconv.Itoa(i + 1), name, strconv.Itoa(d.Position), string(d.Sex)}
			if !closed {
				prefs := l.int(d.Preferences)
				if d.NoPreferences {
					prefs = "—" // not evaluated: no protocol gives them
				}
				row = append(row, prefs)
			}
			deps.rows = append(deps.rows, append(row, why))
		}
		if li.DeputiesNotGiven > 0 {
			key := "not_given"
			if res.Rules.List.Constituency != "" {
				key = "not_given_constituency"
			}
			deps.after = append(deps.after, l.say(key, words.Args{"list": l.listName(li), "n": strconv.Itoa(li.DeputiesNotGiven)}))
		}
	}
	if len(deps.rows) == 0 {
		deps.head = nil // only lists whose deputies are not given
	}
	if len(deps.rows) > 0 || len(deps.after) > 0 {
		doc = append(doc, deps)
	}

	per := max(res.Rules.Okrug.Seats, 1)
	ok := section{title: fmt.Sprintf("%s (%d)", l.w("okrugs"), res.Seats.OkrugOf)}
	if n := seatsLabel(res); n != "1" {
		ok.title = l.say("districts", words.Args{"n": strconv.Itoa(len(res.Okrugs)), "seats": n})
	}
	differ := okrugSeatsDiffer(res)
	if differ && per == 1 {
		ok.title = fmt.Sprintf("%s (%s)", l.w("okrugs"), l.say("okrugs_defined", words.Args{"n": strconv.Itoa(len(res.Okrugs)), "seats": strconv.Itoa(res.Seats.OkrugOf)}))
	}
	ok.head = []string{"#", l.w("okrug"), l.w("outcome"), l.w("leader"), l.w("votes"), "%", l.w("against_all"), l.w("source")}
	// The leader's share is of those who took part (valid and invalid
	// ballots), or under a majority rule of its base: the column names it.
	majority := res.Rules.Okrug.Majority
	// A ballot without "against all" (a plurality system's) has no such column.
	againstAll := res.AgainstAll(election.OkrugBallot)
	ok.head[5] = l.w("okrug_pct")
	switch {
	case majority != nil:
		ok.head[5] = "% (" + words.Of("base."+string(majority.Base)).In(string(l)) + ")"
	case againstAll:
		ok.lines = append(ok.lines, l.w("okrug_pct_note_against"))
	default:
		ok.lines = append(ok.lines, l.w("okrug_pct_note"))
	}
	if !againstAll {
		ok.head = slices.Delete(ok.head, 6, 7)
	}
	// Okrugs learnt from a file's cells are named by their IDs: a
	// column of IDs would repeat the column of names.
	named := namedOkrugs(res)
	if !named {
		ok.head = ok.head[1:]
	}
	pctNE := false // a share not evaluated: said under the table
	for _, o := range res.Okrugs {
		what := l.w("elected")
		switch o.Outcome {
		case seats.OutcomeRepeat:
			what = l.w("repeat")
		case seats.OutcomeTie:
			what = l.w("tie")
		case seats.OutcomeNoVotes:
			what = l.w("no_votes")
		case seats.OutcomeNotEvaluated:
			what = l.pw("no_protocols")
		case seats.OutcomeAnnulled:
			what = l.w("okrug_annulled")
		case seats.OutcomeUndecidable:
			what = l.w("undecidable")
		case seats.OutcomeSexNotGiven:
			what = l.w("sex_not_given")
		case seats.OutcomeRunoff:
			what = l.w("runoff")
			if o.Missed == "spread" {
				what = l.w("runoff_spread")
			}
			if t := runoffTie(o); t != nil {
				what += ": " + l.runoffTied(o, *t)
			} else if len(o.RunoffNames) > 0 {
				what += ": " + strings.Join(o.RunoffNames, ", ")
			}
		case seats.OutcomeMajorityNotEvaluated:
			what = l.w("majority_base_not_evaluated")
		case seats.OutcomeSpreadNotEvaluated:
			what = l.w("spread_not_evaluated")
		case seats.OutcomeAggregateLeads:
			what = l.w("aggregate_leads")
		case seats.OutcomeNegativeVotes:
			what = l.w("negative_votes")
		case seats.OutcomeNoCandidates:
			what = l.w("no_candidates")
		}
		if o.Seats > 0 && o.Unfilled > 0 && o.Outcome != seats.OutcomeUndecidable && o.Outcome != seats.OutcomeSexNotGiven {
			what += "; " + l.say("unfilled_n", words.Args{"n": strconv.Itoa(o.Unfilled)})
		}
		if o.Outcome != seats.OutcomeTie && okrugTied(res, o.Okrug) && runoffTie(o) == nil {
			what += " (" + l.w("tie_mark") + ")"
		}
		if o.Provisional {
			prov := l.w("okrug_provisional")
			switch o.Overturn {
			case shailoo.OverturnCannot:
				prov += "; " + l.w("okrug_overturn_cannot")
			case shailoo.OverturnCould:
				prov += "; " + l.w("okrug_overturn_could")
			}
			if r := okrugRelation(o, l); r != "" {
				prov += "; " + r
			}
			if o.FirstChoices {
				prov += "; " + l.w("okrug_first_choices")
			}
			what += " (" + prov + ")"
		} else if r := okrugRelation(o, l); r != "" {
			what += " (" + r + ")"
		}
		if o.FirstChoicesMajority {
			what += " (" + l.w("okrug_first_choices_majority") + ")"
		}
		if o.Ranked != nil {
			if w := o.Ranked.Winner; w != "" {
				what += " (" + l.say("okrug_ranked", words.Args{"n": strconv.Itoa(len(o.Ranked.Rounds)), "winner": cmp.Or(o.CandidateNames[w], w)}) + ")"
			}
		}
		leader := o.LeaderName
		if leader == "" {
			leader = o.Leader
		}
		pct := func(num, den int64) string {
			s, err := shailoo.Percent(num, den, res.Rules.Display())
			if err != nil { // rules a count would have refused
				return "?"
			}
			return l.dec(s)
		}
		against := l.int(o.AgainstAll)
		if p := pct(o.AgainstAll, o.Participants); p != "" {
			against += " (" + p + "%)"
		}
		share := pct(o.LeaderVotes, o.Participants)
		if majority != nil {
			share = pct(o.LeaderVotes, o.MajorityBase)
		}
		missing := 0
		if o.Leader != "" {
			missing = o.VotesMissing[o.Leader]
		}
		if missing > 0 {
			share = "" // a share of a partial sum is none
		} else if majority == nil && participantsNotEvaluated(o) && o.Leader != "" {
			share, pctNE = l.pw("not_evaluated"), true
		}
		votes := l.partial(o.LeaderVotes, missing)
		if o.Outcome == seats.OutcomeAnnulled || o.Outcome == seats.OutcomeNoCandidates && o.Leader == "" {
			votes, share, against = "", "", "" // no result: no figure to show
		}
		row := []string{o.Okrug, o.Name, what, leader, votes, share, against, l.okrugProv(res, o, againstAll)}
		if !againstAll {
			row = slices.Delete(row, 6, 7)
		}
		if !named {
			row = slices.Delete(row, 1, 2) // the ID, in the names' column
		}
		ok.rows = append(ok.rows, row)
	}
	if pctNE {
		ok.lines = append(ok.lines, l.w("okrug_pct_not_evaluated"))
	}
	if len(ok.rows) > 0 {
		doc = append(doc, ok)
		for _, i := range picked {
			doc = append(doc, okrugCandidates(res, res.Okrugs[i], l))
		}
	}
	for _, o := range res.Okrugs {
		if o.Ranked != nil {
			doc = append(doc, rankedRounds(o, l))
		}
	}
	if or, ok := okrugRegions(res, l); ok {
		doc = append(doc, or)
	}
	if ds, ok := districtSeats(res, l); ok {
		doc = append(doc, ds)
	}

	s := res.Seats
	parl := section{title: l.w("parliament")}
	parl.lines = append(parl.lines, fmt.Sprintf("%d / %d %s: %d + %d", s.Total, s.Of, l.say("filled", words.Args{"of": strconv.Itoa(s.Of)}), s.List, s.Okrug))
	if differ {
		parl.lines = append(parl.lines, l.say("okrug_seats_differ", words.Args{"rules": res.Rules.ID, "seats": strconv.Itoa(s.OkrugOf), "have": strconv.Itoa(len(res.Okrugs) * per)}))
	}
	if by := okrugSeatsByChoice(res); by != "" {
		parl.lines = append(parl.lines, l.say("okrug_seats_by_choice", words.Args{"seats": by}))
	}
	if s.ListUnfilled > 0 {
		// An outcome of the count: said where the seats are.
		key := "list_unfilled"
		if s.ListUnfilledWhy != "" {
			key += "." + s.ListUnfilledWhy
		}
		parl.lines = append(parl.lines, l.say(key, words.Args{"n": strconv.Itoa(s.ListUnfilled), "reason": openThresholds(res, l)}))
	}
	if n := annulledOkrugs(res); n > 0 {
		parl.lines = append(parl.lines, l.say("annulled_okrugs_n", words.Args{"n": strconv.Itoa(n)}))
	}
	if s.NotGiven > 0 {
		key := "not_given_n"
		if res.Rules.List.Constituency != "" {
			key = "not_given_n_constituency"
		}
		parl.lines = append(parl.lines, l.say(key, words.Args{"n": strconv.Itoa(s.NotGiven)}))
	}
	if per > 1 {
		// Deputies of no sex given are no men: "0 of 2" would say so.
		key := "district_women"
		switch {
		case s.DistrictSexNotGiven > 0 && s.DistrictSexNotGiven == s.Okrug:
			key = "district_women_not_given"
		case s.DistrictSexNotGiven > 0:
			key = "district_women_some_not_given"
		}
		parl.lines = append(parl.lines, l.say(key, words.Args{"n": strconv.Itoa(s.DistrictWomen), "of": strconv.Itoa(s.Okrug), "k": strconv.Itoa(s.DistrictSexNotGiven)}))
	}
	if x := res.RelationErrors; x != nil && res.NotCounted == "" {
		parl.lines = append(parl.lines, l.say("relation_errors_parliament", words.Args{"n": l.int(int64(x.Protocols)), "codes": relationCodes(x, l)}))
	}
	doc = append(doc, parl)

	if ties, ok := tiesSection(res, l); ok {
		doc = append(doc, ties)
	}

	doc = append(doc, findings(res.Findings, l, perCode))

	if len(res.Notes) > 0 {
		doc = append(doc, section{title: l.w("notes"), lines: l.notes(res.Notes, res.Lists)})
	}
	prov := section{title: l.w("provenance")}
	if p := res.Election.Provenance; p == shailoo.ProvenanceNotGiven {
		prov.lines = append(prov.lines, l.say("provenance_none", nil))
	} else if p != "" {
		prov.lines = append(prov.lines, words.Data(string(l), p))
	}
	for _, in := range res.Inputs {
		name := in.Name
		if t, ok := words.Lookup("report.input." + name); ok && !strings.Contains(name, ".") {
			name = t.In(string(l)) // a word of the count's, not a file's name
		}
		line := fmt.Sprintf("sha256 %s  %s", in.SHA256, name)
		if in.Provenance != "" { // a protocols file's, as its mapping says it
			line += " (" + l.inputProv(in) + ")"
		}
		prov.lines = append(prov.lines, line)
	}
	if res.LotSeed != "" {
		prov.lines = append(prov.lines, fmt.Sprintf("%s: %q", l.w("lot_seed"), res.LotSeed))
	}
	doc = append(doc, prov)
	return doc
}

// relationErrors is the banner of a count whose protocols break control
// relations (Result.RelationErrors), above the seats computed from their
// figures; ok is false when none does, or no seat was decided.
func relationErrors(res *shailoo.Result, l Lang) (section, bool) {
	x := res.RelationErrors
	if x == nil || res.NotCounted != "" {
		return section{}, false
	}
	return section{title: l.say("relation_errors", words.Args{"n": l.int(int64(x.Protocols)), "codes": relationCodes(x, l)}),
		lines: []string{l.w("relation_errors_seats")}}, true
}

// relationCodes is each code of x with its findings: "P101: 3, P103: 220".
func relationCodes(x *shailoo.RelationErrors, l Lang) string {
	parts := make([]string, len(x.Codes))
	for i, c := range x.Codes {
		parts[i] = string(c.Code) + ": " + l.int(int64(c.Findings))
	}
	return strings.Join(parts, ", ")
}

// constituencies is the table of the list seats of each constituency
// (list.constituency "region"): a row per region, a column per list that
// took part, headed by its ID (the line above names them); ok is false
// without constituencies.
func constituencies(res *shailoo.Result, l Lang) (section, bool) {
	if len(res.Constituencies) == 0 {
		return section{}, false
	}
	s := section{title: l.w("constituencies"), head: []string{l.w("constituency"), l.w("seats")}}
	var ids, named []string
	for _, c := range res.Constituencies {
		for _, cl := range c.Lists {
			if !slices.Contains(ids, cl.ID) {
				ids = append(ids, cl.ID)
			}
		}
	}
	// In the order of the lists' table (a definition's ballot order, or
	// the one a report is given: Options.BallotOrder).
	rank := make(map[string]int, len(res.Lists))
	for i, li := range res.Lists {
		rank[li.ID] = i + 1
	}
	at := func(id string) int {
		if r, ok := rank[id]; ok {
			return r
		}
		return len(res.Lists) + 1 // (none: every list is in the table)
	}
	slices.SortStableFunc(ids, func(a, b string) int { return cmp.Compare(at(a), at(b)) })
	for _, id := range ids {
		s.head = append(s.head, id)
		if n := l.nameOf(res, id, id); n != id {
			named = append(named, id+" = "+n)
		}
	}
	s.head = append(s.head, l.w("note"))
	if len(named) > 0 {
		s.lines = append(s.lines, l.say("constituency_lists", words.Args{"lists": strings.Join(named, "; ")}))
	}
	for _, c := range res.Constituencies {
		row := []string{cmp.Or(c.Name, c.Region), strconv.Itoa(c.Seats)}
		for _, id := range ids {
			cell := "—"
			for _, cl := range c.Lists {
				if cl.ID == id && c.NotEvaluated == "" {
					cell = strconv.Itoa(cl.Seats)
				}
			}
			row = append(row, cell)
		}
		var note []string
		if c.NotEvaluated != "" {
			note = append(note, l.pw("not_evaluated")+": "+c.NotEvaluated)
		}
		var below []string
		for _, cl := range c.Lists {
			if cl.Threshold != nil && cl.Threshold.Status == threshold.Failed {
				below = append(below, cl.ID)
			}
		}
		if len(below) > 0 {
			note = append(note, l.say("constituency_below", words.Args{"lists": strings.Join(below, ", ")}))
		}
		if c.Unfilled > 0 {
			note = append(note, l.say("unfilled_n", words.Args{"n": strconv.Itoa(c.Unfilled)}))
		}
		if c.Compensate != "" && c.NotEvaluated == "" {
			note = append(note, l.compensation(res, c))
		}
		for _, t := range res.Ties {
			if t.Context == "list@"+c.Region && t.Awaiting() {
				note = append(note, l.w("tie_awaiting"))
			}
		}
		s.rows = append(s.rows, append(row, strings.Join(note, "; ")))
	}
	// The lists' seats, as the table of the lists has them.
	total := []string{"Σ", strconv.Itoa(res.Seats.ListOf)}
	for _, id := range ids {
		for _, li := range res.Lists {
			if li.ID == id {
				total = append(total, strconv.Itoa(li.Seats))
			}
		}
	}
	s.rows = append(s.rows, append(total, ""))
	return s, true
}

// compensation says, for a constituency whose list seats compensate for
// okrug seats (list.compensate), the okrug seats each list held there,
// and the price of its last seat.
func (l Lang) compensation(res *shailoo.Result, c shailoo.Constituency) string {
	var held []string
	for _, cl := range c.Lists {
		if cl.OkrugSeats > 0 {
			held = append(held, cl.ID+" "+strconv.Itoa(cl.OkrugSeats))
		}
	}
	key := "constituency_compensates"
	if c.OkrugSeatsGiven {
		key = "constituency_compensates_given"
	}
	out := l.say(key, words.Args{"seats": cmp.Or(strings.Join(held, ", "), "0")})
	if c.Price != nil {
		out += "; " + l.priceLine(res, c.Price)
	}
	return out
}

// districtSeats is the table of the deputies of districts of several
// seats: who took each seat, with the votes, and why (the votes, a tie
// and how it was settled, or the sex-balance rule).
func districtSeats(res *shailoo.Result, l Lang) (section, bool) {
	s := section{title: l.w("district_seats"), head: []string{"#", l.w("okrug"), l.w("candidate"), l.w("sex"), l.w("votes"), l.w("why"), l.w("source")}}
	for _, o := range res.Okrugs {
		for _, d := range o.Deputies {
			name := d.Name
			if name == "" {
				name = d.ID
			}
			why := l.w("by_votes")
			if d.Reason == seats.ReasonTie {
				why = l.w("by_tie")
				for _, t := range res.Ties {
					if t.Context == "okrug/"+o.Okrug && slices.Contains(t.Winners, d.ID) {
						why += ": " + tieHow(t, res.Rules, l)
					}
				}
			}
			if sb := res.Rules.Okrug.ForOkrug(o.Okrug).SexBalance; d.Reason == seats.ReasonSexBalance && sb != nil {
				// The seat of a sex with reserved seats is theirs; a seat
				// of the other sex, the cap's.
				if k := sb.Reserved[d.Sex]; k > 0 || sb.MaxOneSex == 0 {
					key := "by_reserved_F"
					if d.Sex == election.Male {
						key = "by_reserved_M"
					}
					why = l.say(key, words.Args{"n": strconv.Itoa(k)})
				} else {
					why = l.say("by_sex_rule", words.Args{"n": strconv.Itoa(sb.MaxOneSex)})
				}
			}
			// A partial sum (protocols that do not give the deputy's
			// votes, o.VotesMissing) is marked as the okrugs' table marks it.
			s.rows = append(s.rows, []string{o.Okrug, o.Name, name, string(d.Sex), l.partial(d.Votes, o.VotesMissing[d.ID]), why, l.provOf(rowProv(res, d.Provenance), o.Annulled)})
		}
	}
	if !namedOkrugs(res) {
		s.head = s.head[1:]
		for i := range s.rows {
			s.rows[i] = slices.Delete(s.rows[i], 1, 2) // the ID, in the names' column
		}
	}
	return s, len(s.rows) > 0
}

// okrugSeatsDiffer says whether the okrugs res counted have other than
// the okrug seats of its rule set (a rule set made for another election):
// the seats filled are counted against the rule set's, which the report
// must say where it gives them. An election without okrugs (a count of
// list protocols alone) is left to the notes.
func okrugSeatsDiffer(res *shailoo.Result) bool {
	if len(res.Rules.Okrug.SeatsByOkrug) > 0 {
		return false // the count refuses seats that do not sum to seats.okrug
	}
	r := res.Rules
	return !r.Seats.OkrugEach && r.Seats.Okrug > 0 && len(res.Okrugs) > 0 && len(res.Okrugs)*max(r.Okrug.Seats, 1) != res.Seats.OkrugOf
}

// maxRegionsInline is the most regions the table of lists that missed
// the threshold names in a row; more are listed in a table of their own.
const maxRegionsInline = 3

// namedOkrugs says whether some okrug of res has a name other than its
// ID, so that the tables need a column of IDs ("#") beside the names.
func namedOkrugs(res *shailoo.Result) bool {
	return slices.ContainsFunc(res.Okrugs, func(o shailoo.Okrug) bool { return o.Name != "" && o.Name != o.Okrug })
}

// FindingsText writes a validation report as plain text.
func FindingsText(w io.Writer, rep validate.Report, l Lang) error {
	if w == nil {
		return ErrNil
	}
	return render(w, findingsDoc(rep, l), false)
}

// FindingsMarkdown writes a validation report as Markdown.
func FindingsMarkdown(w io.Writer, rep validate.Report, l Lang) error {
	if w == nil {
		return ErrNil
	}
	return render(w, findingsDoc(rep, l), true)
}

// findingsDoc is a findings report: every finding, under a title line
// that says what was checked when it is a check of a published summary
// against a recount (shailoo verify), as a count's report has its own;
// the findings' section is the title of another report (shailoo check).
func findingsDoc(rep validate.Report, l Lang) []section {
	fs := findings(rep, l, -1)
	if rep.Published == nil {
		return []section{fs}
	}
	recount := "—"
	if r := rep.Recount; r != nil {
		// the election's name in l where the catalog has it (a built-in
		// election's), as the recount's line below says it
		recount = cmp.Or(words.Data(string(l), r.Name), r.Election, recount)
	}
	key := "verify_title"
	if rep.Published.Election == "" {
		key = "verify_title_unnamed" // a summary that names no election
	}
	title := l.say(key, words.Args{"published": echo.Text(rep.Published.Election), "recount": echo.Text(recount)})
	return []section{{title: title}, fs}
}

// findings lists at most limit findings of each code (all when limit <
// 0), the others of a code counted under the table, what a
// check of a published summary compared, and what was not evaluated.
func findings(f validate.Report, l Lang, limit int) section {
	s := section{title: fmt.Sprintf("%s: %s, %s", l.w("findings"), l.counted(f.Errors(), "errors"), l.counted(f.Warnings(), "warnings"))}
	if len(f.Findings) > 10 {
		s.lines = append(s.lines, byCode(f, l))
	}
	// The findings come sorted by code: each code's first limit, and
	// how many more of it, so that no code hides behind another's many.
	for i := 0; i < len(f.Findings); {
		j := i
		for j < len(f.Findings) && f.Findings[j].Code == f.Findings[i].Code {
			j++
		}
		shown := j - i
		if limit >= 0 {
			shown = min(shown, limit)
		}
		for _, x := range f.Findings[i : i+shown] {
			got := l.figureCell(x.Got)
			if p := x.Provenance(); p != "" { // a published figure of a part whose provenance is not the summary's
				got += " (" + l.prov(election.Provenance(p)) + ")"
			}
			s.rows = append(s.rows, []string{string(x.Code), x.Severity.In(string(l)), x.PlaceIn(string(l)), l.figureCell(x.Want), got, l.gap(x), x.Sentence(string(l))})
		}
		if n := j - i - shown; n > 0 {
			s.after = append(s.after, l.say("more_of_code", words.Args{"n": l.int(int64(n)), "code": string(f.Findings[i].Code), "shown": strconv.Itoa(limit)}))
		}
		i = j
	}
	if len(s.rows) > 0 {
		want, got := l.w("col_want"), l.w("col_got")
		if f.Compared != nil { // a published summary's: the recount against the published figures
			want, got = l.w("col_recount"), l.w("col_published")
		}
		s.head = []string{l.w("col_code"), "", "", want, got, l.w("col_gap"), ""}
	}
	for _, u := range f.Unlisted {
		if u.Code == validate.MissingListProtocol || u.Code == validate.MissingOkrugProtocol {
			s.after = append(s.after, l.say("unlisted_missing", words.Args{"code": string(u.Code), "n": strconv.Itoa(u.Count), "max": strconv.Itoa(shailoo.MaxListedMissing)}))
			continue
		}
		s.after = append(s.after, l.say("unlisted", words.Args{"code": string(u.Code), "n": strconv.Itoa(u.Count), "severity": u.Severity.In(string(l)), "max": strconv.Itoa(validate.MaxListed)}))
	}
	if p := f.Published; p != nil {
		s.after = append(s.after, l.publishedOf(p))
		for _, n := range p.Notes {
			// How a report in another format was read: what it holds
			// that verify does not compare, and what it sums.
			s.after = append(s.after, l.say("published_note", words.Args{"note": words.Reason(string(l), n)}))
		}
		if p.ElectionDiffers && f.Recount != nil {
			s.after = append(s.after, l.say("published_election_differs", words.Args{"published": echo.Text(p.Election), "recount": echo.Text(f.Recount.Election)}))
		}
	}
	if r := f.Recount; r != nil {
		s.after = append(s.after, l.recountOf(r)...)
	}
	if c := f.Compared; c.Nothing() && c != nil && f.Published != nil && len(f.Published.Notes) > 0 {
		// Its notes say what it holds that is not compared: "publishes
		// no figure the recount gives" would not be true.
		s.after = append(s.after, l.w("nothing_compared_notes"))
	} else if c.Nothing() && c != nil {
		s.after = append(s.after, l.w("nothing_compared"))
	} else if c != nil {
		if un := uncheckedLine(f, l); un != "" {
			s.after = append(s.after, un)
		}
		s.after = append(s.after, l.say("compared_heading", words.Args{"n": strconv.Itoa(c.Figures), "m": strconv.Itoa(c.Matched)}))
		for _, k := range c.Checks {
			key := "compared_check"
			if k.Code == validate.PercentFewerDecimals { // right at their own decimals: said so, not "0 matched"
				key = "compared_check_fewer"
			}
			line := "  " + l.say(key, words.Args{"code": string(k.Code), "n": strconv.Itoa(k.Figures), "m": strconv.Itoa(k.Matched)})
			if k.Provenance != "" {
				line += " (" + l.prov(election.Provenance(k.Provenance)) + ")"
			}
			s.after = append(s.after, line)
		}
		for _, n := range c.Named {
			s.after = append(s.after, "  "+l.say("compared_named", words.Args{"okrug": echo.Text(n.Okrug), "published": echo.Text(n.Published), "id": echo.Text(n.ID)}))
		}
	}
	if len(f.NotEvaluated) > 0 {
		s.after = append(s.after, l.w("not_evaluated_heading"))
	}
	for _, n := range f.NotEvaluated {
		why := words.Reason(string(l), n.Reason)
		if n.Reason == validate.NotPublishedForLists && n.Count > 0 {
			why = l.say("not_published_lists", words.Args{"n": strconv.Itoa(n.Count)})
		} else if n.Count > 0 && n.First != nil {
			// Not evaluated at some places only: how many and the first,
			// so that it does not read as a check never made beside its
			// findings at the others.
			key := "not_evaluated_places"
			if n.First.Precinct != "" {
				key = "not_evaluated_protocols"
			}
			why = l.say(key, words.Args{"n": strconv.Itoa(n.Count), "first": n.First.InNamed(string(l), f.Names()), "why": why})
		}
		if formRemedy(n.Reason) {
			why += "; " + l.w("form_remedy")
		}
		s.after = append(s.after, fmt.Sprintf("%s: %s", n.Code, why))
	}
	return s
}

// uncheckedLine says, of a check of a published summary that compared
// some figures, the published figures it could not check (Unchecked):
// how many and where, after "agrees where compared" when no figure
// disagrees, so that "0 errors" is not read as every figure confirmed;
// "" when every published figure was checked.
func uncheckedLine(f validate.Report, l Lang) string {
	var n int
	var where []string
	for _, x := range validate.Unchecked(f.NotEvaluated) {
		n += x.Count
		first := x.First.InNamed(string(l), f.Names())
		if x.Count > 1 {
			first = l.say("unchecked_more", words.Args{"first": first, "m": strconv.Itoa(x.Count - 1)})
		}
		where = append(where, string(x.Code)+": "+first)
	}
	if n == 0 {
		return ""
	}
	line := l.say("published_unchecked", words.Args{"n": strconv.Itoa(n), "list": strings.Join(where, "; ")})
	if f.Errors() == 0 {
		line = l.w("published_agree_where") + " " + line
	}
	return line
}

// formRemedy says whether a check not evaluated for reason r waits for
// lines the protocols lack, which a form without them declared in the
// rule set (protocol.lines) would let it check: any line but valid, which
// every form has.
func formRemedy(r string) bool {
	rest, ok := strings.CutPrefix(r, "the protocol lacks line(s) ")
	if !ok {
		rest, ok = strings.CutPrefix(r, "a protocol lacks line(s) ")
	}
	if !ok {
		return false
	}
	for _, x := range strings.FieldsFunc(rest, func(c rune) bool { return c == ',' || c == ' ' }) {
		if x != "and" && x != string(election.Valid) {
			return true
		}
	}
	return false
}

// listVotes is the list's votes, or "not evaluated" when no counted
// protocol gives them (List.VotesNotGiven): never a 0 that reads as a count.
// listPercentHead is the head of the lists' "%" column, naming what it is
// a share of: the national threshold's base ("% of participants"), of
// which shailoo.List.Percent is; a bare "%" where the rule set names none.
// A publisher's share is often of another base (Fiji's 2018 49.56% of the
// votes cast beside the commission's 50.02% of the valid votes): the
// column says which.
// againstAllLine is the list ballot's votes against all, said under the
// lists with their share of the threshold base: a reader checks that the
// base is the lists' votes and these (Kazakhstan's CEC publishes them as a
// line of the result). Not evaluated where counted protocols do not give
// them; ok is false on a ballot without "against all".
func againstAllLine(res *shailoo.Result, l Lang) (string, bool) {
	t := res.Totals
	if len(res.Lists) == 0 || t.Ballot != "" || !res.AgainstAll(election.ListBallot) {
		return "", false
	}
	a := words.Args{"votes": l.int(t.AgainstAll), "base": l.int(t.ThresholdBase)}
	switch {
	case slices.Contains(t.NotEvaluated, "against_all"):
		return l.say("against_all_not_given", a), true
	case t.ThresholdBase > 0:
		p, err := shailoo.Percent(t.AgainstAll, t.ThresholdBase, res.Rules.Display())
		if err != nil { // rules a count would have refused
			p = "?"
		}
		a["pct"] = l.dec(p)
		return l.say("against_all_share", a), true
	}
	return l.say("against_all_votes", a), true
}

func (l Lang) listPercentHead(res *shailoo.Result) string {
	if t, ok := words.Lookup("report.list_pct." + string(res.Rules.Threshold.Base)); ok && res.Rules.Threshold.Base != "" {
		return t.In(string(l))
	}
	return "%"
}

func (l Lang) listVotes(li shailoo.List) string {
	if li.VotesNotGiven {
		return l.pw("not_evaluated")
	}
	return l.partial(li.Votes, li.VotesMissing)
}

// partial is votes, marked as a partial sum when missing counted
// protocols do not give the figure: never a sum that reads as whole.
func (l Lang) partial(votes int64, missing int) string {
	if missing == 0 {
		return l.int(votes)
	}
	return l.int(votes) + " (" + l.say("votes_partial", words.Args{"n": l.int(int64(missing))}) + ")"
}

// listName is the list's name in l (name_ru, name_ky), or its name
// when the definition gives none in l.
func (l Lang) listName(li shailoo.List) string {
	switch l, _ := ParseLang(string(l)); {
	case l == Russian && li.NameRu != "":
		return li.NameRu
	case l == Kyrgyz && li.NameKy != "":
		return li.NameKy
	}
	return li.Name
}

// nameOf is the name in l of the list id of res, or name when res has
// no such list.
func (l Lang) nameOf(res *shailoo.Result, id, name string) string {
	if res == nil {
		return name
	}
	for _, li := range res.Lists {
		if li.ID == id {
			return l.listName(li)
		}
	}
	return name
}

func (l Lang) prov(p election.Provenance) string {
	switch p {
	case "":
		return ""
	case shailoo.ProvenanceNotGiven:
		return l.w("provenance_not_given")
	}
	return l.w(string(p))
}

// rowProv is the provenance of a row of res whose own is p: p, else the
// count's (Result.Election.Provenance) when it is one word (official,
// preliminary, synthetic or not given: a file's, or a definition's that
// gives it once for all); a longer text is said once, under "Where the
// figures come from".
func rowProv(res *shailoo.Result, p election.Provenance) election.Provenance {
	if p != "" {
		return p
	}
	switch q := election.Provenance(res.Election.Provenance); q {
	case election.Official, election.Preliminary, election.Synthetic, shailoo.ProvenanceNotGiven:
		return q
	}
	return ""
}

// provOf is prov for a figure that n annulments touch: "official,
// recomputed with 1 annulled", the figure is not the one its source
// published. A figure they do not touch (n 0) is its source's.
func (l Lang) provOf(p election.Provenance, n int) string {
	if p == "" || n == 0 {
		return l.prov(p)
	}
	return words.Say(string(l), "prov_recomputed", words.Args{"prov": l.prov(p), "n": strconv.Itoa(n)})
}

// okrugProv is the source of an okrug's row: the okrug's provenance,
// and that of each figure of the row whose own differs (the leader's
// name, votes and share; against all's count and share): "preliminary;
// against all: synthetic". The margin is not in the row.
func (l Lang) okrugProv(res *shailoo.Result, o shailoo.Okrug, againstAll bool) string {
	out := l.provOf(rowProv(res, o.Provenance), o.Annulled)
	for _, f := range []string{"leader", "against_all"} {
		p, ok := o.FigureProvenance[f]
		if !ok || f == "against_all" && !againstAll {
			continue
		}
		out += "; " + l.say("figure_prov", words.Args{"figure": l.w(f), "prov": l.provOf(p, o.Annulled)})
	}
	return out
}

// listAnnulled counts the annulments of res that touch the list ballot:
// those of precincts' results. The election of an okrug and a
// candidate's votes leave the list votes as published.
func listAnnulled(res *shailoo.Result) int {
	n := 0
	for _, a := range res.Annulled {
		if a.Kind == shailoo.AnnulPrecinct || a.Kind == shailoo.AnnulRegion {
			n++
		}
	}
	return n
}

// price says, under a divisor method, the method and how the last seats
// were decided: the quotient of the last seat given and of the first not
// given (Result.ListPrice), as a quota says it under a largest-remainder
// method. The words are the page's.
func (l Lang) price(res *shailoo.Result) []string {
	p := res.ListPrice
	if p == nil {
		return nil
	}
	lang := string(l)
	out := []string{words.Of("method_" + string(p.Method)).In(lang)}
	return append(out, l.priceLine(res, p))
}

// priceLine says the quotient of the last seat given and of the first
// not given; a list's quotient after the okrug seats it holds
// (list.compensate) says how many.
func (l Lang) priceLine(res *shailoo.Result, p *seats.Price) string {
	lang := string(l)
	quotients := func(qs []seats.Quotient) string {
		if len(qs) == 0 {
			return words.Of("price_none").In(lang)
		}
		var parts []string
		for _, q := range qs {
			v := l.figures(q.Value)
			if q.Decimal != "" && q.Divisor != "" { // votes over the divisor, and what that is
				v = l.int(q.Votes) + " / " + l.dec(q.Divisor) + " " + l.decimalOf(q)
			}
			part := words.Say(lang, "price_quotient", words.Args{"list": l.nameOf(res, q.ID, q.ID), "seat": strconv.Itoa(q.Seat), "value": v})
			if q.Held > 0 {
				part += " " + l.say("price_held", words.Args{"n": strconv.Itoa(q.Held), "k": strconv.Itoa(q.Held + q.Seat)})
			}
			parts = append(parts, part)
		}
		return strings.Join(parts, "; ")
	}
	return words.Say(lang, "price_line", words.Args{"last": quotients(p.Last), "next": quotients(p.Next)})
}

// maxAnnulmentsNamed is the most annulments the report's header names
// one by one; of more it names the first few and counts the rest (the
// JSON keeps them all).
const maxAnnulmentsNamed = 5

// annulments names the annulled results as a reader says them: "the
// results of precinct 5249, the votes for candidate c1-2".
func (l Lang) annulments(as []shailoo.Annulment) string {
	out := make([]string, len(as))
	for i, a := range as {
		key := "annulled_" + a.Kind
		out[i] = words.Say(string(l), key, words.Args{"id": a.ID})
	}
	return strings.Join(out, ", ")
}

// annulmentsOf is annulments of as, or of many the first few and how
// many more: "56 annulments: ... and 53 more".
func (l Lang) annulmentsOf(as []shailoo.Annulment) string {
	if len(as) <= maxAnnulmentsNamed {
		return l.annulments(as)
	}
	first := maxAnnulmentsNamed - 2
	return l.say("annulled_many", words.Args{"n": strconv.Itoa(len(as)), "first": l.annulments(as[:first]),
		"more": strconv.Itoa(len(as) - first)})
}

// annulledOkrugs counts the okrugs of res whose every result is annulled.
func annulledOkrugs(res *shailoo.Result) int {
	n := 0
	for _, o := range res.Okrugs {
		if o.Outcome == seats.OutcomeAnnulled {
			n++
		}
	}
	return n
}

type natLine struct {
	base    int64
	percent string
	line    string
	needed  int64
}

// heldTo says which threshold a list of a kind was held to (v.Kind, the
// rule set's threshold.kinds): " (minority lists: 0%)"; "" for a list
// held to the rule's own percent.
func (l Lang) heldTo(v threshold.Verdict) string {
	if v.Kind == "" {
		return ""
	}
	return fmt.Sprintf(" (%s: %s%%)", l.say("kind_lists", words.Args{"kind": v.Kind}), l.dec(v.Percent))
}

func nationalLine(res *shailoo.Result) (natLine, bool) {
	for _, li := range res.Lists {
		v := li.National
		if v.Base > 0 && v.Kind == "" { // (a list of a kind has its own line)
			return natLine{base: v.Base, percent: res.Rules.Threshold.Percent.String(), line: v.LineDecimal, needed: v.Needed}, true
		}
	}
	return natLine{}, false
}

// Int writes n with commas between thousands: 1,281,622.
func Int(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteRune(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// gap writes a finding's gap, which is 0 when its want or got is no
// number (a figure not given, an ID): as the page does, nothing then.
// gap is finding x's gap for its table: a percentage's in percentage
// points ("-0.05 pp"), in l's form, the others' as a whole number.
func (l Lang) gap(x validate.Finding) string {
	v := x.GapPoints()
	if v == "" {
		return gap(x.Gap)
	}
	sign := "+"
	if rest, ok := strings.CutPrefix(v, "-"); ok {
		sign, v = "-", rest
	}
	return sign + l.dec(v) + " " + l.w("unit_pp")
}

func gap(n int64) string {
	if n == 0 {
		return ""
	}
	return signed(n)
}

// int is Int in l's form: Russian and Kyrgyz group thousands with a
// no-break space ("1 281 622"), as the page does, English with commas.
func (l Lang) int(n int64) string {
	if !l.spaced() {
		return Int(n)
	}
	return strings.ReplaceAll(Int(n), ",", "\u00a0")
}

// pluralOf is n for plural, which reads its last two digits (and, in
// English, whether it is 1): n itself up to 100, its last two digits
// past 100 otherwise, never 1.
func pluralOf(n int64) int {
	if n <= 100 {
		return int(max(n, 0))
	}
	return int(n%100) + 100
}

// needed is "votes needed" after n votes, in the form plural says.
func (l Lang) needed(n int64) string {
	switch plural(pluralOf(n), l) {
	case "one":
		return l.w("needed_one")
	case "few":
		return l.w("needed_few")
	}
	return l.w("needed_many")
}

// spaced says whether l writes figures as Russian and Kyrgyz do.
func (l Lang) spaced() bool {
	p, _ := ParseLang(string(l))
	return p == Russian || p == Kyrgyz
}

// signed is signed in l's form.
func (l Lang) signed(n int64) string {
	if n > 0 {
		return "+" + l.int(n)
	}
	return l.int(n)
}

// figureCell is a finding's want or got in l (words.Figure), a figure or
// a formula led by one ("8.35 (exact 100 × 106955 / 1281622 = 8.345284…)")
// in l's form, as the tables and the page write it; an ID or a phrase as
// it is.
func (l Lang) figureCell(s string) string {
	v := words.Figure(string(l), echo.Text(s))
	if lead, _, _ := strings.Cut(v, " ("); lead != "" && strings.Trim(strings.TrimPrefix(lead, "-"), "0123456789.") == "" && lead != "-" {
		return l.figures(v)
	}
	return v
}

// dec writes an exact decimal string of the Result ("34.61", "64081.10")
// in l's form: its digits as they are, Russian and Kyrgyz with a decimal
// comma and their thousands grouped ("64 081,10").
func (l Lang) dec(s string) string {
	if !l.spaced() {
		return s
	}
	whole, frac, dot := strings.Cut(s, ".")
	neg := strings.HasPrefix(whole, "-")
	digits := strings.TrimPrefix(whole, "-")
	if digits == "" || strings.Trim(digits, "0123456789") != "" {
		return s // not a figure ("not evaluated")
	}
	n, err := strconv.ParseInt(digits, 10, 64)
	if err != nil {
		return s
	}
	out := l.int(n)
	if neg {
		out = "-" + out
	}
	if dot {
		out += "," + frac
	}
	return out
}

func signed(n int64) string {
	if n > 0 {
		return "+" + Int(n)
	}
	return Int(n)
}

func render(w io.Writer, doc []section, md bool) error {
	var b strings.Builder
	for i, s := range doc {
		if md {
			lvl := "## "
			if i == 0 {
				lvl = "# "
			}
			b.WriteString(lvl + s.title + "\n\n")
			for _, ln := range s.lines {
				b.WriteString(ln + "  \n")
			}
			if len(s.lines) > 0 {
				b.WriteString("\n")
			}
			if len(s.head) > 0 {
				b.WriteString("| " + strings.Join(s.head, " | ") + " |\n|")
				for range s.head {
					b.WriteString("---|")
				}
				b.WriteString("\n")
				for _, r := range s.rows {
					b.WriteString("| " + strings.Join(escape(r), " | ") + " |\n")
				}
				b.WriteString("\n")
			}
		} else {
			b.WriteString(s.title + "\n")
			if i == 0 {
				b.WriteString(strings.Repeat("=", len([]rune(s.title))) + "\n")
			}
			for _, ln := range s.lines {
				b.WriteString("  " + ln + "\n")
			}
			if len(s.head) > 0 && len(s.rows) > 0 {
				tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
				fmt.Fprintln(tw, "  "+strings.Join(s.head, "\t"))
				for _, r := range s.rows {
					fmt.Fprintln(tw, "  "+strings.Join(r, "\t"))
				}
				tw.Flush()
			}
		}
		for _, ln := range s.after {
			b.WriteString("  " + ln + "\n")
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func escape(r []string) []string {
	out := make([]string, len(r))
	for i, c := range r {
		out[i] = strings.ReplaceAll(c, "|", "\\|")
	}
	return out
}

// rulesLine names a rule set by what it gives: its ID and version, and
// its name in brackets, without empty brackets for a rule set that has
// no name ("block2 1", not "block2 1 ()").
func rulesLine(id, version, name string) string {
	s := strings.TrimSpace(id + " " + version)
	if name != "" {
		s += " (" + name + ")"
	}
	return s
}

// openThresholds says why the national thresholds of res's lists were not
// evaluated, each reason once.
func openThresholds(res *shailoo.Result, l Lang) string {
	var rs []string
	for i := range res.Lists {
		v := &res.Lists[i].National
		if v.Status == threshold.NotEvaluated && v.Reason != "" {
			if r := words.Reason(string(l), v.Reason); !slices.Contains(rs, r) {
				rs = append(rs, r)
			}
		}
	}
	return strings.Join(rs, "; ")
}

// seatsLabel says the seats of res's districts: "3", or from the least
// to the most, "1–2", where they differ (okrug.seats_by_okrug).
func seatsLabel(res *shailoo.Result) string {
	least := max(res.Rules.Okrug.Seats, 1)
	most := least
	for i, o := range res.Okrugs {
		n := res.Rules.Okrug.SeatsOf(o.Okrug)
		if i == 0 {
			least, most = n, n
		}
		least, most = min(least, n), max(most, n)
	}
	if least == most {
		return strconv.Itoa(most)
	}
	return strconv.Itoa(least) + "–" + strconv.Itoa(most)
}

// inputProv says the provenance of a protocols file as its mapping gives
// it: "preliminary: DVK, 10 June 2024 12:00", or "provenance not given".
func (l Lang) inputProv(in shailoo.Input) string {
	p := l.prov(election.Provenance(in.Provenance))
	if in.Source != "" {
		p += ": " + in.Source
	}
	return p
}

// publishedOf says what the published summary checked is: its election,
// where its figures come from and its source, as the summary gives them.
func (l Lang) publishedOf(p *validate.PublishedOf) string {
	prov := l.prov(election.Provenance(p.Provenance))
	if p.Provenance == shailoo.ProvenanceNotGiven {
		// (Said of the field, never "not given" before a source that may
		// say "Provenance: official" in its words.)
		prov = l.say("published_provenance_missing", words.Args{"field": `"provenance"`, "official": `"official"`, "preliminary": `"preliminary"`, "synthetic": `"synthetic"`})
		if p.Format == validate.FormatNISTERR {
			// An ERR report has no such field: its Status says it.
			prov = l.say("published_provenance_missing_err", words.Args{"status": strconv.Quote(p.Status)})
		}
	}
	if len(p.Parts) > 0 {
		prov = l.parts(p.Parts)
	}
	if p.Source != "" {
		prov += ": " + p.Source
	}
	if p.Election == "" {
		return l.say("published_summary", words.Args{"prov": prov})
	}
	return l.say("published_summary_of", words.Args{"election": echo.Text(p.Election), "prov": prov})
}

// parts says where the figures of each part of a published summary come
// from, when they differ (validate.PublishedOf.Parts): "by part (totals:
// official; lists: official; okrug results: preliminary)", a part of
// entries of several provenances with the number of each ("lists:
// official (4), preliminary (2)").
func (l Lang) parts(ps []validate.PublishedPart) string {
	var out []string
	for i := 0; i < len(ps); {
		j := i
		for j < len(ps) && ps[j].Part == ps[i].Part {
			j++
		}
		var provs []string
		for _, p := range ps[i:j] {
			prov := l.prov(election.Provenance(p.Provenance))
			if j-i > 1 {
				prov += " (" + l.int(int64(p.Entries)) + ")"
			}
			provs = append(provs, prov)
		}
		out = append(out, l.w("part."+ps[i].Part)+": "+strings.Join(provs, ", "))
		i = j
	}
	return l.say("published_parts", words.Args{"parts": strings.Join(out, "; ")})
}

// decimalOf is a quotient's decimal after its votes over its divisor:
// "= 83.2" where it is the quotient (its zeros after the point dropped),
// "≈ 123.82" where it is the quotient rounded.
func (l Lang) decimalOf(q seats.Quotient) string {
	if q.DecimalRounded {
		return "≈ " + l.dec(q.Decimal)
	}
	d := q.Decimal
	if strings.Contains(d, ".") {
		d = strings.TrimSuffix(strings.TrimRight(d, "0"), ".")
	}
	return "= " + l.dec(d)
}

// recountOf says what a published summary was compared with: the
// recount's election, what it counted and its provenance, and, for
// synthetic protocols, that agreement with them proves nothing.
func (l Lang) recountOf(r *validate.RecountOf) []string {
	name := words.Data(string(l), r.Name)
	switch {
	case name == "":
		name = r.Election
	case r.Election != "" && r.Election != "inferred": // (ingest.InferredID)
		name += " (" + r.Election + ")"
	}
	from := l.w("recount_own")
	if len(r.Files) > 0 {
		from = l.say("recount_files", words.Args{"files": strings.Join(r.Files, ", ")})
	}
	prov := l.prov(election.Provenance(r.Provenance))
	if q := election.Provenance(r.Provenance); q != election.Official && q != election.Preliminary && q != election.Synthetic && q != shailoo.ProvenanceNotGiven {
		prov = words.Data(string(l), r.Provenance)
	}
	out := []string{l.say("recount_of", words.Args{"name": name, "from": from, "prov": prov})}
	if r.SyntheticProtocols {
		out = append(out, l.w("recount_synthetic"))
	}
	return out
}

// okrugRelation says whether the gaps of o's protocols that fail a
// control relation of their votes could change its outcome
// (Okrug.RelationOverturn), with the sum of the gaps and the margin where
// the margin bounds it; "" when none fails.
func okrugRelation(o shailoo.Okrug, l Lang) string {
	args := words.Args{"gap": l.int(o.RelationGap), "margin": l.int(o.Margin)}
	switch {
	case o.RelationOverturn == shailoo.RelationLeastBelowMargin && o.RelationBound > 0:
		args["margin"] = l.int(o.RelationBound)
		return l.say("okrug_relation_least_below_majority", args)
	case o.RelationOverturn == shailoo.RelationLeastBelowMargin:
		return l.say("okrug_relation_least_below", args)
	case o.RelationOverturn == shailoo.OverturnCould && o.RelationBound > 0:
		args["margin"] = l.int(o.RelationBound)
		return l.say("okrug_relation_could_majority", args)
	case o.RelationOverturn != shailoo.OverturnCould:
		return ""
	case o.RelationGap >= o.Margin && o.Margin >= 0 && o.Outcome == seats.OutcomeElected:
		return l.say("okrug_relation_could", args)
	}
	return l.w("okrug_relation_could_unbounded")
}

// okrugSeatsByChoice is Result.OkrugSeatsByChoice said: "pq 2, caq 1",
// an ID with its name where it has one ("labour (Labour) 3"); "" for none.
func okrugSeatsByChoice(res *shailoo.Result) string {
	parts := make([]string, len(res.OkrugSeatsByChoice))
	for i, c := range res.OkrugSeatsByChoice {
		parts[i] = c.ID
		if c.Name != "" {
			parts[i] += " (" + c.Name + ")"
		}
		parts[i] += " " + strconv.Itoa(c.Seats)
	}
	return strings.Join(parts, ", ")
}

// relationsUnchecked says at the head that no control relation could be
// checked (Result.RelationsUnchecked): the lines the protocols give, if
// any, and the lines to map, with the mapping's "lines" for them.
func relationsUnchecked(x *shailoo.RelationsUnchecked, l Lang) section {
	n := l.int(int64(x.Protocols))
	title := l.say("relations_unchecked", words.Args{"n": n})
	if len(x.Given) > 0 {
		title = l.say("relations_unchecked_lines", words.Args{"n": n, "given": joinLineIDs(x.Given)})
	}
	if x.Turnout {
		return section{title: title, lines: []string{l.w("relations_unchecked_fix")}}
	}
	col := strconv.Quote(l.w("relations_unchecked_column"))
	pairs := make([]string, len(x.Map))
	for i, line := range x.Map {
		pairs[i] = strconv.Quote(string(line)) + ": " + col
	}
	return section{title: title, lines: []string{l.say("relations_unchecked_map", words.Args{
		"lines": joinLineIDs(x.Map), "example": "{" + strings.Join(pairs, ", ") + "}"})}}
}

// joinLineIDs joins the IDs of lines with ", ".
func joinLineIDs(lines []election.Line) string {
	s := make([]string, len(lines))
	for i, line := range lines {
		s[i] = string(line)
	}
	return strings.Join(s, ", ")
}
