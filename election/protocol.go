package election

// BallotKind is the ballot a protocol or a ballot belongs to.
type BallotKind string

// The two ballots of a Kyrgyz parliamentary election.
const (
	ListBallot  BallotKind = "list"  // nationwide party-list ballot
	OkrugBallot BallotKind = "okrug" // single-mandate okrug ballot
)

// Line names a line of a precinct result protocol. Line names are data: a
// rule set says which lines its protocol form has.
type Line string

// The lines of the common post-Soviet precinct protocol.
const (
	Voters          Line = "voters"           // voters on the list at the close of voting
	Received        Line = "received"         // ballots received by the precinct commission
	IssuedInRoom    Line = "issued_in_room"   // ballots issued in the polling room
	IssuedOutside   Line = "issued_outside"   // ballots issued outside it (mobile box)
	IssuedEarly     Line = "issued_early"     // ballots issued early
	Cancelled       Line = "cancelled"        // unused ballots cancelled
	FoundMobile     Line = "found_mobile"     // ballots found in mobile boxes
	FoundStationary Line = "found_stationary" // ballots found in stationary boxes
	Invalid         Line = "invalid"          // invalid ballots
	Valid           Line = "valid"            // valid ballots
	Lost            Line = "lost"             // ballots lost
	Unaccounted     Line = "unaccounted"      // ballots not accounted for at receipt
)

// lines is every line this package names, in protocol order. It is an
// array and unexported because other packages use a line's position in it
// as an index (tally's dense protocols, validate's relation masks): a
// caller that could shorten or reorder it would break every later count.
var lines = [...]Line{Voters, Received, IssuedInRoom, IssuedOutside, IssuedEarly, Cancelled,
	FoundMobile, FoundStationary, Invalid, Valid, Lost, Unaccounted}

// AllLines returns every line this package names, in protocol order. The
// slice is a fresh copy on each call: changing it changes nothing else.
func AllLines() []Line { return append([]Line(nil), lines[:]...) }

// LineIndex returns the position of l in protocol order (its index in
// AllLines), or -1 for a line this package does not name.
func LineIndex(l Line) int {
	for i, k := range lines {
		if k == l {
			return i
		}
	}
	return -1
}

// Protocol is the result protocol of one precinct for one ballot.
//
// Votes holds the votes per choice (party ID, candidate ID or AgainstAll).
// Preferences holds, on a list protocol, the preference votes per candidate
// ID. A missing key means the protocol does not give that figure.
// Machine marks the protocol of the automatic ballot box count; the zero
// value is the manual count, which is the official result.
type Protocol struct {
	Precinct    string           `json:"precinct"`
	Ballot      BallotKind       `json:"ballot" strict:"required"`
	Machine     bool             `json:"machine,omitempty"`
	Lines       map[Line]int64   `json:"lines"`
	Votes       map[string]int64 `json:"votes"`
	Preferences map[string]int64 `json:"preferences,omitempty"`
}

// Issued is the ballots issued of all kinds (in the room, outside, early).
// It may overflow only if the lines themselves are absurd; callers that
// must not trust the input use tally. A nil p gives 0, as do Found and
// Participants.
func (p *Protocol) Issued() int64 {
	if p == nil {
		return 0
	}
	return p.Lines[IssuedInRoom] + p.Lines[IssuedOutside] + p.Lines[IssuedEarly]
}

// Found is the ballots found in all boxes (mobile and stationary).
func (p *Protocol) Found() int64 {
	if p == nil {
		return 0
	}
	return p.Lines[FoundMobile] + p.Lines[FoundStationary]
}

// Participants is the voters who took part as the 2021 CEC counted them:
// invalid plus valid ballots.
func (p *Protocol) Participants() int64 {
	if p == nil {
		return 0
	}
	return p.Lines[Invalid] + p.Lines[Valid]
}

// Ballot is one ballot as cast. Choice is a party ID (list ballot), a
// candidate ID (okrug ballot) or AgainstAll; Candidate is the optional
// preference vote on the list ballot. An Invalid ballot counts only as
// invalid, whatever else it holds.
type Ballot struct {
	Kind      BallotKind `json:"kind"`
	Choice    string     `json:"choice,omitempty"`
	Candidate string     `json:"candidate,omitempty"`
	Invalid   bool       `json:"invalid,omitempty"`
}

// Step is one entry of a transcript: what an algorithm did and the exact
// numbers it used. Kind is stable (each package documents its kinds);
// Subject is the ID of the party, candidate, okrug or region concerned;
// Value is an exact number (an integer, or a fraction written "n/d");
// Detail is a short English sentence for people.
type Step struct {
	Kind    string `json:"kind"`
	Subject string `json:"subject,omitempty"`
	Value   string `json:"value,omitempty"`
	Seats   int    `json:"seats,omitempty"`
	Detail  string `json:"detail,omitempty"`
}
