package fuzz_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/validate"
)

var update = flag.Bool("update", false, "rewrite the seed corpora in testdata/fuzz from the repository's real inputs")

// repo is the repository root, seen from this package.
const repo = ".."

// seed is one seed corpus entry: its file name and its arguments.
type seed struct {
	name string
	args []any
}

// seedCorpora builds every target's seed corpus from real inputs: the
// example files of testdata/ingest, the presets, the kg2021 dataset cut
// down to a few precincts, and the summary the CEC published in 2021 with
// the election-night table whose shares added up to about 140%.
func seedCorpora(t *testing.T) map[string][]seed {
	t.Helper()
	read := func(path string) []byte {
		b, err := os.ReadFile(filepath.Join(repo, path))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	out := map[string][]seed{}

	for _, c := range []struct{ name, csv, mapping string }{
		{"small", "testdata/ingest/small-protocols.csv", "testdata/ingest/small-mapping.json"},
		{"ru", "testdata/ingest/protocols-ru.csv", "testdata/ingest/mapping-ru.json"},
		{"ky", "testdata/ingest/protocols-ky.csv", "testdata/ingest/mapping-ky.json"},
	} {
		out["FuzzIngestCSV"] = append(out["FuzzIngestCSV"], seed{c.name, []any{read(c.csv), read(c.mapping), false}})
	}
	bad := bytes.Replace(read("testdata/ingest/small-protocols.csv"), []byte(",167,"), []byte(",1x7,"), 1)
	out["FuzzIngestCSV"] = append(out["FuzzIngestCSV"],
		seed{"small-lenient-bad-cell", []any{bad, read("testdata/ingest/small-mapping.json"), true}})

	cut := kg2021Cut(t)
	out["FuzzElectionJSON"] = []seed{
		{"small-election", []any{read("testdata/ingest/small-election.json")}},
		{"kg2021-cut", []any{cut}},
	}

	for _, id := range shailoo.Presets() {
		out["FuzzRulesJSON"] = append(out["FuzzRulesJSON"], seed{id, []any{read("presets/" + id + ".json")}})
	}

	published, night := kg2021Summaries(t)
	out["FuzzSummaryJSON"] = []seed{
		{"kg2021-cec", []any{published}},
		{"kg2021-election-night-140", []any{night}},
	}

	// FuzzCount draws an election from bytes (fuzz.Election): the empty
	// input, a few byte patterns, and inputs found by a search that seat
	// list deputies or okrug winners.
	for i, data := range seatedSeeds {
		out["FuzzCount"] = append(out["FuzzCount"], seed{fmt.Sprintf("seated-%d", i+1), []any{[]byte(data)}})
	}
	for i, data := range okrugSeeds {
		out["FuzzCount"] = append(out["FuzzCount"], seed{fmt.Sprintf("okrug-winner-%d", i+1), []any{[]byte(data)}})
	}
	for _, c := range []struct{ name, data string }{
		{"empty", ""},
		{"one-of-each", "\x01\x01\x00\x01\x01\x00\x01\x01\x02\x01\x01\x01\x00\x02\x01\x01\x00\x00\x00\x01\x00\x00\x05\x02\x50\x03\x30"},
		{"full", strings.Repeat("\x03\x02\x01\x07\x00\x09", 24)},
		{"huge-counts", strings.Repeat("\x02\xff\xfe\xf0\x01", 30)},
		{"negative", strings.Repeat("\x04\x01\xe0\xe1\x05", 30)},
	} {
		out["FuzzCount"] = append(out["FuzzCount"], seed{c.name, []any{[]byte(c.data)}})
	}
	return out
}

// Inputs of fuzz.Election found by a search over random bytes (math/rand/v2
// PCG(5, 6)): seatedSeeds seat list deputies under kg2021, okrugSeeds
// elect okrug winners (under kg2015, whose okrug seats are 0).
var (
	seatedSeeds = []string{
		"\xbb\xec\x19ɒK}\xce\x1f.YF\xaa\x8c\b3\x1dڼ\x1d\xd0Z/\xe6Ȁ\xd45\x96\xb9\xaa\xbd\xe8>\xd8\x1el\x15\xa6\bN\x9f\xc3U\x96xҍ7\x9b9\xd3\b5Ul[\x17S1_Yq\x9c\x05N\xbcYH\x05`{)\x18\xfc\r\x99\xc5-E)\xa6p\x85E\xb36\x040\x18\xf3\a?\x89\xd59\xadd\x8e\xad\xe4;\x98F\x9eX\xc7H",
		"\xed\xabX\bB!\xc7\x03\x02\a\x81P\xe3>0x*\xa0\x83-\x8c\xc9\xd7\"51w\v\xb3\xcc\xd1\xff\x837,\xd8\x1f\x9e\xf9\x1az6\xe0gD\x9b\xcd\x1bWby\x1f\x9a\x04\t\x82b\x9a\x1bW\xefC\xe89\xd5leVj\xf9BY\xb4\xdfЊ\fc\xc4;\x9fYBPM\xde}\xc9m\xd4Ď\xd2\xea\x8dbf\x90\r\x03\n\x96\xa7\x84\xb1\xda=h\xb2\xf1\x98j\x1e\xf0\xb3\"\xd0\x04\xa1",
		"\xf8PA>@\x86\x7f\rRu+÷T\xf5H\t\xfe\xb2'\xa9W\x93q\x84m\x9e\x849\x9c\x8d\xbd\xb9\xb5\x8b\x1f1\a\xe8\xf3\xf0\xe0f\xa3LTB}P\xda>\xf6\x1a\xabA\x18\xba\xc3\xe3\x15\xa9\x05\x0f\x16>\x18\x81:\r\x06\xdd\xd6A\x88\xda\xdbwR\xae\xad\xceI\xbe\xaa\xba\xe6\xa5w\xad\xd2:J\xd4\x1b\x90\x8f\x12\xf7UN\x96X\xe9\xb6",
	}
	okrugSeeds = []string{
		"Ѿ\xc2\xdc\r\xeeZr\xae+\x10\x1d\x9e&\xac&\x9b\x00\xf6\x1e\xfa\xc4pd\x83\xf4\x1at\xec\x94!˗\x17[\x04\xb0\xcdjM\xa7(\\PA*Khg\xef\x04U\xda\xe0cB\xa5Ϥ\x15\x9et\x1ey\x87\x00\x90_\xdd\x19u\x87\xa1\x10\x909\xb4\x80\x01\xa2L\xf1\xc1XR\xc9C\x01/\xbcVh\xc0ݡ\x15\xb9\x9cv\xa2x\x97\xe4F\x17H\t\xa7\xeaU:\r",
		"\xa8\x16\xb2\xdb\r\xccb\xb2\x93\r\x81\xfe\xceJ\xab\xf5}\xf1~ e\xa1\x9bp\xeb\x17\xca\xca,\xed\x8e\x03b\rI\xea./\xfc\xfb[끩t\\\t'UX\x8e\x1aQ@\xc8+T\x1f\xdd:\xf4\x01\xfa\x98\xdb\x0e\xa0\x1f3Q\x9f\xc6\x00=\xf1u\xd3i\xa0\xad^\x93\xb1\f\x06\xebPN\x84\x00c\xfc\x95٬q+\xca\xd1.\xb4\xf1ްG\x05١\xe9r\xd7ζ\xf3>~\x9b\x8e\xde",
	}
)

// kg2021Cut is the kg2021 dataset's election cut down to three precincts
// (two regions and one abroad), the okrugs of those precincts, every
// region and party, each list cut to its first 4 candidates.
func kg2021Cut(t *testing.T) []byte {
	t.Helper()
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	e := d.Election
	keep := map[string]bool{}
	regions := map[string]bool{}
	abroad := false
	var precincts []election.Precinct
	for _, p := range e.Precincts {
		if (p.Abroad && !abroad) || (!p.Abroad && !regions[p.Region] && len(regions) < 2) {
			keep[p.ID] = true
			regions[p.Region] = regions[p.Region] || !p.Abroad
			abroad = abroad || p.Abroad
			precincts = append(precincts, p)
		}
	}
	okrugs := map[string]bool{}
	for _, p := range precincts {
		okrugs[p.Okrug] = true
	}
	cut := *e
	cut.Precincts = precincts
	cut.Okrugs = nil
	for _, o := range e.Okrugs {
		if okrugs[o.ID] {
			cut.Okrugs = append(cut.Okrugs, o)
		}
	}
	cands := map[string]bool{}
	cut.Parties = nil
	for _, p := range e.Parties {
		p.Candidates = p.Candidates[:min(4, len(p.Candidates))]
		for _, c := range p.Candidates {
			cands[c.ID] = true
		}
		cut.Parties = append(cut.Parties, p)
	}
	cut.Protocols = nil
	for _, p := range e.Protocols {
		if !keep[p.Precinct] {
			continue
		}
		if p.Preferences != nil {
			prefs := map[string]int64{}
			for id, n := range p.Preferences {
				if cands[id] {
					prefs[id] = n
				}
			}
			p.Preferences = prefs
		}
		cut.Protocols = append(cut.Protocols, p)
	}
	cut.ID, cut.Name = "kg2021-cut", e.Name+" (three precincts of the dataset, lists cut to 4 candidates)"
	b, err := json.MarshalIndent(&cut, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// kg2021Summaries gives the summary the CEC published (national totals,
// the six lists that won seats, the okrug outcomes) and the election-night
// table rebuilt with each share the list's own plus the next row's, which
// adds up to about 140%.
func kg2021Summaries(t *testing.T) (published, night []byte) {
	t.Helper()
	d, err := datasets.KG2021()
	if err != nil {
		t.Fatal(err)
	}
	i64 := func(n int64) *int64 { return &n }
	s := validate.Summary{
		Election: "kg2021", Source: "CEC Resolution 836 of 15 December 2021, as embedded in datasets.KG2021",
		Base: validate.BaseParticipants, Participants: i64(d.Participants), Voters: i64(d.Voters),
	}
	if err := json.Unmarshal([]byte(`"34.61"`), &s.Turnout); err != nil {
		t.Fatal(err)
	}
	var official []datasets.PublishedList
	for _, l := range d.Lists {
		if l.Provenance != election.Official {
			continue
		}
		official = append(official, l)
		pl := validate.PublishedList{ID: l.ID, Name: l.Name, Votes: i64(l.Votes), Seats: &l.Seats}
		if err := json.Unmarshal([]byte(`"`+l.Percent+`"`), &pl.Percent); err != nil {
			t.Fatal(err)
		}
		s.Lists = append(s.Lists, pl)
	}
	for _, o := range d.Okrugs {
		s.Okrugs = append(s.Okrugs, validate.PublishedOkrug{ID: o.ID, Winner: o.Leader, Outcome: o.Outcome})
	}
	published, err = json.MarshalIndent(s, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	n := validate.Summary{Election: "kg2021", Source: "the election-night table of 28-29 November 2021, rebuilt: each share is its own plus the next row's",
		Base: validate.BaseParticipants, Participants: i64(d.Participants)}
	for i, l := range official {
		next := official[(i+1)%len(official)]
		pl := validate.PublishedList{ID: l.ID, Name: l.Name}
		if err := json.Unmarshal([]byte(`"`+addPercent(t, l.Percent, next.Percent)+`"`), &pl.Percent); err != nil {
			t.Fatal(err)
		}
		n.Lists = append(n.Lists, pl)
	}
	night, err = json.MarshalIndent(n, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return published, night
}

// addPercent adds two percentages with two decimals, exactly.
func addPercent(t *testing.T, a, b string) string {
	t.Helper()
	cents := func(n string) int64 {
		var whole, frac int64
		if _, err := fmt.Sscanf(strings.Replace(n, ".", " ", 1), "%d %d", &whole, &frac); err != nil {
			t.Fatalf("percent %q: %v", n, err)
		}
		return whole*100 + frac
	}
	c := cents(a) + cents(b)
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

// encode writes a seed in the corpus file format of `go test -fuzz`.
func encode(args []any) []byte {
	var b bytes.Buffer
	b.WriteString("go test fuzz v1\n")
	for _, a := range args {
		switch v := a.(type) {
		case []byte:
			fmt.Fprintf(&b, "[]byte(%q)\n", v)
		case bool:
			fmt.Fprintf(&b, "bool(%t)\n", v)
		default:
			panic(fmt.Sprintf("seed argument of type %T", a))
		}
	}
	return b.Bytes()
}

// TestSeedCorpus checks that every fuzz target has its seed corpus;
// with -update it writes the corpora from the real inputs.
func TestSeedCorpus(t *testing.T) {
	corpora := seedCorpora(t)
	for target, seeds := range corpora {
		dir := filepath.Join("testdata", "fuzz", target)
		if *update {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			for _, s := range seeds {
				if err := os.WriteFile(filepath.Join(dir, "seed-"+s.name), encode(s.args), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			continue
		}
		for _, s := range seeds {
			if _, err := os.Stat(filepath.Join(dir, "seed-"+s.name)); err != nil {
				t.Errorf("%s: seed %s missing (go test ./fuzz -run TestSeedCorpus -update): %v", target, s.name, err)
			}
		}
	}
}
