package synth

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/shailoo/shailoo/election"
)

func TestConfigValidate(t *testing.T) {
	ok := DefaultConfig(1, 100)
	tests := []struct {
		name  string
		edit  func(*Config)
		field string
	}{
		{"default", func(*Config) {}, ""},
		{"abroad only", func(c *Config) {
			*c = Config{Abroad: 3, Lists: 2, CandidatesPerList: 2, TurnoutMin: 20, TurnoutMax: 20}
		}, ""},
		{"negative precincts", func(c *Config) { c.Precincts = -1 }, "precincts"},
		{"more okrugs than precincts", func(c *Config) { c.Okrugs = 101 }, "okrugs"},
		{"no okrug", func(c *Config) { c.Okrugs, c.Regions = 0, 0 }, "okrugs"},
		{"more regions than okrugs", func(c *Config) { c.Regions = 37 }, "regions"},
		{"no region", func(c *Config) { c.Regions = 0 }, "regions"},
		{"no list", func(c *Config) { c.Lists = 0 }, "lists"},
		{"one candidate", func(c *Config) { c.CandidatesPerList = 1 }, "candidates_per_list"},
		{"55 candidates", func(c *Config) { c.CandidatesPerList = 55 }, "candidates_per_list"},
		{"no okrug candidate", func(c *Config) { c.OkrugCandidates = 0 }, "okrug_candidates"},
		{"zero turnout", func(c *Config) { c.TurnoutMin = 0 }, "turnout_min"},
		{"max below min", func(c *Config) { c.TurnoutMax = 10 }, "turnout_max"},
		{"above 100%", func(c *Config) { c.TurnoutMax = 101 }, "turnout_max"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok
			tt.edit(&c)
			err := c.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			var ce *ConfigError
			if !errors.As(err, &ce) || !errors.Is(err, ErrConfig) || ce.Field != tt.field {
				t.Fatalf("Validate() = %v, want a ConfigError on %s", err, tt.field)
			}
			if _, err := Generate(c); !errors.Is(err, ErrConfig) {
				t.Errorf("Generate: err = %v, want ErrConfig", err)
			}
		})
	}
}

func TestGenerateDefault(t *testing.T) {
	c := DefaultConfig(7, 2435)
	c.MachineProtocols = true
	e, err := Generate(c)
	if err != nil {
		t.Fatal(err)
	}
	if err := Check(e); err != nil {
		t.Fatal(err)
	}
	if got, want := len(e.Precincts), 2435+59; got != want {
		t.Errorf("%d precincts, want %d", got, want)
	}
	if got, want := len(e.Protocols), 4*2435+2*59; got != want {
		t.Errorf("%d protocols, want %d", got, want)
	}
	if len(e.Regions) != 9 || len(e.Okrugs) != 36 || len(e.Parties) != 21 {
		t.Errorf("%d regions, %d okrugs, %d parties", len(e.Regions), len(e.Okrugs), len(e.Parties))
	}
	if err := checkRealistic(e, c); err != nil {
		t.Error(err)
	}
	// Party support varies by region: the leader of some region is not
	// the national leader, or at least shares differ between regions.
	region := map[string]string{}
	for _, p := range e.Precincts {
		region[p.ID] = p.Region
	}
	share := map[string][2]int64{}
	for _, p := range e.Protocols {
		if p.Ballot != election.ListBallot || p.Machine {
			continue
		}
		r := region[p.Precinct]
		s := share[r]
		s[0] += p.Votes["p01"]
		s[1] += p.Lines[election.Valid]
		share[r] = s
	}
	lo, hi := int64(1000), int64(0)
	for _, s := range share {
		pm := 1000 * s[0] / s[1]
		lo, hi = min(lo, pm), max(hi, pm)
	}
	if hi-lo < 20 {
		t.Errorf("party p01 holds %d..%d per mille in every region: support does not vary", lo, hi)
	}
}

// checkRealistic checks the ranges Generate promises beyond consistency.
func checkRealistic(e *election.Election, c Config) error {
	for _, p := range e.Protocols {
		v := p.Lines[election.Voters]
		if v < 100 || v > 3000 {
			return fmt.Errorf("precinct %s: %d voters", p.Precinct, v)
		}
		if p.Ballot != election.ListBallot {
			continue
		}
		part := p.Participants()
		if 100*part < int64(c.TurnoutMin)*v-100 || 100*part > int64(c.TurnoutMax)*v {
			return fmt.Errorf("precinct %s: turnout %d of %d outside %d..%d%%", p.Precinct, part, v, c.TurnoutMin, c.TurnoutMax)
		}
	}
	return nil
}

func TestGenerateDeterministic(t *testing.T) {
	c := DefaultConfig(42, 9000) // more than two chunks
	c.MachineProtocols = true
	c.CandidatesPerList = 4
	a := mustJSON(t, c)
	if b := mustJSON(t, c); !bytes.Equal(a, b) {
		t.Fatal("two runs differ")
	}
	old := runtime.GOMAXPROCS(1)
	one := mustJSON(t, c)
	runtime.GOMAXPROCS(old)
	if !bytes.Equal(a, one) {
		t.Fatal("one core and all cores differ")
	}
	c.Seed++
	if bytes.Equal(a, mustJSON(t, c)) {
		t.Fatal("another seed gives the same election")
	}
}

func mustJSON(t *testing.T, c Config) []byte {
	t.Helper()
	e, err := Generate(c)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestStreamEqualsGenerate(t *testing.T) {
	c := DefaultConfig(3, 5000)
	c.MachineProtocols = true
	c.CandidatesPerList = 4
	e, err := Generate(c)
	if err != nil {
		t.Fatal(err)
	}
	var ps []election.Precinct
	var prs []election.Protocol
	def, err := Stream(c, func(p election.Precinct, pr []election.Protocol) error {
		ps = append(ps, p)
		prs = append(prs, pr...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	def.Precincts, def.Protocols = ps, prs
	a, _ := json.Marshal(e)
	b, _ := json.Marshal(def)
	if !bytes.Equal(a, b) {
		t.Fatal("Stream and Generate differ")
	}
	stop := errors.New("stop")
	n := 0
	if _, err := Stream(c, func(election.Precinct, []election.Protocol) error {
		n++
		if n == 10 {
			return stop
		}
		return nil
	}); !errors.Is(err, stop) || n != 10 {
		t.Fatalf("Stream: err = %v after %d calls, want stop after 10", err, n)
	}
}

// Every generated election is consistent, whatever the shape.
func TestGenerateProperties(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(1234)
	params.MinSuccessfulTests = 60
	props := gopter.NewProperties(params)
	props.Property("generated elections are consistent", prop.ForAll(
		func(seed uint64, precincts, abroad, okrugs, regions, lists, cands, okc, tmin, tspan int, prefs, machine bool) string {
			okrugs = 1 + okrugs%precincts
			c := Config{
				Seed: seed, Precincts: precincts, Abroad: abroad, Okrugs: okrugs, Regions: 1 + regions%okrugs,
				Lists: lists, CandidatesPerList: cands, OkrugCandidates: okc,
				TurnoutMin: tmin, TurnoutMax: min(100, tmin+tspan), Preferences: prefs, MachineProtocols: machine,
			}
			e, err := Generate(c)
			if err != nil {
				return fmt.Sprintf("%+v: %v", c, err)
			}
			if err := Check(e); err != nil {
				return fmt.Sprintf("%+v: %v", c, err)
			}
			if err := checkRealistic(e, c); err != nil {
				return fmt.Sprintf("%+v: %v", c, err)
			}
			if len(e.Precincts) != precincts+abroad {
				return fmt.Sprintf("%+v: %d precincts", c, len(e.Precincts))
			}
			return ""
		},
		gen.UInt64(), gen.IntRange(1, 300), gen.IntRange(0, 20), gen.IntRange(0, 50), gen.IntRange(0, 20),
		gen.IntRange(1, 30), gen.IntRange(2, 54), gen.IntRange(1, 12), gen.IntRange(1, 100), gen.IntRange(0, 60),
		gen.Bool(), gen.Bool(),
	))
	props.TestingRun(t)
}

func BenchmarkGenerate(b *testing.B) {
	for _, prefs := range []bool{false, true} {
		b.Run(fmt.Sprintf("100000/preferences=%v", prefs), func(b *testing.B) {
			c := DefaultConfig(1, 100_000)
			c.Preferences = prefs
			for b.Loop() {
				if _, err := Generate(c); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/100_000, "ns/precinct")
		})
	}
}
