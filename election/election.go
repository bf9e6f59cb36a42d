package election

// AgainstAll is the choice ID of "against all" ("бардык каршы", "против
// всех") on both ballots. No party or candidate may use this ID.
const AgainstAll = "against_all"

// Provenance says where a figure comes from.
type Provenance string

// The provenances a figure can have.
const (
	Official    Provenance = "official"    // final official result (e.g. CEC Resolution 836)
	Preliminary Provenance = "preliminary" // preliminary or partial count, published
	Synthetic   Provenance = "synthetic"   // generated to stand in for data never published
)

// Sex of a candidate, as the list rules need it.
type Sex string

// The sexes a candidate list records.
const (
	Female Sex = "F"
	Male   Sex = "M"
)

// Candidate stands on a party list or in an okrug.
//
// Position is the 1-based list position on a party list, or the
// registration order in an okrug (the order in which the commission
// processed the registration documents; it breaks okrug ties).
// Under35, Minority and Disability are the attributes the list
// registration rules check; nil means "not known".
type Candidate struct {
	ID         string     `json:"id"`
	Name       string     `json:"name"`
	Position   int        `json:"position"`
	Sex        Sex        `json:"sex,omitempty"`
	Under35    *bool      `json:"under35,omitempty"`
	Minority   *bool      `json:"minority,omitempty"`
	Disability *bool      `json:"disability,omitempty"`
	Provenance Provenance `json:"provenance,omitempty"`
	// Aggregate says that the row is the sum of several people's votes
	// ("WRITE-IN", "Scattering", "Others"), not one candidate's: its votes
	// are valid votes, but it never takes a seat, and where it would the
	// okrug is not decided (its lead could be one person's, or no one's).
	Aggregate bool `json:"aggregate,omitempty"`
	// Blank says that the row is the blank votes of an okrug ballot
	// whose protocol counts them among its votes (Argentina's "votos en
	// blanco": valid votes = the candidates' votes + the blank ones):
	// summed and checked as any choice's (they are in the sum P103
	// checks against the valid ballots), but never a candidate: they
	// take no seat, go to no run-off, and a base of votes
	// (threshold.Votes) leaves them out, as the law's "votos
	// afirmativos" do. A base of lines (valid ballots) holds them.
	Blank bool `json:"blank,omitempty"`
	// List is the ID of the party (Election.Parties) an okrug candidate
	// stands for; "" for an independent, or where it is not known. A
	// compensatory list allocation (the Scottish Parliament's regional
	// seats) counts the okrug seats a list's candidates won against it.
	List string `json:"list,omitempty"`
	// NoList says that the candidate carries no list: an independent, or
	// a party's candidate with no list in the region (Scotland Act 1998,
	// s. 8 counts only the seats of a registered party that stands a
	// list there). A compensatory list allocation counts the seat of such
	// a winner against no list; a winner with neither List nor NoList
	// leaves the region's list seats provisional (the list may be data
	// missing). Set with List it is an error.
	NoList bool `json:"no_list,omitempty"`
	// Region, for a candidate of a party's list (Party.Candidates) whose
	// list seats go by region (a rule set's list.constituency "region":
	// Scotland's, the Senedd's regional lists), is the region whose list
	// the candidate stands on; "" stands in every region. A list that
	// would win more seats in a region than it has candidates there is
	// exhausted (the rule set's list.exhausted). An individual regional
	// candidate is a party of one candidate.
	Region string `json:"region,omitempty"`
}

// Party is a party (or bloc) with its list of candidates in list order.
type Party struct {
	ID         string      `json:"id"`
	Name       string      `json:"name"`
	NameKy     string      `json:"name_ky,omitempty"`
	NameRu     string      `json:"name_ru,omitempty"`
	BallotNo   int         `json:"ballot_no,omitempty"`
	Candidates []Candidate `json:"candidates,omitempty"`
	// Provenance of the party's vote total as the dataset reproduces it.
	Provenance Provenance `json:"provenance,omitempty"`
	// Aggregate says that the choice is the sum of several lists' votes
	// ("Others", "Altri"), not one list: it never passes a threshold or
	// takes a seat (Candidate.Aggregate).
	Aggregate bool `json:"aggregate,omitempty"`
	// Blank says that the choice is the blank votes of a ballot that
	// counts them among the valid votes (Spain's "votos en blanco": votos
	// válidos = a candidaturas + en blanco). As "against all" on the
	// Kyrgyz ballot, they are valid votes, in every threshold base and in
	// the sum of the choices, but no list: they pass no threshold and
	// take no seat. On the okrug ballot they are a Candidate.Blank.
	Blank bool `json:"blank,omitempty"`
	// Kind is what the law holds the list to another threshold for, free
	// text the rule set names in its thresholds' kinds ("coalition",
	// "coalition3", "minority": Poland's Sejm, 8% for a coalition, none
	// for a national minority's list). Empty, or a kind the rule set
	// does not name, is held to the threshold's own percent.
	Kind string `json:"kind,omitempty"`
}

// Region is one of the regions a regional threshold is checked in
// (in Kyrgyzstan: 7 oblasts and the cities of Bishkek and Osh). Voters
// abroad belong to no region.
type Region struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	NameKy string `json:"name_ky,omitempty"`
	NameRu string `json:"name_ru,omitempty"`
	// OkrugSeats gives, by party ID, the okrug seats won in the region's
	// okrugs as published, for a region whose okrugs the election does
	// not define (their protocols are not counted here): a compensatory
	// list tier counts them against the lists. A region with okrugs of
	// its own cannot give them. An empty map ("okrug_seats": {}) says
	// that no list won any; nil (the field left out) that they are not
	// given: a compensatory region with no okrug then has its list seats
	// not evaluated.
	OkrugSeats map[string]int `json:"okrug_seats,omitempty"`
}

// Okrug is a single-mandate district with its candidates in registration
// order.
type Okrug struct {
	ID         string      `json:"id"`
	Name       string      `json:"name"`
	Region     string      `json:"region,omitempty"`
	Candidates []Candidate `json:"candidates"`
	// Provenance of the okrug's result as the dataset reproduces it.
	Provenance Provenance `json:"provenance,omitempty"`
}

// Precinct is a polling station. Abroad precincts have no okrug and no
// region and issue only the list ballot.
type Precinct struct {
	ID     string `json:"id"`
	Region string `json:"region,omitempty"`
	Okrug  string `json:"okrug,omitempty"`
	Abroad bool   `json:"abroad,omitempty"`
}

// Election is the definition of an election and the protocols of its
// precincts.
type Election struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	Date       string `json:"date,omitempty"` // YYYY-MM-DD
	Provenance string `json:"provenance,omitempty"`
	// ProtocolProvenance is the provenance of the precinct protocols where
	// it is not their parties' own: every figure by region or precinct
	// rests on them, so a list whose national votes are official but whose
	// protocols are synthetic (the kg2021 dataset) has a synthetic
	// regional verdict (List.RegionalProvenance). Empty: the figures'.
	ProtocolProvenance Provenance `json:"protocol_provenance,omitempty"`
	Regions            []Region   `json:"regions"`
	Okrugs             []Okrug    `json:"okrugs"`
	Parties            []Party    `json:"parties"`
	// Ballots says what each ballot offers besides its parties or
	// candidates. Left out, both ballots have "against all" (the Kyrgyz
	// ballots); a ballot without it is declared
	// {"ballots": {"list": {"against_all": false}}}.
	Ballots Ballots `json:"ballots,omitzero"`
	// Precincts and Protocols come last in the JSON (the election's hash
	// is computed as they are written, after the rest).
	Precincts []Precinct `json:"precincts"`
	Protocols []Protocol `json:"protocols"`
}

// Ballots holds the form of each ballot.
type Ballots struct {
	List  BallotForm `json:"list,omitzero"`
	Okrug BallotForm `json:"okrug,omitzero"`
}

// BallotForm is what one ballot offers besides its parties or candidates.
type BallotForm struct {
	// AgainstAll says whether the ballot has the choice "against all"
	// (AgainstAll); nil means it has.
	AgainstAll *bool `json:"against_all,omitempty"`
}

// HasAgainstAll says whether ballot kind k has the choice "against all":
// yes unless the definition says no (Ballots). A nil e has the default.
func (e *Election) HasAgainstAll(k BallotKind) bool {
	if e == nil {
		return true
	}
	b := e.Ballots.List
	if k == OkrugBallot {
		b = e.Ballots.Okrug
	}
	return b.AgainstAll == nil || *b.AgainstAll
}

// Party returns the party with the given ID; a nil e has none.
func (e *Election) Party(id string) (*Party, bool) {
	if e == nil {
		return nil, false
	}
	for i := range e.Parties {
		if e.Parties[i].ID == id {
			return &e.Parties[i], true
		}
	}
	return nil, false
}

// Okrug returns the okrug with the given ID; a nil e has none.
func (e *Election) Okrug(id string) (*Okrug, bool) {
	if e == nil {
		return nil, false
	}
	for i := range e.Okrugs {
		if e.Okrugs[i].ID == id {
			return &e.Okrugs[i], true
		}
	}
	return nil, false
}
