package forensics

import (
	"errors"
	"fmt"
	"slices"
	"sort"

	"github.com/shailoo/shailoo/election"
)

// ErrNil is returned for a nil election or data.
var ErrNil = errors.New("forensics: nil input")

// ErrNoData is returned when no precinct has the figures an analysis
// needs (voters, invalid and valid ballots on a list protocol).
var ErrNoData = errors.New("forensics: no precinct with voters, invalid and valid ballots")

// MaxFigure is the largest figure of a protocol the analyses read (2^31,
// some two billion voters): a protocol with a larger one is skipped.
const MaxFigure = 1 << 31

// Precinct is one precinct's manual list-ballot protocol as the analyses
// read it.
type Precinct struct {
	ID     string
	Region string
	Okrug  string
	// Voters on the list; Ballots: the voters who took part, invalid
	// plus valid ballots.
	Voters, Ballots int64
	// Invalid is the invalid ballots of Ballots; -1 when not given (Data
	// built by hand: FromElection reads only protocols that give it).
	Invalid int64
	// Votes per choice, in the order of Data.Choices; -1 when the
	// protocol does not give the figure.
	Votes []int64
}

// Pair is a precinct with both a manual and a machine (automatic ballot
// box) list protocol.
type Pair struct {
	Precinct string
	Okrug    string
	Region   string
	// Diff holds manual minus machine per choice of Data.Choices (0 when
	// either lacks the figure).
	Diff []int64
	// Ballots are the manual count's ballots (invalid + valid).
	Ballots int64
}

// Data is what the analyses read: the choices of the list ballot and one
// entry per precinct.
type Data struct {
	// Choices are the choice IDs of the list ballot (parties in
	// definition order, then "against all" when the ballot has it).
	Choices []string
	// Names of the choices in English, Russian and Kyrgyz (the Russian
	// and Kyrgyz ones "" when the definition gives none).
	Names, NamesRu, NamesKy []string
	// Regions and Okrugs name the IDs the precincts use.
	RegionNames map[string]string
	OkrugNames  map[string]string
	// RegionNamesRu and RegionNamesKy hold the regions' Russian and
	// Kyrgyz names the definition gives.
	RegionNamesRu, RegionNamesKy map[string]string
	Precincts                    []Precinct
	Pairs                        []Pair
	// Skipped counts, by reason, the protocols left out.
	Skipped []Skip
	// Annulled is the number of precincts whose results were annulled
	// and left out before FromElection (their protocols are counted in
	// Skipped as SkipAnnulled): the caller that annuls them sets both.
	Annulled int
}

// Skip is a reason protocols were left out and how many.
type Skip struct {
	Reason string `json:"reason"`
	Count  int    `json:"count"`
}

// Skip reasons.
const (
	SkipNoLines  = "no_voters_invalid_or_valid" // the protocol lacks voters, invalid or valid
	SkipNoVoters = "no_voters"                  // voters on the list is 0
	SkipTooLarge = "figure_above_2^31"          // a figure above MaxFigure
	SkipNegative = "negative_figure"            // a negative figure
	SkipOver     = "more_ballots_than_voters"   // invalid + valid > voters (kept out of turnout only)
	SkipRepeated = "repeated_protocol"          // a second manual list protocol of one precinct
	SkipNoManual = "machine_protocol_only"      // a machine protocol without a manual one
	SkipAnnulled = "annulled_precinct"          // a protocol of a precinct whose results are annulled
	// The studied choice's votes missing, or more than the ballots: the
	// precinct is kept out of the comet and of the share's tests.
	SkipNoChoice   = "choice_votes_missing"
	SkipChoiceOver = "choice_votes_above_ballots"
)

// FromElection reads the manual list-ballot protocols of e (one per
// precinct: a second one is skipped and counted) and pairs each with the
// machine-count protocol of its precinct when there is one. Okrug-ballot
// protocols are not read: the list ballot is the one every precinct,
// abroad included, issues.
func FromElection(e *election.Election) (*Data, error) {
	if e == nil {
		return nil, ErrNil
	}
	d := &Data{RegionNames: map[string]string{}, OkrugNames: map[string]string{}, RegionNamesRu: map[string]string{}, RegionNamesKy: map[string]string{}}
	for _, p := range e.Parties {
		d.Choices = append(d.Choices, p.ID)
		d.Names = append(d.Names, p.Name)
		d.NamesRu = append(d.NamesRu, p.NameRu)
		d.NamesKy = append(d.NamesKy, p.NameKy)
	}
	if e.HasAgainstAll(election.ListBallot) {
		d.Choices = append(d.Choices, election.AgainstAll)
		d.Names = append(d.Names, "against all")
		d.NamesRu = append(d.NamesRu, "против всех")
		d.NamesKy = append(d.NamesKy, "баарына каршы")
	}
	for _, r := range e.Regions {
		d.RegionNames[r.ID] = r.Name
		d.RegionNamesRu[r.ID], d.RegionNamesKy[r.ID] = r.NameRu, r.NameKy
	}
	for _, o := range e.Okrugs {
		d.OkrugNames[o.ID] = o.Name
	}
	where := make(map[string]election.Precinct, len(e.Precincts))
	for _, p := range e.Precincts {
		if _, ok := where[p.ID]; !ok {
			where[p.ID] = p
		}
	}
	skips := map[string]int{}
	seen := make(map[string]int, len(e.Protocols))
	var machines []*election.Protocol
	list, okrug := 0, 0
	for i := range e.Protocols {
		p := &e.Protocols[i]
		if p.Ballot != election.ListBallot {
			if p.Ballot == election.OkrugBallot {
				okrug++
			}
			continue
		}
		list++
		if p.Machine {
			machines = append(machines, p)
			continue
		}
		if _, dup := seen[p.Precinct]; dup {
			skips[SkipRepeated]++
			continue
		}
		v, ok1 := p.Lines[election.Voters]
		inv, ok2 := p.Lines[election.Invalid]
		val, ok3 := p.Lines[election.Valid]
		switch {
		case !ok1 || !ok2 || !ok3:
			skips[SkipNoLines]++
			continue
		case v < 0 || inv < 0 || val < 0:
			skips[SkipNegative]++
			continue
		case v > MaxFigure || inv > MaxFigure || val > MaxFigure:
			// Every product the analyses make (a·b of two figures)
			// then stays within int64.
			skips[SkipTooLarge]++
			continue
		case v == 0:
			skips[SkipNoVoters]++
			continue
		}
		pr := where[p.Precinct]
		x := Precinct{ID: p.Precinct, Region: pr.Region, Okrug: pr.Okrug, Voters: v, Ballots: inv + val, Invalid: inv, Votes: make([]int64, len(d.Choices))}
		for j, c := range d.Choices {
			n, ok := p.Votes[c]
			if !ok || n < 0 || n > MaxFigure {
				n = -1
			}
			x.Votes[j] = n
		}
		seen[p.Precinct] = len(d.Precincts)
		d.Precincts = append(d.Precincts, x)
	}
	paired := map[string]bool{}
	for _, m := range machines {
		i, ok := seen[m.Precinct]
		if !ok {
			skips[SkipNoManual]++
			continue
		}
		if paired[m.Precinct] {
			skips[SkipRepeated]++
			continue
		}
		paired[m.Precinct] = true
		x := d.Precincts[i]
		pr := Pair{Precinct: x.ID, Okrug: x.Okrug, Region: x.Region, Ballots: x.Ballots, Diff: make([]int64, len(d.Choices))}
		for j, c := range d.Choices {
			n, ok := m.Votes[c]
			if ok && x.Votes[j] >= 0 && n >= 0 {
				pr.Diff[j] = x.Votes[j] - n
			}
		}
		d.Pairs = append(d.Pairs, pr)
	}
	sort.Slice(d.Pairs, func(i, j int) bool { return d.Pairs[i].Precinct < d.Pairs[j].Precinct })
	d.Skipped = skipList(skips)
	if len(d.Precincts) == 0 {
		if list == 0 && okrug > 0 {
			// A vote of one office (a president) mapped as the okrug
			// ballot: the precincts are there, on the other ballot.
			return d, fmt.Errorf("%w: the tests read the list ballot, and the %d protocols are of the okrug ballot (a vote of one office, a president's, is read as a list ballot: \"ballot\": \"list\" in the mapping)", ErrNoData, okrug)
		}
		return d, ErrNoData
	}
	return d, nil
}

func skipList(m map[string]int) []Skip {
	var out []Skip
	for r, n := range m {
		out = append(out, Skip{Reason: r, Count: n})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Reason < out[j].Reason })
	return out
}

// choice returns the index of id in d.Choices, or -1.
func (d *Data) choice(id string) int {
	return slices.Index(d.Choices, id)
}
