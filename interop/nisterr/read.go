package nisterr

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/strictjson"
	"github.com/shailoo/shailoo/validate"
)

// ErrReport is wrapped by every error ReadSummary returns.
var ErrReport = errors.New("invalid ERR election report")

// IsReport reports whether data is a JSON object whose "@type" is
// "ElectionResults.ElectionReport": an ERR v2 report rather than shailoo's
// own summary (which has no "@type").
func IsReport(data []byte) bool {
	var head struct {
		Type string `json:"@type"`
	}
	data = strictjson.TrimBOM(bytes.TrimSpace(data))
	if len(data) == 0 || data[0] != '{' {
		return false
	}
	// Errors are left to the strict reader that reads the file next.
	_ = json.Unmarshal(data, &head)
	return head.Type == "ElectionResults.ElectionReport"
}

// ReadSummary reads an ERR v2 ElectionReport as the published summary it
// is: the participants and voters of the election's scope (its
// VotersParticipated and VotersRegistered), the votes and seats of each
// selection of its party contest at the scope, and the winner of each
// candidate contest. A party's ID is its ExternalIdentifier "shailoo-id"
// when it has one, else its @id; the same for candidates and okrugs.
//
// The file goes through the strict reader every JSON input goes through:
// a property the schema does not define, a value of the wrong type or a
// fractional vote count is an error naming file, line, column and path, as
// is anything the summary cannot be read from without guessing: more than
// one election or party contest, an ID that names nothing, two total
// counts of one selection at the scope, a count of a later round.
// Properties the schema defines and this reader has no use for are
// accepted and ignored; so are the counts of other GpUnits (regions,
// precincts) and the machine counts (a DeviceClass other than
// manual-count).
func ReadSummary(r io.Reader, file string) (validate.Summary, error) {
	var rep Report
	doc, err := strictjson.Read(r, file, &rep, strictjson.Options{Wrap: ErrReport, Places: true})
	if err != nil {
		return validate.Summary{}, err
	}
	rd := reader{doc: doc}
	return rd.summary(&rep)
}

type reader struct {
	doc *strictjson.Doc
}

func (rd *reader) errf(path, format string, a ...any) error {
	return rd.doc.Errorf(path, strictjson.ErrBadValue, format, a...)
}

// ownID is the ID in shailoo of an object: its ExternalIdentifier
// "shailoo-id", else its ERR @id.
func ownID(atID string, ids []ExternalIdentifier) string {
	for _, x := range ids {
		if x.Type == "other" && x.OtherType == OtherIDKey && x.Value != "" {
			return x.Value
		}
	}
	return atID
}

func extValue(ids []ExternalIdentifier, key string) string {
	for _, x := range ids {
		if x.Type == "other" && x.OtherType == key {
			return x.Value
		}
	}
	return ""
}

func (rd *reader) want(path, got string, types ...string) error {
	for _, t := range types {
		if got == t {
			return nil
		}
	}
	return rd.errf(strictjson.Join(path, "@type"), "want %q, got %q", types[0], got)
}

// counted is the manual (or undistinguished) count of one type at gp, nil
// when the selection gives none.
func (rd *reader) counted(path string, vcs []VoteCounts, gp, typ string) (*int64, error) {
	var got *int64
	for i, v := range vcs {
		p := strictjson.Index(strictjson.Join(path, "VoteCounts"), i)
		if err := rd.want(p, v.AtType, "ElectionResults.VoteCounts"); err != nil {
			return nil, err
		}
		if v.GpUnitId != gp || v.Type != typ {
			continue
		}
		if v.DeviceClass != nil && v.DeviceClass.Type != manualDevice {
			continue
		}
		if v.Round != nil && *v.Round != 1 {
			return nil, rd.errf(strictjson.Join(p, "Round"), "round %d: counts of a later round are not read (only round 1)", *v.Round)
		}
		if got != nil {
			return nil, rd.errf(p, "a second %q count of this selection at %q: which one is published is not clear", typ, gp)
		}
		n := v.Count
		got = &n
	}
	return got, nil
}

func (rd *reader) summary(rep *Report) (validate.Summary, error) {
	var s validate.Summary
	if err := rd.want("", rep.AtType, "ElectionResults.ElectionReport"); err != nil {
		return s, err
	}
	if len(rep.Election) != 1 {
		return s, rd.errf("Election", "want one election, got %d", len(rep.Election))
	}
	el := rep.Election[0]
	const ep = "Election[0]"
	if err := rd.want(ep, el.AtType, "ElectionResults.Election"); err != nil {
		return s, err
	}
	s.Source = rep.Issuer
	s.Election = ownID("", el.ExternalIdentifier)
	units := map[string]GpUnit{}
	for i, u := range rep.GpUnit {
		p := strictjson.Index("GpUnit", i)
		if err := rd.want(p, u.AtType, "ElectionResults.ReportingUnit", "ElectionResults.ReportingDevice"); err != nil {
			return s, err
		}
		if _, dup := units[u.AtID]; dup {
			return s, rd.errf(strictjson.Join(p, "@id"), "@id %q is given twice", u.AtID)
		}
		units[u.AtID] = u
	}
	scope, ok := units[el.ElectionScopeId]
	if !ok {
		return s, rd.errf(strictjson.Join(ep, "ElectionScopeId"), "%q names no GpUnit", el.ElectionScopeId)
	}
	s.Participants, s.Voters = scope.VotersParticipated, scope.VotersRegistered
	parties := map[string]Party{}
	for i, p := range rep.Party {
		path := strictjson.Index("Party", i)
		if err := rd.want(path, p.AtType, "ElectionResults.Party", "ElectionResults.Coalition"); err != nil {
			return s, err
		}
		parties[p.AtID] = p
	}
	cands := map[string]Candidate{}
	for i, c := range el.Candidate {
		if err := rd.want(strictjson.Index(strictjson.Join(ep, "Candidate"), i), c.AtType, "ElectionResults.Candidate"); err != nil {
			return s, err
		}
		cands[c.AtID] = c
	}
	partyContests := 0
	for i, c := range el.Contest {
		cp := strictjson.Index(strictjson.Join(ep, "Contest"), i)
		switch c.AtType {
		case "ElectionResults.PartyContest":
			if partyContests++; partyContests > 1 {
				return s, rd.errf(cp, "a second party contest: which one is the list ballot is not clear")
			}
			if err := rd.partyContest(&s, cp, c, el.ElectionScopeId, parties); err != nil {
				return s, err
			}
		case "ElectionResults.CandidateContest":
			if err := rd.candidateContest(&s, cp, c, units, cands); err != nil {
				return s, err
			}
		default:
			return s, rd.want(cp, c.AtType, "ElectionResults.PartyContest", "ElectionResults.CandidateContest")
		}
	}
	return s, nil
}

func (rd *reader) partyContest(s *validate.Summary, cp string, c Contest, scope string, parties map[string]Party) error {
	if c.ElectionDistrictId != scope {
		return rd.errf(strictjson.Join(cp, "ElectionDistrictId"), "the party contest is held in %q, not in the election's scope %q", c.ElectionDistrictId, scope)
	}
	against := extValue(c.ExternalIdentifier, AgainstAllKey)
	missing, err := rd.votesMissing(cp, c.ExternalIdentifier)
	if err != nil {
		return err
	}
	for j, sel := range c.ContestSelection {
		sp := strictjson.Index(strictjson.Join(cp, "ContestSelection"), j)
		var id string
		switch {
		case sel.AtType == "ElectionResults.PartySelection":
			if len(sel.PartyIds) != 1 {
				return rd.errf(strictjson.Join(sp, "PartyIds"), "want one party, got %d", len(sel.PartyIds))
			}
			p, ok := parties[sel.PartyIds[0]]
			if !ok {
				return rd.errf(strictjson.Join(sp, "PartyIds"), "%q names no party", sel.PartyIds[0])
			}
			id = ownID(p.AtID, p.ExternalIdentifier)
		case sel.AtType == "ElectionResults.CandidateSelection" && against != "" && sel.AtID == against:
			id = election.AgainstAll
		default:
			return rd.errf(strictjson.Join(sp, "@type"), "a %s in the party contest that is not its \"against all\" (%s)", sel.AtType, AgainstAllKey)
		}
		votes, err := rd.counted(sp, sel.VoteCounts, scope, "total")
		if err != nil {
			return err
		}
		pl := validate.PublishedList{ID: id, Votes: votes, VotesMissing: missing[id]}
		seats, err := rd.counted(sp, sel.VoteCounts, scope, "seats")
		if err != nil {
			return err
		}
		if seats != nil {
			if *seats < 0 || *seats > 1<<31-1 {
				return rd.errf(sp, "seats %d out of range", *seats)
			}
			n := int(*seats)
			pl.Seats = &n
		}
		s.Lists = append(s.Lists, pl)
	}
	return nil
}

func (rd *reader) candidateContest(s *validate.Summary, cp string, c Contest, units map[string]GpUnit, cands map[string]Candidate) error {
	u, ok := units[c.ElectionDistrictId]
	if !ok {
		return rd.errf(strictjson.Join(cp, "ElectionDistrictId"), "%q names no GpUnit", c.ElectionDistrictId)
	}
	po := validate.PublishedOkrug{ID: ownID(u.AtID, u.ExternalIdentifier), Outcome: extValue(c.ExternalIdentifier, OutcomeKey)}
	missing, err := rd.votesMissing(cp, c.ExternalIdentifier)
	if err != nil {
		return err
	}
	if len(missing) > 0 {
		po.VotesMissing = missing
	}
	against := extValue(c.ExternalIdentifier, AgainstAllKey)
	// A district of several seats has several winners, none of them the
	// okrug's one winner (as in the recount: its deputies are Elected).
	elect, winners := 1, 0
	if c.NumberElected != nil && *c.NumberElected > 1 {
		elect = *c.NumberElected
	}
	for j, sel := range c.ContestSelection {
		sp := strictjson.Index(strictjson.Join(cp, "ContestSelection"), j)
		if err := rd.want(sp, sel.AtType, "ElectionResults.CandidateSelection"); err != nil {
			return err
		}
		// The votes as published, when they are: verify compares them.
		total, err := rd.counted(sp, sel.VoteCounts, c.ElectionDistrictId, "total")
		if err != nil {
			return err
		}
		vote := func(id string) {
			if total != nil {
				if po.Votes == nil {
					po.Votes = map[string]int64{}
				}
				po.Votes[id] = *total
			}
		}
		if sel.AtID == against && against != "" {
			vote(election.AgainstAll)
			continue
		}
		if len(sel.CandidateIds) != 1 {
			return rd.errf(strictjson.Join(sp, "CandidateIds"), "want one candidate, got %d", len(sel.CandidateIds))
		}
		cand, ok := cands[sel.CandidateIds[0]]
		if !ok {
			return rd.errf(strictjson.Join(sp, "CandidateIds"), "%q names no candidate", sel.CandidateIds[0])
		}
		vote(ownID(cand.AtID, cand.ExternalIdentifier))
		seats, err := rd.counted(sp, sel.VoteCounts, c.ElectionDistrictId, "seats")
		if err != nil {
			return err
		}
		// The seats count says who won this contest; the candidate's status
		// only when there is none (a list deputy is a "winner" too).
		won := cand.PostElectionStatus == "winner"
		if seats != nil {
			won = *seats > 0
		}
		if won {
			winners++
			if winners > elect {
				return rd.errf(sp, "winner %d in a contest of %d seats (NumberElected)", winners, elect)
			}
			if elect == 1 {
				po.Winner = ownID(cand.AtID, cand.ExternalIdentifier)
			} else {
				// A district of several seats: its deputies, compared
				// with the recount's in any order (S308).
				po.Winners = append(po.Winners, ownID(cand.AtID, cand.ExternalIdentifier))
			}
		}
	}
	if po.Winner != "" && po.Outcome == "" {
		po.Outcome = "elected"
	}
	s.Okrugs = append(s.Okrugs, po)
	return nil
}

// votesMissing reads a contest's shailoo-votes-missing identifiers: per
// choice (its Label), how many counted protocols the report says do not
// give its votes, whose total is then a partial sum. A Value that is not
// a whole number above 0 is an error naming its place.
func (rd *reader) votesMissing(cp string, ids []ExternalIdentifier) (map[string]int, error) {
	var m map[string]int
	for i, x := range ids {
		if x.Type != "other" || x.OtherType != VotesMissingKey {
			continue
		}
		n, err := strconv.Atoi(x.Value)
		if err != nil || n <= 0 {
			return nil, rd.errf(strictjson.Join(strictjson.Index(strictjson.Join(cp, "ExternalIdentifier"), i), "Value"), "%s of %q: %q is not a number of protocols above 0", VotesMissingKey, x.Label, x.Value)
		}
		if m == nil {
			m = map[string]int{}
		}
		m[x.Label] = n
	}
	return m, nil
}
