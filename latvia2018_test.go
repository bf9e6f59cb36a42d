package shailoo_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/fuzz"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// countExample counts examples/<dir>'s file under its rule set and
// mapping (no definition: inferred from the mapping), with o.
func countExample(t *testing.T, dir, file string, r shailoo.Rules, o shailoo.Options) *shailoo.Result {
	t.Helper()
	m, err := ingest.ReadMappingFor(mustOpen(t, "examples/"+dir+"/mapping.json"), "mapping.json", r.Protocol.Known)
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, "mapping.json")
	require.NoError(t, err)
	o.Notes = notes
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: file, R: mustOpen(t, "examples/"+dir+"/"+file), Mapping: m}}, o)
	require.NoError(t, err)
	return res
}

func latviaRules(t *testing.T) shailoo.Rules {
	t.Helper()
	r, err := shailoo.ReadRules(mustOpen(t, "examples/latvia2018/rules.json"), "rules.json")
	require.NoError(t, err)
	return r
}

// TestLatvia2018 counts the Saeima election of 2018 from its votes by
// constituency (examples/latvia2018): Sainte-Laguë in each of the five
// constituencies among the lists with 5% in the nation gives the seats
// the CVK published (Saskaņa 23, KPV LV 16, JKP 16, AP! 13, NA 13, ZZS
// 11, JV 8); counted in the nation, JKP would have 15 and AP! 14.
func TestLatvia2018(t *testing.T) {
	r := latviaRules(t)
	res := countExample(t, "latvia2018", "saeima2018.psv", r, shailoo.Options{})
	s, err := validate.ReadSummary(mustOpen(t, "examples/latvia2018/published.json"), "published.json")
	require.NoError(t, err)
	want := map[string]int{}
	for _, l := range s.Lists {
		if l.Seats != nil {
			want[l.ID] = *l.Seats
		}
	}
	got := map[string]int{}
	for _, l := range res.Lists {
		got[l.ID] = l.Seats
		if l.Seats > 0 && (l.DeputiesNotGiven != l.Seats || len(l.Deputies) > 0) {
			t.Errorf("%s: %d seats, %d deputies not given, %d named: the file names no candidate", l.ID, l.Seats, l.DeputiesNotGiven, len(l.Deputies))
		}
	}
	require.Equal(t, want, got)
	require.False(t, res.Provisional, "%+v", res.ProvisionalReasons)
	require.Empty(t, res.Ties)
	require.Nil(t, res.ListPrice, "a national price means nothing when the seats are the constituencies'")
	require.Equal(t, 100, res.Seats.List)

	// Each constituency's seats, summed, are the lists'; Rīga's are
	// Sainte-Laguë's on Rīga's votes.
	seats := map[string]int{}
	sum := map[string]int{}
	for _, k := range res.Constituencies {
		seats[k.Region] = k.Seats
		n := 0
		for _, l := range k.Lists {
			n += l.Seats
			sum[l.ID] += l.Seats
		}
		require.Equal(t, k.Seats, n, k.Region)
		require.Empty(t, k.NotEvaluated, k.Region)
		require.NotNil(t, k.Price, k.Region)
	}
	require.Equal(t, map[string]int{"Rīga": 35, "Vidzeme": 25, "Latgale": 14, "Kurzeme": 12, "Zemgale": 14}, seats)
	for id, n := range sum {
		require.Equal(t, got[id], n, id)
	}
	// AP!'s seats by constituency as its party published them (ALDE
	// Party, aldeparty.eu, "Latvia: liberals back in parliament", October
	// 2018: Rīga 5, Vidzeme 4, Zemgale 2, Latgale 1, and Kurzeme, where
	// its leader was elected); Rīga's seats of the others are the count's
	// own, kept against regressions.
	ap, riga := map[string]int{}, map[string]int{}
	for _, k := range res.Constituencies {
		for _, l := range k.Lists {
			if l.ID == "ap" {
				ap[k.Region] = l.Seats
			}
			if k.Region == "Rīga" {
				riga[l.ID] = l.Seats
			}
		}
	}
	require.Equal(t, map[string]int{"Rīga": 5, "Vidzeme": 4, "Zemgale": 2, "Latgale": 1, "Kurzeme": 1}, ap)
	require.Equal(t, map[string]int{"saskana": 11, "kpv": 5, "jkp": 5, "ap": 5, "na": 4, "jv": 3, "zzs": 2}, riga)

	rep := shailoo.Verify(res, s)
	require.Zero(t, rep.Errors()+rep.Warnings(), "%+v", rep.Findings)

	// In the nation, as the rule set before constituencies could only
	// say it: S307 for JKP and AP!.
	national := r
	national.List.Constituency, national.List.SeatsByRegion = "", nil
	nres := countExample(t, "latvia2018", "saeima2018.psv", national, shailoo.Options{})
	var s307 []string
	for _, f := range shailoo.Verify(nres, s).Findings {
		if f.Code == validate.PublishedSeats {
			s307 = append(s307, f.Place.Party)
		}
	}
	require.ElementsMatch(t, []string{"jkp", "ap"}, s307)

	// What if the seats were 2014's: the rule set's --set path works.
	alt, err := r.Set("list.seats_by_region", `{"Rīga": 32, "Vidzeme": 26, "Latgale": 15, "Kurzeme": 13, "Zemgale": 14}`)
	require.NoError(t, err)
	alt, err = alt.Set("list.seats_by_region.Rīga", "31")
	require.ErrorIs(t, err, shailoo.ErrRules, "the seats no longer sum to seats.list")
	_ = alt
}

// constituencyCount counts a small wide file (precinct, region, votes of
// a, b, c) under a constituency rule set with seats.
func constituencyCount(t *testing.T, csv, seats string, o shailoo.Options) (*shailoo.Result, error) {
	return constituencyCountAt(t, "10", csv, seats, o)
}

// constituencyCountAt is constituencyCount under a threshold of percent.
func constituencyCountAt(t *testing.T, percent, csv, seats string, o shailoo.Options) (*shailoo.Result, error) {
	t.Helper()
	r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "k", "version": "1", "seats": {"list": 5},
 "threshold": {"percent": "`+percent+`", "base": "votes", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt", "constituency": "region", "seats_by_region": `+seats+`},
 "protocol": {"ballots": {"list": {"against_all": false}}}}`), "rules.json")
	require.NoError(t, err)
	m, err := ingest.ReadMapping(strings.NewReader(`{"precinct": "p", "region": "r", "ballot": "list", "votes": {"a": "a", "b": "b", "c": "c"}}`), "m.json")
	require.NoError(t, err)
	def, notes, err := ingest.Define(m, "m.json")
	require.NoError(t, err)
	o.Notes = notes
	return shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "k.csv", R: strings.NewReader(csv), Mapping: m}}, o)
}

// A tie at a constituency's last seat is reported with the constituency
// named, its seat not given, and settled only by lots of its own context.
func TestConstituencyTie(t *testing.T) {
	const csv = "p,r,a,b,c\n1,north,500,300,300\n2,south,100,200,5\n"
	res, err := constituencyCount(t, csv, `{"north": 2, "south": 3}`, shailoo.Options{})
	require.NoError(t, err)
	require.True(t, res.AwaitingLots())
	require.Len(t, res.Ties, 1)
	tie := res.Ties[0]
	require.Equal(t, "list@north", tie.Context)
	require.ElementsMatch(t, []string{"b", "c"}, tie.Tied)
	require.Equal(t, 4, res.Seats.List, "the tied seat of north is not given")
	var north shailoo.Constituency
	for _, k := range res.Constituencies {
		if k.Region == "north" {
			north = k
		}
	}
	require.Equal(t, []shailoo.ConstituencyList{{ID: "a", Votes: 500, Seats: 1}, {ID: "b", Votes: 300}, {ID: "c", Votes: 300}}, north.Lists)
	require.Nil(t, north.Price)

	// Lots of the nation's context settle nothing here: an error.
	_, err = constituencyCount(t, csv, `{"north": 2, "south": 3}`, shailoo.Options{Lots: map[string][]string{"list@west": {"c"}}})
	require.ErrorIs(t, err, shailoo.ErrLots)
	res, err = constituencyCount(t, csv, `{"north": 2, "south": 3}`, shailoo.Options{Lots: map[string][]string{"list@north": {"c", "b"}}})
	require.NoError(t, err)
	require.False(t, res.AwaitingLots())
	require.Equal(t, 5, res.Seats.List)
	for _, l := range res.Lists {
		require.Equal(t, map[string]int{"a": 2, "b": 2, "c": 1}[l.ID], l.Seats, l.ID)
	}
}

// The regions of the count and the rule set's constituencies must be the
// same, before any seat is given; a constituency whose votes are not all
// there is not apportioned, and the Result says so.
func TestConstituencyRegions(t *testing.T) {
	const csv = "p,r,a,b,c\n1,north,600,300,200\n2,south,100,200,5\n"
	for _, seats := range []string{`{"north": 5}`, `{"north": 2, "south": 2, "west": 1}`} {
		_, err := constituencyCount(t, csv, seats, shailoo.Options{})
		var re *shailoo.RulesError
		require.ErrorAs(t, err, &re, seats)
		require.Equal(t, "list.seats_by_region", re.Field)
	}

	// c's votes in south not given: south is not apportioned; north is.
	// (Under a threshold of 0%, which needs no base: a base of votes
	// partial would leave every seat unfilled.)
	res, err := constituencyCountAt(t, "0", "p,r,a,b,c\n1,north,600,250,200\n2,south,100,200,\n3,south,1,1,1\n", `{"north": 2, "south": 3}`, shailoo.Options{})
	require.NoError(t, err)
	require.True(t, res.Provisional)
	var kinds []string
	for _, u := range res.ProvisionalReasons {
		kinds = append(kinds, u.Kind)
		if u.Kind == shailoo.UnevaluatedConstituency {
			require.Equal(t, []string{"south"}, u.Scope)
			require.Equal(t, []string{"list@south"}, u.Affects)
		}
	}
	require.Contains(t, kinds, shailoo.UnevaluatedConstituency)
	require.Equal(t, 2, res.Seats.List)
	require.Zero(t, res.Seats.ListUnfilled, "seats not apportioned are not unfilled")
	for _, k := range res.Constituencies {
		require.Equal(t, k.Region == "south", k.NotEvaluated != "", k.Region)
	}
}

func TestConstituencyRules(t *testing.T) {
	const head = `{"format": 1, "id": "k", "version": "1", "seats": {"list": 5},
 "threshold": {"percent": "10", "base": "votes", "comparison": "at_least"}, "list": {"lists": "closed", "method": "dhondt", `
	for _, tc := range []struct{ list, field string }{
		{`"constituency": "province"`, "list.constituency"},
		{`"constituency": "region"`, "list.seats_by_region"},
		{`"seats_by_region": {"a": 5}`, "list.seats_by_region"},
		{`"constituency": "region", "seats_by_region": {"a": 2, "b": 2}`, "list.seats_by_region"},
		{`"constituency": "region", "seats_by_region": {"a": 5, "b": 0}`, "list.seats_by_region.b"},
		{`"constituency": "region", "seats_by_region": {"a": 5}, "cap": 3`, "list.cap"},
	} {
		_, err := shailoo.ReadRules(strings.NewReader(head+tc.list+`}}`), "rules.json")
		var pe *ingest.ParseError
		if !errors.As(err, &pe) || pe.Field != tc.field {
			t.Errorf("%s: %v, want an error of field %s", tc.list, err, tc.field)
		}
	}
}

// Properties of the constituencies: each one's seats given sum to its
// seats (ties settled by registration order), a list's seats are the
// sum of its seats there, and a list that missed the threshold has none.
func TestPropertyConstituencies(t *testing.T) {
	props := newProps(t, 200)
	type world struct {
		Votes   []int // region × list, 3 lists a region
		Seats   []int
		Percent int
	}
	g := gen.IntRange(1, 4).FlatMap(func(v any) gopter.Gen {
		n := v.(int)
		return gopter.CombineGens(gen.SliceOfN(3*n, gen.IntRange(0, 500)), gen.SliceOfN(n, gen.IntRange(1, 9)), gen.IntRange(0, 40)).
			Map(func(vs []any) world { return world{vs[0].([]int), vs[1].([]int), vs[2].(int)} })
	}, nil)
	props.Property("constituency seats add up", prop.ForAll(func(w world) (bool, error) {
		var csv strings.Builder
		csv.WriteString("p,r,a,b,c\n")
		seats, total := []string{}, 0
		for i, n := range w.Seats {
			reg := string(rune('m' + i))
			v := w.Votes[3*i : 3*i+3]
			csv.WriteString(strings.Join([]string{reg, reg, strconv.Itoa(v[0]), strconv.Itoa(v[1]), strconv.Itoa(v[2])}, ",") + "\n")
			seats = append(seats, `"`+reg+`": `+strconv.Itoa(n))
			total += n
		}
		r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "k", "version": "1", "seats": {"list": `+strconv.Itoa(total)+`},
 "threshold": {"percent": "`+strconv.Itoa(w.Percent)+`", "base": "votes", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "sainte_lague", "tie": "registration_order", "constituency": "region", "seats_by_region": {`+strings.Join(seats, ", ")+`}},
 "protocol": {"ballots": {"list": {"against_all": false}}}}`), "rules.json")
		if err != nil {
			return false, err
		}
		m, err := ingest.ReadMapping(strings.NewReader(`{"precinct": "p", "region": "r", "ballot": "list", "votes": {"a": "a", "b": "b", "c": "c"}}`), "m.json")
		if err != nil {
			return false, err
		}
		def, _, err := ingest.Define(m, "m.json")
		if err != nil {
			return false, err
		}
		e, o, err := shailoo.MergeCSV(def, []shailoo.CSVInput{{Name: "k.csv", R: strings.NewReader(csv.String()), Mapping: m}}, shailoo.Options{})
		if err != nil {
			return false, err
		}
		// The definition as given, not inferred: its parties a, b, c in
		// their order of registration (an inferred one knows none, and a
		// tie there would await lots).
		e.ID = "k"
		res, err := shailoo.CountWith(e, r, o)
		if err != nil {
			return false, err
		}
		if v := fuzz.Check(e, res); v != nil {
			return false, v
		}
		if res.Provisional || len(res.Constituencies) != len(w.Seats) {
			return false, errors.New("provisional, or not every region a constituency")
		}
		sum := map[string]int{}
		for _, k := range res.Constituencies {
			n := k.Unfilled
			for _, l := range k.Lists {
				n += l.Seats
				sum[l.ID] += l.Seats
			}
			if n != k.Seats || k.Seats != r.List.SeatsByRegion[k.Region] {
				return false, errors.New(k.Region + ": the seats given and unfilled are not its seats")
			}
		}
		for _, l := range res.Lists {
			if l.Seats != sum[l.ID] || !l.Qualified && l.Seats > 0 {
				return false, errors.New(l.ID + ": seats not the constituencies' sum, or seated though it missed the threshold")
			}
		}
		return true, nil
	}, g))
	props.TestingRun(t)
}

// Lots of the other scope settle nothing: an error, never a silent no-op.
func TestConstituencyLotsScope(t *testing.T) {
	const csv = "p,r,a,b,c\n1,north,500,300,300\n2,south,100,200,5\n"
	_, err := constituencyCount(t, csv, `{"north": 2, "south": 3}`, shailoo.Options{Lots: map[string][]string{"list": {"b", "c"}}})
	require.ErrorIs(t, err, shailoo.ErrLots)

	r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "k", "version": "1", "seats": {"list": 5},
 "threshold": {"percent": "10", "base": "votes", "comparison": "at_least"}, "list": {"lists": "closed", "method": "dhondt"},
 "protocol": {"ballots": {"list": {"against_all": false}}}}`), "rules.json")
	require.NoError(t, err)
	m, err := ingest.ReadMapping(strings.NewReader(`{"precinct": "p", "region": "r", "ballot": "list", "votes": {"a": "a", "b": "b", "c": "c"}}`), "m.json")
	require.NoError(t, err)
	def, _, err := ingest.Define(m, "m.json")
	require.NoError(t, err)
	_, err = shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: "k.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{Lots: map[string][]string{"list@north": {"b", "c"}}})
	require.ErrorIs(t, err, shailoo.ErrLots)
}

// Spain's 3% in the province is list.constituency_threshold: a list past
// the national threshold takes no part in a constituency where it misses
// its own, and a base not all there leaves the constituency not
// apportioned.
func TestConstituencyThreshold(t *testing.T) {
	rulesAt := func(national, extra string) shailoo.Rules {
		r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "k", "version": "1", "seats": {"list": 5},
 "threshold": {"percent": "`+national+`", "base": "votes", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt", "constituency": "region", "seats_by_region": {"north": 2, "south": 3}`+extra+`},
 "protocol": {"ballots": {"list": {"against_all": false}}}}`), "rules.json")
		require.NoError(t, err)
		return r
	}
	rules := func(extra string) shailoo.Rules { return rulesAt("10", extra) }
	count := func(r shailoo.Rules, csv string) *shailoo.Result {
		m, err := ingest.ReadMapping(strings.NewReader(`{"precinct": "p", "region": "r", "ballot": "list", "votes": {"a": "a", "b": "b", "c": "c"}}`), "m.json")
		require.NoError(t, err)
		def, _, err := ingest.Define(m, "m.json")
		require.NoError(t, err)
		e, o, err := shailoo.MergeCSV(def, []shailoo.CSVInput{{Name: "k.csv", R: strings.NewReader(csv), Mapping: m}}, shailoo.Options{})
		require.NoError(t, err)
		res, err := shailoo.CountWith(e, r, o)
		require.NoError(t, err)
		require.Nil(t, fuzz.Check(e, res))
		return res
	}
	seats := func(res *shailoo.Result) map[string]int {
		out := map[string]int{}
		for _, k := range res.Constituencies {
			for _, l := range k.Lists {
				out[k.Region+"/"+l.ID] = l.Seats
			}
		}
		return out
	}
	const csv = "p,r,a,b,c\n1,north,500,300,290\n2,south,120,200,5\n"
	require.Equal(t, map[string]int{"north/a": 1, "north/b": 1, "north/c": 0, "south/a": 1, "south/b": 2, "south/c": 0}, seats(count(rules(""), csv)))

	ct := `, "constituency_threshold": {"percent": "30", "base": "votes", "comparison": "at_least"}`
	res := count(rules(ct), csv)
	require.Equal(t, map[string]int{"north/a": 2, "north/b": 0, "north/c": 0, "south/a": 1, "south/b": 2, "south/c": 0}, seats(res))
	for _, k := range res.Constituencies {
		for _, l := range k.Lists {
			require.NotNil(t, l.Threshold, k.Region+"/"+l.ID)
			if k.Region == "north" && l.ID == "b" {
				require.Equal(t, "failed", string(l.Threshold.Status))
				require.Equal(t, int64(327), l.Threshold.Needed) // 30% of 1090 = 327, at least
			}
		}
	}

	// c's votes not given in a protocol of south (c past a national
	// threshold of 0%, which needs no base): south's votes and its base
	// are partial, and south is not apportioned; north is.
	res = count(rulesAt("0", ct), "p,r,a,b,c\n1,north,500,300,290\n2,south,120,200,5\n3,south,1,1,\n")
	require.True(t, res.Provisional)
	require.Len(t, res.Constituencies, 2)
	for _, k := range res.Constituencies {
		require.Equal(t, k.Region == "south", k.NotEvaluated != "", k.Region+": "+k.NotEvaluated)
	}

	_, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "k", "version": "1", "seats": {"list": 5},
 "threshold": {"percent": "10", "base": "votes", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt", "constituency_threshold": {"percent": "3", "base": "votes", "comparison": "at_least"}}}`), "rules.json")
	var pe *ingest.ParseError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, "list.constituency_threshold", pe.Field)
}

// A definition that gives each list one roster: its candidates stand per
// constituency, so none is seated from it; the notes say why. Votes
// abroad count in no constituency: the Result is provisional.
func TestConstituencyRoster(t *testing.T) {
	e := &election.Election{ID: "k", Name: "k",
		Regions: []election.Region{{ID: "north", Name: "North"}, {ID: "south", Name: "South"}},
		Parties: []election.Party{
			{ID: "a", Name: "A", Candidates: []election.Candidate{{ID: "a1", Name: "A One", Position: 1, Sex: election.Female}, {ID: "a2", Name: "A Two", Position: 2, Sex: election.Male}}},
			{ID: "b", Name: "B", Candidates: []election.Candidate{{ID: "b1", Name: "B One", Position: 1, Sex: election.Male}}},
		},
		Precincts: []election.Precinct{{ID: "1", Region: "north"}, {ID: "2", Region: "south"}, {ID: "3", Abroad: true}},
		Ballots:   election.Ballots{List: election.BallotForm{AgainstAll: new(bool)}},
	}
	for _, p := range []struct {
		id   string
		a, b int64
	}{{"1", 70, 30}, {"2", 40, 60}, {"3", 5, 5}} {
		e.Protocols = append(e.Protocols, election.Protocol{Precinct: p.id, Ballot: election.ListBallot,
			Lines: map[election.Line]int64{election.Valid: p.a + p.b}, Votes: map[string]int64{"a": p.a, "b": p.b}})
	}
	r, err := shailoo.ReadRules(strings.NewReader(`{"format": 1, "id": "k", "version": "1", "seats": {"list": 3},
 "threshold": {"percent": "5", "base": "votes", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt", "constituency": "region", "seats_by_region": {"north": 2, "south": 1}},
 "protocol": {"ballots": {"list": {"against_all": false}}, "lines": ["valid"]}}`), "rules.json")
	require.NoError(t, err)
	res, err := shailoo.Count(e, r)
	require.NoError(t, err)
	require.Nil(t, fuzz.Check(e, res))
	for _, l := range res.Lists {
		require.Empty(t, l.Deputies, l.ID)
		require.Equal(t, l.Seats, l.DeputiesNotGiven, l.ID)
		require.Equal(t, map[string]int{"a": 2, "b": 1}[l.ID], l.Seats, l.ID) // north 70, 35 against 30: a 2; south b
	}
	notes := strings.Join(res.Notes, "\n")
	require.Contains(t, notes, "candidates stand per constituency")
	require.True(t, res.Provisional)
	var kinds []string
	for _, u := range res.ProvisionalReasons {
		kinds = append(kinds, u.Kind)
	}
	require.Equal(t, []string{shailoo.UnevaluatedUnplaced}, kinds, "the votes abroad count in no constituency")
}
