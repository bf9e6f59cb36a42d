package validate_test

import (
	"errors"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/faults"
	"github.com/shailoo/shailoo/validate"
)

const (
	L = election.ListBallot
	O = election.OkrugBallot
)

// TestCheckCodes triggers each code of Check on the sample election, and
// runs a clean case beside it (often the boundary of the rule) that must
// give no finding at all.
func TestCheckCodes(t *testing.T) {
	type tc struct {
		name string
		mut  func(t *testing.T, e *election.Election)
		want []validate.Code // exactly these findings, in order
	}
	cases := []tc{
		{"clean sample", func(*testing.T, *election.Election) {}, nil},

		{"P101 received one too many", func(t *testing.T, e *election.Election) {
			proto(t, e, "1002", L, false).Lines[election.Received]++
		}, []validate.Code{validate.ReceivedBalance}},
		{"P101 clean: received and cancelled both up", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1002", L, false)
			p.Lines[election.Received]++
			p.Lines[election.Cancelled]++
		}, nil},
		{"P101 unaccounted counts against", func(t *testing.T, e *election.Election) {
			proto(t, e, "1002", O, false).Lines[election.Unaccounted]++
		}, []validate.Code{validate.ReceivedBalance}},

		{"P102 invalid one too many", func(t *testing.T, e *election.Election) {
			proto(t, e, "1002", L, false).Lines[election.Invalid]++
		}, []validate.Code{validate.FoundBalance}},
		{"P102 clean: found and invalid both up (abroad, no okrug ballot)", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1014", L, false)
			p.Lines[election.FoundMobile]++
			p.Lines[election.Invalid]++
		}, nil},

		{"P103 a vote too many", func(t *testing.T, e *election.Election) {
			proto(t, e, "1002", L, false).Votes[election.AgainstAll]++
		}, []validate.Code{validate.ValidBalance}},
		{"P103 okrug ballot", func(t *testing.T, e *election.Election) {
			proto(t, e, "1003", O, false).Votes["o3-c1"]--
		}, []validate.Code{validate.ValidBalance}},
		{"P103 clean: a vote moved between parties", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1002", L, false)
			p.Votes["p1"]--
			p.Votes["p4"]++
		}, nil},

		{"P104 issued over voters", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1002", L, false)
			p.Lines[election.Voters] = p.Issued() - 1
		}, []validate.Code{validate.IssuedOverVoters}},
		{"P104 clean: issued = voters", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1002", L, false)
			p.Lines[election.Voters] = p.Issued()
		}, nil},

		{"P105 found over issued (warning)", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1014", L, false)
			d := p.Issued() - p.Found() + 1
			p.Lines[election.FoundStationary] += d
			p.Lines[election.Invalid] += d
		}, []validate.Code{validate.FoundOverIssued}},
		{"P105 clean: found = issued", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1014", L, false)
			d := p.Issued() - p.Found()
			p.Lines[election.FoundStationary] += d
			p.Lines[election.Invalid] += d
		}, nil},

		{"P106 negative line", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1002", L, false)
			p.Lines[election.Cancelled] += p.Lines[election.Lost] + 1
			p.Lines[election.Lost] = -1
		}, []validate.Code{validate.Negative}},
		{"P106 negative preference vote", func(t *testing.T, e *election.Election) {
			proto(t, e, "1002", L, false).Preferences["p1-4"] = -1
		}, []validate.Code{validate.Negative}},
		{"P106 clean: zero", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1002", L, false)
			p.Lines[election.Cancelled] += p.Lines[election.Lost]
			p.Lines[election.Lost] = 0
		}, nil},

		{"P107 preferences over the list's votes", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1002", L, false)
			p.Preferences["p2-1"] += slack(e, p, "p2") + 1
		}, []validate.Code{validate.PreferencesOverVotes}},
		{"P107 clean: preferences = the list's votes", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1002", L, false)
			p.Preferences["p2-1"] += slack(e, p, "p2")
		}, nil},

		{"X201 machine line differs", func(t *testing.T, e *election.Election) {
			proto(t, e, "1004", L, true).Lines[election.Voters]++
		}, []validate.Code{validate.MachineLine}},
		{"X201 clean: a line only the manual count has", func(t *testing.T, e *election.Election) {
			delete(proto(t, e, "1004", L, true).Lines, election.Voters)
		}, nil},
		{"X202 machine votes differ", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1004", O, true)
			p.Votes["o1-c1"]--
			p.Votes[election.AgainstAll]++
		}, []validate.Code{validate.MachineVotes, validate.MachineVotes}},
		{"X203 machine preference votes differ", func(t *testing.T, e *election.Election) {
			proto(t, e, "1004", L, true).Preferences["p1-4"]++
		}, []validate.Code{validate.MachinePreferences}},

		{"X204 okrug ballots issued differ (warning)", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1002", O, false)
			p.Lines[election.IssuedEarly]++
			p.Lines[election.Cancelled]--
		}, []validate.Code{validate.ListOkrugIssued}},
		{"X205 okrug ballots found differ (warning)", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1002", O, false)
			p.Lines[election.FoundMobile]++
			p.Lines[election.Invalid]++
		}, []validate.Code{validate.ListOkrugFound}},

		{"X206 precinct defined twice", func(t *testing.T, e *election.Election) {
			e.Precincts = append(e.Precincts, *precinct(t, e, "1002"))
		}, []validate.Code{validate.DuplicatePrecinct}},
		{"X207 protocol twice", func(t *testing.T, e *election.Election) {
			e.Protocols = append(e.Protocols, faults.Clone(*proto(t, e, "1002", L, false)))
		}, []validate.Code{validate.DuplicateProtocol}},
		{"X207 clean: manual and machine protocols of one precinct", func(t *testing.T, e *election.Election) {
			m := faults.Clone(*proto(t, e, "1002", L, false))
			m.Machine = true
			e.Protocols = append(e.Protocols, m)
		}, nil},
		{"X208 protocol of an unknown precinct", func(t *testing.T, e *election.Election) {
			p := faults.Clone(*proto(t, e, "1002", L, false))
			p.Precinct = "9999"
			e.Protocols = append(e.Protocols, p)
		}, []validate.Code{validate.UnknownPrecinct}},
		{"X209 votes for no party", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1002", L, false)
			p.Votes["p1"]--
			p.Votes["p9"] = 1
		}, []validate.Code{validate.UnknownParty}},
		{"X209 even zero votes for no party", func(t *testing.T, e *election.Election) {
			proto(t, e, "1002", L, false).Votes["p9"] = 0
		}, []validate.Code{validate.UnknownParty}},
		{"X210 votes for a candidate of another okrug", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1002", O, false) // okrug o2
			p.Votes["o2-c1"]--
			p.Votes["o1-c1"] = 1
		}, []validate.Code{validate.UnknownCandidate}},
		{"X210 a party on the okrug ballot", func(t *testing.T, e *election.Election) {
			p := proto(t, e, "1002", O, false)
			p.Votes["o2-c1"]--
			p.Votes["p1"] = 1
		}, []validate.Code{validate.UnknownCandidate}},
		{"X211 preference votes for no list candidate", func(t *testing.T, e *election.Election) {
			proto(t, e, "1002", L, false).Preferences["o1-c1"] = 1
		}, []validate.Code{validate.UnknownPreference}},
		{"X212 unknown okrug", func(t *testing.T, e *election.Election) {
			precinct(t, e, "1002").Okrug = "o9"
		}, []validate.Code{validate.UnknownOkrug}},
		{"X213 unknown region", func(t *testing.T, e *election.Election) {
			precinct(t, e, "1002").Region = "r9"
		}, []validate.Code{validate.UnknownRegion}},
		// A precinct abroad is in no region for the thresholds, but the
		// region it names is still one the definition must have.
		{"X213 unknown region named by a precinct abroad", func(t *testing.T, e *election.Election) {
			precinct(t, e, "1014").Region = "r9"
		}, []validate.Code{validate.UnknownRegion}},
		{"X214 okrug protocol abroad", func(t *testing.T, e *election.Election) {
			p := faults.Clone(*proto(t, e, "1002", O, false))
			p.Precinct = "1014"
			e.Protocols = append(e.Protocols, p)
		}, []validate.Code{validate.OkrugAbroad}},
		{"X215 no manual list protocol (warning)", func(t *testing.T, e *election.Election) {
			removeProto(e, "1002", L, false)
		}, []validate.Code{validate.MissingListProtocol}},
		{"X215 a machine protocol does not stand in for the manual one", func(t *testing.T, e *election.Election) {
			removeProto(e, "1004", L, false)
		}, []validate.Code{validate.MissingListProtocol}},
		{"X216 no manual okrug protocol (warning)", func(t *testing.T, e *election.Election) {
			removeProto(e, "1002", O, false)
		}, []validate.Code{validate.MissingOkrugProtocol}},
		{"X216 clean: no okrug protocol abroad", func(t *testing.T, e *election.Election) {
			removeProto(e, "1014", O, false) // there is none
		}, nil},
		{"X217 no okrug (warning)", func(t *testing.T, e *election.Election) {
			precinct(t, e, "1002").Okrug = ""
		}, []validate.Code{validate.NoOkrug}},
		{"X218 no region (warning)", func(t *testing.T, e *election.Election) {
			precinct(t, e, "1002").Region = ""
		}, []validate.Code{validate.NoRegion}},
		{"X219 party defined twice", func(t *testing.T, e *election.Election) {
			e.Parties = append(e.Parties, election.Party{ID: "p2"})
		}, []validate.Code{validate.DuplicateParty}},
		{"X220 okrug defined twice", func(t *testing.T, e *election.Election) {
			e.Okrugs = append(e.Okrugs, election.Okrug{ID: "o2", Region: "r1"})
		}, []validate.Code{validate.DuplicateOkrug}},
		{"X221 region defined twice", func(t *testing.T, e *election.Election) {
			e.Regions = append(e.Regions, election.Region{ID: "r2"})
		}, []validate.Code{validate.DuplicateRegion}},
		{"X222 candidate on two lists", func(t *testing.T, e *election.Election) {
			e.Parties[1].Candidates = append(e.Parties[1].Candidates, e.Parties[0].Candidates[0])
		}, []validate.Code{validate.DuplicateListCandidate}},
		{"X223 candidate twice in an okrug", func(t *testing.T, e *election.Election) {
			e.Okrugs[0].Candidates = append(e.Okrugs[0].Candidates, e.Okrugs[0].Candidates[2])
		}, []validate.Code{validate.DuplicateOkrugCandidate}},
		{"X223 clean: the same candidate ID in two okrugs", func(t *testing.T, e *election.Election) {
			e.Okrugs[1].Candidates[0].ID = "o1-c1"
			for i := range e.Protocols {
				if v, ok := e.Protocols[i].Votes["o2-c1"]; ok {
					delete(e.Protocols[i].Votes, "o2-c1")
					e.Protocols[i].Votes["o1-c1"] = v
				}
			}
		}, nil},
		{"X224 a party called against_all", func(t *testing.T, e *election.Election) {
			e.Parties = append(e.Parties, election.Party{ID: election.AgainstAll})
		}, []validate.Code{validate.ReservedID}},
		{"X224 an okrug candidate called against_all", func(t *testing.T, e *election.Election) {
			e.Okrugs[0].Candidates = append(e.Okrugs[0].Candidates, election.Candidate{ID: election.AgainstAll})
		}, []validate.Code{validate.ReservedID}},
		{"X225 okrug in an unknown region", func(t *testing.T, e *election.Election) {
			e.Okrugs[2].Region = "r9"
		}, []validate.Code{validate.OkrugUnknownRegion}},
		{"X226 preference votes on an okrug protocol", func(t *testing.T, e *election.Election) {
			proto(t, e, "1002", O, false).Preferences = map[string]int64{"o2-c1": 3}
		}, []validate.Code{validate.OkrugPreferences}},
		{"I602 unknown ballot", func(t *testing.T, e *election.Election) {
			p := faults.Clone(*proto(t, e, "1002", L, false))
			p.Ballot = "president"
			e.Protocols = append(e.Protocols, p)
		}, []validate.Code{validate.UnknownBallot}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := sample()
			c.mut(t, e)
			rep := check(t, e, validate.Rules{})
			want := c.want
			if want == nil {
				want = []validate.Code{}
			}
			assert.Equal(t, want, codes(rep), "findings: %+v", rep.Findings)
			for _, f := range rep.Findings {
				info, _ := validate.Info(f.Code)
				assert.Equal(t, info.Severity, f.Severity)
				for _, m := range []string{f.Message().En, f.Message().Ru, f.Message().Ky} {
					assert.NotContains(t, m, "{", "unfilled template: %s", m)
					assert.NotEmpty(t, m)
				}
			}
			if slices.Contains(want, validate.ReceivedBalance) || slices.Contains(want, validate.FoundOverIssued) {
				assert.NotZero(t, rep.Findings[0].Gap)
			}
		})
	}
}

func TestCheckFindingDetail(t *testing.T) {
	e := sample()
	p := proto(t, e, "1002", L, false)
	p.Lines[election.Received] += 2
	rep := check(t, e, validate.Rules{})
	require.Len(t, rep.Findings, 1)
	f := rep.Findings[0]
	recv := p.Lines[election.Received]
	assert.Equal(t, validate.Place{Level: "precinct", Precinct: "1002", Ballot: L, Line: "received"}, f.Place)
	assert.Equal(t, int64(2), f.Gap)
	assert.Equal(t, itoa(recv-2), f.Want)
	assert.Equal(t, itoa(recv), f.Got)
	assert.Contains(t, f.Message().Ru, "Участок 1002")
	assert.Contains(t, f.Message().Ru, "получено бюллетеней "+itoa(recv))
	assert.Contains(t, f.Message().Ky, "1002 шайлоо участогу")
	assert.Contains(t, f.Message().Ky, "айырма +2")

	err := rep.Err()
	require.Error(t, err)
	assert.True(t, errors.Is(err, validate.ErrFindings))
	var fe *validate.FindingsError
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, 1, fe.Errors)
	assert.Equal(t, 1, rep.Errors())
	assert.Equal(t, 0, rep.Warnings())
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestWarningsAreNotErrors(t *testing.T) {
	e := sample()
	removeProto(e, "1002", L, false)
	rep := check(t, e, validate.Rules{})
	assert.Equal(t, 1, rep.Warnings())
	assert.Equal(t, 0, rep.Errors())
	assert.NoError(t, rep.Err())
}

func TestCheckErrors(t *testing.T) {
	_, err := validate.Check(nil, validate.Rules{})
	assert.ErrorIs(t, err, validate.ErrNilElection)
	_, err = validate.Check(sample(), validate.Rules{Relations: []validate.Code{validate.MachineLine}})
	assert.ErrorIs(t, err, validate.ErrRules)
	_, err = validate.Check(sample(), validate.Rules{Lines: []election.Line{""}})
	assert.ErrorIs(t, err, validate.ErrRules)
}

func notEvaluated(r validate.Report, c validate.Code) []validate.NotEvaluated {
	var out []validate.NotEvaluated
	for _, n := range r.NotEvaluated {
		if n.Code == c {
			out = append(out, n)
		}
	}
	return out
}

func TestNotEvaluated(t *testing.T) {
	t.Run("relation not in force", func(t *testing.T) {
		e := sample()
		proto(t, e, "1002", L, false).Lines[election.Received]++
		rep := check(t, e, validate.Rules{Relations: []validate.Code{validate.FoundBalance}})
		assert.Empty(t, rep.Findings)
		ne := notEvaluated(rep, validate.ReceivedBalance)
		require.Len(t, ne, 1)
		assert.Equal(t, "not in force in the rule set", ne[0].Reason)
	})
	t.Run("line not on the form", func(t *testing.T) {
		// A form without "lost" (Serbia's, Georgia's): no ballot is
		// lost there, so P101 is received = issued + cancelled −
		// unaccounted, evaluated, not left out.
		e := sample()
		for i := range e.Protocols {
			p := &e.Protocols[i]
			p.Lines[election.Received] -= p.Lines[election.Lost]
			delete(p.Lines, election.Lost)
		}
		var form []election.Line
		for _, l := range election.AllLines() {
			if l != election.Lost {
				form = append(form, l)
			}
		}
		rep := check(t, e, validate.Rules{Lines: form})
		assert.Empty(t, rep.Findings)
		assert.Empty(t, notEvaluated(rep, validate.ReceivedBalance))
		proto(t, e, "1002", L, false).Lines[election.Received]++
		rep = check(t, e, validate.Rules{Lines: form})
		require.Len(t, rep.Findings, 1)
		assert.Equal(t, validate.ReceivedBalance, rep.Findings[0].Code)
	})
	t.Run("line not on the form given by a protocol", func(t *testing.T) {
		// A form without mobile boxes, and a file that gives them
		// anyway: a 0 is what the form says, but 2 ballots found in a
		// mobile box are no quantity the relations without it may
		// leave out (P102 and X207 would pass over a real gap of 2).
		e := sample()
		for i := range e.Protocols {
			p := &e.Protocols[i]
			p.Lines[election.FoundStationary] += p.Lines[election.FoundMobile]
			p.Lines[election.FoundMobile] = 0
		}
		var form []election.Line
		for _, l := range election.AllLines() {
			if l != election.FoundMobile {
				form = append(form, l)
			}
		}
		rep := check(t, e, validate.Rules{Lines: form})
		assert.Empty(t, rep.Findings)
		assert.Empty(t, notEvaluated(rep, validate.FoundBalance), "a 0 of a line not on the form")
		assert.Empty(t, notEvaluated(rep, validate.ListOkrugFound), "a 0 of a line not on the form")
		proto(t, e, "1002", L, false).Lines[election.FoundMobile] = 2
		rep = check(t, e, validate.Rules{Lines: form})
		for _, f := range rep.Findings {
			assert.NotEqual(t, validate.FoundBalance, f.Code, "found_mobile left out: %v", f)
			assert.NotEqual(t, validate.ListOkrugFound, f.Code, "found_mobile left out: %v", f)
		}
		ne := notEvaluated(rep, validate.FoundBalance)
		require.Len(t, ne, 1)
		assert.Equal(t, "the protocol gives line(s) the form does not have: found_mobile", ne[0].Reason)
		assert.Equal(t, 1, ne[0].Count)
		ne = notEvaluated(rep, validate.ListOkrugFound)
		require.Len(t, ne, 1)
		assert.Equal(t, "a protocol gives line(s) the form does not have: found_mobile", ne[0].Reason)
	})
	t.Run("side not on the form", func(t *testing.T) {
		// A form without any issued line: P104 (issued <= voters) has
		// nothing to compare, and is not evaluated, never passed.
		var form []election.Line
		for _, l := range election.AllLines() {
			if l != election.IssuedInRoom && l != election.IssuedOutside && l != election.IssuedEarly {
				form = append(form, l)
			}
		}
		rep := check(t, sample(), validate.Rules{Lines: form})
		ne := notEvaluated(rep, validate.IssuedOverVoters)
		require.Len(t, ne, 1)
		assert.Equal(t, "not on the protocol form: issued_in_room, issued_outside, issued_early", ne[0].Reason)
	})
	t.Run("found over voters without issued lines", func(t *testing.T) {
		// India's, Australia's or Peru's forms give the ballots found but
		// none issued: found <= voters (P108) is their check of the
		// ballots against the list. Where the issued lines are given, P104
		// and P105 say it, and P108 is neither found nor not evaluated.
		for _, declared := range []bool{true, false} {
			e := sample()
			var rules validate.Rules
			if declared {
				for _, l := range election.AllLines() {
					if l != election.IssuedInRoom && l != election.IssuedOutside && l != election.IssuedEarly {
						rules.Lines = append(rules.Lines, l)
					}
				}
			}
			for i := range e.Protocols {
				delete(e.Protocols[i].Lines, election.IssuedInRoom)
				delete(e.Protocols[i].Lines, election.IssuedOutside)
				delete(e.Protocols[i].Lines, election.IssuedEarly)
			}
			assert.Empty(t, withCode(check(t, e, rules), validate.FoundOverVoters), "declared %v", declared)
			p := &e.Protocols[0]
			over := p.Lines[election.Voters] + 1 - p.Lines[election.FoundStationary] - p.Lines[election.FoundMobile]
			p.Lines[election.FoundStationary] += over
			p.Lines[election.Valid] += over
			p.Votes[sortedKeys(p.Votes)[0]] += over
			f := withCode(check(t, e, rules), validate.FoundOverVoters)
			require.Len(t, f, 1, "declared %v", declared)
			assert.Equal(t, validate.Warning, f[0].Severity)
			assert.Equal(t, "<= "+strconv.FormatInt(p.Lines[election.Voters], 10), f[0].Want)
			assert.Equal(t, int64(1), f[0].Gap)
		}
		// The kg2021 form, its issued lines given: P104 and P105 say it.
		e := sample()
		p := &e.Protocols[0]
		p.Lines[election.FoundStationary] += p.Lines[election.Voters]
		rep := check(t, e, validate.Rules{})
		assert.Empty(t, withCode(rep, validate.FoundOverVoters))
		assert.Empty(t, notEvaluated(rep, validate.FoundOverVoters))
		assert.NotEmpty(t, withCode(rep, validate.FoundOverIssued))
	})
	t.Run("found over voters, an issued line given off the form", func(t *testing.T) {
		// A form without early voting, its protocols giving the ballots
		// issued early but 0: P104 and P105 are not evaluated (a line the
		// form does not have), so they cannot say found <= voters, and
		// P108 does.
		var rules validate.Rules
		for _, l := range election.AllLines() {
			if l != election.IssuedEarly {
				rules.Lines = append(rules.Lines, l)
			}
		}
		e := sample()
		p := proto(t, e, "1002", election.ListBallot, false)
		require.NotZero(t, p.Lines[election.IssuedEarly])
		over := p.Lines[election.Voters] + 1 - p.Lines[election.FoundStationary] - p.Lines[election.FoundMobile]
		p.Lines[election.FoundStationary] += over
		p.Lines[election.Valid] += over
		p.Votes[sortedKeys(p.Votes)[0]] += over
		rep := check(t, e, rules)
		require.NotEmpty(t, notEvaluated(rep, validate.IssuedOverVoters))
		f := withCode(rep, validate.FoundOverVoters)
		require.Len(t, f, 1)
		assert.Equal(t, "1002", f[0].Place.Precinct)
		assert.Equal(t, int64(1), f[0].Gap)
	})
	t.Run("empty form", func(t *testing.T) {
		rep := check(t, sample(), validate.Rules{Lines: []election.Line{}})
		for _, c := range []validate.Code{validate.ReceivedBalance, validate.FoundBalance,
			validate.IssuedOverVoters, validate.FoundOverIssued, validate.ListOkrugIssued, validate.ListOkrugFound} {
			assert.NotEmpty(t, notEvaluated(rep, c), c)
		}
		// The valid ballots are on every form: valid = the votes is checked.
		assert.Empty(t, notEvaluated(rep, validate.ValidBalance))
	})
	t.Run("form without valid", func(t *testing.T) {
		// A form that leaves valid out still has valid ballots: protocols
		// without the line leave P102 not evaluated, never "found =
		// invalid" false on each of them.
		e := sample()
		for i := range e.Protocols {
			delete(e.Protocols[i].Lines, election.Valid)
		}
		var form []election.Line
		for _, l := range election.AllLines() {
			if l != election.Valid {
				form = append(form, l)
			}
		}
		rep := check(t, e, validate.Rules{Lines: form})
		for _, f := range rep.Findings {
			assert.NotEqual(t, validate.FoundBalance, f.Code, f.Message().En)
		}
		ne := notEvaluated(rep, validate.FoundBalance)
		require.Len(t, ne, 1)
		assert.Contains(t, ne[0].Reason, "valid")
	})
	t.Run("line missing from protocols", func(t *testing.T) {
		e := sample()
		delete(proto(t, e, "1002", L, false).Lines, election.Unaccounted)
		delete(proto(t, e, "1003", L, false).Lines, election.Unaccounted)
		rep := check(t, e, validate.Rules{})
		assert.Empty(t, rep.Findings)
		ne := notEvaluated(rep, validate.ReceivedBalance)
		require.Len(t, ne, 1)
		assert.Equal(t, 2, ne[0].Count)
		assert.Equal(t, "1002", ne[0].First.Precinct)
	})
	t.Run("issued lines missing from both ballots", func(t *testing.T) {
		// Both protocols of the precinct lack the lines: X204 names
		// each line once, not once per protocol.
		e := sample()
		for _, b := range []election.BallotKind{L, O} {
			p := proto(t, e, "1002", b, false)
			for _, l := range []election.Line{election.IssuedInRoom, election.IssuedOutside, election.IssuedEarly} {
				delete(p.Lines, l)
			}
		}
		rep := check(t, e, validate.Rules{})
		ne := notEvaluated(rep, validate.ListOkrugIssued)
		require.Len(t, ne, 1)
		assert.Equal(t, "a protocol lacks line(s) issued_in_room, issued_outside, issued_early", ne[0].Reason)
	})
	t.Run("votes for a choice missing", func(t *testing.T) {
		// Issue 12 (missing data that still decides): a counted protocol
		// without the votes for a choice is an error finding, since the
		// count would take them as 0; the balance is not evaluated.
		e := sample()
		delete(proto(t, e, "1002", L, false).Votes, election.AgainstAll)
		rep := check(t, e, validate.Rules{})
		require.Len(t, rep.Findings, 1)
		assert.Equal(t, validate.MissingVotes, rep.Findings[0].Code)
		assert.Equal(t, election.AgainstAll, rep.Findings[0].Place.Choice)
		assert.Len(t, notEvaluated(rep, validate.ValidBalance), 1)
	})
	t.Run("no preference votes", func(t *testing.T) {
		e := sample()
		proto(t, e, "1002", L, false).Preferences = nil
		rep := check(t, e, validate.Rules{})
		assert.Empty(t, rep.Findings)
		ne := notEvaluated(rep, validate.PreferencesOverVotes)
		require.Len(t, ne, 1)
		assert.Equal(t, "the protocol gives no preference votes", ne[0].Reason)
	})
	t.Run("no okrug protocols at all", func(t *testing.T) {
		e := sample()
		e.Protocols = slices.DeleteFunc(e.Protocols, func(p election.Protocol) bool { return p.Ballot == O })
		rep := check(t, e, validate.Rules{})
		assert.Empty(t, rep.Findings)
		assert.Len(t, notEvaluated(rep, validate.MissingOkrugProtocol), 1)
	})
}

func TestMachineGaps(t *testing.T) {
	e := sample()
	proto(t, e, "1004", L, true).Lines[election.Voters] += 3
	p := proto(t, e, "1010", O, true)
	p.Votes["o1-c1"] -= 5
	p.Votes[election.AgainstAll] += 5
	proto(t, e, "1001", L, true).Preferences["p1-1"]++
	rep := check(t, e, validate.Rules{})
	assert.Equal(t, []validate.PrecinctGap{
		{Precinct: "1010", Gap: 10, Items: 2},
		{Precinct: "1004", Gap: 3, Items: 1},
		{Precinct: "1001", Gap: 1, Items: 1},
	}, rep.MachineGaps)
}

func TestInjectSample(t *testing.T) {
	for _, seed := range []int64{1, 2, 3, 42, 2021} {
		e := faults.Sample(60)
		require.Empty(t, check(t, e, validate.Rules{}).Findings)
		planted, err := faults.Inject(e, seed)
		require.NoError(t, err, "seed %d", seed)
		rep := check(t, e, validate.Rules{})
		var got []faults.Injected
		for _, f := range rep.Findings {
			got = append(got, faults.Injected{Code: f.Code, Place: f.Place})
		}
		require.Equal(t, planted, got, "seed %d", seed)
		// every code Inject knows is planted at least once
		var pc []validate.Code
		for _, x := range planted {
			pc = append(pc, x.Code)
		}
		for _, c := range faults.Codes() {
			assert.Contains(t, pc, c, "seed %d", seed)
		}
	}
}

// A protocol of zeros (every figure but the voters 0) is P109, a warning:
// nobody voted, or a station not yet reported written as zeros (Indonesia's
// KPU files; the 2011 Duma file's ship station of Kamchatka). A protocol
// that gives the voters alone, or one figure other than 0, is not.
func TestAllZero(t *testing.T) {
	e := &election.Election{Parties: []election.Party{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}},
		Precincts: []election.Precinct{{ID: "1"}, {ID: "2"}, {ID: "3"}, {ID: "4"}}}
	no := false
	e.Ballots.List.AgainstAll = &no
	e.Protocols = []election.Protocol{
		{Precinct: "1", Ballot: election.ListBallot, Lines: map[election.Line]int64{election.Voters: 24, election.Valid: 0}, Votes: map[string]int64{"a": 0, "b": 0}},
		{Precinct: "2", Ballot: election.ListBallot, Lines: map[election.Line]int64{election.Voters: 24}},
		{Precinct: "3", Ballot: election.ListBallot, Lines: map[election.Line]int64{election.Voters: 24, election.Valid: 1}, Votes: map[string]int64{"a": 1, "b": 0}},
		{Precinct: "4", Ballot: election.ListBallot, Lines: map[election.Line]int64{election.Valid: 0}, Votes: map[string]int64{"a": 0, "b": 0}},
	}
	rep := check(t, e, validate.Rules{})
	var got []string
	for _, f := range withCode(rep, validate.AllZero) {
		got = append(got, f.Place.Precinct)
		assert.Equal(t, validate.Warning, f.Severity)
		assert.Contains(t, f.Message().En, "written as zeros")
	}
	assert.Equal(t, []string{"1", "4"}, got)
}

// P110: voters who took part (invalid + valid) <= voters on the list, on a
// protocol that gives no ballots found (a file of the votes, the invalid
// ballots and the list: a "valid" column that counts the votes of
// ballots of several votes reads 784% turnout). Where the found lines are
// given, P102 with P108 (or P104 and P105) say it: P110 is then neither
// found nor not evaluated.
func TestParticipantsOverVoters(t *testing.T) {
	e := sample()
	for i := range e.Protocols {
		for _, l := range []election.Line{election.FoundMobile, election.FoundStationary} {
			delete(e.Protocols[i].Lines, l)
		}
	}
	assert.Empty(t, withCode(check(t, e, validate.Rules{}), validate.ParticipantsOverVoters))
	p := &e.Protocols[0]
	over := p.Lines[election.Voters] + 1 - p.Lines[election.Valid] - p.Lines[election.Invalid]
	p.Lines[election.Valid] += over
	p.Votes[sortedKeys(p.Votes)[0]] += over
	f := withCode(check(t, e, validate.Rules{}), validate.ParticipantsOverVoters)
	require.Len(t, f, 1)
	assert.Equal(t, validate.Warning, f[0].Severity)
	assert.Equal(t, int64(1), f[0].Gap)
	assert.Contains(t, f[0].Message().En, "invalid + valid ballots")
	// The found lines given: P102 says it (found = invalid + valid).
	e = sample()
	p = &e.Protocols[0]
	p.Lines[election.Valid] += p.Lines[election.Voters]
	rep := check(t, e, validate.Rules{})
	assert.Empty(t, withCode(rep, validate.ParticipantsOverVoters))
	assert.Empty(t, notEvaluated(rep, validate.ParticipantsOverVoters))
	assert.NotEmpty(t, withCode(rep, validate.FoundBalance))
}
