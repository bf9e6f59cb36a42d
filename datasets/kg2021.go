package datasets

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"sync"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/synth"
)

// KG2021Seed seeds every synthetic part of the kg2021 dataset.
const KG2021Seed = 20211128

// The PCG streams of the parts of kg2021, so that each part stays the same
// when another changes.
const (
	streamStructure = iota + 1
	streamListTotals
	streamListVotes
	streamCandidates
	streamPreferences
	streamOkrugs
	streamLines
)

var kg2021Once = sync.OnceValues(buildKG2021)

// KG2021 returns the Jogorku Kenesh election of 28 November 2021: 2,494
// precincts with their protocols that add up exactly to every published
// figure, and the figures themselves with their provenance. See the package
// documentation for what is published and what is synthetic.
//
// The dataset is built once, deterministically, from the embedded figures
// and internal/synth; each call returns a fresh deep copy, which the
// caller may change. KG2021 is safe for concurrent use.
func KG2021() (*Dataset, error) {
	d, err := kg2021Once()
	if err != nil {
		return nil, err
	}
	return d.Clone(), nil
}

// KG2021Shared returns the kg2021 dataset itself, built once and shared
// by every caller, without KG2021's copy (at 835,000 preference votes the
// copy takes about as long as the count of the dataset, several times that
// in a browser). The caller must not change it, or anything it holds: a
// program that changes an election copies it first (Clone), as
// internal/loader does when it adds protocols.
func KG2021Shared() (*Dataset, error) { return kg2021Once() }

// PrepareKG2021 builds the kg2021 dataset, so that a program that will
// want it soon (the page while its reader reads) spends the time now and
// KG2021Shared then returns at once. PrepareKG2021 is safe for concurrent
// use.
func PrepareKG2021() error {
	_, err := kg2021Once()
	return err
}

// kgChoice is a list on the ballot, or against all (last).
type kgChoice struct {
	id, name, nameKy string
	votes            int64 // the total the dataset reproduces
	published        PublishedList
	status           string
}

// kgPrecinct holds the figures of one precinct while they are drawn.
type kgPrecinct struct {
	id                string
	area              int // index into regions; len(regions) abroad
	okrug             int // okrug number, 0 abroad
	voters            int64
	part, invalid     int64   // list ballot
	opart, oinvalid   int64   // okrug ballot
	votes             []int64 // list ballot, per choice
	list, okrugBallot *election.Protocol
}

type kgBuilder struct {
	nat      *kgNational
	leaders  []kgLeader
	tsvAbout string
	regions  []kgRegion
	choices  []kgChoice // lists in JSON order, then against all
	pre      []kgPrecinct
	e        *election.Election
	figures  []Figure
	okrugs   []PublishedOkrug
	order    [][]int // per party, the preference rank (0-based) of the candidate at each list position
}

func buildKG2021() (*Dataset, error) {
	nat, err := parseKGNational()
	if err != nil {
		return nil, err
	}
	leaders, about, err := parseKGLeaders()
	if err != nil {
		return nil, err
	}
	b := &kgBuilder{nat: nat, leaders: leaders, tsvAbout: about, regions: kgRegions()}
	b.e = &election.Election{
		ID:   "kg2021",
		Name: "Jogorku Kenesh election, 28 November 2021",
		Date: "2021-11-28",
		Provenance: "kg2021: national totals official (CEC Resolution 836, 15 Dec 2021); okrug leaders and shares preliminary " +
			"(Kaktus.media, Dec 2021); precinct protocols, regional detail, the 15 other lists' votes, candidates and preference " +
			"votes synthetic (internal/synth, seed " + strconv.Itoa(KG2021Seed) + "), chosen to reproduce every published figure",
		ProtocolProvenance: election.Synthetic,
	}
	steps := []func() error{b.checkTotals, b.lists, b.structure, b.listVotes, b.candidates, b.preferences, b.okrugBallot, b.lines}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	d := &Dataset{
		ID:   "kg2021",
		Name: b.e.Name,
		About: nat.About + " Okrug leaders: " + about + " What was never published is synthetic and says so: precinct-level " +
			"protocols, regional detail, the final votes of the 15 lists below the threshold and of against all (chosen so that " +
			"their shares of participants round to the preliminary percents), party candidates and their preference votes, " +
			"okrug runners-up.",
		Election:     b.e,
		Figures:      b.figures,
		Okrugs:       b.okrugs,
		Participants: nat.Totals.Participants.Value,
		Voters:       nat.Totals.VotersOnList.Value,
	}
	for _, c := range b.choices[:len(b.choices)-1] {
		d.Lists = append(d.Lists, c.published)
	}
	return d, nil
}

func (b *kgBuilder) figure(name string, value int64, status string) error {
	prov, src, err := kgStatus(status)
	if err != nil {
		return err
	}
	b.figures = append(b.figures, Figure{Name: name, Value: strconv.FormatInt(value, 10), Provenance: prov, Source: src})
	return nil
}

func (b *kgBuilder) synthetic(name string, value int64, why string) {
	b.figures = append(b.figures, Figure{Name: name, Value: strconv.FormatInt(value, 10), Provenance: election.Synthetic, Source: why})
}

// checkTotals checks that the published totals agree with each other and
// records them as figures.
func (b *kgBuilder) checkTotals() error {
	t := b.nat.Totals
	abroad := t.VotersOnList.Value - t.VotersOnOkrugLists.Value
	switch {
	case t.Precincts.Value != t.Precincts.InCountry+t.Precincts.Abroad:
		return fmt.Errorf("%w: precincts %d != %d + %d", ErrData, t.Precincts.Value, t.Precincts.InCountry, t.Precincts.Abroad)
	case t.OkrugBallot.Precincts != t.Precincts.InCountry:
		return fmt.Errorf("%w: okrug ballot over %d precincts, %d in the country", ErrData, t.OkrugBallot.Precincts, t.Precincts.InCountry)
	case abroad <= 0 || t.Participants.Value > t.VotersOnList.Value || t.OkrugBallot.Value > t.VotersOnOkrugLists.Value:
		return fmt.Errorf("%w: voters and participants do not fit", ErrData)
	case b.nat.Seats.List != 54 || b.nat.Seats.Okrug != len(b.leaders):
		return fmt.Errorf("%w: seats %d + %d for %d okrugs", ErrData, b.nat.Seats.List, b.nat.Seats.Okrug, len(b.leaders))
	}
	for _, f := range []struct {
		name   string
		value  int64
		status string
	}{
		{"seats_list", int64(b.nat.Seats.List), "official-final"},
		{"seats_okrug", int64(b.nat.Seats.Okrug), "official-final"},
		{"voters_on_list", t.VotersOnList.Value, t.VotersOnList.Status},
		{"voters_on_okrug_lists", t.VotersOnOkrugLists.Value, t.VotersOnOkrugLists.Status},
		{"voters_abroad", abroad, t.VotersOnOkrugLists.Status},
		{"participants", t.Participants.Value, t.Participants.Status},
		{"precincts", t.Precincts.Value, t.Precincts.Status},
		{"precincts_in_country", t.Precincts.InCountry, t.Precincts.Status},
		{"precincts_abroad", t.Precincts.Abroad, t.Precincts.Status},
	} {
		if err := b.figure(f.name, f.value, f.status); err != nil {
			return err
		}
	}
	b.figures = append(b.figures,
		Figure{Name: "turnout_percent", Value: "34.61", Provenance: election.Official,
			Source: "kg2021-national.json totals.participants note: 34.61% of voters on the list (official-final)"},
		Figure{Name: "okrug_ballot_participants", Value: strconv.FormatInt(t.OkrugBallot.Value, 10), Provenance: election.Preliminary,
			Source: t.OkrugBallot.Source + " (kg2021-national.json, status " + t.OkrugBallot.Status + ")"})
	return nil
}

// kgUpperVotes is the largest vote count whose share of participants still
// rounds (half up, to hundredths of a percent) to pct hundredths: the
// largest v with 20000*v < (2*pct+1)*participants.
func kgUpperVotes(pct, participants int64) int64 {
	return ((2*pct+1)*participants+19999)/20000 - 1
}

// lists sets the parties and the total of every choice on the list ballot.
// A list with only a preliminary percent, and against all, get a vote count
// near the top of the interval whose share of participants rounds to that
// percent (0..40 votes below its top, all different), so that invalid
// ballots stay near the 9.3% of the manual count.
func (b *kgBuilder) lists() error {
	r := synth.NewRand(KG2021Seed, streamListTotals)
	P := b.nat.Totals.Participants.Value
	used := map[int64]bool{}
	near := func(pct int64) int64 {
		v := kgUpperVotes(pct, P) - between(r, 0, 40)
		for used[v] {
			v--
		}
		used[v] = true
		return v
	}
	var sum int64
	for _, l := range b.nat.Lists {
		id, err := kgPartyID(l.NameEn)
		if err != nil {
			return err
		}
		prov, src, err := kgStatus(l.Status)
		if err != nil {
			return err
		}
		c := kgChoice{id: id, name: l.NameEn, nameKy: l.NameKy, status: l.Status}
		pub := PublishedList{ID: id, Name: l.NameEn, NameKy: l.NameKy, NameRu: l.NameRu, Provenance: prov}
		party := election.Party{ID: id, Name: l.NameEn, NameKy: l.NameKy, NameRu: l.NameRu, Provenance: prov}
		if l.Votes > 0 {
			c.votes = l.Votes
			pub.Votes, pub.Percent, pub.Seats = l.Votes, l.Percent, l.Seats
			pub.WomenSeatsCEC, pub.WomenSeatsCourt = l.WomenSeatsCEC, l.WomenSeatsCEC
			if l.WomenSeatsCourt != nil {
				pub.WomenSeatsCourt = *l.WomenSeatsCourt
			}
			pct, err := hundredths(l.Percent)
			if err != nil {
				return err
			}
			if got := roundPct(l.Votes, P); got != pct {
				return fmt.Errorf("%w: %s: %d votes are %d hundredths of a percent, published %s", ErrData, id, l.Votes, got, l.Percent)
			}
			b.figures = append(b.figures,
				Figure{Name: "votes/" + id, Value: strconv.FormatInt(l.Votes, 10), Provenance: prov, Source: src},
				Figure{Name: "percent/" + id, Value: l.Percent, Provenance: prov, Source: src},
				Figure{Name: "seats/" + id, Value: strconv.Itoa(l.Seats), Provenance: prov, Source: src},
				Figure{Name: "women_seats_cec/" + id, Value: strconv.Itoa(l.WomenSeatsCEC), Provenance: prov, Source: src})
			if l.WomenSeatsCourt != nil {
				b.figures = append(b.figures, Figure{Name: "women_seats_court/" + id, Value: strconv.Itoa(*l.WomenSeatsCourt), Provenance: prov,
					Source: "Bishkek administrative court (21 Dec 2021) and Supreme Court (28 Dec 2021), as kg2021-national.json gives it (women_seats_after_court)"})
			}
		} else {
			pct, err := hundredths(l.PreliminaryPercent)
			if err != nil {
				return err
			}
			c.votes = near(pct)
			if 20*c.votes >= P {
				return fmt.Errorf("%w: %s: preliminary %s%% is not below the 5%% threshold", ErrData, id, l.PreliminaryPercent)
			}
			pub.Percent = l.PreliminaryPercent
			party.Provenance = election.Synthetic
			b.figures = append(b.figures,
				Figure{Name: "percent/" + id, Value: l.PreliminaryPercent, Provenance: prov, Source: src})
			b.synthetic("votes/"+id, c.votes, "synthetic: a vote count whose share of the 1,281,622 participants rounds to the preliminary "+l.PreliminaryPercent+"%")
		}
		c.published = pub
		sum += c.votes
		b.choices = append(b.choices, c)
		b.e.Parties = append(b.e.Parties, party)
	}
	aa := b.nat.AgainstAll
	pct, err := hundredths(aa.PreliminaryPercent)
	if err != nil {
		return err
	}
	prov, src, err := kgStatus(aa.Status)
	if err != nil {
		return err
	}
	c := kgChoice{id: election.AgainstAll, name: "against all", votes: near(pct), status: aa.Status}
	b.choices = append(b.choices, c)
	sum += c.votes
	b.figures = append(b.figures, Figure{Name: "percent/" + election.AgainstAll, Value: aa.PreliminaryPercent, Provenance: prov, Source: src})
	b.synthetic("votes/"+election.AgainstAll, c.votes, "synthetic: a vote count whose share of participants rounds to the preliminary "+aa.PreliminaryPercent+"%")
	if sum >= P {
		return fmt.Errorf("%w: the lists' votes %d reach the participants %d", ErrData, sum, P)
	}
	b.synthetic("invalid", P-sum, "synthetic: participants less the valid votes of all lists and against all")
	return nil
}

// roundPct is 100*100*v/base in hundredths of a percent, rounded half up.
func roundPct(v, base int64) int64 {
	return (20000*v + base) / (2 * base)
}

// structure lays out regions, okrugs, precincts and the voters of each.
func (b *kgBuilder) structure() error {
	r := synth.NewRand(KG2021Seed, streamStructure)
	t := b.nat.Totals
	shares := make([]int64, len(b.regions))
	var precincts int
	for i, g := range b.regions {
		shares[i] = g.VoterShare
		precincts += g.Precincts
		b.e.Regions = append(b.e.Regions, election.Region{ID: g.ID, Name: g.Name, NameKy: g.NameKy, NameRu: g.NameRu})
	}
	if int64(precincts) != t.Precincts.InCountry {
		return fmt.Errorf("%w: regions hold %d precincts, want %d", ErrData, precincts, t.Precincts.InCountry)
	}
	regionVoters, err := synth.Split(t.VotersOnOkrugLists.Value, shares)
	if err != nil {
		return err
	}
	for _, l := range b.leaders {
		o := election.Okrug{ID: strconv.Itoa(l.No), Name: l.District, Region: kgOkrugRegion(l.No), Provenance: election.Preliminary}
		if o.Region == "" {
			return fmt.Errorf("%w: okrug %d has no region", ErrData, l.No)
		}
		b.e.Okrugs = append(b.e.Okrugs, o)
	}
	units := kgUnits()
	for gi, g := range b.regions {
		var us []kgUnit
		var w []int64
		for _, u := range units {
			if u.Region == g.ID {
				us = append(us, u)
				w = append(w, u.Weight)
			}
		}
		uv, err := synth.Split(regionVoters[gi], w)
		if err != nil {
			return err
		}
		up, err := synth.Split(int64(g.Precincts), uv)
		if err != nil {
			return err
		}
		seq := 0
		for ui, u := range us {
			if up[ui] == 0 {
				return fmt.Errorf("%w: okrug %d has no precinct in %s", ErrData, u.Okrug, g.ID)
			}
			voters, err := precinctVoters(r, uv[ui], int(up[ui]))
			if err != nil {
				return err
			}
			for _, v := range voters {
				seq++
				b.pre = append(b.pre, kgPrecinct{id: strconv.Itoa(g.Code*1000 + seq), area: gi, okrug: u.Okrug, voters: v})
			}
		}
	}
	abroad, err := precinctVoters(r, t.VotersOnList.Value-t.VotersOnOkrugLists.Value, int(t.Precincts.Abroad))
	if err != nil {
		return err
	}
	for i, v := range abroad {
		b.pre = append(b.pre, kgPrecinct{id: fmt.Sprintf("%04d", i+1), area: len(b.regions), voters: v})
	}
	for _, p := range b.pre {
		ep := election.Precinct{ID: p.id, Abroad: p.okrug == 0}
		if !ep.Abroad {
			ep.Region, ep.Okrug = b.regions[p.area].ID, strconv.Itoa(p.okrug)
		}
		b.e.Precincts = append(b.e.Precincts, ep)
	}
	return nil
}

// precinctVoters splits voters over n precincts of 100..3000 voters: one
// in ten a village precinct a fifth of the usual size.
func precinctVoters(r *rand.Rand, voters int64, n int) ([]int64, error) {
	w := make([]int64, n)
	caps := make([]int64, n)
	for i := range w {
		if r.IntN(10) == 0 {
			w[i] = 12 + r.Int64N(20)
		} else {
			w[i] = 60 + r.Int64N(100)
		}
		caps[i] = 3000
	}
	return synth.SplitCapped(voters, w, caps)
}

func between(r *rand.Rand, lo, hi int64) int64 { return lo + r.Int64N(hi-lo+1) }
