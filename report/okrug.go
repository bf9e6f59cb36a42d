package report

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/irv"
	"github.com/shailoo/shailoo/threshold"
	"github.com/shailoo/shailoo/words"
)

// Options adds to a text or Markdown report what it does not show by
// default.
type Options struct {
	// Okrugs are okrugs, each by its ID or its name, whose every
	// candidate's votes the report lists, a section each below the
	// okrugs' table. That table gives each okrug's leader alone, a line
	// per okrug, so that 36 okrugs read as 36 lines; a reader checking one
	// okrug names it here (shailoo count --okrug). A result of one okrug
	// lists its candidates unasked: the report is then about it.
	Okrugs []string
	// AllFindings lists every finding the result has; without it the
	// report lists the first FindingsPerCode of each code and says how
	// many more of it there are (the JSON report lists them).
	AllFindings bool
	// NoBallotOrder says that the result's definition gives no ballot
	// order (one inferred from a mapping lists its parties by ID): the
	// tables then list the parties in BallotOrder, and those it does not
	// name after them by votes, most first, ties by ID. Presentation
	// alone: the result, its JSON and its seats are as counted.
	NoBallotOrder bool
	// BallotOrder is the parties' ballot order where the protocols file
	// gives it (ingest.BallotOrder: the order of their columns), under
	// NoBallotOrder; nil: by votes.
	BallotOrder []string
}

// FindingsPerCode is how many findings of each code a text or Markdown
// report of a count lists, unless Options.AllFindings.
const FindingsPerCode = 20

// ErrNoOkrug is the error of an okrug of Options.Okrugs that the result
// does not have; the error names it.
var ErrNoOkrug = errors.New("report: no such okrug")

// TextWith is Text with the additions o asks for.
func TextWith(w io.Writer, res *shailoo.Result, l Lang, o Options) error {
	return write(w, res, l, o, false)
}

// MarkdownWith is Markdown with the additions o asks for.
func MarkdownWith(w io.Writer, res *shailoo.Result, l Lang, o Options) error {
	return write(w, res, l, o, true)
}

func write(w io.Writer, res *shailoo.Result, l Lang, o Options, md bool) error {
	if w == nil || res == nil {
		return ErrNil
	}
	picked, err := pickOkrugs(res, o.Okrugs)
	if err != nil {
		return err
	}
	perCode := FindingsPerCode
	if o.AllFindings {
		perCode = -1
	}
	if o.NoBallotOrder {
		r := *res // (the lists reordered; the result itself is the caller's)
		r.Lists = inBallotOrder(res.Lists, o.BallotOrder)
		res = &r
	}
	return render(w, build(res, l, picked, perCode), md)
}

// inBallotOrder returns a copy of lists in the order of the IDs order
// names, then the others by votes, most first, ties by ID (a list whose
// votes no protocol gives last of them).
func inBallotOrder(lists []shailoo.List, order []string) []shailoo.List {
	at := make(map[string]int, len(order))
	for i, id := range order {
		if _, ok := at[id]; !ok {
			at[id] = i
		}
	}
	out := slices.Clone(lists)
	slices.SortStableFunc(out, func(a, b shailoo.List) int {
		ia, oka := at[a.ID]
		ib, okb := at[b.ID]
		switch {
		case oka && okb:
			return cmp.Compare(ia, ib)
		case oka != okb: // a list of the file's order first
			if oka {
				return -1
			}
			return 1
		case a.VotesNotGiven != b.VotesNotGiven:
			if b.VotesNotGiven {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(b.Votes, a.Votes), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// pickOkrugs returns the indexes in res.Okrugs of the okrugs names names
// (by ID, else by name), each once, in the result's order; every okrug of
// a result of one.
func pickOkrugs(res *shailoo.Result, names []string) ([]int, error) {
	if len(res.Okrugs) == 1 {
		return []int{0}, nil
	}
	var out []int
	for _, n := range names {
		i := slices.IndexFunc(res.Okrugs, func(o shailoo.Okrug) bool { return o.Okrug == n })
		if i < 0 {
			i = slices.IndexFunc(res.Okrugs, func(o shailoo.Okrug) bool { return o.Name == n })
		}
		if i < 0 {
			return nil, fmt.Errorf("%w: %q is neither the ID nor the name of an okrug of the count (%d okrugs)", ErrNoOkrug, n, len(res.Okrugs))
		}
		if !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return out, nil
}

// okrugCandidates is the section of every candidate's votes in okrug o:
// the most votes first (then by ID), "against all" where the ballot has
// it, each share of the okrug's column in the okrugs' table (those who
// took part, or the majority rule's base), a sum that protocols do not
// all give marked as partial, and the deputies elected.
func okrugCandidates(res *shailoo.Result, o shailoo.Okrug, l Lang) section {
	name := o.Name
	if name == "" {
		name = o.Okrug
	}
	s := section{title: l.say("okrug_candidates", words.Args{"okrug": name}),
		head: []string{l.w("candidate"), l.w("votes"), l.w("okrug_pct"), ""}}
	majority := res.Rules.Okrug.Majority != nil
	base := o.Participants
	if majority {
		s.head[2] = "% (" + words.Of("base."+string(res.Rules.Okrug.Majority.Base)).In(string(l)) + ")"
		base = o.MajorityBase
	}
	ids := make([]string, 0, len(o.CandidateVotes)+len(o.CandidateNames))
	for id := range o.CandidateVotes {
		ids = append(ids, id)
	}
	for id := range o.CandidateNames {
		if _, ok := o.CandidateVotes[id]; !ok {
			ids = append(ids, id) // on the ballot, its votes not given
		}
	}
	slices.SortFunc(ids, func(a, b string) int {
		va, oka := o.CandidateVotes[a]
		vb, okb := o.CandidateVotes[b]
		if oka != okb { // a candidate whose votes are given first
			if oka {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(vb, va), cmp.Compare(a, b))
	})
	elected := map[string]bool{}
	if o.Winner != "" {
		elected[o.Winner] = true
	}
	for _, d := range o.Deputies {
		elected[d.ID] = true
	}
	for _, id := range ids {
		who := o.CandidateNames[id]
		if who == "" {
			who = id
		}
		if id == election.AgainstAll {
			who = l.w("against_all")
		}
		v, given := o.CandidateVotes[id]
		votes, share := l.pw("not_evaluated"), ""
		if given {
			missing := o.VotesMissing[id]
			votes = l.partial(v, missing)
			if p, err := shailoo.Percent(v, base, res.Rules.Display()); err == nil && missing == 0 {
				share = l.dec(p)
			}
			if share == "" && missing == 0 && !majority && participantsNotEvaluated(o) {
				share = l.pw("not_evaluated")
			}
		}
		mark := ""
		if elected[id] {
			mark = l.w("elected")
		}
		if slices.Contains(o.Blank, id) {
			// The blank votes: no candidate; no share of a base of
			// votes, which leaves them out.
			mark = l.w("okrug_blank_mark")
			if majority && res.Rules.Okrug.Majority.Base == threshold.Votes {
				share = ""
			}
		}
		s.rows = append(s.rows, []string{who, votes, share, mark})
	}
	if m, ok := majorityLine(res, o, l); ok {
		s.after = append(s.after, m)
	}
	return s
}

// majorityLine is the step of an okrug's majority rule (okrug.majority)
// in l: the votes it needs, the leader's, and by how many they passed or
// missed it, which a share rounded to "50.00" does not tell; ok is false
// for an okrug the rule did not judge. The step's sentence as written (in
// English) when it is more than this says: a second way to win, a base
// not evaluated, votes missing.
func majorityLine(res *shailoo.Result, o shailoo.Okrug, l Lang) (string, bool) {
	i := slices.IndexFunc(o.Steps, func(s election.Step) bool { return s.Kind == "majority" })
	if i < 0 {
		return "", false
	}
	step := o.Steps[i]
	m := res.Rules.Okrug.ForOkrug(o.Okrug).Majority
	needed, err := strconv.ParseInt(step.Value, 10, 64)
	if m == nil || m.Or != nil || err != nil || o.MajorityBase <= 0 || o.VotesMissing[o.Leader] > 0 {
		return step.Detail, step.Detail != ""
	}
	got := o.LeaderVotes
	verdict := l.say("majority_exact", nil)
	switch {
	case got < needed:
		verdict = l.say("majority_missed", words.Args{"n": l.int(needed - got)})
	case got > needed:
		verdict = l.say("majority_passed", words.Args{"n": l.int(got - needed)})
	}
	leader := cmp.Or(o.LeaderName, o.Leader)
	return l.say("majority_line."+string(m.Comparison), words.Args{"percent": l.dec(m.Percent.String()), "base": l.int(o.MajorityBase),
		"of": words.Of("base." + string(m.Base)).In(string(l)), "needed": l.int(needed), "leader": leader, "got": l.int(got), "verdict": verdict}), true
}

// Caps of the section of a single okrug's votes by region: the most
// candidates given a column each, and the most regions given a row; the
// JSON (okrug_regions) and export --table totals give them all.
const (
	okrugRegionsCandidates = 6
	okrugRegionsRows       = 100
)

// okrugRegions is the section of the votes of the one okrug of res in
// each region (Result.OkrugRegions, a president's by county): a row per
// region, in the order of the election's regions, with its protocols
// counted and the votes of the candidates, those of the most votes
// nationally first (the order of okrugCandidates). A figure no protocol
// of the region gives is "not evaluated", never 0; one that protocols do
// not all give is marked partial. ok is false when res has none.
func okrugRegions(res *shailoo.Result, l Lang) (section, bool) {
	if len(res.OkrugRegions) == 0 {
		return section{}, false
	}
	oi := slices.IndexFunc(res.Okrugs, func(o shailoo.Okrug) bool { return o.Okrug == res.OkrugRegions[0].Okrug })
	var o shailoo.Okrug
	if oi >= 0 {
		o = res.Okrugs[oi]
	}
	name := cmp.Or(o.Name, res.OkrugRegions[0].Okrug)
	// The candidates: every choice a region gives, the most votes in the
	// okrug first, then by ID.
	seen := map[string]bool{}
	var ids []string
	for _, rv := range res.OkrugRegions {
		for id := range rv.Votes {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
		for id := range rv.VotesMissing {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	slices.SortFunc(ids, func(a, b string) int {
		return cmp.Or(cmp.Compare(o.CandidateVotes[b], o.CandidateVotes[a]), cmp.Compare(a, b))
	})
	s := section{title: l.say("okrug_regions", words.Args{"okrug": name}),
		head: []string{l.w("region"), l.w("protocols")}}
	shown := ids[:min(len(ids), okrugRegionsCandidates)]
	for _, id := range shown {
		who := cmp.Or(o.CandidateNames[id], id)
		if id == election.AgainstAll {
			who = l.w("against_all")
		}
		s.head = append(s.head, who)
	}
	for i, rv := range res.OkrugRegions {
		if i == okrugRegionsRows {
			break
		}
		s.rows = append(s.rows, l.regionVotesRow(rv.Region, rv.Protocols, rv.Votes, rv.VotesMissing, shown))
	}
	if out := res.OkrugOutside; out != nil {
		// The protocols in no region (abroad): a row of their own, and a
		// line that says so, lest the regions' rows pass for the nation's.
		label := l.w("okrug_regions_outside")
		if out.NoRegionPrecincts == 0 {
			label = l.w("okrug_regions_abroad")
		}
		s.rows = append(s.rows, l.regionVotesRow(label, out.Protocols, out.Votes, out.VotesMissing, shown))
		s.after = append(s.after, l.say("okrug_regions_outside_said", words.Args{"n": strconv.Itoa(out.Protocols),
			"abroad": strconv.Itoa(out.AbroadPrecincts), "none": strconv.Itoa(out.NoRegionPrecincts)}))
	}
	if n := len(ids) - len(shown); n > 0 {
		s.after = append(s.after, l.say("okrug_regions_more_candidates", words.Args{"n": strconv.Itoa(n)}))
	}
	if n := len(res.OkrugRegions) - okrugRegionsRows; n > 0 {
		s.after = append(s.after, l.say("okrug_regions_more_regions", words.Args{"n": strconv.Itoa(n)}))
	}
	return s, true
}

// participantsNotEvaluated says whether o's participants, the base of
// its shares without a majority rule, are not evaluated (its protocols
// lack the line valid or invalid): a share is then "not evaluated", not
// left blank.
func participantsNotEvaluated(o shailoo.Okrug) bool {
	return slices.Contains(o.NotEvaluated, "participants")
}

// regionVotesRow is a row of the votes by region of an okrug: its label,
// its protocols, and each shown choice's votes (partial where protocols
// miss them, "not evaluated" where none gives them).
func (l Lang) regionVotesRow(label string, protocols int, votes map[string]int64, missing map[string]int, shown []string) []string {
	row := []string{label, l.int(int64(protocols))}
	for _, id := range shown {
		cell := l.pw("not_evaluated")
		if v, given := votes[id]; given {
			cell = l.partial(v, missing[id])
		}
		row = append(row, cell)
	}
	return row
}

// rankedRounds is the section of okrug o's instant run-off (Okrug.Ranked):
// a column per round of each candidate's votes (empty once excluded), the
// ballots that count for a continuing candidate and those exhausted, and
// below it what each round decided, the majority as the exact comparison
// it passed.
func rankedRounds(o shailoo.Okrug, l Lang) section {
	run := o.Ranked
	name := cmp.Or(o.Name, o.Okrug)
	who := func(id string) string { return cmp.Or(o.CandidateNames[id], id) }
	s := section{title: l.say("ranked_rounds", words.Args{"okrug": name}), head: []string{l.w("candidate")}}
	for _, r := range run.Rounds {
		s.head = append(s.head, l.say("ranked_round", words.Args{"n": strconv.Itoa(r.Round)}))
	}
	first := run.Rounds[0].Votes
	ids := make([]string, 0, len(first))
	for id := range first {
		ids = append(ids, id)
	}
	// The last round's order first: the winner at the top, then by how
	// long each stayed and their votes then.
	last := func(id string) (int, int64) {
		for i := len(run.Rounds) - 1; i >= 0; i-- {
			if v, ok := run.Rounds[i].Votes[id]; ok {
				return i, v
			}
		}
		return -1, 0
	}
	slices.SortFunc(ids, func(a, b string) int {
		ra, va := last(a)
		rb, vb := last(b)
		return cmp.Or(cmp.Compare(rb, ra), cmp.Compare(vb, va), cmp.Compare(a, b))
	})
	for _, id := range ids {
		row := []string{who(id)}
		for _, r := range run.Rounds {
			v, ok := r.Votes[id]
			if !ok {
				row = append(row, "")
				continue
			}
			row = append(row, l.int(v))
		}
		s.rows = append(s.rows, row)
	}
	continuing, exhausted := []string{l.w("ranked_continuing")}, []string{l.w("ranked_exhausted")}
	for _, r := range run.Rounds {
		continuing, exhausted = append(continuing, l.int(r.Continuing)), append(exhausted, l.int(r.Exhausted))
	}
	s.rows = append(s.rows, continuing, exhausted)
	if run.NoChoice > 0 {
		s.lines = append(s.lines, l.say("ranked_no_choice", words.Args{"n": l.int(run.NoChoice)}))
	}
	for _, r := range run.Rounds {
		n := strconv.Itoa(r.Round)
		switch {
		case r.Elected != "":
			v := r.Votes[r.Elected]
			s.after = append(s.after, l.say("ranked_elected", words.Args{"n": n, "who": who(r.Elected), "votes": l.int(v), "continuing": l.int(r.Continuing),
				"twice": l.int(2 * v)}))
		case len(r.Excluded) > 0:
			names := make([]string, len(r.Excluded))
			for i, id := range r.Excluded {
				names[i] = who(id)
			}
			args := words.Args{"n": n, "who": strings.Join(names, ", ")}
			switch r.ExcludedBy {
			case irv.ExcludedBatch:
				s.after = append(s.after, l.say("ranked_excluded_batch", args))
			case irv.ExcludedPreviousRound:
				s.after = append(s.after, l.say("ranked_excluded_previous_round", args))
			case irv.ExcludedLots:
				s.after = append(s.after, l.say("ranked_excluded_lots", args))
			default:
				s.after = append(s.after, l.say("ranked_excluded_fewest", args))
			}
		default:
			for _, t := range run.Ties {
				if t.SettledBy == "" {
					names := make([]string, len(t.Tied))
					for i, id := range t.Tied {
						names[i] = who(id)
					}
					s.after = append(s.after, l.say("ranked_tie", words.Args{"n": n, "who": strings.Join(names, ", "), "votes": t.Value}))
				}
			}
		}
	}
	return s
}
