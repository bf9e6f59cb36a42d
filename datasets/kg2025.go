package datasets

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/synth"
)

// KG2025Seed seeds the synthetic 2025-shaped election of KG2025.
const KG2025Seed = 2025

// KG2025Published is a district result published for the election of
// 30 November 2025 that KG2025 keeps: the candidates' votes as reported.
type KG2025Published struct {
	District   int
	Provenance election.Provenance
	Candidates []KG2025Candidate
}

// KG2025Candidate is a published candidate result.
type KG2025Candidate struct {
	ID, Name string
	Sex      election.Sex
	Votes    int64
}

// kg2025Published are the district figures the CEC's preliminary count
// gave and the press reported (24.kg, 30 November - 1 December 2025): the
// three seated in districts 21, 22 and 23. In 22 and 21 the sex-balance
// rule seated the woman; in 23 a woman led and no correction was needed.
var kg2025Published = []KG2025Published{
	{District: 21, Provenance: election.Preliminary, Candidates: []KG2025Candidate{
		{"kongantiev", "Kongantiev", election.Male, 11227},
		{"abirov", "Abirov", election.Male, 7305},
		{"sadyrbaeva", "Sadyrbaeva", election.Female, 1634},
	}},
	{District: 22, Provenance: election.Preliminary, Candidates: []KG2025Candidate{
		{"bekeshev", "Bekeshev", election.Male, 13278},
		{"ibragimov", "Ibragimov", election.Male, 5983},
		{"kozhokulova", "Kozhokulova", election.Female, 902},
	}},
	{District: 23, Provenance: election.Preliminary, Candidates: []KG2025Candidate{
		{"surabaldieva", "Surabaldieva", election.Female, 8254},
		{"mamataliev", "Mamataliev", election.Male, 5738},
		{"kadyraliev", "Kadyraliev", election.Male, 5533},
	}},
}

// KG2025PublishedDistricts returns the published district figures KG2025
// keeps (a copy).
func KG2025PublishedDistricts() []KG2025Published {
	out := slices.Clone(kg2025Published)
	for i := range out {
		out[i].Candidates = slices.Clone(out[i].Candidates)
	}
	return out
}

// KG2025Config shapes KG2025's election.
type KG2025Config struct {
	Seed       uint64
	Districts  int // 30 in 2025
	Candidates int // per district, about 15 in 2025
	Precincts  int // per district
}

// KG2025DefaultConfig is the shape of 30 November 2025: 30 districts of
// 15 candidates; 40 precincts a district (the real number is larger).
func KG2025DefaultConfig() KG2025Config {
	return KG2025Config{Seed: KG2025Seed, Districts: 30, Candidates: 15, Precincts: 40}
}

// KG2025 returns a synthetic election shaped like that of 30 November
// 2025: c.Districts districts of three seats, c.Candidates candidates each
// (about a quarter women), c.Precincts precincts each with one protocol of
// the district ballot. Every figure is synthetic (election.Synthetic) but
// the published ones of districts 21, 22 and 23 (KG2025PublishedDistricts),
// kept with their provenance; the other candidates of those districts are
// synthetic and drawn so that the sex-balance rule does in 21 and 22 what
// it did (men with more votes than the woman seated, fewer than the second
// man) and has nothing to do in 23.
//
// Every other district is drawn so that its three seats go to two men and
// a woman: in about half of them a woman is among the three leaders, in the
// others the three leaders are men and the rule seats a woman, so that
// under kg2025 the parliament is 60 men and 30 women, as it was. All
// arithmetic is integer and the same config gives the same election.
func KG2025(c KG2025Config) (*election.Election, error) {
	if c.Districts < 1 || c.Districts > 1000 || c.Candidates < 4 || c.Candidates > 100 || c.Precincts < 1 || c.Precincts > 10000 {
		return nil, fmt.Errorf("datasets: kg2025 config %+v out of range (districts 1..1000, candidates 4..100, precincts 1..10000)", c)
	}
	e := &election.Election{
		ID:   "kg2025-synthetic",
		Name: "Jogorku Kenesh, 30 November 2025 (synthetic, 2025-shaped)",
		Date: "2025-11-30",
		Provenance: "synthetic (datasets.KG2025, seed " + strconv.FormatUint(c.Seed, 10) + "), except the votes of the three candidates seated in districts 21, 22 and 23 " +
			"(CEC preliminary count as reported by 24.kg): those are preliminary; every other figure, the other candidates of those districts included, is synthetic",
		Regions: []election.Region{}, Parties: []election.Party{},
	}
	r := synth.NewRand(c.Seed, 1)
	for d := 1; d <= c.Districts; d++ {
		if err := kg2025District(e, r, c, d); err != nil {
			return nil, err
		}
	}
	return e, nil
}

func kg2025District(e *election.Election, r *rand.Rand, c KG2025Config, d int) error {
	id := fmt.Sprintf("%02d", d)
	ok := election.Okrug{ID: id, Name: "District " + strconv.Itoa(d), Provenance: election.Synthetic}
	type cand struct {
		election.Candidate
		votes int64
	}
	var cands []cand
	var pub *KG2025Published
	for i := range kg2025Published {
		if kg2025Published[i].District == d {
			pub = &kg2025Published[i]
		}
	}
	n := c.Candidates
	if pub != nil {
		ok.Provenance = pub.Provenance
		top := pub.Candidates
		for _, p := range top {
			cands = append(cands, cand{election.Candidate{ID: "d" + id + "-" + p.ID, Name: p.Name, Sex: p.Sex, Provenance: pub.Provenance}, p.Votes})
		}
		// The seated woman's votes and the second-seated man's bound the
		// other men where the rule bit; everyone else stays below the
		// third seat.
		woman := top[2].Votes // the third seat's votes
		bit := top[2].Sex == election.Female && top[0].Sex == election.Male && top[1].Sex == election.Male
		for i := len(cands); i < n; i++ {
			sex := election.Female
			if i%3 != 0 {
				sex = election.Male
			}
			var v int64
			switch {
			case bit && sex == election.Male && i < 6:
				v = between(r, woman+1, top[1].Votes-1) // between the woman and the second man
			default:
				v = between(r, woman/6, woman-1) // below the third seat
			}
			cands = append(cands, cand{election.Candidate{ID: fmt.Sprintf("d%s-c%02d", id, i+1), Name: fmt.Sprintf("Candidate %s-%02d", id, i+1), Sex: sex, Provenance: election.Synthetic}, v})
		}
	} else {
		// Descending distinct totals: the leader 6,000-16,000 votes, each
		// next one 55-95% of the one before.
		votes := make([]int64, n)
		votes[0] = between(r, 6000, 16000)
		for i := 1; i < n; i++ {
			votes[i] = min(votes[i-1]-1, votes[i-1]*between(r, 55, 95)/100)
			votes[i] = max(votes[i], int64(n-i)) // distinct and positive
		}
		sexes := make([]election.Sex, n)
		for i := range sexes {
			sexes[i] = election.Male
		}
		women := max(2, n/4)
		if r.IntN(2) == 0 {
			sexes[r.IntN(3)] = election.Female // a woman among the leaders
			women--
		}
		for placed := 0; placed < women; {
			if i := 3 + r.IntN(n-3); sexes[i] == election.Male {
				sexes[i] = election.Female
				placed++
			}
		}
		for i := range votes {
			cands = append(cands, cand{election.Candidate{ID: fmt.Sprintf("d%s-c%02d", id, i+1), Name: fmt.Sprintf("Candidate %s-%02d", id, i+1), Sex: sexes[i], Provenance: election.Synthetic}, votes[i]})
		}
	}
	// Registration order: a shuffle.
	perm := r.Perm(len(cands))
	for i := range cands {
		cands[i].Position = perm[i] + 1
	}
	var valid int64
	cols := make([]int64, 0, len(cands)+1)
	for _, cd := range cands {
		ok.Candidates = append(ok.Candidates, cd.Candidate)
		cols = append(cols, cd.votes)
		valid += cd.votes
	}
	against := valid * between(r, 15, 40) / 1000 // 1.5-4% against all
	cols = append(cols, against)
	valid += against
	slices.SortFunc(ok.Candidates, func(a, b election.Candidate) int { return a.Position - b.Position })
	e.Okrugs = append(e.Okrugs, ok)

	weights := make([]int64, c.Precincts)
	for i := range weights {
		weights[i] = between(r, 500, 2500)
	}
	rows, err := synth.Split(valid, weights)
	if err != nil {
		return err
	}
	table, err := synth.Fill(r, rows, cols, 30)
	if err != nil {
		return err
	}
	for p := range rows {
		pid := fmt.Sprintf("%s%03d", id, p+1)
		e.Precincts = append(e.Precincts, election.Precinct{ID: pid, Okrug: id})
		invalid := rows[p] * between(r, 10, 30) / 1000
		voters := (rows[p] + invalid) * 100 / between(r, 30, 45) // turnout 30-45%
		lines, err := synth.Lines(r, voters, invalid, rows[p])
		if err != nil {
			return err
		}
		pr := election.Protocol{Precinct: pid, Ballot: election.OkrugBallot, Lines: lines, Votes: make(map[string]int64, len(cols))}
		for j, cd := range cands {
			pr.Votes[cd.ID] = table[p][j]
		}
		pr.Votes[election.AgainstAll] = table[p][len(cands)]
		e.Protocols = append(e.Protocols, pr)
	}
	return nil
}
