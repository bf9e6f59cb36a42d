package nisterr

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/seats"
)

// The IDs this package gives the objects of a report. ERR IDs are unique
// across the whole document, so each kind has its prefix; the ID in
// shailoo is kept beside it as the ExternalIdentifier OtherIDKey.
const (
	CountryID        = "gpu-country"
	ListContestID    = "contest-list"
	regionPrefix     = "gpu-region-"
	okrugPrefix      = "gpu-okrug-"
	precinctPrefix   = "gpu-precinct-"
	partyPrefix      = "party-"
	candidatePrefix  = "cand-"
	okrugContestPfx  = "contest-okrug-"
	listSelectionPfx = "sel-list-"
	electionPrefix   = "election-"
)

// The OtherType of the ExternalIdentifiers where shailoo keeps what ERR has
// no field for (docs/interop.md tabulates them).
const (
	OtherIDKey          = "shailoo-id"          // the object's ID in shailoo
	ProvenanceKey       = "shailoo-provenance"  // official, preliminary, synthetic, or the election's sources
	AgainstAllKey       = "shailoo-against-all" // on a contest: the @id of its "against all" selection
	ProvisionalKey      = "shailoo-provisional" // "true" when the result is provisional
	ProvisionalWhyKey   = "shailoo-provisional-reason"
	NotCountedKey       = "shailoo-not-counted"  // why no seat could be decided
	TieKey              = "shailoo-tie"          // a tie or decision, as shailoo's JSON of it
	FindingsKey         = "shailoo-findings"     // "errors=N warnings=M"
	FindingCodeKey      = "shailoo-finding-code" // Label: a code; Value: how many findings of it
	RulesKey            = "shailoo-rules"        // the rule set, "ID version"
	InputKey            = "shailoo-input"        // Label: an input; Value: its SHA-256
	LotSeedKey          = "shailoo-lot-seed"     // the public seed lots were drawn from
	SeatsOfKey          = "shailoo-seats-of"     // seats to fill in the contest
	PercentKey          = "shailoo-percent"      // Label: party ID; Value: its percent of the threshold base
	QualifiedKey        = "shailoo-qualified"    // Label: party ID; Value: "true" or "false"
	ThresholdKey        = "shailoo-threshold"    // Label: party ID; Value: shailoo's JSON of the national verdict
	RegionalKey         = "shailoo-regional"     // Label: party ID; Value: shailoo's JSON of the regional verdict
	WomenRequiredKey    = "shailoo-women-required"
	DeputiesNotGivenKey = "shailoo-deputies-not-given"
	VotesNotGivenKey    = "shailoo-votes-not-given"       // Label: party (or okrug candidate) ID; Value: "true" when no protocol gives its votes
	VotesMissingKey     = "shailoo-votes-missing"         // Label: party (or okrug candidate, against_all) ID; Value: how many counted protocols do not give its votes: its total is a partial sum (on a region's GpUnit: its total there, of a single okrug's votes by region)
	OutcomeKey          = "shailoo-outcome"               // an okrug's outcome: elected, repeat_election, tie, ...
	MarginKey           = "shailoo-margin"                // an okrug's margin of the winner (the least it can be, where MarginAtMostKey is written)
	MarginAtMostKey     = "shailoo-margin-at-most"        // the most an okrug's margin can be, where it is a range (an aggregate's votes behind: seats.OkrugResult.MarginAtMost)
	RelationGapKey      = "shailoo-relation-gap"          // an okrug's sum of the gaps of its protocols' failing P103/P111/P113 (Okrug.RelationGap), where one fails
	RelationVerdictKey  = "shailoo-relation-gap-overturn" // beside it: "could" or "least_below_margin" (Okrug.RelationOverturn)
	SeatedByKey         = "shailoo-seated-by"
	ThresholdBaseKey    = "shailoo-threshold-base"
	AgainstAllVotesKey  = "shailoo-against-all-votes"
	OkrugVotersKey      = "shailoo-okrug-voters"
	OkrugTurnoutKey     = "shailoo-okrug-participants"
	TurnoutKey          = "shailoo-turnout"
)

// Options are what a report adds to the Result.
type Options struct {
	// Election, when set, is the election counted: its regions become
	// GpUnits, its candidates' names are written, and its protocols (when
	// it has them) make the report precinct-level: a GpUnit per precinct
	// and its counts, the manual count (DeviceClass manual-count) and the
	// machine count (opscan-precinct) apart.
	Election *election.Election
	// GeneratedDate is ERR's GeneratedDate ("2021-12-15T00:00:00Z"). When
	// empty it is the election's date at midnight UTC: a report is then
	// the same bytes for the same inputs, like every output of shailoo.
	GeneratedDate string
}

// ErrNoResult is returned for a nil Result.
var ErrNoResult = errors.New("nisterr: no result")

// Write writes res as an ERR v2 ElectionReport, indented JSON.
func Write(w io.Writer, res *shailoo.Result, o Options) error {
	rep, err := Build(res, o)
	if err != nil {
		return err
	}
	b, err := json.MarshalIndent(rep, "", " ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

func ext(key, label, value string) ExternalIdentifier {
	return ExternalIdentifier{AtType: "ElectionResults.ExternalIdentifier", Type: "other", OtherType: key, Label: label, Value: value}
}

func text(pairs ...string) *Text {
	t := &Text{AtType: "ElectionResults.InternationalizedText"}
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			t.Text = append(t.Text, LanguageString{AtType: "ElectionResults.LanguageString", Language: pairs[i], Content: pairs[i+1]})
		}
	}
	if len(t.Text) == 0 {
		t.Text = []LanguageString{{AtType: "ElectionResults.LanguageString", Language: "und", Content: "-"}}
	}
	return t
}

func vc(gp string, typ string, n int64, dev string) VoteCounts {
	v := VoteCounts{AtType: "ElectionResults.VoteCounts", GpUnitId: gp, Type: typ, Count: n}
	if dev != "" {
		v.DeviceClass = &DeviceClass{AtType: "ElectionResults.DeviceClass", Type: dev}
	}
	return v
}

// The DeviceClass types of the two counts of a precinct.
const (
	manualDevice  = "manual-count"
	machineDevice = "opscan-precinct"
)

func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return err.Error()
	}
	return string(b)
}

func ptr(n int64) *int64 { return &n }

// Build returns res as an ERR v2 ElectionReport.
func Build(res *shailoo.Result, o Options) (*Report, error) {
	if res == nil {
		return nil, ErrNoResult
	}
	e := o.Election
	date := res.Election.Date
	if date == "" && e != nil {
		date = e.Date
	}
	dateKnown := date != ""
	if !dateKnown {
		date = "1970-01-01" // ERR requires a date; shailoo's election has none (noted below)
	}
	gen := o.GeneratedDate
	if gen == "" {
		gen = date + "T00:00:00Z"
	}
	precinctLevel := e != nil && len(e.Protocols) > 0
	rep := &Report{
		AtType:              "ElectionResults.ElectionReport",
		Format:              "summary-contest",
		GeneratedDate:       gen,
		Issuer:              "shailoo",
		IssuerAbbreviation:  "shailoo",
		SequenceStart:       1,
		SequenceEnd:         1,
		Status:              "unofficial-complete",
		VendorApplicationId: res.Library,
	}
	if rep.VendorApplicationId == "" {
		rep.VendorApplicationId = "shailoo " + shailoo.Version
	}
	if precinctLevel {
		rep.Format = "precinct-level"
	}
	if res.Provisional || len(res.ProvisionalReasons) > 0 || res.AwaitingLots() || res.NotCounted != "" {
		rep.Status = "unofficial-partial"
	}
	rep.Notes = strings.Join(append(slices.Clip(res.Notes), leftOut(res.Totals)...), "\n")
	rep.ExternalIdentifier = reportIDs(res, dateKnown)

	names := map[string]string{} // candidate ID → name
	if e != nil {
		for _, p := range e.Parties {
			for _, c := range p.Candidates {
				names[c.ID] = c.Name
			}
		}
		for _, ok := range e.Okrugs {
			for _, c := range ok.Candidates {
				names[c.ID] = c.Name
			}
		}
	}

	// GpUnits: the country, the regions, the okrugs, the precincts.
	country := GpUnit{AtID: CountryID, AtType: "ElectionResults.ReportingUnit", Type: "country", Name: text("und", res.Election.Name)}
	if res.Totals.Voters > 0 {
		country.VotersRegistered = ptr(res.Totals.Voters)
	}
	if res.Totals.Participants > 0 {
		country.VotersParticipated = ptr(res.Totals.Participants)
	}
	var units []GpUnit
	regionIdx := map[string]int{}
	okrugIdx := map[string]int{}
	if e != nil {
		for _, r := range e.Regions {
			regionIdx[r.ID] = len(units)
			country.ComposingGpUnitIds = append(country.ComposingGpUnitIds, regionPrefix+r.ID)
			units = append(units, GpUnit{AtID: regionPrefix + r.ID, AtType: "ElectionResults.ReportingUnit", Type: "other", OtherType: "region",
				Name: text("und", r.Name, "ky", r.NameKy, "ru", r.NameRu), ExternalIdentifier: []ExternalIdentifier{ext(OtherIDKey, "", r.ID)}})
		}
	}
	for _, ok := range res.Okrugs {
		okrugIdx[ok.Okrug] = len(units)
		country.ComposingGpUnitIds = append(country.ComposingGpUnitIds, okrugPrefix+ok.Okrug)
		u := GpUnit{AtID: okrugPrefix + ok.Okrug, AtType: "ElectionResults.ReportingUnit", Type: "other", OtherType: "okrug",
			Name: text("und", ok.Name), ExternalIdentifier: []ExternalIdentifier{ext(OtherIDKey, "", ok.Okrug)}}
		if ok.Provenance != "" {
			u.ExternalIdentifier = append(u.ExternalIdentifier, ext(ProvenanceKey, "", string(ok.Provenance)))
		}
		if ok.Participants > 0 {
			u.VotersParticipated = ptr(ok.Participants)
		}
		units = append(units, u)
	}

	el := Election{AtType: "ElectionResults.Election", ElectionScopeId: CountryID, StartDate: date, EndDate: date, Type: "general",
		Name: text("und", res.Election.Name), ExternalIdentifier: []ExternalIdentifier{ext(OtherIDKey, "", res.Election.ID)}}
	if res.Election.Provenance != "" {
		el.ExternalIdentifier = append(el.ExternalIdentifier, ext(ProvenanceKey, "", res.Election.Provenance))
	}
	if bc, ok := countryBallots(res.Totals); ok {
		el.BallotCounts = append(el.BallotCounts, bc)
	}

	// Parties and the list contest.
	list := Contest{AtID: ListContestID, AtType: "ElectionResults.PartyContest", ElectionDistrictId: CountryID, Name: "Party lists",
		VoteVariation: "proportional", ExternalIdentifier: []ExternalIdentifier{ext(SeatsOfKey, "", strconv.Itoa(res.Seats.ListOf))}}
	listSel := map[string]int{}
	cands := map[string]int{} // candidate ID → index in el.Candidate
	addCand := func(id, party string, prov election.Provenance) int {
		if i, ok := cands[id]; ok {
			return i
		}
		name := names[id]
		if name == "" {
			name = id
		}
		c := Candidate{AtID: candidatePrefix + id, AtType: "ElectionResults.Candidate", BallotName: text("und", name),
			ExternalIdentifier: []ExternalIdentifier{ext(OtherIDKey, "", id)}}
		if party != "" {
			c.PartyId = partyPrefix + party
		}
		if prov != "" {
			c.ExternalIdentifier = append(c.ExternalIdentifier, ext(ProvenanceKey, "", string(prov)))
		}
		cands[id] = len(el.Candidate)
		el.Candidate = append(el.Candidate, c)
		return cands[id]
	}
	for i, l := range res.Lists {
		p := Party{AtID: partyPrefix + l.ID, AtType: "ElectionResults.Party", Name: text("und", l.Name, "ky", l.NameKy, "ru", l.NameRu),
			ExternalIdentifier: []ExternalIdentifier{ext(OtherIDKey, "", l.ID)}}
		if l.Provenance != "" {
			p.ExternalIdentifier = append(p.ExternalIdentifier, ext(ProvenanceKey, "", string(l.Provenance)))
		}
		rep.Party = append(rep.Party, p)
		order := i + 1
		listSel[l.ID] = len(list.ContestSelection)
		counts := []VoteCounts{vc(CountryID, "total", l.Votes, ""), vc(CountryID, "seats", int64(l.Seats), "")}
		if l.VotesNotGiven {
			// No protocol gives them: no count, not a 0 that reads as one.
			counts = counts[1:]
			list.ExternalIdentifier = append(list.ExternalIdentifier, ext(VotesNotGivenKey, l.ID, "true"))
		} else if l.VotesMissing > 0 {
			// ERR's VoteCounts has no field to say a count is partial: the
			// contest says it, as it says a count not given.
			list.ExternalIdentifier = append(list.ExternalIdentifier, ext(VotesMissingKey, l.ID, strconv.Itoa(l.VotesMissing)))
		}
		list.ContestSelection = append(list.ContestSelection, Selection{AtID: listSelectionPfx + l.ID, AtType: "ElectionResults.PartySelection",
			PartyIds: []string{partyPrefix + l.ID}, SequenceOrder: &order, VoteCounts: counts})
		if l.Percent != "" { // none of a partial sum, or over a base not evaluated
			list.ExternalIdentifier = append(list.ExternalIdentifier, ext(PercentKey, l.ID, l.Percent))
		}
		list.ExternalIdentifier = append(list.ExternalIdentifier,
			ext(QualifiedKey, l.ID, strconv.FormatBool(l.Qualified)),
			ext(ThresholdKey, l.ID, jsonText(l.National)),
			ext(WomenRequiredKey, l.ID, strconv.Itoa(l.WomenRequired)))
		if l.Regional != nil {
			list.ExternalIdentifier = append(list.ExternalIdentifier, ext(RegionalKey, l.ID, jsonText(l.Regional)))
		}
		if l.DeputiesNotGiven > 0 {
			list.ExternalIdentifier = append(list.ExternalIdentifier, ext(DeputiesNotGivenKey, l.ID, strconv.Itoa(l.DeputiesNotGiven)))
		}
		for _, d := range l.Deputies {
			if _, ok := names[d.ID]; !ok && d.Name != "" {
				names[d.ID] = d.Name
			}
			c := &el.Candidate[addCand(d.ID, l.ID, d.Provenance)]
			c.PostElectionStatus = "winner"
			c.ExternalIdentifier = append(c.ExternalIdentifier, ext(SeatedByKey, l.ID, d.Reason))
		}
	}
	// "Against all" is a selection where the ballot has it and lists were
	// counted (as Recount, which a summary read back from the report is
	// checked against).
	aaList := -1
	if len(res.Lists) > 0 && res.AgainstAll(election.ListBallot) {
		againstAll := listSelectionPfx + "against-all"
		list.ExternalIdentifier = append(list.ExternalIdentifier, ext(AgainstAllKey, "", againstAll))
		list.ContestSelection = append(list.ContestSelection, Selection{AtID: againstAll, AtType: "ElectionResults.CandidateSelection",
			VoteCounts: []VoteCounts{vc(CountryID, "total", res.Totals.AgainstAll, "")}})
		aaList = len(list.ContestSelection) - 1
	}
	el.Contest = append(el.Contest, list)

	// One candidate contest per okrug.
	type okSel struct{ contest, sel int }
	okrugAgainst := res.AgainstAll(election.OkrugBallot)
	okSels := map[[2]string]okSel{} // okrug and candidate ID → its selection (one candidate ID may stand in several okrugs)
	okAgainst := map[string]okSel{} // okrug ID → its "against all" selection
	for _, ok := range res.Okrugs {
		one := 1
		// A district of several seats elects them all (ok.Elected).
		elect := max(ok.Seats, 1)
		c := Contest{AtID: okrugContestPfx + ok.Okrug, AtType: "ElectionResults.CandidateContest", ElectionDistrictId: okrugPrefix + ok.Okrug,
			Name: ok.Name, VotesAllowed: &one, NumberElected: &elect, VoteVariation: "plurality",
			ExternalIdentifier: []ExternalIdentifier{ext(OtherIDKey, "", ok.Okrug), ext(OutcomeKey, "", string(ok.Outcome)), ext(MarginKey, "", strconv.FormatInt(ok.Margin, 10))}}
		if ok.MarginAtMost != 0 {
			// The margin is a range, not exact: its upper bound beside it.
			c.ExternalIdentifier = append(c.ExternalIdentifier, ext(MarginAtMostKey, "", strconv.FormatInt(ok.MarginAtMost, 10)))
		}
		if ok.RelationOverturn != "" {
			// Its protocols fail a control relation of their votes: the
			// least correction, and what it could do to the outcome.
			c.ExternalIdentifier = append(c.ExternalIdentifier, ext(RelationGapKey, "", strconv.FormatInt(ok.RelationGap, 10)), ext(RelationVerdictKey, "", ok.RelationOverturn))
		}
		if ok.Provenance != "" {
			c.ExternalIdentifier = append(c.ExternalIdentifier, ext(ProvenanceKey, "", string(ok.Provenance)))
		}
		if ok.WinnerName != "" {
			names[ok.Winner] = ok.WinnerName
		}
		if ok.LeaderName != "" {
			names[ok.Leader] = ok.LeaderName
		}
		ci := len(el.Contest)
		n := 0
		for _, st := range ok.Steps {
			if st.Kind != "candidate" {
				continue
			}
			// A candidate whose votes no protocol gives (an okrug not
			// decided for want of them) has no total count, not a 0 that
			// reads as one, and the contest says so.
			given := st.Value != ""
			votes, err := strconv.ParseInt(st.Value, 10, 64)
			if given && err != nil {
				return nil, errors.New("nisterr: okrug " + ok.Okrug + ": candidate " + st.Subject + ": votes " + strconv.Quote(st.Value) + " are not a whole number")
			}
			n++
			order := n
			k := addCand(st.Subject, "", "")
			seatsWon := int64(0)
			switch {
			case ok.Winner == st.Subject || slices.ContainsFunc(ok.Elected, func(d seats.DistrictSeat) bool { return d.ID == st.Subject }):
				seatsWon = 1
				el.Candidate[k].PostElectionStatus = "winner"
			case ok.Outcome == seats.OutcomeRunoff && slices.Contains(ok.Runoff, st.Subject) && el.Candidate[k].PostElectionStatus != "winner":
				el.Candidate[k].PostElectionStatus = "advanced-to-runoff"
			case (ok.Outcome == "elected" || ok.Outcome == seats.OutcomeRunoff) && el.Candidate[k].PostElectionStatus == "":
				el.Candidate[k].PostElectionStatus = "defeated"
			}
			counts := []VoteCounts{vc(okrugPrefix+ok.Okrug, "total", votes, ""), vc(okrugPrefix+ok.Okrug, "seats", seatsWon, "")}
			if !given {
				counts = counts[1:]
				c.ExternalIdentifier = append(c.ExternalIdentifier, ext(VotesNotGivenKey, st.Subject, "true"))
			} else if n := ok.VotesMissing[st.Subject]; n > 0 {
				c.ExternalIdentifier = append(c.ExternalIdentifier, ext(VotesMissingKey, st.Subject, strconv.Itoa(n)))
			}
			okSels[[2]string{ok.Okrug, st.Subject}] = okSel{ci, len(c.ContestSelection)}
			c.ContestSelection = append(c.ContestSelection, Selection{AtID: "sel-okrug-" + ok.Okrug + "-" + st.Subject, AtType: "ElectionResults.CandidateSelection",
				CandidateIds: []string{candidatePrefix + st.Subject}, SequenceOrder: &order, VoteCounts: counts})
		}
		if okrugAgainst { // a ballot without "against all" has no 0 of it
			aa := "sel-okrug-" + ok.Okrug + "-against-all"
			c.ExternalIdentifier = append(c.ExternalIdentifier, ext(AgainstAllKey, "", aa))
			if n := ok.VotesMissing[election.AgainstAll]; n > 0 {
				c.ExternalIdentifier = append(c.ExternalIdentifier, ext(VotesMissingKey, election.AgainstAll, strconv.Itoa(n)))
			}
			okAgainst[ok.Okrug] = okSel{ci, len(c.ContestSelection)}
			c.ContestSelection = append(c.ContestSelection, Selection{AtID: aa, AtType: "ElectionResults.CandidateSelection",
				VoteCounts: []VoteCounts{vc(okrugPrefix+ok.Okrug, "total", ok.AgainstAll, "")}})
		}
		if ok.Participants > 0 {
			el.BallotCounts = append(el.BallotCounts, BallotCounts{AtType: "ElectionResults.BallotCounts", GpUnitId: okrugPrefix + ok.Okrug, Type: "total",
				BallotsCast: ptr(ok.Participants), BallotsRejected: ptr(ok.Participants - ok.Valid)})
		}
		el.Contest = append(el.Contest, c)
	}
	// A single okrug's votes in each region (res.OkrugRegions, a
	// president's by county): a count of each candidate's selection at
	// the region's GpUnit (added where the definition is not given), a
	// figure no protocol of the region gives left out (not a 0), a
	// partial sum marked on the region's GpUnit (VotesMissingKey).
	for _, rv := range res.OkrugRegions {
		gp := regionPrefix + rv.Region
		ri, ok := regionIdx[rv.Region]
		if !ok {
			ri = len(units)
			regionIdx[rv.Region] = ri
			country.ComposingGpUnitIds = append(country.ComposingGpUnitIds, gp)
			units = append(units, GpUnit{AtID: gp, AtType: "ElectionResults.ReportingUnit", Type: "other", OtherType: "region",
				Name: text("und", rv.Region), ExternalIdentifier: []ExternalIdentifier{ext(OtherIDKey, "", rv.Region)}})
		}
		for _, id := range sortedKeys(rv.Votes) {
			at, ok := okSels[[2]string{rv.Okrug, id}]
			if id == election.AgainstAll {
				at, ok = okAgainst[rv.Okrug]
			}
			if !ok {
				continue
			}
			s := &el.Contest[at.contest].ContestSelection[at.sel]
			s.VoteCounts = append(s.VoteCounts, vc(gp, "total", rv.Votes[id], ""))
			if n := rv.VotesMissing[id]; n > 0 {
				units[ri].ExternalIdentifier = append(units[ri].ExternalIdentifier, ext(VotesMissingKey, id, strconv.Itoa(n)))
			}
		}
	}
	// The candidates' names may have been learnt after they were added.
	for i := range el.Candidate {
		c := &el.Candidate[i]
		id := strings.TrimPrefix(c.AtID, candidatePrefix)
		if n := names[id]; n != "" {
			c.BallotName = text("und", n)
		}
	}

	if precinctLevel {
		precOkrug := map[string]string{}
		for _, p := range e.Precincts {
			u := GpUnit{AtID: precinctPrefix + p.ID, AtType: "ElectionResults.ReportingUnit", Type: "precinct", Name: text("und", p.ID),
				ExternalIdentifier: []ExternalIdentifier{ext(OtherIDKey, "", p.ID)}}
			if i, ok := regionIdx[p.Region]; ok {
				units[i].ComposingGpUnitIds = append(units[i].ComposingGpUnitIds, u.AtID)
			}
			if i, ok := okrugIdx[p.Okrug]; ok {
				units[i].ComposingGpUnitIds = append(units[i].ComposingGpUnitIds, u.AtID)
			}
			precOkrug[p.ID] = p.Okrug
			units = append(units, u)
		}
		// A protocol of a precinct the definition lacks (a finding) still
		// has its GpUnit: no count refers to a unit that is not there.
		for _, p := range e.Protocols {
			if _, ok := precOkrug[p.Precinct]; !ok {
				precOkrug[p.Precinct] = ""
				units = append(units, GpUnit{AtID: precinctPrefix + p.Precinct, AtType: "ElectionResults.ReportingUnit", Type: "precinct",
					Name: text("und", p.Precinct), ExternalIdentifier: []ExternalIdentifier{ext(OtherIDKey, "", p.Precinct)}})
			}
		}
		for _, p := range e.Protocols {
			gp, dev := precinctPrefix+p.Precinct, manualDevice
			if p.Machine {
				dev = machineDevice
			}
			if inv, ok := p.Lines[election.Invalid]; ok {
				// The invalid ballots alone where the valid are not
				// given: what is given is written (leftOut says the rest).
				bc := BallotCounts{AtType: "ElectionResults.BallotCounts", GpUnitId: gp, Type: "total", OtherType: string(p.Ballot) + "-ballot",
					BallotsRejected: ptr(inv), DeviceClass: &DeviceClass{AtType: "ElectionResults.DeviceClass", Type: dev}}
				if valid, ok := p.Lines[election.Valid]; ok {
					bc.BallotsCast = ptr(inv + valid)
				}
				el.BallotCounts = append(el.BallotCounts, bc)
			}
			for _, ch := range sortedKeys(p.Votes) {
				n := p.Votes[ch]
				switch {
				case p.Ballot == election.ListBallot && ch == election.AgainstAll:
					if aaList >= 0 {
						s := &el.Contest[0].ContestSelection[aaList]
						s.VoteCounts = append(s.VoteCounts, vc(gp, "total", n, dev))
					}
				case p.Ballot == election.ListBallot:
					if i, ok := listSel[ch]; ok {
						s := &el.Contest[0].ContestSelection[i]
						s.VoteCounts = append(s.VoteCounts, vc(gp, "total", n, dev))
					}
				case ch == election.AgainstAll:
					if at, ok := okAgainst[precOkrug[p.Precinct]]; ok {
						s := &el.Contest[at.contest].ContestSelection[at.sel]
						s.VoteCounts = append(s.VoteCounts, vc(gp, "total", n, dev))
					}
				default:
					if at, ok := okSels[[2]string{precOkrug[p.Precinct], ch}]; ok {
						s := &el.Contest[at.contest].ContestSelection[at.sel]
						s.VoteCounts = append(s.VoteCounts, vc(gp, "total", n, dev))
					}
				}
			}
		}
	}
	rep.GpUnit = append([]GpUnit{country}, units...)
	rep.Election = []Election{el}
	return rep, nil
}

func sortedKeys(m map[string]int64) []string {
	k := make([]string, 0, len(m))
	for s := range m {
		k = append(k, s)
	}
	sort.Strings(k)
	return k
}

// reportIDs are the report's ExternalIdentifiers: what the Result says
// about itself that ERR has no field for.
func reportIDs(res *shailoo.Result, dateKnown bool) []ExternalIdentifier {
	ids := []ExternalIdentifier{ext(OtherIDKey, "", res.Election.ID), ext(RulesKey, res.Rules.Name, strings.TrimSpace(res.Rules.ID+" "+res.Rules.Version))}
	if res.Election.Provenance != "" {
		ids = append(ids, ext(ProvenanceKey, "", res.Election.Provenance))
	}
	if !dateKnown {
		ids = append(ids, ext("shailoo-date-unknown", "", "the election gives no date; StartDate and EndDate are a placeholder"))
	}
	for _, in := range res.Inputs {
		ids = append(ids, ext(InputKey, in.Name, in.SHA256))
	}
	t := res.Totals
	given := func(name string) bool { return !slices.Contains(t.NotEvaluated, name) }
	// A figure not evaluated has no identifier, as the turnout has none:
	// never a "0" that reads as a count.
	if given("threshold_base") {
		ids = append(ids, ext(ThresholdBaseKey, "", strconv.FormatInt(t.ThresholdBase, 10)))
	}
	if res.AgainstAll(t.Ballot) { // a ballot without "against all" has no such figure, not 0
		ids = append(ids, ext(AgainstAllVotesKey, "", strconv.FormatInt(t.AgainstAll, 10)))
	}
	if t.Turnout != "" { // not evaluated: no value, and an identifier needs one
		ids = append(ids, ext(TurnoutKey, "", t.Turnout))
	}
	if given("okrug_voters") {
		ids = append(ids, ext(OkrugVotersKey, "", strconv.FormatInt(t.OkrugVoters, 10)))
	}
	if given("okrug_participants") {
		ids = append(ids, ext(OkrugTurnoutKey, "", strconv.FormatInt(t.OkrugParticipants, 10)))
	}
	if res.Provisional || len(res.ProvisionalReasons) > 0 {
		ids = append(ids, ext(ProvisionalKey, "", "true"))
		for _, u := range res.ProvisionalReasons {
			ids = append(ids, ext(ProvisionalWhyKey, u.Kind, jsonText(u)))
		}
	}
	if res.NotCounted != "" {
		ids = append(ids, ext(NotCountedKey, "", res.NotCounted))
	}
	if res.LotSeed != "" {
		ids = append(ids, ext(LotSeedKey, "", res.LotSeed))
	}
	for _, tie := range res.Ties {
		ids = append(ids, ext(TieKey, tie.Context, jsonText(tie)))
	}
	f := res.Findings
	ids = append(ids, ext(FindingsKey, "", "errors="+strconv.Itoa(f.Errors())+" warnings="+strconv.Itoa(f.Warnings())))
	codes := map[string]int{}
	for _, x := range f.Findings {
		codes[string(x.Code)]++
	}
	for _, u := range f.Unlisted {
		codes[string(u.Code)] += u.Count
	}
	keys := make([]string, 0, len(codes))
	for k := range codes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ids = append(ids, ext(FindingCodeKey, k, strconv.Itoa(codes[k])))
	}
	return ids
}

// countryBallots is the country's BallotCounts: the ballots cast (the
// voters who took part) and those rejected (the invalid ballots), each
// where the count evaluates it; ok is false when it evaluates neither.
func countryBallots(t shailoo.Totals) (bc BallotCounts, ok bool) {
	bc = BallotCounts{AtType: "ElectionResults.BallotCounts", GpUnitId: CountryID, Type: "total"}
	if t.Participants > 0 && !slices.Contains(t.NotEvaluated, "participants") {
		bc.BallotsCast = ptr(t.Participants)
	}
	if !slices.Contains(t.NotEvaluated, "invalid") && (bc.BallotsCast != nil || t.Invalid > 0) {
		bc.BallotsRejected = ptr(t.Invalid)
	}
	return bc, bc.BallotsCast != nil || bc.BallotsRejected != nil
}

// leftOut says, for the report's Notes, what of the count's totals the
// report does not carry: the ballots cast where the voters who took part
// are not evaluated, and each protocol line summed that ERR's
// BallotCounts has no field for (ballots found, issued...), with its sum.
func leftOut(t shailoo.Totals) []string {
	var out []string
	if slices.Contains(t.NotEvaluated, "participants") {
		out = append(out, "Not in this report: the ballots cast (BallotsCast), as the voters who took part are not evaluated (counted protocols lack a line of them); the invalid ballots are written where given (BallotsRejected).")
	}
	var lines []string
	for _, ls := range [][]shailoo.LineTotal{t.Lines, t.OkrugLines} {
		for _, l := range ls {
			switch l.Line {
			case election.Voters, election.Invalid, election.Valid:
				continue // VotersRegistered, BallotsRejected, BallotsCast
			}
			if l.Given > 0 {
				lines = append(lines, fmt.Sprintf("%s %d (%d protocols)", l.Line, l.Sum, l.Given))
			}
		}
	}
	if len(lines) > 0 {
		out = append(out, "Not in this report (ERR's BallotCounts has no field for them): the protocol lines "+strings.Join(lines, ", ")+".")
	}
	return out
}
