package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"

	"github.com/shailoo/shailoo/election"
)

// Round trip: pools of awkward texts.
var (
	rtPrecincts = []string{"1001", "УИК №5", "a,b", `q"uote`, "two lines", "9;9", "x y"}
	rtRegions   = []string{"", "north", "Чуйская область", "r,1"}
	rtOkrugs    = []string{"", "1", "27"}
	rtLines     = []election.Line{election.Voters, election.Invalid, election.Valid}
	rtChoices   = []string{"a", "b", election.AgainstAll}
	rtPrefs     = []string{"a1", "a2"}
	rtHeaders   = []string{
		"Число избирателей, внесенных в список избирателей на момент окончания голосования",
		"Жараксыз бюллетендердин саны", `"Valid" ballots`, "Ак жол", "b;\tc", "Против всех", "Ак жол: 1", "Ак жол: 2",
	}
)

type rtRow struct {
	Precinct int
	Okrug    bool // ballot
	Machine  bool
	Values   []int64
	Present  []bool
}

type rtCase struct {
	ByIndex     bool
	Delim       int
	BallotMode  int // 0 fixed, 1 column with list/okrug, 2 column with values
	MachineMode int // 0 fixed manual, 1 fixed machine, 2 column with yes/no, 3 column with values
	Where       bool
	Concurrent  bool
	Rows        []rtRow
}

const rtSlots = 8 // 3 lines, 3 votes, 2 preferences

func (c rtCase) mapping() Mapping {
	next := 1
	col := func(h string) Column {
		if c.ByIndex {
			next++
			return Column{Index: next + 3} // leave gaps
		}
		return Column{Header: h}
	}
	m := Mapping{Precinct: col("№ участка"), Lines: map[election.Line]Column{}, Votes: map[string]Column{}, Preferences: map[string]Column{}}
	m.Delimiter = []string{"", ",", ";", "\t"}[c.Delim]
	if c.Where {
		r, o, a := col("Область"), col("Округ"), col("За рубежом")
		m.Region, m.Okrug, m.Abroad = &r, &o, &a
	}
	switch c.BallotMode {
	case 0:
		m.Ballot = "list"
	case 1:
		b := col("ballot")
		m.BallotColumn = &b
	case 2:
		b := col("Бюллетень")
		m.BallotColumn = &b
		m.BallotValues = map[string]string{"партийный": "list", "п": "list", " одномандатный ": "okrug"}
	}
	switch c.MachineMode {
	case 1:
		m.Machine = true
	case 2:
		mc := col("machine")
		m.MachineColumn = &mc
	case 3:
		mc := col("Подсчет")
		m.MachineColumn = &mc
		m.MachineValues = map[string]bool{"АСУ": true, "ручной": false}
	}
	for i, l := range rtLines {
		m.Lines[l] = col(rtHeaders[i])
	}
	for i, id := range rtChoices {
		m.Votes[id] = col(rtHeaders[3+i])
	}
	for i, id := range rtPrefs {
		m.Preferences[id] = col(rtHeaders[6+i])
	}
	return m
}

func (c rtCase) protocols() ([]election.Protocol, []election.Precinct) {
	var ps []election.Protocol
	for _, r := range c.Rows {
		p := election.Protocol{Precinct: rtPrecincts[r.Precinct], Ballot: election.ListBallot,
			Lines: map[election.Line]int64{}, Votes: map[string]int64{}}
		if r.Okrug && c.BallotMode != 0 {
			p.Ballot = election.OkrugBallot
		}
		switch c.MachineMode {
		case 1:
			p.Machine = true
		case 2, 3:
			p.Machine = r.Machine
		}
		for i := range rtSlots {
			if !r.Present[i] {
				continue
			}
			v := r.Values[i]
			switch {
			case i < 3:
				p.Lines[rtLines[i]] = v
			case i < 6:
				p.Votes[rtChoices[i-3]] = v
			default:
				if p.Preferences == nil {
					p.Preferences = map[string]int64{}
				}
				p.Preferences[rtPrefs[i-6]] = v
			}
		}
		ps = append(ps, p)
	}
	var prs []election.Precinct
	for i, id := range rtPrecincts {
		pr := election.Precinct{ID: id}
		if c.Where {
			pr.Region, pr.Okrug, pr.Abroad = rtRegions[i%len(rtRegions)], rtOkrugs[i%len(rtOkrugs)], i == 3
		}
		prs = append(prs, pr)
	}
	return ps, prs
}

// seen returns the precincts in the order the protocols first name them.
func seen(ps []election.Protocol, prs []election.Precinct) []election.Precinct {
	var out []election.Precinct
	done := map[string]bool{}
	for _, p := range ps {
		if done[p.Precinct] {
			continue
		}
		done[p.Precinct] = true
		for _, pr := range prs {
			if pr.ID == p.Precinct {
				out = append(out, pr)
			}
		}
	}
	return out
}

func genValue() gopter.Gen {
	return gen.OneGenOf(gen.Int64Range(0, 5000), gen.Int64(), gen.Int64Range(-5, 5),
		gen.Const(int64(math.MaxInt64)), gen.Const(int64(math.MinInt64)))
}

func genRow() gopter.Gen {
	return gen.Struct(reflect.TypeFor[rtRow](), map[string]gopter.Gen{
		"Precinct": gen.IntRange(0, len(rtPrecincts)-1),
		"Okrug":    gen.Bool(),
		"Machine":  gen.Bool(),
		"Values":   gen.SliceOfN(rtSlots, genValue()),
		"Present":  gen.SliceOfN(rtSlots, gen.Bool()),
	})
}

func genCase() gopter.Gen {
	return gen.Struct(reflect.TypeFor[rtCase](), map[string]gopter.Gen{
		"ByIndex":     gen.Bool(),
		"Delim":       gen.IntRange(0, 3),
		"BallotMode":  gen.IntRange(0, 2),
		"MachineMode": gen.IntRange(0, 3),
		"Where":       gen.Bool(),
		"Concurrent":  gen.Bool(),
		"Rows":        gen.SliceOf(genRow()),
	})
}

func TestWriteReadRoundTrip(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(1234)
	params.MinSuccessfulTests = 300
	properties := gopter.NewProperties(params)
	properties.Property("ReadCSV(WriteCSV(protocols)) gives the protocols back", prop.ForAll(
		func(c rtCase) string {
			m := c.mapping()
			ps, prs := c.protocols()
			var buf bytes.Buffer
			if err := WriteCSV(&buf, ps, prs, m); err != nil {
				return "WriteCSV: " + err.Error()
			}
			tab, err := ReadCSV(bytes.NewReader(buf.Bytes()), "rt.csv", m, Options{Concurrent: c.Concurrent})
			if len(ps) == 0 {
				if !errors.Is(err, ErrNoRows) {
					return fmt.Sprintf("ReadCSV of no rows: %v, want ErrNoRows", err)
				}
				return ""
			}
			if err != nil {
				return "ReadCSV: " + err.Error() + "\n" + buf.String()
			}
			if !equalProtocols(tab.Protocols, ps) {
				return "protocols differ\n" + buf.String()
			}
			if !equalPrecincts(tab.Precincts, seen(ps, prs)) {
				return "precincts differ\n" + buf.String()
			}
			// Scan gives the same as ReadCSV.
			i := 0
			_, err = Scan(bytes.NewReader(buf.Bytes()), "rt.csv", m, Options{}, func(line int, p *election.Protocol, pr election.Precinct) error {
				if !equalProtocol(*p, ps[i]) || line != tab.Lines[i] {
					return errors.New("Scan differs from ReadCSV")
				}
				i++
				return nil
			})
			if err != nil {
				return err.Error()
			}
			return ""
		},
		genCase(),
	))
	properties.TestingRun(t, gopter.ConsoleReporter(true))
	if t.Failed() {
		t.Logf("gopter seed %d", params.Seed())
	}
}

func TestWriteCSVSmallElection(t *testing.T) {
	e := smallElection(t)
	var list, okrug []election.Protocol
	for _, p := range e.Protocols {
		if p.Ballot == election.ListBallot {
			list = append(list, p)
		} else {
			okrug = append(okrug, p)
		}
	}
	for kind, ps := range map[election.BallotKind][]election.Protocol{election.ListBallot: list, election.OkrugBallot: okrug} {
		m := MappingFor(e, kind)
		var buf bytes.Buffer
		if err := WriteCSV(&buf, ps, e.Precincts, m); err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		tab, err := ReadCSV(&buf, "w.csv", m, Options{})
		if err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		if !equalProtocols(tab.Protocols, ps) || !equalPrecincts(tab.Precincts, e.Precincts) {
			t.Errorf("%s: round trip differs", kind)
		}
	}
}

func TestWriteCSVErrors(t *testing.T) {
	pr := []election.Precinct{{ID: "1"}}
	ok := election.Protocol{Precinct: "1", Ballot: election.ListBallot, Lines: map[election.Line]int64{"valid": 1}, Votes: map[string]int64{"a": 1}}
	with := func(f func(*election.Protocol)) []election.Protocol {
		p := ok
		p.Lines, p.Votes = map[election.Line]int64{"valid": 1}, map[string]int64{"a": 1}
		f(&p)
		return []election.Protocol{p}
	}
	tests := []struct {
		name      string
		protocols []election.Protocol
		precincts []election.Precinct
		mapping   func(*Mapping)
		err       error
	}{
		{"vote without a column", with(func(p *election.Protocol) { p.Votes["zz"] = 1 }), pr, nil, ErrMapping},
		{"line without a column", with(func(p *election.Protocol) { p.Lines[election.Lost] = 1 }), pr, nil, ErrMapping},
		{"preference without a column", with(func(p *election.Protocol) { p.Preferences = map[string]int64{"a1": 1} }), pr, nil, ErrMapping},
		{"okrug protocol in a list file", with(func(p *election.Protocol) { p.Ballot = election.OkrugBallot }), pr, nil, ErrMapping},
		{"machine count in a manual file", with(func(p *election.Protocol) { p.Machine = true }), pr, nil, ErrMapping},
		{"carriage return in a precinct", with(func(p *election.Protocol) { p.Precinct = "a\rb" }), pr, nil, ErrBadValue},
		{"line break in a precinct (a data row is one line)", with(func(p *election.Protocol) { p.Precinct = "a\nb" }), pr, nil, ErrBadValue},
		{"empty precinct", with(func(p *election.Protocol) { p.Precinct = "" }), pr, nil, ErrBadValue},
		{"precinct with spaces", with(func(p *election.Protocol) { p.Precinct = " 1" }), pr, nil, ErrBadValue},
		{"precinct with two spaces inside (read as one)", with(func(p *election.Protocol) { p.Precinct = "a  b" }), pr, nil, ErrBadValue},
		{"precinct with a tab inside (read as a space)", with(func(p *election.Protocol) { p.Precinct = "a\tb" }), pr, nil, ErrBadValue},
		{"unknown precinct", with(func(p *election.Protocol) { p.Precinct = "2" }), pr, func(m *Mapping) { m.Region = &Column{Header: "region"} }, ErrBadValue},
		{"precinct twice", with(func(*election.Protocol) {}), []election.Precinct{{ID: "1"}, {ID: "1"}}, nil, ErrBadValue},
		{"region with spaces", with(func(*election.Protocol) {}), []election.Precinct{{ID: "1", Region: "r "}}, func(m *Mapping) { m.Region = &Column{Header: "region"} }, ErrBadValue},
		{"ballot with no text", with(func(p *election.Protocol) { p.Ballot = election.OkrugBallot }), pr, func(m *Mapping) {
			m.Ballot, m.BallotColumn, m.BallotValues = "", &Column{Header: "b"}, map[string]string{"L": "list"}
		}, ErrMapping},
		{"index column named like a header", with(func(*election.Protocol) {}), pr, func(m *Mapping) {
			m.Precinct = Column{Index: 1}
			m.Votes["a"] = Column{Header: "precinct"}
		}, ErrMapping},
		{"bad mapping", with(func(*election.Protocol) {}), pr, func(m *Mapping) { m.Ballot = "" }, ErrMapping},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mini()
			if tt.mapping != nil {
				tt.mapping(&m)
			}
			if err := WriteCSV(&bytes.Buffer{}, tt.protocols, tt.precincts, m); !errors.Is(err, tt.err) {
				t.Errorf("err = %v, want %v", err, tt.err)
			}
		})
	}
}

func TestWriteCSVLayout(t *testing.T) {
	m := mini()
	m.Votes["a"] = Column{Index: 7}
	ps := []election.Protocol{{Precinct: "1", Ballot: "list", Lines: map[election.Line]int64{"valid": 10}, Votes: map[string]int64{"a": 9, "against_all": 1}}}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, ps, nil, m); err != nil {
		t.Fatal(err)
	}
	want := "precinct,invalid,valid,against all,,,votes.a\n1,,10,1,,,9\n"
	if got := buf.String(); got != want {
		t.Errorf("WriteCSV wrote\n%q\nwant\n%q", got, want)
	}
	if !strings.HasSuffix(buf.String(), "\n") {
		t.Error("no final newline")
	}
}
