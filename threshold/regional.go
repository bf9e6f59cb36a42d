package threshold

import "fmt"

// RegionCount is the count of one region for a regional threshold: the
// votes per choice and the base. Reported false means the region's base
// is not (yet) known: the verdict is not evaluated, and keeps the votes
// given (Votes, Missing) as the region's figures, never 0. Missing counts, per choice, the region's counted
// protocols that do not give its votes: its figure in Votes is then a
// partial sum, judged by CheckLower (a pass stands, short of the line it
// is not evaluated). The base must be whole: a region whose base rests on
// a missing figure is not reported.
type RegionCount struct {
	Region   string           `json:"region"`
	Reported bool             `json:"reported"`
	Votes    map[string]int64 `json:"votes"`
	Base     int64            `json:"base"`
	Missing  map[string]int   `json:"missing,omitempty"`
}

// RegionalVerdict is the regional threshold check of one choice.
//
// Status is Failed when the choice failed in any region, else Passed when
// it passed in every region, else NotEvaluated: a region not reported, with
// a base of 0, or without a figure for the choice is never taken as a pass.
// Under a rule met in at least InAtLeast = K regions it is Passed when the
// choice passed in K regions, Failed when it cannot (the regions passed and
// not evaluated are fewer than K), and NotEvaluated otherwise, or when
// fewer than K regions are given.
// Regions holds the verdict in each region, in the order given;
// NotEvaluated lists the regions not evaluated, in that order; Passed
// counts the regions passed. Reason is set when there is no region at
// all, or too few.
type RegionalVerdict struct {
	Choice       string    `json:"choice"`
	Status       Status    `json:"status"`
	Regions      []Verdict `json:"regions"`
	NotEvaluated []string  `json:"not_evaluated"`
	Passed       int       `json:"passed,omitempty"`
	Reason       string    `json:"reason,omitempty"`
	// Kind and Percent are the choice's kind and the percent it was held
	// to in every region when the rule's Kinds names its kind (see
	// Verdict); empty otherwise.
	Kind    string `json:"kind,omitempty"`
	Percent string `json:"percent,omitempty"`
}

// Regional checks each choice (in the order given) in each region. A
// region not reported, or whose Votes has no entry for the choice, gives a
// NotEvaluated verdict for that region; so does a base of 0, and a partial
// sum (Missing) short of the line. An invalid
// rule, an empty or repeated choice or region ID (ErrBadInput), or a
// negative figure (ErrNegative) is an error.
func Regional(r Rule, choices []string, regions []RegionCount) ([]RegionalVerdict, error) {
	return (*Memo)(nil).Regional(r, choices, regions)
}

// RegionalKinds is Regional with each choice held to the rule of its
// kind, r.For(kinds[choice]) (Rule.Kinds): kinds maps a choice ID to its
// kind; a choice it does not name, or a nil map, is held to r.
func RegionalKinds(r Rule, kinds map[string]string, choices []string, regions []RegionCount) ([]RegionalVerdict, error) {
	return (*Memo)(nil).RegionalKinds(r, kinds, choices, regions)
}

// Memo keeps the last verdict of each choice in each region, so that a
// count read again after one more protocol (a live count) decides again
// only the regions whose figures changed. A Memo serves one rule (and
// one choice's kind does not change from call to call); its
// size is bounded by choices × regions. The zero Memo is ready to use; a
// nil *Memo keeps nothing.
type Memo struct {
	last map[[2]string]memoEntry
}

type memoEntry struct {
	rc      RegionCount // the region's figures for the choice (Votes not kept)
	votes   int64
	given   bool
	missing int
	verdict Verdict
}

// check is the package's check, remembered.
func (m *Memo) check(r Rule, choice string, rc RegionCount) (Verdict, error) {
	if m == nil {
		return check(r, choice, rc)
	}
	votes, given := rc.Votes[choice]
	missing := rc.Missing[choice]
	k := [2]string{choice, rc.Region}
	if e, ok := m.last[k]; ok && e.votes == votes && e.given == given && e.missing == missing && e.rc.Base == rc.Base && e.rc.Reported == rc.Reported {
		return e.verdict, nil
	}
	v, err := check(r, choice, rc)
	if err != nil {
		return v, err
	}
	if m.last == nil {
		m.last = map[[2]string]memoEntry{}
	}
	m.last[k] = memoEntry{rc: RegionCount{Region: rc.Region, Reported: rc.Reported, Base: rc.Base}, votes: votes, given: given, missing: missing, verdict: v}
	return v, nil
}

// Regional is the package's Regional, deciding again only what changed
// since the last call.
func (m *Memo) Regional(r Rule, choices []string, regions []RegionCount) ([]RegionalVerdict, error) {
	return m.RegionalKinds(r, nil, choices, regions)
}

// RegionalKinds is the package's RegionalKinds, deciding again only what
// changed since the last call.
func (m *Memo) RegionalKinds(r Rule, kinds map[string]string, choices []string, regions []RegionCount) ([]RegionalVerdict, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if err := distinct("choice", choices, func(s string) string { return s }); err != nil {
		return nil, err
	}
	if err := distinct("region", regions, func(rc RegionCount) string { return rc.Region }); err != nil {
		return nil, err
	}
	out := make([]RegionalVerdict, 0, len(choices))
	for _, choice := range choices {
		rv := RegionalVerdict{Choice: choice, Regions: make([]Verdict, 0, len(regions)), NotEvaluated: []string{}}
		cr := r.For(kinds[choice])
		if cr.kind != "" {
			rv.Kind, rv.Percent = cr.kind, cr.Percent.String()
		}
		failed, passed := false, 0
		for _, rc := range regions {
			v, err := m.check(cr, choice, rc)
			if err != nil {
				return nil, err
			}
			switch v.Status {
			case Failed:
				failed = true
			case Passed:
				passed++
			default:
				rv.NotEvaluated = append(rv.NotEvaluated, rc.Region)
			}
			rv.Regions = append(rv.Regions, v)
		}
		rv.Passed = passed
		switch k := cr.InAtLeast; {
		case len(regions) == 0:
			rv.Status = NotEvaluated
			rv.Reason = "no region given"
		case k > 0 && len(regions) < k:
			rv.Status = NotEvaluated
			rv.Reason = fmt.Sprintf("%d regions are given, fewer than the %d it must be met in", len(regions), k)
		case k > 0 && passed >= k:
			rv.Status = Passed
		case k > 0 && passed+len(rv.NotEvaluated) < k:
			rv.Status = Failed
			rv.Reason = fmt.Sprintf("met in %d regions, and at most %d with those not evaluated: fewer than %d", passed, passed+len(rv.NotEvaluated), k)
		case k > 0:
			rv.Status = NotEvaluated
			rv.Reason = fmt.Sprintf("met in %d regions, %d needed: the %d not evaluated decide", passed, k, len(rv.NotEvaluated))
		case failed:
			rv.Status = Failed
		case passed == len(regions):
			rv.Status = Passed
		default:
			rv.Status = NotEvaluated
		}
		out = append(out, rv)
	}
	return out, nil
}

func check(r Rule, choice string, rc RegionCount) (Verdict, error) {
	votes, given := rc.Votes[choice]
	if votes < 0 || rc.Base < 0 {
		return Verdict{}, fmt.Errorf("%w: region %q: %d votes for %q, base %d", ErrNegative, rc.Region, votes, choice, rc.Base)
	}
	switch {
	case !rc.Reported:
		return Verdict{Choice: choice, Scope: rc.Region, Votes: votes, Base: rc.Base, Status: NotEvaluated,
			VotesMissing: rc.Missing[choice], BaseNotGiven: true, VotesNotGiven: !given, Reason: "the region has not reported"}, nil
	case !given:
		return Verdict{Choice: choice, Scope: rc.Region, Base: rc.Base, Status: NotEvaluated, VotesNotGiven: true,
			Reason: fmt.Sprintf("the region's count gives no figure for %q", choice)}, nil
	}
	return r.CheckLower(choice, rc.Region, votes, rc.Base, rc.Missing[choice])
}

func distinct[T any](what string, xs []T, id func(T) string) error {
	seen := make(map[string]bool, len(xs))
	for _, x := range xs {
		s := id(x)
		if s == "" {
			return fmt.Errorf("%w: empty %s ID", ErrBadInput, what)
		}
		if seen[s] {
			return fmt.Errorf("%w: %s %q given twice", ErrBadInput, what, s)
		}
		seen[s] = true
	}
	return nil
}
