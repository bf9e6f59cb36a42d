package synth

import (
	"errors"
	"fmt"
)

// MaxPrecincts bounds Config.Precincts and Config.Abroad.
const MaxPrecincts = 100_000_000

// MaxCandidates is the longest party list the Kyrgyz list rules allow.
const MaxCandidates = 54

// Config describes a synthetic election. Generate rejects a Config that
// Validate rejects; DefaultConfig gives one that works.
type Config struct {
	// Seed seeds the PCG generator: the same Config gives the same election,
	// byte for byte.
	Seed uint64 `json:"seed"`
	// Precincts is the number of precincts in the country; each issues a
	// list ballot and an okrug ballot.
	Precincts int `json:"precincts"`
	// Abroad is the number of precincts abroad: list ballot only, no
	// region, no okrug.
	Abroad int `json:"abroad"`
	// Regions must satisfy 1 <= Regions <= Okrugs (0 only when Precincts is 0).
	Regions int `json:"regions"`
	// Okrugs must satisfy Okrugs <= Precincts: every okrug has a precinct.
	Okrugs int `json:"okrugs"`
	// Lists is the number of party lists on the list ballot (1..1000).
	Lists int `json:"lists"`
	// CandidatesPerList is the length of each party list (2..54).
	CandidatesPerList int `json:"candidates_per_list"`
	// OkrugCandidates is the number of candidates in each okrug (1..100).
	OkrugCandidates int `json:"okrug_candidates"`
	// TurnoutMin and TurnoutMax bound the turnout of each precinct in
	// percent of its voters (1 <= TurnoutMin <= TurnoutMax <= 100).
	TurnoutMin int `json:"turnout_min"`
	TurnoutMax int `json:"turnout_max"`
	// Preferences makes list protocols carry preference votes for every
	// candidate of every list (Lists*CandidatesPerList entries a protocol:
	// costly at a million precincts).
	Preferences bool `json:"preferences"`
	// TurnoutCounts draws each precinct's voters who take part uniformly
	// among the counts from TurnoutMin% to TurnoutMax% of its voters, at
	// the resolution of one voter, instead of from a turnout in per mille:
	// a per-mille turnout lands on whole percents one time in ten, which
	// is not what chance gives a precinct of 1,550 voters (one in 15.5).
	// Tests of integer percentages (package forensics) want it on.
	TurnoutCounts bool `json:"turnout_counts,omitempty"`
	// MachineProtocols also emits, for each manual protocol, the protocol of
	// the automatic ballot box count, equal to the manual one.
	MachineProtocols bool `json:"machine_protocols"`
}

// DefaultConfig returns the shape of the 2021 Kyrgyz election scaled to the
// given number of precincts: 21 lists of 20 candidates, 36 okrugs of 6
// candidates in 9 regions (fewer when there are fewer precincts), abroad
// precincts in the 2021 proportion (59 to 2,435), turnout 20-60%,
// preference votes on, no machine protocols.
func DefaultConfig(seed uint64, precincts int) Config {
	okrugs := min(36, max(precincts, 0))
	return Config{
		Seed:              seed,
		Precincts:         precincts,
		Abroad:            max(precincts, 0) * 59 / 2435,
		Regions:           min(9, okrugs),
		Okrugs:            okrugs,
		Lists:             21,
		CandidatesPerList: 20,
		OkrugCandidates:   6,
		TurnoutMin:        20,
		TurnoutMax:        60,
		Preferences:       true,
	}
}

// ErrConfig is the sentinel every *ConfigError wraps.
var ErrConfig = errors.New("synth: invalid config")

// ErrInfeasible is returned when totals cannot be split as asked (a total
// larger than the sum of its caps, weights all zero, negative figures).
var ErrInfeasible = errors.New("synth: totals cannot be met")

// ConfigError names the Config field that is out of range.
type ConfigError struct {
	Field  string
	Value  int
	Reason string
}

func (e *ConfigError) Error() string {
	if e == nil { // a nil error value prints as fmt prints a nil error
		return "<nil>"
	}
	return fmt.Sprintf("synth: config %s = %d: %s", e.Field, e.Value, e.Reason)
}

// Unwrap returns ErrConfig.
func (e *ConfigError) Unwrap() error { return ErrConfig }

// Validate reports the first field out of range as a *ConfigError.
func (c Config) Validate() error {
	bad := func(f string, v int, why string) error { return &ConfigError{Field: f, Value: v, Reason: why} }
	switch {
	case c.Precincts < 0 || c.Precincts > MaxPrecincts:
		return bad("precincts", c.Precincts, fmt.Sprintf("want 0..%d", MaxPrecincts))
	case c.Abroad < 0 || c.Abroad > MaxPrecincts:
		return bad("abroad", c.Abroad, fmt.Sprintf("want 0..%d", MaxPrecincts))
	case c.Okrugs < 0 || c.Okrugs > c.Precincts:
		return bad("okrugs", c.Okrugs, "want 0..precincts: every okrug needs a precinct")
	case c.Precincts > 0 && c.Okrugs == 0:
		return bad("okrugs", c.Okrugs, "precincts in the country need at least one okrug")
	case c.Regions < 0 || c.Regions > c.Okrugs:
		return bad("regions", c.Regions, "want 0..okrugs: every region needs an okrug")
	case c.Precincts > 0 && c.Regions == 0:
		return bad("regions", c.Regions, "precincts in the country need at least one region")
	case c.Lists < 1 || c.Lists > 1000:
		return bad("lists", c.Lists, "want 1..1000")
	case c.CandidatesPerList < 2 || c.CandidatesPerList > MaxCandidates:
		return bad("candidates_per_list", c.CandidatesPerList, fmt.Sprintf("want 2..%d (at least 2 with disabilities)", MaxCandidates))
	case c.Okrugs > 0 && (c.OkrugCandidates < 1 || c.OkrugCandidates > 100):
		return bad("okrug_candidates", c.OkrugCandidates, "want 1..100")
	case c.TurnoutMin < 1 || c.TurnoutMin > 100:
		return bad("turnout_min", c.TurnoutMin, "want 1..100 percent")
	case c.TurnoutMax < c.TurnoutMin || c.TurnoutMax > 100:
		return bad("turnout_max", c.TurnoutMax, "want turnout_min..100 percent")
	}
	return nil
}
