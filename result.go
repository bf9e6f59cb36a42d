package shailoo

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/irv"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/threshold"
	"github.com/shailoo/shailoo/validate"
)

// Version is the library version written into every Result.
const Version = "0.1.0"

// Result is everything Count decided and why. Its JSON form is stable and
// byte-identical for the same inputs on every platform.
type Result struct {
	Library  string   `json:"library"`
	Rules    Rules    `json:"rules"`
	Election Election `json:"election"`
	Inputs   []Input  `json:"inputs"`
	Totals   Totals   `json:"totals"`
	Lists    []List   `json:"lists"`
	// Constituencies, under list.constituency "region", is the
	// apportionment of each constituency's list seats, in the order of the
	// election's regions; a list's Seats is the sum of its seats there.
	Constituencies []Constituency `json:"constituencies,omitempty"`
	Okrugs         []Okrug        `json:"okrugs"`
	// OkrugRegions, for one contest on the okrug ballot (an election of
	// a single okrug, a president's) whose election defines regions, is
	// that contest's votes in each region, in the order of the
	// election's regions: the figures a commission publishes per region
	// (county, province). Nil otherwise: an okrug inside one region has
	// them in Okrugs already.
	OkrugRegions []RegionVotes `json:"okrug_regions,omitempty"`
	// OkrugOutside, beside OkrugRegions, is that contest's votes counted
	// in the nation's figures but in no region: the protocols of precincts
	// abroad (okrug.abroad "counted": Kenya's Diaspora) and of precincts
	// of no region of the election. Nil when every protocol of the
	// contest is in a region.
	OkrugOutside *OutsideVotes `json:"okrug_outside,omitempty"`
	// ListRegions is the list ballot's votes in each region of the
	// election (given, or learnt from the files' region cells), in the
	// order of the election's regions (of their IDs where they were
	// learnt: the rows' order says nothing): each list's, the blank votes',
	// and "against all"'s where the ballot has it; a referendum's or a
	// party vote's results per region (a UK counting area's region). A
	// choice no counted protocol of a region gives has no figure there,
	// never 0; VotesMissing says which sums are partial. The protocols
	// cast abroad, and those of no region, are in no entry: the regions'
	// sums may be less than the nation's. Nil without regions, or
	// without a list protocol counted.
	ListRegions []RegionVotes `json:"list_regions,omitempty"`
	Seats       SeatTally     `json:"seats"`
	// OkrugSeatsByChoice counts the okrug seats by the winner's choice ID
	// when the okrugs are learnt from files whose IDs are parties' (one
	// ID stands in several okrugs: a column per party, or each okrug's own
	// person; okrugSeatsByChoice); nil otherwise.
	OkrugSeatsByChoice []ChoiceSeats `json:"okrug_seats_by_choice,omitempty"`
	// ListPrice, under a divisor method, is the price of a list seat: the
	// quotient of the last seat given and of the first not given, which
	// say how the last seats were decided as a quota says it under a
	// largest-remainder method. Nil otherwise, and when a tie awaits lots.
	ListPrice *seats.Price `json:"list_seat_price,omitempty"`
	// Ties lists every seat the votes alone did not decide: each tie met
	// (settled by a rule the rule set names, by lots given as input, drawn
	// from LotSeed, or awaiting lots: then the seats concerned are not
	// filled), "against all" level with an okrug's leader, and a list
	// whose preference votes were not evaluated. Sorted by context, then
	// in the order met.
	Ties []Tie `json:"ties,omitempty"`
	// LotSeed is Options.LotSeed, the public seed lots were drawn from
	// (disclosed whether or not a tie needed it).
	LotSeed string `json:"lot_seed,omitempty"`
	// Annulled are the annulments the count was made without
	// (Options.Annul): its figures are recomputed, not the published ones,
	// whatever the provenance of the data they come from.
	Annulled []Annulment `json:"annulled,omitempty"`
	// NotCounted, when set, says why no seat could be decided: the
	// election is ambiguous (a precinct defined twice, a protocol of an
	// unknown ballot). The findings say where; Lists and Okrugs are empty.
	NotCounted string `json:"not_counted,omitempty"`
	// Provisional says that the Result rests on something not evaluated
	// (a threshold, an okrug, protocols that are missing): seats were
	// decided, or left unfilled, on data that is not all there.
	// ProvisionalReasons says what, and what rests on it.
	Provisional        bool          `json:"provisional,omitempty"`
	ProvisionalReasons []Unevaluated `json:"provisional_reasons,omitempty"`
	// RelationErrors, when set, says that counted protocols break control
	// relations of the protocol form (their findings are errors of P1xx
	// or of a relation the rule set declares): the seats are computed
	// from their figures as given. That is no "provisional" result, which
	// rests on data not there: these figures are there, and wrong.
	RelationErrors *RelationErrors `json:"relation_errors,omitempty"`
	// RelationsUnchecked, when set, says that no control relation of the
	// protocol form could be checked: the counted protocols give no line
	// of the form (voters on the list, valid and invalid ballots...),
	// only the choices' votes, as a file whose mapping maps its votes
	// alone (a first draft's), or lines with which no relation can be
	// evaluated (the invalid ballots alone). Every relation is not
	// evaluated (the findings' NotEvaluated say so, one by one). The
	// seats rest on the votes, which are there: that is no provisional
	// result, but nothing checks those votes against the ballots, and
	// the reports say so at their head, with the fix (the lines to map).
	RelationsUnchecked *RelationsUnchecked `json:"relations_unchecked,omitempty"`
	// Notes says what was not evaluated or assumed, in plain English.
	Notes    []string        `json:"notes,omitempty"`
	Findings validate.Report `json:"findings"`
	Steps    []election.Step `json:"steps"`
	// Reporting, when set, says the Result is partial: some precinct the
	// election defines has not reported (a manual-count protocol it owes
	// is not counted). It says how many have, and how many protocols of
	// each ballot are counted and missing; the missing protocols are
	// counted there, and the first few of each ballot are listed as
	// findings (validate.MissingListProtocol, MissingOkrugProtocol), the
	// others counted in Findings.Unlisted. Seats decided on a partial
	// count are provisional (ProvisionalReasons says which).
	Reporting *Reporting `json:"reporting,omitempty"`
	// Corrections lists the protocols a Tally replaced or withdrew after
	// counting them, in order, with the figures each changed.
	Corrections []Correction `json:"corrections,omitempty"`
}

// Partial says whether res is the count of some precincts only (see
// Result.Reporting).
func (res *Result) Partial() bool {
	return res != nil && res.Reporting != nil && res.Reporting.Partial()
}

// AgainstAll says whether "against all" is a choice of ballot b in res:
// unless the definition counted (Election.Ballots: given, or inferred from
// a mapping that maps no such column) or the rule set's form says the
// ballot has none, and none was counted. A summary or a table of such a
// ballot does not list it.
func (res *Result) AgainstAll(b election.BallotKind) bool {
	if res == nil {
		return false
	}
	if b == election.OkrugBallot {
		for _, o := range res.Okrugs {
			if o.AgainstAll != 0 {
				return true
			}
		}
	} else if res.Totals.AgainstAll != 0 {
		return true
	}
	def := election.Election{Ballots: res.Election.Ballots}
	return def.HasAgainstAll(b) && res.Rules.Protocol.AgainstAllOn(b)
}

// Tie is a seat (or seats) that the votes alone did not decide, and how it
// was settled.
type Tie struct {
	// Context is where it was met, and the key of Options.Lots that
	// settles it: "list" for the list seats, "list@<region ID>" for those
	// of a constituency (list.constituency "region"), "list/<party ID>"
	// inside a list, "okrug/<okrug ID>" in an okrug.
	Context string `json:"context"`
	// Stage is the step of the count: "largest_remainder" or
	// "highest_quotient" (list seats), "women_quota" or "preference"
	// (inside a list), "plurality" (candidates tied for first) or
	// "against_all" ("against all" level with the leader).
	Stage string   `json:"stage"`
	Tied  []string `json:"tied"`
	// Names gives the names the definition gives the tied (the lists, or
	// the candidates of the list or the okrug of Context), by ID, where a
	// name is not the ID: the tied are named by ID, which lots are given
	// by, and a tie for first leaves no winner or leader named in the
	// tables.
	Names map[string]string `json:"names,omitempty"`
	Seats int               `json:"seats"`
	// Value is the tied figure: a remainder, quotient or vote count, or
	// "not_evaluated" for candidates whose preference votes no protocol
	// gives.
	Value string `json:"value"`
	// SettledBy is how: a rule the rule set names ("registration_order",
	// "ballot_order", "list_position", "against_all_tie"), "lots" (lots
	// given as input), "lot_seed" (drawn from Seed), or "" while the tie
	// awaits lots.
	SettledBy string `json:"settled_by"`
	// Order is the tied set in the order the rule or the lots gave;
	// Winners, its first Seats, took the seats.
	Order   []string `json:"order,omitempty"`
	Winners []string `json:"winners,omitempty"`
	// Seed is the string the lots were drawn from under "lot_seed":
	// seats.DrawLots(Seed, tied), Seed being LotSeed + "/" + Context.
	Seed string `json:"seed,omitempty"`
}

// The SettledBy of a tie whose lots were drawn from Options.LotSeed.
const SettledByLotSeed = "lot_seed"

// Awaiting reports whether t waits for lots: its seats are not filled.
func (t Tie) Awaiting() bool { return t.SettledBy == "" }

// AwaitingLots reports whether a tie of res waits for lots.
func (res *Result) AwaitingLots() bool {
	if res == nil {
		return false
	}
	for _, t := range res.Ties {
		if t.Awaiting() {
			return true
		}
	}
	return false
}

// Election names the election counted.
type Election struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Date string `json:"date,omitempty"`
	// Provenance says where the figures counted come from: the
	// definition's provenance, else its protocols files' (Input), else
	// ProvenanceNotGiven; never empty in a count's Result.
	Provenance string `json:"provenance,omitempty"`
	// Ballots is the form of the ballots the definition counted gives:
	// whether each has "against all" (Result.AgainstAll).
	Ballots election.Ballots `json:"ballots,omitzero"`
}

// Input is one input of the count and its SHA-256 (hex). Count hashes the
// canonical JSON of the election it is given ("election") and of the rule
// set ("rules"); callers add the files they read. CountCSV hashes the
// definition it is given as "election" and each CSV file's bytes.
//
// A protocols CSV file's input says its provenance as its mapping gives
// it (ingest.Mapping.Provenance and Source), or ProvenanceNotGiven; the
// other inputs (the definition, the rule set) have none of their own.
type Input struct {
	Name       string `json:"name"`
	SHA256     string `json:"sha256"`
	Provenance string `json:"provenance,omitempty"`
	Source     string `json:"source,omitempty"`
}

// ProvenanceNotGiven is the provenance of figures whose source says none
// (Election.Provenance, Input.Provenance): a definition that gives no
// provenance, a protocols file whose mapping gives none. Said, so that no
// figure is taken for official for want of a word.
const ProvenanceNotGiven = "not_given"

// provenanceOf is the provenance of a count of a definition whose
// provenance is def, with inputs: def when it is given; else that of the
// protocols files counted (the inputs with a provenance), one word when
// they agree, each file's when they do not ("a.csv: official; b.csv:
// not_given"); else ProvenanceNotGiven.
func provenanceOf(def string, inputs []Input) string {
	if def != "" {
		return def
	}
	var files []Input
	for _, in := range inputs {
		if in.Provenance != "" {
			files = append(files, in)
		}
	}
	if len(files) == 0 {
		return ProvenanceNotGiven
	}
	same := true
	for _, f := range files[1:] {
		same = same && f.Provenance == files[0].Provenance
	}
	if same {
		return files[0].Provenance
	}
	each := make([]string, len(files))
	for i, f := range files {
		each[i] = f.Name + ": " + f.Provenance
	}
	return strings.Join(each, "; ")
}

// Totals are the national totals of the list ballot (the base of the
// thresholds) and of the okrug ballot. ThresholdBase is 0 when it is not
// evaluated (counted protocols lack a line it is made of: finding
// validate.BaseLineMissing; or, a base of votes, the votes of a choice it
// sums: finding validate.MissingVotes); so are Participants and Turnout ("") when the
// line lacking is invalid or valid. A base summed without those protocols
// is never given.
type Totals struct {
	Precincts         int   `json:"precincts"`
	Protocols         int   `json:"protocols"`
	Voters            int64 `json:"voters"`
	Participants      int64 `json:"participants"`
	Valid             int64 `json:"valid"`
	Invalid           int64 `json:"invalid"`
	AgainstAll        int64 `json:"against_all"`
	ThresholdBase     int64 `json:"threshold_base"`
	OkrugVoters       int64 `json:"okrug_voters"`
	OkrugParticipants int64 `json:"okrug_participants"`
	// Ballot is the ballot whose protocols Voters, Participants, Valid,
	// Invalid and AgainstAll sum: "" for the list ballot, "okrug" for an
	// election of districts alone (a rule set without a list tier and no
	// list protocol).
	Ballot election.BallotKind `json:"ballot,omitempty"`
	// Turnout is Participants/Voters in percent, rounded as published;
	// "" when either is not evaluated.
	Turnout string `json:"turnout"`
	// VotersNotEvaluated is the number of counted protocols of Ballot
	// that lack the line voters. When it is not 0, Voters is not evaluated
	// (given as 0) and Turnout is "": a sum without those protocols would
	// be too small, and the turnout over it too high.
	VotersNotEvaluated int `json:"voters_not_evaluated,omitempty"`
	// OkrugVotersNotEvaluated is the same for OkrugVoters and the okrug
	// protocols.
	OkrugVotersNotEvaluated int `json:"okrug_voters_not_evaluated,omitempty"`
	// NotEvaluated names the figures above given as 0 (or "") because
	// they are not evaluated, by their JSON names ("participants",
	// "invalid", "turnout"...): counted protocols lack a line they are
	// made of (findings say which), or none of their ballot was counted.
	// A 0 not named here is a count of 0.
	NotEvaluated []string `json:"not_evaluated,omitempty"`
	// Lines gives every line of the protocol form (the rule set's lines,
	// then those it adds), in form order, summed over the counted
	// manual-count protocols of Ballot: the ballots found, issued and
	// the rule set's own lines too, not only those the figures above are
	// made of. OkrugLines is the same for the okrug ballot when Ballot is
	// the list ballot. Nil when no protocol of the ballot is counted.
	Lines      []LineTotal `json:"lines,omitempty"`
	OkrugLines []LineTotal `json:"okrug_lines,omitempty"`

	// noAgainstAll says that the ballot of the totals has no "against
	// all" (Result.AgainstAll): its JSON has no against_all, as an
	// okrug's has none.
	noAgainstAll bool
}

// LineTotal is one line of the form summed over the counted protocols of
// a ballot. Sum adds the protocols that give the line (Given); Missing
// counts those that do not: Sum is then a partial sum, a lower bound and
// never the figure, and with Given 0 it is not evaluated (given as 0,
// never a count of 0).
type LineTotal struct {
	Line    election.Line `json:"line"`
	Sum     int64         `json:"sum"`
	Given   int           `json:"given"`
	Missing int           `json:"missing,omitempty"`
}

// totalsJSON is Totals without its methods.
type totalsJSON Totals

// MarshalJSON writes the totals as their fields are tagged, against_all
// left out on a ballot without "against all"; a figure NotEvaluated names
// is null, and so is the sum of a line no protocol gives ("given": 0):
// never a 0 that reads as a count.
func (t Totals) MarshalJSON() ([]byte, error) {
	var b []byte
	var err error
	if !t.noAgainstAll {
		b, err = json.Marshal(totalsJSON(t))
	} else {
		// A field of the same name, shallower, hides the embedded one.
		b, err = json.Marshal(struct {
			totalsJSON
			AgainstAll *int64 `json:"against_all,omitempty"`
		}{totalsJSON: totalsJSON(t)})
	}
	if err != nil {
		return nil, err
	}
	// (Each figure is a key of the object once, and 0 is its whole
	// value: a comma follows, as the fields after it are always written.)
	for _, name := range t.NotEvaluated {
		b = bytes.Replace(b, []byte(`"`+name+`":0,`), []byte(`"`+name+`":null,`), 1)
	}
	return bytes.ReplaceAll(b, []byte(`"sum":0,"given":0`), []byte(`"sum":null,"given":0`)), nil
}

// UnmarshalJSON reads what MarshalJSON writes: totals without
// against_all are of a ballot without "against all".
func (t *Totals) UnmarshalJSON(b []byte) error {
	none, err := unmarshalAgainstAll(b, (*totalsJSON)(t))
	if err != nil {
		return err // (a nil receiver among them: json's error)
	}
	t.noAgainstAll = none
	return nil
}

// unmarshalAgainstAll decodes b into v (a type without methods) and says
// whether b has no against_all: the figures of a ballot without "against
// all" (Totals, Okrug). A null against_all is of a ballot that has it,
// its votes not evaluated (Totals.NotEvaluated).
func unmarshalAgainstAll(b []byte, v any) (none bool, err error) {
	var has struct {
		AgainstAll json.RawMessage `json:"against_all"`
	}
	if err := json.Unmarshal(b, &has); err != nil {
		return false, err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return false, err
	}
	return has.AgainstAll == nil, nil
}

// List is the result of one party list.
type List struct {
	ID         string              `json:"id"`
	Name       string              `json:"name"`
	NameKy     string              `json:"name_ky,omitempty"`
	NameRu     string              `json:"name_ru,omitempty"`
	Provenance election.Provenance `json:"provenance,omitempty"`
	Votes      int64               `json:"votes"`
	// VotesNotGiven: counted protocols were given, but none gives the
	// list's votes (every cell empty: X229). Votes is then 0 for a figure
	// not known, not a count of 0.
	VotesNotGiven bool `json:"votes_not_given,omitempty"`
	// Aggregate says that the list is the sum of several lists' votes
	// (election.Party.Aggregate, "Others"): it takes no seat, and list
	// seats are not apportioned when it passes the threshold.
	Aggregate bool `json:"aggregate,omitempty"`
	// Blank says that the choice is the blank votes (election.Party.Blank,
	// Spain's "votos en blanco"), no list: valid votes, in every
	// threshold base, but no threshold is checked for them (National
	// has no Status) and they take no seat.
	Blank bool `json:"blank,omitempty"`
	// VotesMissing is the number of counted protocols that do not give
	// the list's votes (findings X229): Votes is then the partial sum of
	// the others, not the list's votes, and Percent is not given.
	VotesMissing int `json:"votes_missing,omitempty"`
	// Percent is Votes over the threshold base (Rules.Threshold.Base, its
	// sum Totals.ThresholdBase; the reports' "%" column names it), rounded
	// as published; "" when either is not evaluated.
	Percent  string                     `json:"percent"`
	National threshold.Verdict          `json:"national"`
	Regional *threshold.RegionalVerdict `json:"regional,omitempty"`
	// RegionalProvenance is the provenance of Regional where it is not
	// Provenance: the votes by region of the protocols it rests on
	// (election.Election.ProtocolProvenance), "synthetic" beside official
	// national votes in the kg2021 dataset.
	RegionalProvenance election.Provenance `json:"regional_provenance,omitempty"`
	Qualified          bool                `json:"qualified"`
	Seats              int                 `json:"seats"`
	// WomenRequired is the women's quota of the list's seats.
	WomenRequired int `json:"women_required"`
	// PreferencesNotEvaluated: no protocol gives the preference votes of
	// some candidate of the list, so its preference votes were not
	// evaluated and its deputies were chosen by the rule set's
	// list.missing_preferences (see Ties).
	PreferencesNotEvaluated bool     `json:"preferences_not_evaluated,omitempty"`
	Deputies                []Deputy `json:"deputies,omitempty"`
	// DeputiesNotGiven is the number of the list's seats won without
	// deputies to name: the election's definition gives no candidates for
	// the list (a closed list known only by its votes). The seats are
	// filled by the list, not unfilled.
	DeputiesNotGiven int `json:"deputies_not_given,omitempty"`
	// Vacant is the list's seats (of Seats) that no candidate of it can
	// take, its candidates used up (list.exhausted "vacant", or the rule
	// not given): they are not filled.
	Vacant int `json:"vacant,omitempty"`
}

// Constituency is the apportionment of the list seats of one region
// (list.constituency "region"): Seats (list.seats_by_region) among the
// lists that passed the thresholds, on their votes in the region.
type Constituency struct {
	Region string `json:"region"`
	Name   string `json:"name,omitempty"`
	Seats  int    `json:"seats"`
	// Lists are the lists that took part, in the order of the
	// definition, with their votes in the region and the seats won there.
	Lists []ConstituencyList `json:"lists"`
	// Unfilled is the seats no list could take (none with votes there).
	Unfilled int `json:"unfilled,omitempty"`
	// Price, under a divisor method, is the quotient of the last seat
	// given and of the first not given; nil otherwise, and when a tie
	// (Result.Ties, context "list@<region ID>") awaits lots.
	Price *seats.Price `json:"seat_price,omitempty"`
	// NotEvaluated says why no seat of the constituency was apportioned:
	// the region has no counted list protocol, or its protocols do not
	// give (or give as negative figures) the votes of a list that took
	// part. Its seats are then neither given nor unfilled, and the Result
	// is provisional.
	NotEvaluated string `json:"not_evaluated,omitempty"`
	// Compensate is the rule set's list.compensate ("okrug_seats"): the
	// lists' seats here compensate for the okrug seats their candidates
	// won in the region (ConstituencyList.OkrugSeats, 0 when left out);
	// "" when the tiers are parallel.
	Compensate CompensateKind `json:"compensate,omitempty"`
	// OkrugsNotDecided names the okrugs of the region, with their
	// outcome, that are not decided: the list seats that compensate for
	// their seats are not apportioned (NotEvaluated).
	OkrugsNotDecided []string `json:"okrugs_not_decided,omitempty"`
	// OkrugsUnknown says that no okrug of the election lies in the region
	// and the definition does not give its okrug seats: the list seats
	// that compensate for them are not apportioned (NotEvaluated).
	OkrugsUnknown bool `json:"okrugs_unknown,omitempty"`
	// OkrugSeatsGiven says that the okrug seats compensated for are the
	// definition's (election.Region.OkrugSeats), not counted here.
	OkrugSeatsGiven bool `json:"okrug_seats_given,omitempty"`
}

// ConstituencyList is one list's votes and seats in a constituency.
type ConstituencyList struct {
	ID    string `json:"id"`
	Votes int64  `json:"votes"`
	// VotesNotGiven: no counted protocol of the region gives the list's
	// votes (the region has none, or none gives the list's figure).
	// Votes is then 0 for a figure not known, written null in JSON:
	// never a 0 that reads as a count. The constituency is not
	// apportioned (Constituency.NotEvaluated).
	VotesNotGiven bool `json:"votes_not_given,omitempty"`
	Seats         int  `json:"seats"`
	// OkrugSeats, when the list seats compensate (Constituency.Compensate),
	// is the okrug seats the list's candidates won in the region: its
	// divisors start after them.
	OkrugSeats int `json:"okrug_seats,omitempty"`
	// Threshold is the list's verdict under list.constituency_threshold
	// in the constituency: a list that did not pass takes no part in its
	// seats. Nil without that threshold, or when the constituency is not
	// evaluated.
	Threshold *threshold.Verdict `json:"threshold,omitempty"`
	// Exhausted says that the list's candidates in the constituency are
	// used up (list.exhausted): under "next" it kept a seat per candidate
	// and the seats it would have won went to the next quotients; else
	// Vacant of its Seats are left vacant.
	Exhausted bool `json:"exhausted,omitempty"`
	Vacant    int  `json:"vacant,omitempty"`
}

// constituencyListJSON is ConstituencyList without its methods.
type constituencyListJSON ConstituencyList

// MarshalJSON writes the list as its fields are tagged, its votes null
// when not given (VotesNotGiven).
func (l ConstituencyList) MarshalJSON() ([]byte, error) {
	b, err := json.Marshal(constituencyListJSON(l))
	if err != nil || !l.VotesNotGiven {
		return b, err
	}
	// (Votes is 0 when not given, and fields follow it.)
	return bytes.Replace(b, []byte(`"votes":0,`), []byte(`"votes":null,`), 1), nil
}

// Okrug is the outcome in one single-mandate okrug.
type Okrug struct {
	seats.OkrugResult
	Name       string              `json:"name"`
	WinnerName string              `json:"winner_name,omitempty"`
	LeaderName string              `json:"leader_name,omitempty"`
	Provenance election.Provenance `json:"provenance,omitempty"`
	// FigureProvenance is the provenance of the okrug's figures whose
	// own is not Provenance, by figure: "leader" (the leader's name,
	// votes and share), "against_all" and "margin"; nil where every
	// figure's is the okrug's. See figureProvenance.
	FigureProvenance map[string]election.Provenance `json:"figure_provenance,omitempty"`
	Valid            int64                          `json:"valid"`
	Participants     int64                          `json:"participants"`
	// MajorityBase is the okrug's base of the majority rule (okrug.majority),
	// what its leader's share is of; 0 without a majority rule or when
	// the base is not evaluated.
	MajorityBase int64 `json:"majority_base,omitempty"`
	// VotesMissing counts, per candidate (or "against all") of the
	// okrug, the counted protocols of its ballot that do not give the
	// candidate's votes (findings X229): the candidate's votes, and the
	// leader's or runner-up's figures above when they are theirs, are
	// then partial sums. Nil when every protocol gives every figure.
	VotesMissing map[string]int `json:"votes_missing,omitempty"`
	// CandidateVotes gives every candidate's votes (and "against all"'s,
	// when the ballot has it), each summed over the counted protocols
	// that give it, so that a reader need not take them from Steps. A
	// candidate whose votes no protocol gives is absent (not evaluated,
	// never 0); VotesMissing says which sums are partial.
	CandidateVotes map[string]int64 `json:"candidate_votes,omitempty"`
	// CandidateNames names the okrug's candidates whose names differ
	// from their IDs, by ID, so that every candidate's line of a report
	// (report.Options.Okrugs) reads by name, and a published summary
	// that names a candidate by its name, exactly, is compared as its ID
	// (Verify).
	CandidateNames map[string]string `json:"candidate_names,omitempty"`
	// Aggregates are the okrug's choices that sum several people's votes
	// (election.Candidate.Aggregate): counted as valid votes, never
	// elected (seats.Aggregates).
	Aggregates []string `json:"aggregates,omitempty"`
	// Blank are the okrug's blank votes (election.Candidate.Blank):
	// counted among its votes (CandidateVotes, the sum P103 checks),
	// never a candidate, left out of a majority rule's base of votes.
	Blank []string `json:"blank,omitempty"`
	// VotesMissingAtMost is, per choice of VotesMissing, the most its
	// votes in the protocols that do not give them could add up to: each
	// protocol's valid ballots (else its found ballots) less the votes it
	// gives. A choice of no known bound (a protocol that gives neither
	// line, a ballot of several votes) is not in it.
	VotesMissingAtMost map[string]int64 `json:"votes_missing_at_most,omitempty"`
	// Overturn says, for an okrug decided while votes of its choices are
	// missing (VotesMissing), whether those votes could change its
	// outcome: OverturnCannot where the winner leads every other choice by
	// more than the most that choice's missing votes could be
	// (VotesMissingAtMost), and under a majority rule passes its first way
	// to win with the votes given over a base of lines (MajorityBase, which
	// no missing vote moves), OverturnCould otherwise (it could, or no
	// bound says it cannot). Empty when no votes are missing or the okrug is not
	// decided. The okrug stays Provisional either way: its figures are
	// partial sums.
	Overturn string `json:"missing_votes_overturn,omitempty"`
	// RelationGap is, for an okrug decided, the sum of the gaps (each
	// |got − want|) of the error findings of the control relations that
	// bound its votes (P103, P111, P113) on the manual-count protocols of its
	// ballot: the least the vote figures of those protocols are off
	// together, if the other side of each relation is right. 0 when none
	// fails.
	RelationGap int64 `json:"relation_gap,omitempty"`
	// RelationOverturn says, for an okrug decided whose protocols fail
	// those relations, what figures corrected could do to its outcome:
	// RelationLeastBelowMargin where the gap, the least correction, is
	// less than the margin of an outcome elected by plurality, or than
	// RelationBound under a majority rule (that correction would not
	// change it; a larger one could: the relation bounds the error from
	// below only), OverturnCould otherwise (the gap is at least the
	// margin or the bound, or none bounds the outcome: a spread or
	// sex-balance rule, another outcome, findings not listed). An okrug that could is Provisional; one below its margin
	// is not, and the relation errors' banner (Result.RelationErrors)
	// speaks for it, as for every seat. Empty for an okrug not decided.
	RelationOverturn string `json:"relation_gap_overturn,omitempty"`
	// RelationBound is, for an okrug decided under a majority rule whose
	// protocols fail those relations, the least correction of its figures
	// that could change its outcome, in place of the margin that bounds a
	// plurality: the least of the winner's lead and the distance to the
	// majority line (how far the winner's votes are above what the rule
	// needs, a unit of correction weighed by what it moves), or of a
	// run-off, the leader's distance to the line and the runner-up's lead
	// over the third. 0 where none is computed (see majorityBound).
	RelationBound int64 `json:"relation_bound,omitempty"`
	// Provisional says that the okrug's outcome rests on data that was
	// not evaluated (a provisional reason names it: a candidate's votes
	// some protocol does not give, a row skipped, a draft not confirmed).
	Provisional bool `json:"provisional,omitempty"`
	// FirstChoices says that the okrug was decided on the first choices
	// of ranked ballots alone (Options.FirstChoices): the rounds of a
	// ranked count were not run, and its outcome is not theirs.
	FirstChoices bool `json:"first_choices_only,omitempty"`
	// FirstChoicesMajority says, of an okrug decided on first choices
	// alone (FirstChoices), that its leader has more of them than the
	// okrug has other ballots (2 × LeaderVotes > Participants): no round
	// of a ranked count can elect another, and the okrug is not
	// provisional for that reason.
	FirstChoicesMajority bool `json:"first_choices_majority,omitempty"`
	// Ranked is the instant run-off that decided the okrug (a rule set's
	// okrug.ranked, its ranked ballots Options.Ranked): every round's
	// votes, exclusions and exhausted ballots, the winner. The okrug's
	// figures above stay its protocols' (the first ranks), which the
	// checks read.
	Ranked *irv.Result `json:"ranked,omitempty"`
	// NotEvaluated names the figures above given as 0 because protocols
	// of the district ballot lack a line of theirs ("valid",
	// "participants"): the percentages over them are not shown.
	NotEvaluated []string `json:"not_evaluated,omitempty"`
	// RunoffNames are the names of the Runoff candidates, in its order.
	RunoffNames []string `json:"runoff_names,omitempty"`
	// Deputies are the Elected of a district of several seats with their
	// names and provenance, in the same order.
	Deputies []DistrictDeputy `json:"deputies,omitempty"`
	// Annulled counts the annulments of the count (Result.Annulled) that
	// touch the okrug: of its precincts' results, of its election, of its
	// candidates' votes. Its figures are then recomputed, not the
	// published ones; an okrug they do not touch keeps them (0).
	Annulled int `json:"annulled,omitempty"`

	// noAgainstAll says that the okrug ballot has no "against all"
	// (Result.AgainstAll): its JSON has no against_all, a figure the
	// ballot does not have, rather than a 0.
	noAgainstAll bool
}

// okrugJSON is Okrug without its methods.
type okrugJSON Okrug

// MarshalJSON writes the okrug as its fields are tagged, against_all left
// out on a ballot without "against all"; valid and participants are null
// when NotEvaluated names them, as the totals' figures are: never a 0
// that reads as a count.
func (o Okrug) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // the encoder that calls MarshalJSON escapes, or not, as it was told
	var err error
	if o.noAgainstAll {
		// A field of the same name, shallower, hides the embedded one.
		err = enc.Encode(struct {
			okrugJSON
			AgainstAll *int64 `json:"against_all,omitempty"`
		}{okrugJSON: okrugJSON(o)})
	} else {
		err = enc.Encode(okrugJSON(o))
	}
	out := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
	if err != nil || len(o.NotEvaluated) == 0 {
		return out, err
	}
	// The two keys are written together, once, in this order (the
	// okrug's own fields; nothing nested has both side by side).
	valid, participants := strconv.FormatInt(o.Valid, 10), strconv.FormatInt(o.Participants, 10)
	if slices.Contains(o.NotEvaluated, "valid") {
		valid = "null"
	}
	if slices.Contains(o.NotEvaluated, "participants") {
		participants = "null"
	}
	return bytes.Replace(out, fmt.Appendf(nil, `"valid":%d,"participants":%d`, o.Valid, o.Participants),
		[]byte(`"valid":`+valid+`,"participants":`+participants), 1), nil
}

// UnmarshalJSON reads what MarshalJSON writes: an okrug without
// against_all is of a ballot without "against all".
func (o *Okrug) UnmarshalJSON(b []byte) error {
	none, err := unmarshalAgainstAll(b, (*okrugJSON)(o))
	if err != nil {
		return err // (a nil receiver among them: json's error)
	}
	o.noAgainstAll = none
	return nil
}

// RegionVotes is a ballot's votes in one region: Protocols counts its
// counted manual-count protocols there. Votes gives each choice's votes
// (a candidate's, "against all"'s where the ballot has it) summed over
// the protocols that give them; a choice no protocol there gives is
// absent (not evaluated, never 0). VotesMissing counts, per choice, the
// protocols there that do not give its votes: its sum is then partial,
// a lower bound. Nil when every protocol gives every figure.
type RegionVotes struct {
	Region       string              `json:"region"`
	Ballot       election.BallotKind `json:"ballot"`
	Okrug        string              `json:"okrug,omitempty"`
	Protocols    int                 `json:"protocols"`
	Votes        map[string]int64    `json:"votes"`
	VotesMissing map[string]int      `json:"votes_missing,omitempty"`
}

// OutsideVotes is the votes of the one contest on the okrug ballot
// counted in no region (Result.OkrugOutside): its protocols, the
// candidates' votes (a candidate none of them gives left out), and how
// many precincts of the contest are abroad and how many (not abroad) lie
// in no region of the election, of which those protocols are.
type OutsideVotes struct {
	Protocols         int              `json:"protocols"`
	Votes             map[string]int64 `json:"votes"`
	VotesMissing      map[string]int   `json:"votes_missing,omitempty"`
	AbroadPrecincts   int              `json:"abroad_precincts"`
	NoRegionPrecincts int              `json:"no_region_precincts"`
}

// DistrictDeputy is a candidate seated in a district of several seats,
// and why.
type DistrictDeputy struct {
	seats.DistrictSeat
	Name       string              `json:"name"`
	Provenance election.Provenance `json:"provenance,omitempty"`
}

// SeatTally counts the seats filled. List counts the list seats won,
// NotGiven those of them whose deputies the definition does not name.
type SeatTally struct {
	List     int `json:"list"`
	NotGiven int `json:"deputies_not_given,omitempty"`
	ListOf   int `json:"list_of"`
	Okrug    int `json:"okrug"`
	OkrugOf  int `json:"okrug_of"`
	Total    int `json:"total"`
	Of       int `json:"of"`
	Women    int `json:"women_list_deputies"`
	Repeat   int `json:"repeat_elections"`
	// DistrictWomen is the women seated in districts of several seats.
	DistrictWomen int `json:"women_district_deputies,omitempty"`
	// DistrictSexNotGiven is the deputies seated in districts whose sex
	// the data does not give: DistrictWomen does not count them, and
	// "no woman" is not known.
	DistrictSexNotGiven int `json:"district_deputies_sex_not_given,omitempty"`
	// ListUnfilled is the list seats the votes left unfilled, and
	// ListUnfilledWhy why: "threshold" (no list passed it),
	// "threshold_tie" (no list passed a threshold of "more than 50%", two
	// having exactly half of its base: a tie, which no list wins),
	// "threshold_not_evaluated" (no list passed it, and the threshold of
	// some could not be evaluated: they did not fail it),
	// "no_list_with_votes" (none with votes is left to take them), "cap"
	// (every list that passed the threshold holds its cap), "" otherwise (the notes say
	// it). An outcome of the count, said where the seats are, not in the
	// notes alone.
	ListUnfilled    int    `json:"list_unfilled,omitempty"`
	ListUnfilledWhy string `json:"list_unfilled_why,omitempty"`
}

// Deputy is a candidate seated from a list, and why.
type Deputy struct {
	seats.Elected
	Name       string              `json:"name"`
	Provenance election.Provenance `json:"provenance,omitempty"`
}

// Women is the number of women seated from the list.
func (l List) Women() int {
	n := 0
	for _, d := range l.Deputies {
		if d.Sex == election.Female {
			n++
		}
	}
	return n
}

// The kinds of Unevaluated: what a provisional Result rests on.
const (
	// UnevaluatedBase: counted list protocols lack a line of a threshold
	// base (Scope: the lines; Count: the protocols). The threshold it
	// serves is not evaluated, never taken on a smaller base: the
	// national one leaves every list seat unfilled, a regional one leaves
	// the regions concerned not evaluated.
	UnevaluatedBase = "threshold_base"
	// UnevaluatedBaseVotes: the national threshold base is votes
	// (threshold.Votes), and Count counted list protocols do not give the
	// votes of the choices of Scope (finding validate.MissingVotes): the
	// base would be smaller than it is, so it is not evaluated, never
	// taken smaller; no list seat is filled, as under UnevaluatedBase.
	UnevaluatedBaseVotes = "threshold_base_votes"
	// UnevaluatedListThreshold: the national threshold of the lists of
	// Scope (Count of them) is not evaluated, counted protocols not giving
	// their votes (finding validate.MissingVotes): none at all, or a
	// partial sum short of the line that the missing figures may reach.
	// The list seats were apportioned among the lists that passed,
	// without them, and every list seat rests on them.
	UnevaluatedListThreshold = "list_threshold_not_evaluated"
	// UnevaluatedRegional: the regional threshold was not evaluated in
	// the regions of Scope (no protocols, or the election defines no
	// regions); the lists of Affects are seated on their national result.
	UnevaluatedRegional = "regional_threshold"
	// UnevaluatedConstituency: the constituencies of Scope (region IDs,
	// list.constituency "region") were not apportioned: the region has no
	// counted list protocol, or its protocols do not give (or give as
	// negative figures) the votes of a list that took part. Their seats
	// are neither given nor unfilled.
	UnevaluatedConstituency = "constituency_not_evaluated"
	// UnevaluatedCompensation: the list seats of the constituencies of
	// Affects ("list@<region ID>") compensate for okrug seats
	// (list.compensate) of the okrugs of Scope, which were decided on
	// data not evaluated, or lie in no region.
	UnevaluatedCompensation = "compensated_okrugs_provisional"
	// UnevaluatedCompensationOpen: the okrugs of Scope (each with its
	// outcome) are not decided, and the list seats of the constituencies
	// of Affects compensate for their seats (list.compensate): they were
	// not apportioned, neither given nor unfilled.
	UnevaluatedCompensationOpen = "compensated_okrugs_not_decided"
	// UnevaluatedCompensationUnknown: the regions of Scope have list
	// seats that compensate for okrug seats (list.compensate), but no
	// okrug of the election lies in them and the definition does not give
	// their okrug seats (election.Region.OkrugSeats): the list seats of
	// Affects were not apportioned, neither given nor unfilled.
	UnevaluatedCompensationUnknown = "compensated_okrugs_unknown"
	// UnevaluatedCompensationNoList: the okrug winners of Scope
	// ("<candidate> (<okrug>)") carry no list and the definition does not
	// say that they carry none (election.Candidate.NoList): their seats
	// were counted against no list, as an independent's, and the list
	// seats of Affects, which compensate for them, rest on it.
	UnevaluatedCompensationNoList = "compensated_winners_no_list"
	// UnevaluatedListExhausted: the lists of Scope ("<party ID> in
	// <region or the nation>: <n> seats, <k> candidates") won more seats
	// than the definition gives them candidates, and the rule set does
	// not say what becomes of such a seat (list.exhausted): the seats
	// were left vacant, and the seats of Affects rest on it.
	UnevaluatedListExhausted = "list_exhausted"
	// UnevaluatedOkrug: the okrugs of Scope have no okrug-ballot protocol;
	// they have no winner and their seats are not filled.
	UnevaluatedOkrug = "okrug_no_protocols"
	// UnevaluatedListProtocols: Count precincts have no manual-count list
	// protocol; every list seat rests on a partial count.
	UnevaluatedListProtocols = "missing_list_protocols"
	// UnevaluatedNoListProtocols: no manual-count list protocol was
	// counted and the election knows no precinct (the rows that named
	// them were all skipped, or none was given): the national threshold
	// is not evaluated and no list seat is filled.
	UnevaluatedNoListProtocols = "no_list_protocols"
	// UnevaluatedOkrugProtocols: Count precincts of the okrugs of Scope
	// have no manual-count okrug protocol; those okrugs were decided on a
	// partial count.
	UnevaluatedOkrugProtocols = "missing_okrug_protocols"
	// UnevaluatedVotes: Count counted protocols lack the votes for a
	// choice on their ballot (finding validate.MissingVotes); the seats of
	// Affects were decided without those figures, whose choices Scope
	// names ("<party ID>" on the list ballot, "<okrug ID>/<candidate ID>"
	// on an okrug's).
	UnevaluatedVotes = "missing_votes"
	// UnevaluatedUnplaced: Count counted protocols are in no defined region
	// (list ballot, under a regional threshold) or in no defined okrug
	// (okrug ballot): their votes count in no region or okrug. Affects
	// names what was decided without them.
	UnevaluatedUnplaced = "unplaced_protocols"
	// UnevaluatedAbroad: Count counted okrug-ballot protocols are of
	// precincts abroad, which the rule set counts in no okrug (okrug.abroad
	// "excluded", or left out; finding validate.OkrugAbroad): Affects names
	// the okrugs decided without them (those whose candidates got votes
	// there; every okrug when none can be told). Always said when such a
	// protocol is counted: whether the law counts those votes or the file
	// marks precincts abroad wrongly, the count cannot tell.
	UnevaluatedAbroad = "okrug_protocols_abroad"
	// UnevaluatedUnreadable: Count input rows could not be read and were
	// skipped (Options.SkipBadRows; finding validate.RowUnreadable): what
	// they held is not counted (a wide file's row is a whole protocol, a
	// long file's row one figure of a protocol, counted without it), and
	// the seats of Affects were decided without them.
	UnevaluatedUnreadable = "unreadable_rows"
	// UnevaluatedDataHeader: the header of Count files ends in a row that
	// looks like a data row (finding validate.DataHeader): if it is one,
	// what it holds is not counted (a long file's row is one figure of a
	// protocol, counted without it), and the seats of Affects were decided
	// without it.
	UnevaluatedDataHeader = "header_data_row"
	// UnevaluatedGuesses: the mappings of the files of Scope still hold
	// the guesses of a draft (ingest.Mapping.Guesses) that nobody
	// confirmed; the seats of Affects were decided on them.
	UnevaluatedGuesses = "unconfirmed_mapping"
	// UnevaluatedFirstChoices: the cast-vote records of the files of
	// Scope are ranked (Options.FirstChoices): the okrugs of Affects were
	// decided on first choices alone, the rounds of a ranked count not
	// run.
	UnevaluatedFirstChoices = "first_choices_only"
	// UnevaluatedDuplicates: Count manual-count protocols are given more
	// than once for one precinct, ballot and count (finding
	// validate.DuplicateProtocol), at the precincts of Scope: every copy is
	// counted, and the seats of Affects rest on sums that may count them
	// twice: "list" for a list-ballot copy (the national sums, the
	// thresholds, the list seats), "okrug/<ID>" for an okrug-ballot copy
	// of a precinct of that okrug.
	UnevaluatedDuplicates = "duplicate_protocols"
	// UnevaluatedTotalRows: Count rows of the files (Scope names the
	// first ten, "file:line (precinct)"; a transposed file's column
	// "file:line:column (precinct)") are totals of other rows (finding
	// validate.TotalRow) counted as precincts: the sums of their ballot
	// count their rows' votes more than once, and the seats of Affects (the
	// list seats for a list ballot's row, its okrug for an okrug ballot's)
	// were decided on them.
	UnevaluatedTotalRows = "total_rows_counted"
	// UnevaluatedSameFigures: Count rows of the files (Scope names the
	// first ten, as UnevaluatedTotalRows) give every figure of an earlier
	// row of another precinct (finding validate.SameFigures), each counted
	// as a precinct: one protocol counted twice. Affects are the seats
	// that leaving the copies out could change: the list seats for a
	// list-ballot copy, an okrug-ballot copy's okrug unless it is decided
	// by plurality with every seat filled and the copies' largest votes,
	// summed, are below its margin.
	UnevaluatedSameFigures = "same_figures_counted"
	// UnevaluatedNamedTotal: Count rows of the files (Scope names the
	// first ten, as UnevaluatedTotalRows) are named a total ("Total",
	// "Итого") but total no block of rows nor their region or okrug
	// (finding validate.NamedTotal), and are counted as precincts: a row
	// named so is most likely a total counted twice; the seats of Affects
	// (as UnevaluatedTotalRows) were decided with it. A precinct that is
	// named so leaves them as they are.
	UnevaluatedNamedTotal = "named_total_counted"
	// UnevaluatedSummedRepeat: Count protocols of long files (Scope names
	// the first ten, "file:line (precinct)", the line of a group's first
	// row) sum rows under "choice_rows": "sum" that each repeat their
	// group's figure, as every group of rows summed in their file does
	// (finding validate.SummedRepeat): most likely a total repeated on
	// each of its parts' rows, counted once per row; the seats of Affects
	// (as UnevaluatedTotalRows) were decided on the sums.
	UnevaluatedSummedRepeat = "summed_rows_repeat_figure"
	// UnevaluatedSummedOver: Count protocols of long files (Scope names
	// the first ten, "file:line (precinct)") sum rows under "choice_rows":
	// "sum" to more votes than their voters on the list can cast (the
	// rule set's votes per ballot times the voters; finding
	// validate.SummedOver): the rows summed may be of two ballots or
	// contests (South Africa's PR and Ward), whose votes the sums count
	// together; the seats of Affects (as UnevaluatedTotalRows) were
	// decided on them.
	UnevaluatedSummedOver = "summed_votes_over_voters"
	// UnevaluatedSummedPeople: Count protocols of long files (Scope names
	// the first ten, "file:line (precinct)") sum rows under "choice_rows":
	// "sum" for a choice of the okrug ballot that differ in a column that
	// names a person (finding validate.SummedPeople): two candidates'
	// votes summed as one's (the UK's 2024 file by candidate, its
	// Independents under "Ind"); the seats of Affects (as
	// UnevaluatedTotalRows) were decided on the sums.
	UnevaluatedSummedPeople = "summed_rows_people"
	// UnevaluatedSamePart: Count protocols of long files (Scope names the
	// first ten, "file:line (precinct)") have a part of the votes_column
	// sum that gives every choice of the protocol one figure, as nearly
	// every protocol of the file does (finding validate.PartAllSame): a
	// protocol's line repeated on its rows (the DR Congo's province
	// totals), which the sum adds to every choice's votes; the seats of
	// Affects (as UnevaluatedTotalRows) were decided on the sums.
	UnevaluatedSamePart = "votes_part_repeats_line"
	// UnevaluatedOneChoice: the one choice of Scope, every okrug's one
	// candidate (or one okrug's, or the list ballot's one list, named like
	// a column of figures: "Votes"), is most likely no choice but a column
	// of every choice's votes (finding validate.OneChoiceEverywhere): a
	// long file's votes read as a wide file's choice; the seats of Affects,
	// those it won, were decided on it.
	UnevaluatedOneChoice = "one_choice_everywhere"
	// UnevaluatedSummedNumbers: Count choices of okrug-ballot protocols
	// of long files (Scope names the first ten, "file:line (precinct)")
	// were summed under "choice_rows": "sum" from rows that differ in
	// numeric cells alone (finding validate.SummedAlike): most likely two
	// people of one label ("Independent") or a total repeated; the okrugs
	// of Affects are those where the summed choice was elected or its
	// votes are at least the winner's margin.
	UnevaluatedSummedNumbers = "summed_rows_numbers"
	// UnevaluatedChoiceTotal: the choices of Scope won the seats of
	// Affects with votes that read as a total of the other choices' on
	// their ballot (finding validate.ChoiceIsTotal): most likely a column
	// of every choice's votes ("TOTAL_VOTOS_CALCULADOS") mapped as a
	// choice.
	UnevaluatedChoiceTotal = "choice_is_total"
	// UnevaluatedNotChoice: the choices of Scope are named as the blank
	// votes, spoilt ballots, "against all" or "none of the above" and won
	// the seats of Affects (finding validate.NotChoiceSeated): most likely
	// a figure of the form mapped as a choice.
	UnevaluatedNotChoice = "not_choice_seated"
	// UnevaluatedPooled: the choices of Scope are named as the votes of
	// others together ("rest", "Others": ingest.PooledName) and won the
	// seats of Affects (finding validate.PooledSeated): most likely an
	// aggregate mapped as a choice.
	UnevaluatedPooled = "pooled_choice_seated"
	// UnevaluatedPlacing: the choices of Scope are named as a placing
	// ("winner", "runner-up": ingest.PlacingName) and won the seats of
	// Affects (finding validate.PlacingSeated): most likely a column of
	// whoever stood at that place in each row mapped as one choice.
	UnevaluatedPlacing = "placing_choice_seated"
	// UnevaluatedMoved: Count rows of the okrug ballot (Scope names the
	// first ten, "file:line (precinct)") name another okrug than their
	// precinct's (finding validate.RowElsewhere) and are counted in their
	// precinct's, the definition's or the first file's that names it:
	// which is right is not known, and the okrugs of Affects, those the
	// rows were counted in and those they name, were decided with or
	// without them.
	UnevaluatedMoved = "precinct_okrug_differs"
	// UnevaluatedTotalChoice: a long file's mapping names the choices of
	// Scope (their IDs) by a total row's words ("Total": choice_values):
	// if their rows are each contest's total, not a candidate's, their
	// votes are counted as a choice's, and the seats of Affects (where they
	// stand) were decided with them.
	UnevaluatedTotalChoice = "total_choice"
	// UnevaluatedSexBalance: the districts of Scope cannot be decided
	// under the rule set's sex-balance rule (too few candidates with votes
	// of one sex): their seats are not filled, and what happens then is a
	// decision the rule set does not make.
	UnevaluatedSexBalance = "district_cannot_be_decided"
	// UnevaluatedSex: the districts of Scope have candidates whose sex the
	// election does not give, which the sex-balance rule needs: they are
	// not decided and their seats are not filled.
	UnevaluatedSex = "candidate_sex_not_given"
	// UnevaluatedMajorityBase: the okrugs of Scope are decided under a
	// majority rule whose base protocols of their ballot lack a line of:
	// not decided, their seats not filled.
	UnevaluatedMajorityBase = "majority_base_not_evaluated"
	// UnevaluatedSpread: the okrugs of Scope are decided under a spread
	// rule (okrug.spread) that cannot be judged for their winner: a
	// region of theirs has no counted protocol, lacks a line of the base,
	// gives negative votes or holds another okrug's precincts too, and
	// the regions judged do not settle it; or they have fewer regions than
	// the rule must be met in. Not decided, their seats not filled.
	UnevaluatedSpread = "spread_not_evaluated"
	// UnevaluatedAggregate: in the okrugs of Scope a choice that sums
	// several people's votes (election.Candidate.Aggregate: a write-in
	// row, "Others") would take a seat, go to a second round or ties for
	// one: its votes may be one person's or many's. Not decided, their
	// seats not filled.
	UnevaluatedAggregate = "aggregate_leads"
	// UnevaluatedAggregateList: a list that sums several lists' votes
	// (election.Party.Aggregate, "Others") passes the threshold: its votes
	// may be one list's or many's, so which lists passed cannot be known.
	// No list seat is filled.
	UnevaluatedAggregateList = "aggregate_list_passes"
	// UnevaluatedNoChoices: protocols of the ballots of Scope ("list",
	// "okrug/<id>") are counted, but no choice is on them: the files give
	// no votes (a mapping of protocol lines alone), and their seats are
	// not filled.
	UnevaluatedNoChoices = "no_choices"
	// UnevaluatedNegative: counted protocols give the votes of the choices
	// of Scope as negative figures (finding validate.Negative says where),
	// or their sum is negative: a list's threshold is not evaluated, an
	// okrug is not decided, and the seats of Affects rest on it.
	UnevaluatedNegative = "negative_votes"
	// UnevaluatedTwoWays: Count pairs of okrugs learnt from the files
	// (Scope: "<first> = <other>") have names that differ only in spaces,
	// punctuation or case, the candidates of one all standing in the
	// other (finding validate.OkrugTwoWays): most likely one okrug written
	// two ways, counted as two, each with its own seat and part of the
	// votes; the seats of Affects (both okrugs of each pair) rest on it.
	UnevaluatedTwoWays = "okrug_written_two_ways"
	// UnevaluatedChoiceTwoNames: Count choices of okrugs learnt from the
	// files (Scope: "<okrug ID>/<choice ID>") are named two ways by the
	// mappings of their rows (finding validate.ChoiceTwoNames, X237): two
	// people under one ID, their votes summed as one candidate's, or one
	// person written two ways. The okrugs of Affects are those where the
	// choice won, leads, or the outcome is no plain election (a run-off,
	// a tie, "against all" ahead): their seats rest on which it is.
	UnevaluatedChoiceTwoNames = "choice_named_two_ways"
	// UnevaluatedRelationGap: Count counted protocols of the okrug
	// ballot fail a control relation of their votes (findings of Codes,
	// among P103, P111 and P113; Scope names the first ten, each with its
	// |gap|, and ends in "…" where there are more), and in each okrug of
	// Affects the sum of its protocols' gaps is at least its margin, or no
	// margin bounds its outcome (Okrug.RelationGap, Okrug.RelationOverturn):
	// figures corrected could change it.
	UnevaluatedRelationGap = "relation_gap"
)

// The values of Okrug.Overturn.
const (
	// OverturnCould: the votes the protocols do not give could change the
	// okrug's outcome, or no bound on them says they cannot.
	OverturnCould = "could"
	// OverturnCannot: the winner leads every other choice by more than
	// the most that choice's missing votes could be.
	OverturnCannot = "cannot"
)

// RelationLeastBelowMargin is the value of Okrug.RelationOverturn where
// the sum of the gaps of the okrug's failing control relations, the least
// correction of its votes that makes them hold, is less than its margin:
// that correction would not change the outcome, a larger one could. Its
// other value is OverturnCould.
const RelationLeastBelowMargin = "least_below_margin"

// RelationErrors counts the protocols of a count that break a control
// relation (Protocols: each once, however many relations it breaks, listed
// among the findings or only counted) and the findings of each code
// (Codes, in the findings' order: by code).
type RelationErrors struct {
	Protocols int         `json:"protocols"`
	Codes     []CodeCount `json:"codes"`
}

// RelationsUnchecked counts the manual-count protocols of a count with
// whose lines no control relation of the form can be evaluated
// (Result.RelationsUnchecked). Given are the lines of the form some of
// them give (none: only the choices' votes), in the form's order; Map the
// lines to map that would let the relations be checked. Turnout says
// that no line is given and Map is each line of the turnout (voters on
// the list, invalid and valid ballots): the reports then say the fix in
// plain words, and read this, not Map's order.
type RelationsUnchecked struct {
	Protocols int             `json:"protocols"`
	Given     []election.Line `json:"given,omitempty"`
	Map       []election.Line `json:"map,omitempty"`
	Turnout   bool            `json:"turnout,omitempty"`
}

// CodeCount is how many findings of one code a report has, listed or not.
type CodeCount struct {
	Code     validate.Code `json:"code"`
	Findings int           `json:"findings"`
}

// relationErrors is the RelationErrors of n protocols breaking control
// relations, whose findings rep holds; nil when n is 0.
func relationErrors(n int, rep validate.Report) *RelationErrors {
	if n == 0 {
		return nil
	}
	out := &RelationErrors{Protocols: n}
	add := func(code validate.Code, k int) {
		for i := range out.Codes {
			if out.Codes[i].Code == code {
				out.Codes[i].Findings += k
				return
			}
		}
		out.Codes = append(out.Codes, CodeCount{Code: code, Findings: k})
	}
	for _, f := range rep.Findings {
		if f.Severity == validate.Error && f.Code != "" && (f.Code[0] == 'P' || f.Code[0] == 'F') {
			add(f.Code, 1)
		}
	}
	for _, u := range rep.Unlisted {
		if u.Severity == validate.Error && u.Code != "" && (u.Code[0] == 'P' || u.Code[0] == 'F') {
			add(u.Code, u.Count)
		}
	}
	return out // in code order: findings are sorted by code, and a code is unlisted only past MaxListed listed
}

// Unevaluated is one thing a provisional Result rests on: what was not
// evaluated (Kind, Scope, Count) and whose outcome rests on it (Affects,
// seat contexts as Options.Lots names them: "list" for the list seats as a
// whole, "list/<party ID>", "okrug/<okrug ID>"). Reason says it in plain
// English; the reports translate it from the other fields. Codes names
// the finding codes it rests on, where a kind rests on findings of more
// than one (relation_gap).
type Unevaluated struct {
	Kind    string   `json:"kind"`
	Scope   []string `json:"scope,omitempty"`
	Count   int      `json:"count,omitempty"`
	Codes   []string `json:"codes,omitempty"`
	Affects []string `json:"affects"`
	Reason  string   `json:"reason"`
}
