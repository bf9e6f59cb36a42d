package datasets

import (
	"maps"
	"slices"

	"github.com/shailoo/shailoo/election"
)

// Figure is one published number a dataset reproduces (or, with provenance
// synthetic, one number it had to choose), with where it comes from.
//
// Name is a stable path such as "participants", "votes/ata-jurt" or
// "okrug/27/share_percent"; Value is the number as published ("1281622",
// "17.32") or a name.
type Figure struct {
	Name       string              `json:"name"`
	Value      string              `json:"value"`
	Provenance election.Provenance `json:"provenance"`
	Source     string              `json:"source"`
}

// PublishedList is a party list's published result.
//
// Votes is 0 when only a percent was published. Percent is the share of
// participants as published (final for official lists, preliminary
// otherwise). WomenSeatsCEC is the women seated under the CEC's reading of
// the quota (rounding up), WomenSeatsCourt under the courts' (half up); the
// courts ruled only on Alliance, and for the other lists both readings give
// the same number, which WomenSeatsCourt repeats. NameKy and NameRu are
// the list's name in Kyrgyz and in Russian as its source spells it
// (kg2021/README.md names the source of each).
type PublishedList struct {
	ID              string              `json:"id"`
	Name            string              `json:"name"`
	NameKy          string              `json:"name_ky,omitempty"`
	NameRu          string              `json:"name_ru,omitempty"`
	Votes           int64               `json:"votes"`
	Percent         string              `json:"percent"`
	Seats           int                 `json:"seats"`
	WomenSeatsCEC   int                 `json:"women_seats_cec"`
	WomenSeatsCourt int                 `json:"women_seats_court"`
	Provenance      election.Provenance `json:"provenance"`
}

// PublishedOkrug is an okrug's published leader after the manual count.
//
// Leader is the leader's candidate ID in the dataset's Election, "" when
// "against all" led; LeaderName is the name as published. SharePercent is
// the leader's (or against all's) share of the okrug ballot's participants
// (invalid + valid ballots), to 2 decimals as published. Outcome is
// "elected" or "repeat_election".
type PublishedOkrug struct {
	ID           string              `json:"id"`
	District     string              `json:"district"`
	Leader       string              `json:"leader"`
	LeaderName   string              `json:"leader_name"`
	SharePercent string              `json:"share_percent"`
	Outcome      string              `json:"outcome"`
	Provenance   election.Provenance `json:"provenance"`
}

// Okrug outcomes as published.
const (
	Elected        = "elected"
	RepeatElection = "repeat_election"
)

// Dataset is an election with the published figures it reproduces.
// Participants and Voters are the published national totals (list ballot).
type Dataset struct {
	ID           string             `json:"id"`
	Name         string             `json:"name"`
	About        string             `json:"about"`
	Election     *election.Election `json:"election"`
	Figures      []Figure           `json:"figures"`
	Lists        []PublishedList    `json:"lists"`
	Okrugs       []PublishedOkrug   `json:"okrugs"`
	Participants int64              `json:"participants"`
	Voters       int64              `json:"voters"`
}

// Clone returns a deep copy of d: nothing in it shares memory with d. The
// copy of a nil d is nil.
func (d *Dataset) Clone() *Dataset {
	if d == nil {
		return nil
	}
	c := *d
	c.Election = cloneElection(d.Election)
	c.Figures = slices.Clone(d.Figures)
	c.Lists = slices.Clone(d.Lists)
	c.Okrugs = slices.Clone(d.Okrugs)
	return &c
}

func cloneElection(e *election.Election) *election.Election {
	if e == nil {
		return nil
	}
	c := *e
	c.Regions = slices.Clone(e.Regions)
	c.Okrugs = slices.Clone(e.Okrugs)
	for i := range c.Okrugs {
		c.Okrugs[i].Candidates = cloneCandidates(e.Okrugs[i].Candidates)
	}
	c.Parties = slices.Clone(e.Parties)
	for i := range c.Parties {
		c.Parties[i].Candidates = cloneCandidates(e.Parties[i].Candidates)
	}
	c.Precincts = slices.Clone(e.Precincts)
	c.Protocols = slices.Clone(e.Protocols)
	for i := range c.Protocols {
		p := &c.Protocols[i]
		p.Lines = maps.Clone(p.Lines)
		p.Votes = maps.Clone(p.Votes)
		p.Preferences = maps.Clone(p.Preferences)
	}
	return &c
}

func cloneCandidates(cs []election.Candidate) []election.Candidate {
	out := slices.Clone(cs)
	for i := range out {
		out[i].Under35 = cloneBool(out[i].Under35)
		out[i].Minority = cloneBool(out[i].Minority)
		out[i].Disability = cloneBool(out[i].Disability)
	}
	return out
}

func cloneBool(b *bool) *bool {
	if b == nil {
		return nil
	}
	v := *b
	return &v
}
