package shailoo

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/order"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/validate"
)

// Verify checks a published summary against the recount in res: every
// published percentage against votes/base rounded as the rule set says,
// the sum of the shares, votes, participants, turnout, seats and okrug
// winners. The percentages are checked against the base the summary
// declares (participants, voters, valid ballots, or the votes of the
// choices, as the threshold base "votes" sums them), whatever the rule
// set's threshold base is. A figure the summary does not publish is not
// evaluated. The report's Compared counts the figures compared, by check:
// a report that compared none (Compared.Nothing) confirms nothing, though
// it has no finding.
//
// A nil res is checked as an empty count (no lists, no votes, no okrugs)
// under the default published rules, so what the summary publishes is
// reported as not matching it, never passed in silence.
//
// The report says what the summary was compared with (Report.Recount):
// res's election, its provenance and protocols files, and whether its
// protocols are synthetic (SyntheticProtocols); and what the summary is
// (Report.Published): its election, provenance and source, where each
// part's figures come from when its parts' provenances differ
// (validate.PublishedOf.Parts), and whether its election is not res's
// (neither its ID nor its name: said, not an error). Each finding and
// each check compared of a part whose provenance is not the summary's
// carries that part's (validate.Finding.Provenance,
// validate.ComparedCheck.Provenance).
func Verify(res *Result, s validate.Summary) validate.Report {
	var rep validate.Report
	if res == nil {
		rep = validate.CheckPublished(s, validate.Recount{}, validate.PublishedRules{})
	} else {
		rep = verify(res, s)
		rep.Recount = res.recountOf()
	}
	parts := rep.Published // (CheckPublished's: the parts, where they differ)
	rep.Published = &validate.PublishedOf{Election: s.Election, Provenance: cmp.Or(string(s.Provenance), ProvenanceNotGiven), Source: s.Source,
		Format: s.Format, Status: s.Status, Notes: s.Notes}
	if parts != nil {
		rep.Published.Parts = parts.Parts
		for i := range parts.Parts {
			parts.Parts[i].Provenance = cmp.Or(parts.Parts[i].Provenance, ProvenanceNotGiven)
		}
	}
	if res != nil && res.Election.ID != "" && s.Election != "" && s.Election != res.Election.ID && s.Election != res.Election.Name {
		rep.Published.ElectionDiffers = true
	}
	return rep
}

// recountOf says what res is, for a published summary compared with it.
func (res *Result) recountOf() *validate.RecountOf {
	r := &validate.RecountOf{Election: res.Election.ID, Name: res.Election.Name,
		Provenance: cmp.Or(res.Election.Provenance, ProvenanceNotGiven), SyntheticProtocols: res.SyntheticProtocols()}
	for _, in := range res.Inputs {
		if in.Provenance != "" {
			r.Files = append(r.Files, in.Name)
		}
	}
	return r
}

// syntheticProtocols says whether provenance p names the precinct
// protocols synthetic, as the built-in kg2021 dataset's does ("...;
// precinct protocols, regional detail, ... synthetic (internal/synth, seed
// 20211128), chosen to reproduce every published figure"): "synthetic"
// after "precinct protocols" in the same part of p (parts end with ';').
func syntheticProtocols(p string) bool {
	_, after, ok := strings.Cut(p, "precinct protocols")
	if !ok {
		return false
	}
	part, _, _ := strings.Cut(after, ";")
	return strings.Contains(part, "synthetic")
}

// SyntheticProtocols reports whether the protocols res was counted from
// are synthetic stand-ins: every protocols file counted (an Input with a
// provenance) says "synthetic"; or, with no such file, the election's
// provenance is "synthetic" or names its precinct protocols synthetic.
// A published summary checked against such a recount agrees by
// construction where the stand-ins were made to reproduce it: the page
// and the reports say so beside the check.
func (res *Result) SyntheticProtocols() bool {
	if res == nil {
		return false
	}
	files := 0
	for _, in := range res.Inputs {
		if in.Provenance == "" {
			continue
		}
		if files++; in.Provenance != string(election.Synthetic) {
			return false
		}
	}
	if files > 0 {
		return true
	}
	p := res.Election.Provenance
	return p == string(election.Synthetic) || syntheticProtocols(p)
}

// verify is Verify of a res that is not nil.
func verify(res *Result, s validate.Summary) validate.Report {
	if res.Rules.Published != nil {
		return validate.CheckPublished(s, res.Recount(), *res.Rules.Published)
	}
	// No published rules: the percentages are not compared (their
	// rounding is not known), the other figures are.
	rep := validate.CheckPublished(s, res.Recount(), DefaultDisplay)
	notCompared := validate.PercentCodes()
	kept := rep.Findings[:0]
	for _, f := range rep.Findings {
		if !slices.Contains(notCompared, f.Code) {
			kept = append(kept, f)
		}
	}
	rep.Findings = kept
	ne := rep.NotEvaluated[:0]
	for _, n := range rep.NotEvaluated {
		if !slices.Contains(notCompared, n.Code) {
			ne = append(ne, n)
		}
	}
	for _, c := range notCompared {
		ne = append(ne, validate.NotEvaluated{Code: c, Reason: "the rule set gives no published rules (decimals, rounding): published percentages are not compared"})
	}
	order.Stable(ne, func(a, b validate.NotEvaluated) int { return strings.Compare(string(a.Code), string(b.Code)) })
	rep.NotEvaluated = ne
	rep.Compared = rep.Compared.Without(notCompared...)
	return rep
}

// Recount is the part of res a published summary is checked against; the
// zero Recount for a nil res.
func (res *Result) Recount() validate.Recount {
	if res == nil {
		return validate.Recount{}
	}
	rc := validate.Recount{
		Participants: res.Totals.Participants,
		Voters:       res.Totals.Voters,
		Valid:        res.Totals.Valid,
	}
	for _, f := range []string{validate.BaseParticipants, validate.BaseVoters, validate.BaseValid} {
		if slices.Contains(res.Totals.NotEvaluated, f) {
			rc.NotEvaluated = append(rc.NotEvaluated, f)
		}
	}
	for _, u := range res.ProvisionalReasons {
		if u.Kind == UnevaluatedBase || u.Kind == UnevaluatedBaseVotes {
			rc.NotEvaluated = append(rc.NotEvaluated, validate.SeatsFigure)
		}
	}
	for _, l := range res.Lists {
		rc.Lists = append(rc.Lists, validate.RecountList{ID: l.ID, Name: l.Name, NameKy: l.NameKy, NameRu: l.NameRu,
			Votes: l.Votes, Seats: l.Seats, VotesMissing: l.VotesMissing, Blank: l.Blank, Kind: l.National.Kind, Percent: l.National.Percent})
	}
	if len(res.Lists) > 0 && res.AgainstAll(election.ListBallot) {
		// (No list counted, no list ballot: a count of okrugs alone has
		// no "against all" of a list ballot to publish.)
		rc.Lists = append(rc.Lists, validate.RecountList{ID: election.AgainstAll, Votes: res.Totals.AgainstAll})
	}
	for _, rv := range res.ListRegions {
		if rc.ListRegions == nil {
			rc.ListRegions = map[string]validate.RecountRegion{}
		}
		rc.ListRegions[rv.Region] = validate.RecountRegion{Votes: rv.Votes, VotesMissing: rv.VotesMissing}
	}
	for _, o := range res.Okrugs {
		ro := validate.RecountOkrug{ID: o.Okrug, Winner: o.Winner, Outcome: string(o.Outcome),
			Votes: okrugVotes(o, res.AgainstAll(election.OkrugBallot)), VotesMissing: o.VotesMissing, VotesMissingAtMost: o.VotesMissingAtMost}
		for id, name := range o.CandidateNames {
			if name != "" && name != id {
				if ro.Names == nil {
					ro.Names = map[string]string{}
				}
				ro.Names[id] = name
			}
		}
		for _, d := range o.Elected {
			ro.Elected = append(ro.Elected, d.ID)
		}
		if o.Outcome == seats.OutcomeTie && o.Tie != nil {
			ro.Tied = o.Tie.Tied
		}
		for _, rv := range res.OkrugRegions {
			if rv.Okrug != o.Okrug {
				continue
			}
			if ro.Regions == nil {
				ro.Regions = map[string]validate.RecountRegion{}
			}
			ro.Regions[rv.Region] = validate.RecountRegion{Votes: rv.Votes, VotesMissing: rv.VotesMissing}
		}
		rc.Okrugs = append(rc.Okrugs, ro)
	}
	return rc
}

// okrugVotes returns the votes of an okrug's candidates as its transcript
// gives them (steps "candidate"), against all's too when the ballot has
// it, and its blank votes' (Okrug.Blank: no candidate, no step, but a
// summary may publish them as the district's "en blanco" beside the
// candidates'); nil when the steps give none (an okrug not decided for
// want of its votes).
func okrugVotes(o Okrug, againstAll bool) map[string]int64 {
	var votes map[string]int64
	for _, s := range o.Steps {
		if s.Kind != "candidate" {
			continue
		}
		v, err := strconv.ParseInt(s.Value, 10, 64)
		if err != nil {
			continue
		}
		if votes == nil {
			votes = map[string]int64{}
		}
		votes[s.Subject] = v
	}
	if votes != nil && againstAll {
		votes[election.AgainstAll] = o.AgainstAll
	}
	for _, id := range o.Blank {
		if v, ok := o.CandidateVotes[id]; ok && votes != nil {
			votes[id] = v
		}
	}
	return votes
}
