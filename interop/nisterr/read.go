package nisterr

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

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
// is, every candidate contest read (ReadSummaryWith with no contest named).
func ReadSummary(r io.Reader, file string) (validate.Summary, error) {
	return ReadSummaryWith(r, file, ReadOptions{})
}

// ReadOptions say what a reader of a report is told beside the file.
type ReadOptions struct {
	// Contest, when not "", is the @id (or the shailoo-id) of the one
	// candidate contest compared: a report of several contests held in
	// one district (a state election's, each of its offices held in the
	// city) gives no way to tell which is the recount's okrug. The other
	// candidate contests are then not read, and the summary's notes name
	// them. A contest of no such ID is an error.
	Contest string
}

// ReadSummaryWith reads an ERR v2 ElectionReport as the published summary
// it is: the participants and voters of the election's scope (its
// VotersParticipated and VotersRegistered), the votes and seats of each
// selection of its party contest at the scope, and the votes and winner of
// each candidate contest at its district. A party's ID is its
// ExternalIdentifier "shailoo-id" when it has one, else its @id; the same
// for candidates and okrugs. A write-in selection (IsWriteIn, no
// candidate: how US reports publish the write-ins together) is read as
// the choice validate.WriteIn.
//
// A report of shailoo's own (its ExternalIdentifier shailoo-rules says
// so) gives a precinct's manual and machine counts as two counts of the
// same ballots, by DeviceClass: its manual count is read. Another
// publisher's counts by device class (scanner and hand count) or by vote
// type (early, election day, absentee) are parts of one total: where a
// selection has no undistinguished total at the place, its parts are
// summed, and the summary's notes say so; parts that could overlap (two
// of one device class, "absentee" beside "absentee-mail", a part "other")
// are an error naming their place, not a guess.
//
// The summary's provenance is the report's shailoo-provenance where it
// has one of official, preliminary or synthetic, else its Status:
// certified is official, unofficial-complete and unofficial-partial are
// preliminary; a note says which (docs/interop.md tabulates it).
//
// The file goes through the strict reader every JSON input goes through:
// a property the schema does not define, a value of the wrong type or a
// fractional vote count is an error naming file, line, column and path, as
// is anything the summary cannot be read from without guessing: more than
// one election or party contest, an ID that names nothing, two total
// counts of one selection at the scope, a count of a later round, two
// candidate contests in one district with none named (o.Contest).
// Properties the schema defines and this reader has no use for are
// accepted and ignored; what it does not compare is said in the summary's
// notes (validate.Summary.Notes), each verify's report shows: a ballot
// measure or retention contest, the candidate contests not named, the
// counts at GpUnits other than a contest's district (precincts, regions).
func ReadSummaryWith(r io.Reader, file string, o ReadOptions) (validate.Summary, error) {
	var rep Report
	doc, err := strictjson.Read(r, file, &rep, strictjson.Options{Wrap: ErrReport, Places: true})
	if err != nil {
		return validate.Summary{}, err
	}
	rd := reader{doc: doc, contest: o.Contest}
	s, err := rd.summary(&rep)
	if err != nil {
		return s, err
	}
	s.Format = validate.FormatNISTERR
	s.Notes = rd.notes()
	return s, nil
}

type reader struct {
	doc     *strictjson.Doc
	contest string // ReadOptions.Contest
	// own says that the report is shailoo's: its device classes are
	// parallel counts, not parts.
	own bool
	// What the summary's notes say: the provenance's source, the
	// contests not read, the counts not read and the totals summed.
	provenance    string
	notRead       []string // contests, by name
	notNamed      []string // candidate contests not named by ReadOptions.Contest
	otherUnits    map[string]bool
	summedDevices int
	summedTypes   int
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

// voteTypes are ERR's CountItemTypes that are parts of a selection's
// total: votes by how they were cast. "absentee" is the whole of the
// three "absentee-" types after it, so it is never summed beside them.
var voteTypes = []string{"absentee", "absentee-fwab", "absentee-in-person", "absentee-mail", "early", "election-day", "provisional", "uocava"}

// counted is the count of one type at gp, nil when the selection gives
// none: its undistinguished count (no DeviceClass) when there is one; in
// shailoo's own report, its manual count; in another's, the sum of its
// parts (ReadSummaryWith says which), or an error where they could
// overlap. Counts at other GpUnits are noted (notes) and not read.
func (rd *reader) counted(path string, vcs []VoteCounts, gp, typ string) (*int64, error) {
	var whole, manual *int64
	type part struct {
		at   string // path
		kind string // the DeviceClass or the vote type
		n    int64
	}
	var devices, types []part
	var unsure string // the path of a count that may be a part, or not
	for i, v := range vcs {
		p := strictjson.Index(strictjson.Join(path, "VoteCounts"), i)
		if err := rd.want(p, v.AtType, "ElectionResults.VoteCounts"); err != nil {
			return nil, err
		}
		if v.GpUnitId != gp {
			if typ == "total" && v.GpUnitId != "" {
				if rd.otherUnits == nil {
					rd.otherUnits = map[string]bool{}
				}
				rd.otherUnits[v.GpUnitId] = true
			}
			continue
		}
		isPart := typ == "total" && slices.Contains(voteTypes, v.Type)
		if v.Type != typ && !isPart {
			if typ == "total" && (v.Type == "other" || v.Type == "write-in") && unsure == "" {
				unsure = p
			}
			continue
		}
		if v.Round != nil && *v.Round != 1 {
			return nil, rd.errf(strictjson.Join(p, "Round"), "round %d: counts of a later round are not read (only round 1)", *v.Round)
		}
		n := v.Count
		switch {
		case isPart:
			types = append(types, part{p, v.Type, n})
		case v.DeviceClass == nil:
			if whole != nil {
				return nil, rd.errf(p, "a second %q count of this selection at %q: which one is published is not clear", typ, gp)
			}
			whole = &n
		case rd.own && v.DeviceClass.Type == manualDevice:
			if manual != nil {
				return nil, rd.errf(p, "a second %q count of this selection at %q: which one is published is not clear", typ, gp)
			}
			manual = &n
		case rd.own:
			// shailoo's machine count: the same ballots counted again.
		default:
			kind := v.DeviceClass.Type
			if v.DeviceClass.OtherType != "" {
				kind += " (" + v.DeviceClass.OtherType + ")"
			}
			devices = append(devices, part{p, kind, n})
		}
	}
	switch {
	case whole != nil:
		return whole, nil // its parts, if any, are its breakdown
	case rd.own:
		return manual, nil
	case len(devices) > 0 && len(types) > 0:
		return nil, rd.errf(types[0].at, "counts of this selection at %q by device class and by vote type, and no total: whether they are parts of one total is not clear", gp)
	case (len(devices) > 0 || len(types) > 0) && unsure != "":
		return nil, rd.errf(unsure, "a count of Type other or write-in beside counts in parts at %q, and no total: whether it is one of the parts is not clear", gp)
	}
	parts, by := devices, &rd.summedDevices
	if len(types) > 0 {
		parts, by = types, &rd.summedTypes
	}
	if len(parts) == 0 {
		return nil, nil
	}
	var sum int64
	for i, x := range parts {
		for _, y := range parts[:i] {
			if x.kind == y.kind || strings.HasPrefix(x.kind, "absentee-") && y.kind == "absentee" || strings.HasPrefix(y.kind, "absentee-") && x.kind == "absentee" {
				return nil, rd.errf(x.at, "counts %q and %q of this selection at %q, and no total: whether both are parts of it is not clear", y.kind, x.kind, gp)
			}
		}
		if (x.n > 0 && sum > math.MaxInt64-x.n) || (x.n < 0 && sum < math.MinInt64-x.n) {
			return nil, rd.errf(x.at, "the sum of the parts of this selection's count at %q overflows int64", gp)
		}
		sum += x.n
	}
	*by++
	return &sum, nil
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
	rd.own = extValue(rep.ExternalIdentifier, RulesKey) != ""
	rd.readProvenance(&s, rep, el)
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
	contests, err := rd.candidateContests(ep, el.Contest, units)
	if err != nil {
		return s, err
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
			if !contests[i] {
				continue
			}
			if err := rd.candidateContest(&s, cp, c, units, cands); err != nil {
				return s, err
			}
		case "ElectionResults.BallotMeasureContest", "ElectionResults.RetentionContest":
			// A question put to the voters, or a judge's retention: no
			// okrug and no list of a recount; named in the notes.
			rd.notRead = append(rd.notRead, contestName(c))
		default:
			return s, rd.want(cp, c.AtType, "ElectionResults.PartyContest", "ElectionResults.CandidateContest", "ElectionResults.BallotMeasureContest", "ElectionResults.RetentionContest")
		}
	}
	return s, nil
}

// contestName names a contest for a note: its Name and its @id.
func contestName(c Contest) string {
	if c.Name == "" || c.Name == c.AtID {
		return "«" + c.AtID + "»"
	}
	return "«" + c.Name + "» (" + c.AtID + ")"
}

// candidateContests says, by index in cs, which candidate contests are
// read: the one ReadOptions.Contest names, else all of them, where no two
// are held in one district (read as one okrug: which of them is the
// recount's is not clear, and an error says so, naming them and the
// option). The contests not read are noted.
func (rd *reader) candidateContests(ep string, cs []Contest, units map[string]GpUnit) (map[int]bool, error) {
	read := map[int]bool{}
	named := false
	byOkrug := map[string][]int{}
	for i, c := range cs {
		if c.AtType != "ElectionResults.CandidateContest" {
			continue
		}
		if rd.contest != "" {
			if c.AtID == rd.contest || ownID(c.AtID, c.ExternalIdentifier) == rd.contest {
				read[i], named = true, true
			} else {
				rd.notNamed = append(rd.notNamed, contestName(c))
			}
			continue
		}
		read[i] = true
		if u, ok := units[c.ElectionDistrictId]; ok {
			id := ownID(u.AtID, u.ExternalIdentifier)
			byOkrug[id] = append(byOkrug[id], i)
		}
	}
	if rd.contest != "" && !named {
		return nil, rd.errf(strictjson.Join(ep, "Contest"), "no candidate contest has the @id %q (the contest named to compare)", rd.contest)
	}
	for _, id := range slices.Sorted(maps.Keys(byOkrug)) {
		if is := byOkrug[id]; len(is) > 1 {
			names := make([]string, len(is))
			for k, i := range is {
				names[k] = contestName(cs[i])
			}
			return nil, rd.errf(strictjson.Join(strictjson.Index(strictjson.Join(ep, "Contest"), is[1]), "ElectionDistrictId"),
				"%d candidate contests are held in district %q: %s; which one the recount's okrug is, is not clear: name it by its @id (shailoo verify --contest ID)",
				len(is), id, strings.Join(names, ", "))
		}
	}
	return read, nil
}

// readProvenance sets the summary's provenance: the report's own
// shailoo-provenance (shailoo's reports write it), when it is one a
// summary may have, else the report's Status, as docs/interop.md maps it;
// rd.provenance says which, for a note.
func (rd *reader) readProvenance(s *validate.Summary, rep *Report, el Election) {
	own := cmp.Or(extValue(el.ExternalIdentifier, ProvenanceKey), extValue(rep.ExternalIdentifier, ProvenanceKey))
	switch p := election.Provenance(own); p {
	case election.Official, election.Preliminary, election.Synthetic:
		s.Provenance, rd.provenance = p, NoteProvenanceOwn+own
		return
	}
	switch rep.Status {
	case "certified":
		s.Provenance = election.Official
	case "unofficial-complete", "unofficial-partial":
		s.Provenance = election.Preliminary
	}
	s.Status = rep.Status
	if s.Provenance != "" {
		rd.provenance = NoteProvenanceStatus + rep.Status
	}
}

// notes are what the summary's notes say of how the report was read
// (validate.Summary.Notes): fixed sentences and the IDs or counts after
// them, said in each language by the "ne:" keys of the words.
func (rd *reader) notes() []string {
	var out []string
	if rd.provenance != "" {
		out = append(out, rd.provenance)
	}
	if len(rd.notRead) > 0 {
		out = append(out, NoteNotRead+strings.Join(rd.notRead, ", "))
	}
	if len(rd.notNamed) > 0 {
		out = append(out, NoteNotNamed+strings.Join(rd.notNamed, ", "))
	}
	if n := len(rd.otherUnits); n > 0 {
		out = append(out, NoteOtherUnits+strconv.Itoa(n))
	}
	if rd.summedDevices > 0 {
		out = append(out, NoteSummedDevices+strconv.Itoa(rd.summedDevices))
	}
	if rd.summedTypes > 0 {
		out = append(out, NoteSummedTypes+strconv.Itoa(rd.summedTypes))
	}
	return out
}

// The notes of a summary read from a report (validate.Summary.Notes):
// each a fixed sentence, the words' "ne:" key of the same text, and what
// follows it.
const (
	NoteProvenanceOwn    = "where the report's figures come from is read from its shailoo-provenance: "
	NoteProvenanceStatus = "where the report's figures come from is read from its Status (certified: official; unofficial-complete, unofficial-partial: preliminary): "
	NoteNotRead          = "contests verify does not compare (ballot measures, retentions), not read: "
	NoteNotNamed         = "candidate contests not compared (the contest compared is the one named): "
	NoteOtherUnits       = "counts at GpUnits other than a contest's district (precincts, regions) are not read: verify compares a contest's totals at its district; for a report of precinct counts alone, give its precinct rows to shailoo count as a protocols file, or add the totals; such GpUnits: "
	NoteSummedDevices    = "counts given in parts by device class (scanner, hand count) and no total, read as the sum of their parts: "
	NoteSummedTypes      = "counts given in parts by vote type (early, election day, absentee...) and no total, read as the sum of their parts: "
)

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
		if sel.IsWriteIn != nil && *sel.IsWriteIn && len(sel.CandidateIds) == 0 {
			// The write-ins together, no candidate: compared with the
			// recount's choice of that ID, or said not compared.
			vote(validate.WriteIn)
			continue
		}
		if len(sel.CandidateIds) != 1 {
			return rd.errf(strictjson.Join(sp, "CandidateIds"), "want one candidate, got %d (a selection of no candidate is read only as the contest's %s or as its write-ins, IsWriteIn true)", len(sel.CandidateIds), AgainstAllKey)
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

// ErrContestNotReport is returned by ReadPublished for a contest named
// (ReadOptions.Contest) with a summary that is not an ERR report.
var ErrContestNotReport = errors.New("a contest to compare is named, but the published summary is not an ERR report (only a report's contests are named)")

// ReadPublished reads a published summary, as verify does on the command
// line and on the page: an ERR v2 report (IsReport) as ReadSummaryWith
// reads it, any other file as shailoo's own summary
// (validate.ReadSummary).
func ReadPublished(data []byte, file string, o ReadOptions) (validate.Summary, error) {
	if IsReport(data) {
		return ReadSummaryWith(bytes.NewReader(data), file, o)
	}
	if o.Contest != "" {
		return validate.Summary{}, fmt.Errorf("%s: %w", file, ErrContestNotReport)
	}
	return validate.ReadSummary(bytes.NewReader(data), file)
}
