package forensics

import (
	"errors"
	"fmt"
	"runtime"
)

// Params are the parameters of the analyses. The zero value of a field
// takes its default (DefaultParams), except Seed: 0 is a seed like any
// other.
type Params struct {
	// Seed seeds the Monte Carlo null: the same seed gives the same
	// draws, on every platform.
	Seed uint64
	// Draws is the number of Monte Carlo draws of the null (default
	// 1000, at most 1,000,000).
	Draws int
	// Choice is the choice whose share the comet and the integer
	// percentages look at (default: the one with the most votes).
	Choice string
	// Alpha is the significance level a test's "rejected" compares its
	// p-value with (p < Alpha; default 0.05). It decides nothing else.
	Alpha float64
	// MinBase is the smallest base (voters for turnout, ballots for a
	// share) of a precinct the integer-percentage test looks at (default
	// and least: 100; below 100 voters every count is nearest to some
	// integer percent).
	MinBase int64
	// MinCount is the smallest vote count whose last digit is tested
	// (default and least: 100).
	MinCount int64
	// InvalidK and InvalidFloor are the invalid-ballots fingerprint's
	// multiple of the precincts' median share and least share in percent, as
	// decimal texts read exactly ("3", "2.5"; "" the defaults 3 and 5);
	// InvalidMinBallots the fewest ballots of a precinct it lists
	// (default 100). See Invalid.
	InvalidK, InvalidFloor string
	InvalidMinBallots      int64
	// Workers is the number of goroutines (default: GOMAXPROCS). The
	// result does not depend on it.
	Workers int
}

// Defaults.
const (
	DefaultDraws    = 1000
	DefaultAlpha    = 0.05
	DefaultMinBase  = 100
	DefaultMinCount = 100
	MaxDraws        = 1_000_000
)

// ErrParams is wrapped by errors about a parameter out of range.
var ErrParams = errors.New("forensics: parameter out of range")

func (p Params) withDefaults() (Params, error) {
	if p.Draws == 0 {
		p.Draws = DefaultDraws
	}
	if p.Alpha == 0 {
		p.Alpha = DefaultAlpha
	}
	if p.MinBase == 0 {
		p.MinBase = DefaultMinBase
	}
	if p.MinCount == 0 {
		p.MinCount = DefaultMinCount
	}
	if p.InvalidK == "" {
		p.InvalidK = DefaultInvalidK
	}
	if p.InvalidFloor == "" {
		p.InvalidFloor = DefaultInvalidFloor
	}
	if p.InvalidMinBallots == 0 {
		p.InvalidMinBallots = DefaultInvalidMinBallots
	}
	if p.Workers <= 0 {
		p.Workers = runtime.GOMAXPROCS(0)
	}
	switch {
	case p.Draws < 1 || p.Draws > MaxDraws:
		return p, fmt.Errorf("%w: draws %d: want 1..%d", ErrParams, p.Draws, MaxDraws)
	case !(p.Alpha > 0 && p.Alpha < 1):
		return p, fmt.Errorf("%w: alpha %v: want more than 0 and less than 1", ErrParams, p.Alpha)
	case p.MinBase < 100:
		return p, fmt.Errorf("%w: min base %d: want at least 100", ErrParams, p.MinBase)
	case p.MinCount < 100:
		return p, fmt.Errorf("%w: min count %d: want at least 100", ErrParams, p.MinCount)
	}
	if _, _, err := invalidParams(p); err != nil {
		return p, err
	}
	return p, nil
}

// Report is what Analyze finds. Its JSON is byte-identical on every
// platform for the same data and parameters.
type Report struct {
	Seed     uint64  `json:"seed,string"`
	Draws    int     `json:"draws"`
	Alpha    float64 `json:"alpha"`
	MinBase  int64   `json:"min_base"`
	MinCount int64   `json:"min_count"`
	// Choice is the choice whose share is studied, and how it was chosen
	// ("given" or "leader": the most votes in the precincts read).
	Choice     string `json:"choice"`
	ChoiceName string `json:"choice_name"`
	ChoiceBy   string `json:"choice_by"`
	Precincts  int    `json:"precincts"`
	// Annulled is the number of precincts left out as annulled (Data's).
	Annulled int `json:"annulled_precincts,omitempty"`
	// Choices name every choice of the list ballot, in order.
	Choices []ChoiceName `json:"choices"`
	Skipped []Skip       `json:"skipped"`
	// Inputs name the files read and their SHA-256, as the caller gives
	// them (Analyze leaves it empty).
	Inputs []Input `json:"inputs"`

	Comet   Comet   `json:"comet"`
	Integer Integer `json:"integer"`
	Digits  Digits  `json:"digits"`
	Machine Machine `json:"machine"`
	Regions Regions `json:"regions"`
	Sizes   Sizes   `json:"sizes"`
	Invalid Invalid `json:"invalid"`
}

// ChoiceName is a choice's ID and its names (Russian and Kyrgyz when the
// definition gives them).
type ChoiceName struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	NameRu string `json:"name_ru,omitempty"`
	NameKy string `json:"name_ky,omitempty"`
}

// Input is a file the data was read from.
type Input struct {
	Name   string `json:"name"`
	SHA256 string `json:"sha256,omitempty"`
}

// Analyze runs every analysis on d.
func Analyze(d *Data, p Params) (*Report, error) {
	if d == nil {
		return nil, ErrNil
	}
	p, err := p.withDefaults()
	if err != nil {
		return nil, err
	}
	if len(d.Precincts) == 0 {
		return nil, ErrNoData
	}
	if err := d.check(); err != nil {
		return nil, err
	}
	r := &Report{Seed: p.Seed, Draws: p.Draws, Alpha: p.Alpha, MinBase: p.MinBase, MinCount: p.MinCount,
		Precincts: len(d.Precincts), Annulled: d.Annulled, Skipped: append([]Skip{}, d.Skipped...), Inputs: []Input{}}
	c, err := d.pick(p.Choice)
	if err != nil {
		return nil, err
	}
	r.Choice, r.ChoiceName, r.ChoiceBy = d.Choices[c], at(d.Names, c), "leader"
	for j, id := range d.Choices {
		r.Choices = append(r.Choices, ChoiceName{ID: id, Name: at(d.Names, j), NameRu: at(d.NamesRu, j), NameKy: at(d.NamesKy, j)})
	}
	if p.Choice != "" {
		r.ChoiceBy = "given"
	}
	if over := d.over(); over > 0 {
		r.Skipped = append(r.Skipped, Skip{Reason: SkipOver, Count: over})
	}
	var missing, more int
	for i := range d.Precincts {
		switch x := &d.Precincts[i]; {
		case x.Votes[c] < 0:
			missing++
		case x.Votes[c] > x.Ballots:
			more++
		}
	}
	if missing > 0 {
		r.Skipped = append(r.Skipped, Skip{Reason: SkipNoChoice, Count: missing})
	}
	if more > 0 {
		r.Skipped = append(r.Skipped, Skip{Reason: SkipChoiceOver, Count: more})
	}
	r.Comet = comet(d, c, p.Alpha)
	r.Integer = integer(d, c, p)
	r.Digits = digits(d, p)
	r.Machine = machine(d)
	r.Regions = regions(d)
	r.Sizes = sizes(d)
	r.Invalid = invalid(d, p)
	return r, nil
}

// at returns s[i], or "" when s is too short (Data built by hand).
func at(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return ""
}

// ErrData is wrapped by the errors about Data built by hand that
// FromElection would not make: figures out of range, vote slices of the
// wrong length.
var ErrData = errors.New("forensics: malformed data")

// check checks what FromElection guarantees, so that no figure makes an
// index out of range or a product past int64.
func (d *Data) check() error {
	bad := func(what, id string) error { return fmt.Errorf("%w: %s %q", ErrData, what, id) }
	for i := range d.Precincts {
		x := &d.Precincts[i]
		switch {
		case len(x.Votes) != len(d.Choices):
			return bad("votes of another length than the choices at precinct", x.ID)
		case x.Voters <= 0 || x.Voters > MaxFigure || x.Ballots < 0 || x.Ballots > MaxFigure:
			return bad("voters or ballots out of 1..MaxFigure at precinct", x.ID)
		case x.Invalid < -1 || x.Invalid > x.Ballots:
			return bad("invalid ballots out of -1..ballots at precinct", x.ID)
		}
		for _, v := range x.Votes {
			if v < -1 || v > MaxFigure {
				return bad("votes out of -1..MaxFigure at precinct", x.ID)
			}
		}
	}
	for _, p := range d.Pairs {
		if len(p.Diff) != len(d.Choices) {
			return bad("differences of another length than the choices at pair", p.Precinct)
		}
		for _, v := range p.Diff {
			if v < -MaxFigure || v > MaxFigure {
				return bad("difference out of range at pair", p.Precinct)
			}
		}
	}
	return nil
}

// ErrChoice is returned for a choice the data does not have.
var ErrChoice = errors.New("forensics: unknown choice")

// pick returns the index of choice id, or of the choice with the most
// votes (the first in definition order of those level) when id is "".
func (d *Data) pick(id string) (int, error) {
	if len(d.Choices) == 0 {
		return 0, fmt.Errorf("%w: the data has no choices", ErrChoice)
	}
	if id != "" {
		if c := d.choice(id); c >= 0 {
			return c, nil
		}
		return 0, fmt.Errorf("%w %q (the list ballot has %v)", ErrChoice, id, d.Choices)
	}
	sums := make([]int64, len(d.Choices))
	for i := range d.Precincts {
		for j, v := range d.Precincts[i].Votes {
			if v > 0 {
				sums[j] += v
			}
		}
	}
	best := 0
	for j, s := range sums {
		if s > sums[best] {
			best = j
		}
	}
	return best, nil
}

// over counts the precincts with more ballots than voters, which the
// turnout analyses leave out.
func (d *Data) over() int {
	n := 0
	for i := range d.Precincts {
		if d.Precincts[i].Ballots > d.Precincts[i].Voters {
			n++
		}
	}
	return n
}

// turnoutOK says whether precinct x has a turnout (0..100%).
func (x *Precinct) turnoutOK() bool { return x.Voters > 0 && x.Ballots <= x.Voters }

// shareOK says whether precinct x has a share of choice c.
func (x *Precinct) shareOK(c int) bool {
	return x.Ballots > 0 && x.Votes[c] >= 0 && x.Votes[c] <= x.Ballots
}
