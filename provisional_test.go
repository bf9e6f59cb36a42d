package shailoo_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/threshold"
	"github.com/shailoo/shailoo/validate"
)

// Part of issue 12's standing attack suite (class: missing data that still
// decides), at the library: each case takes the embedded kg2021 election,
// takes something away, and counts. What is missing must never decide
// silently: an error finding or a provisional Result that says what rests
// on it, in every output.

func kg2021Count(t *testing.T, change func(e *election.Election)) *shailoo.Result {
	t.Helper()
	d, err := datasets.KG2021()
	require.NoError(t, err)
	change(d.Election)
	r, err := shailoo.Preset("kg2021")
	require.NoError(t, err)
	res, err := shailoo.Count(d.Election, r)
	require.NoError(t, err)
	return res
}

// The complete dataset is not provisional.
func TestKG2021IsNotProvisional(t *testing.T) {
	res := kg2021Count(t, func(*election.Election) {})
	require.False(t, res.Provisional)
	require.Empty(t, res.ProvisionalReasons)
}

// 124 list protocols without their "invalid" line once shrank the national
// threshold base from 1,281,622 to 1,275,343 (votes needed 64,082 to
// 63,768) with no finding. Now each protocol is an error finding naming the
// precinct and the line, the threshold is not evaluated, no list seat is
// filled and the result is provisional.
func TestAttackMissingInvalidLineDoesNotShrinkTheBase(t *testing.T) {
	var cut []string
	res := kg2021Count(t, func(e *election.Election) {
		for i := range e.Protocols {
			p := &e.Protocols[i]
			if p.Ballot == election.ListBallot && !p.Machine && len(cut) < 124 {
				delete(p.Lines, election.Invalid)
				cut = append(cut, p.Precinct)
			}
		}
	})
	require.Len(t, cut, 124)
	var found []string
	for _, f := range res.Findings.Findings {
		if f.Code == validate.BaseLineMissing {
			require.Equal(t, validate.Error, f.Severity)
			require.Equal(t, string(election.Invalid), f.Place.Line)
			found = append(found, f.Place.Precinct)
		}
	}
	slices.Sort(cut)
	slices.Sort(found)
	require.Equal(t, cut, found)
	require.Error(t, res.Findings.Err())

	require.True(t, res.Provisional)
	require.Equal(t, shailoo.UnevaluatedBase, res.ProvisionalReasons[0].Kind)
	require.Equal(t, 124, res.ProvisionalReasons[0].Count)
	require.Equal(t, []string{"invalid"}, res.ProvisionalReasons[0].Scope)
	require.NotEqual(t, int64(1275343), res.Totals.ThresholdBase)
	require.Zero(t, res.Totals.ThresholdBase)
	require.Zero(t, res.Totals.Participants, "the participants of the other protocols are not the number who took part")
	require.Zero(t, res.Seats.List)
	for _, l := range res.Lists {
		require.Equal(t, threshold.NotEvaluated, l.National.Status, l.ID)
		require.NotZero(t, l.National.Reason)
		require.Zero(t, l.National.Needed)
	}
	var text bytes.Buffer
	require.NoError(t, report.Text(&text, res, report.English))
	require.NotContains(t, text.String(), "1,275,343")
	require.NotContains(t, text.String(), "63,768")
}

// Whatever base the rule set names, a counted list protocol without one of
// its lines is an error finding naming the precinct and the line.
func TestAttackMissingLineOfEachBase(t *testing.T) {
	for _, base := range []threshold.Base{threshold.Participants, threshold.Found, threshold.Valid, threshold.Voters} {
		for _, line := range base.Lines() {
			t.Run(string(base)+"/"+string(line), func(t *testing.T) {
				d, err := datasets.KG2021()
				require.NoError(t, err)
				r, err := shailoo.Preset("kg2021")
				require.NoError(t, err)
				r.Threshold.Base = base
				r.RegionalThreshold = nil
				var precinct string
				for i := range d.Election.Protocols {
					if p := &d.Election.Protocols[i]; p.Ballot == election.ListBallot {
						delete(p.Lines, line)
						precinct = p.Precinct
						break
					}
				}
				res, err := shailoo.Count(d.Election, r)
				require.NoError(t, err)
				var hit *validate.Finding
				for i, f := range res.Findings.Findings {
					if f.Code == validate.BaseLineMissing {
						require.Nil(t, hit, "one finding")
						hit = &res.Findings.Findings[i]
					}
				}
				require.NotNil(t, hit)
				require.Equal(t, precinct, hit.Place.Precinct)
				require.Equal(t, string(line), hit.Place.Line)
				require.True(t, res.Provisional)
				require.Zero(t, res.Seats.List)
				require.Zero(t, res.Totals.ThresholdBase)
			})
		}
	}
}

// A region without protocols leaves the regional threshold not evaluated:
// the lists seated on their national result are named, and the result is
// provisional.
func TestAttackRegionWithoutProtocols(t *testing.T) {
	var region string
	res := kg2021Count(t, func(e *election.Election) {
		region = e.Regions[0].ID
		in := map[string]bool{}
		for _, p := range e.Precincts {
			if p.Region == region {
				in[p.ID] = true
			}
		}
		e.Protocols = slices.DeleteFunc(e.Protocols, func(p election.Protocol) bool {
			return in[p.Precinct] && p.Ballot == election.ListBallot
		})
	})
	require.True(t, res.Provisional)
	var u *shailoo.Unevaluated
	for i := range res.ProvisionalReasons {
		if res.ProvisionalReasons[i].Kind == shailoo.UnevaluatedRegional {
			u = &res.ProvisionalReasons[i]
		}
	}
	require.NotNil(t, u)
	require.Equal(t, []string{region}, u.Scope)
	for _, l := range res.Lists {
		if l.Qualified {
			require.Contains(t, u.Affects, "list/"+l.ID)
			require.Equal(t, threshold.NotEvaluated, l.Regional.Status)
		}
	}
	require.NotEmpty(t, u.Affects)
}

// An okrug without protocols has no winner: it is not evaluated, not "no
// votes", and its seat is not filled.
func TestAttackOkrugWithoutProtocols(t *testing.T) {
	var okrug string
	res := kg2021Count(t, func(e *election.Election) {
		okrug = e.Okrugs[0].ID
		in := map[string]bool{}
		for _, p := range e.Precincts {
			if p.Okrug == okrug {
				in[p.ID] = true
			}
		}
		e.Protocols = slices.DeleteFunc(e.Protocols, func(p election.Protocol) bool {
			return in[p.Precinct] && p.Ballot == election.OkrugBallot
		})
	})
	require.True(t, res.Provisional)
	var o shailoo.Okrug
	for _, x := range res.Okrugs {
		if x.Okrug == okrug {
			o = x
		}
	}
	require.Equal(t, seats.OutcomeNotEvaluated, o.Outcome)
	require.Empty(t, o.Winner)
	require.Equal(t, 33, res.Seats.Okrug)
	require.Equal(t, shailoo.UnevaluatedOkrug, res.ProvisionalReasons[0].Kind)
	require.Equal(t, []string{"okrug/" + okrug}, res.ProvisionalReasons[0].Affects)
}

// Precincts without protocols: the count is partial, which the result says
// once, as a count, and it is provisional.
func TestAttackMissingProtocolsArePartial(t *testing.T) {
	res := kg2021Count(t, func(e *election.Election) {
		e.Protocols = e.Protocols[10:]
	})
	require.True(t, res.Provisional)
	var kinds []string
	for _, u := range res.ProvisionalReasons {
		kinds = append(kinds, u.Kind)
		require.NotZero(t, u.Count, u.Kind)
	}
	require.Contains(t, kinds, shailoo.UnevaluatedListProtocols)
	var md bytes.Buffer
	require.NoError(t, report.Markdown(&md, res, report.Russian))
	require.True(t, strings.HasPrefix(strings.SplitN(md.String(), "\n## ", 2)[1], "⚠"), "the banner comes first")
}

// A list that wins more women's seats than it has women: the shortfall is
// a note.
func TestAttackWomenShortfallIsANote(t *testing.T) {
	res := kg2021Count(t, func(e *election.Election) {
		for i := range e.Parties[0].Candidates {
			e.Parties[0].Candidates[i].Sex = election.Male
		}
	})
	name := res.Lists[0].Name
	var hit bool
	for _, n := range res.Notes {
		hit = hit || (strings.Contains(n, name) && strings.Contains(n, "women"))
	}
	require.True(t, hit, "notes: %q", res.Notes)
}

// A protocol line of an unknown name ("vaild" for "valid", in a protocol
// built through the library: the JSON reader refuses it) is an error
// finding, never ignored: its figure would be counted nowhere. Under a base
// made of "valid", the protocol also lacks a line of the base.
func TestAttackUnknownLineName(t *testing.T) {
	for _, base := range []threshold.Base{threshold.Voters, threshold.Participants} {
		t.Run(string(base), func(t *testing.T) {
			d, err := datasets.KG2021()
			require.NoError(t, err)
			r, err := shailoo.Preset("kg2021")
			require.NoError(t, err)
			r.Threshold.Base = base
			p := &d.Election.Protocols[0]
			p.Lines["vaild"] = p.Lines[election.Valid]
			delete(p.Lines, election.Valid)
			res, err := shailoo.Count(d.Election, r)
			require.NoError(t, err)
			codes := map[validate.Code]string{}
			for _, f := range res.Findings.Findings {
				codes[f.Code] = f.Place.Precinct + " " + f.Place.Line
			}
			require.Equal(t, p.Precinct+" vaild", codes[validate.UnknownLine])
			require.Error(t, res.Findings.Err())
			if base == threshold.Participants {
				require.Equal(t, p.Precinct+" valid", codes[validate.BaseLineMissing])
				require.True(t, res.Provisional)
			}
		})
	}
}
