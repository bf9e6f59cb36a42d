package datasets

import (
	"fmt"
	"math/rand/v2"
	"strconv"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/synth"
)

// listVotes draws the list ballot of every precinct: participants, invalid
// ballots and the votes of each choice, adding up to the national totals
// exactly.
//
// Participants abroad are the list participants less the okrug ballot's;
// the rest are split over the 9 regions by voters times a synthetic
// turnout; the national total of each choice is split over the
// regions by iterative proportional fitting of a random tilt (party support
// by region, 70-150% for the seated lists, 40-200% for the others), so that
// each region's valid votes come close to its participants less 7.5-11.5%
// invalid; inside a region, participants go to precincts by voters (turnout
// at most 60%), invalid ballots by participants, and votes by synth.Fill.
func (b *kgBuilder) listVotes() error {
	r := synth.NewRand(KG2021Seed, streamListVotes)
	P := b.nat.Totals.Participants.Value
	nA, nc := len(b.regions)+1, len(b.choices)
	areaVoters := make([]int64, nA)
	byArea := make([][]int, nA)
	for i, p := range b.pre {
		areaVoters[p.area] += p.voters
		byArea[p.area] = append(byArea[p.area], i)
	}
	tw := make([]int64, nA)
	for g := range b.regions {
		tw[g] = areaVoters[g] * b.regions[g].Turnout
	}
	// Abroad takes what the two published totals leave (1,281,622 list
	// participants less 1,265,445 okrug participants, who are all in the
	// country), so that both ballots have the same participants in every
	// precinct in the country.
	inCountry := b.nat.Totals.OkrugBallot.Value
	abroad := nA - 1
	if P-inCountry < 0 || P-inCountry > 60*areaVoters[abroad]/100 {
		return fmt.Errorf("%w: %d participants abroad for %d voters", ErrData, P-inCountry, areaVoters[abroad])
	}
	A, err := synth.Split(inCountry, tw[:abroad])
	if err != nil {
		return err
	}
	A = append(A, P-inCountry)
	b.synthetic("participants_abroad", P-inCountry, "derived: participants (list ballot, official) less okrug ballot participants (all in the country, preliminary)")
	cols := make([]int64, nc)
	var valid int64
	for j, c := range b.choices {
		cols[j] = c.votes
		valid += c.votes
	}
	vw := make([]int64, nA)
	for g := range vw {
		vw[g] = A[g] * (1000 - between(r, 75, 115))
	}
	targets, err := synth.Split(valid, vw)
	if err != nil {
		return err
	}
	tilt := make([][]int64, nA)
	for g := range tilt {
		tilt[g] = make([]int64, nc)
		for j, c := range b.choices {
			switch {
			case c.published.Seats > 0:
				tilt[g][j] = between(r, 70, 150)
			case c.id == election.AgainstAll:
				tilt[g][j] = between(r, 60, 160)
			default:
				tilt[g][j] = between(r, 40, 200)
			}
		}
	}
	M, err := synth.Balance(targets, cols, tilt)
	if err != nil {
		return err
	}
	for g := range nA {
		var V int64
		for _, x := range M[g] {
			V += x
		}
		I := A[g] - V
		if I < 0 {
			return fmt.Errorf("%w: area %d: %d valid votes for %d participants", synth.ErrInfeasible, g, V, A[g])
		}
		if g < len(b.regions) { // the seated lists pass 0.5% in every region
			for j, c := range b.choices {
				if c.published.Seats > 0 && 200*M[g][j] <= A[g] {
					return fmt.Errorf("%w: %s: %d votes of %d participants in %s", synth.ErrInfeasible, c.id, M[g][j], A[g], b.regions[g].ID)
				}
			}
		}
		ps := byArea[g]
		w := make([]int64, len(ps))
		caps := make([]int64, len(ps))
		for k, i := range ps {
			w[k] = b.pre[i].voters * between(r, 85, 120)
			caps[k] = b.pre[i].voters * 60 / 100
		}
		part, err := synth.SplitCapped(A[g], w, caps)
		if err != nil {
			return err
		}
		for k := range ps {
			w[k] = part[k] * between(r, 60, 140)
		}
		inv, err := synth.SplitCapped(I, w, part)
		if err != nil {
			return err
		}
		rows := make([]int64, len(ps))
		for k := range ps {
			rows[k] = part[k] - inv[k]
		}
		m, err := synth.Fill(r, rows, M[g], 30)
		if err != nil {
			return err
		}
		for k, i := range ps {
			p := &b.pre[i]
			p.part, p.invalid, p.votes = part[k], inv[k], m[k]
			votes := make(map[string]int64, nc)
			for j, c := range b.choices {
				votes[c.id] = m[k][j]
			}
			p.list = &election.Protocol{Precinct: p.id, Ballot: election.ListBallot, Votes: votes}
		}
	}
	return nil
}

// candidates makes the party lists. A seated list has seats+8 candidates
// whose preference ranking follows its kgQuota design: TopWomen women among
// the first Seats ranks (at ranks i*Seats/TopWomen+2), a woman right after
// them, and about 35% women in all. Other lists have 12..20 candidates with
// synth.Sexes. The list order is the ranking with random neighbours
// swapped, so preference votes reorder the list a little.
func (b *kgBuilder) candidates() error {
	r := synth.NewRand(KG2021Seed, streamCandidates)
	quotas := map[string]kgQuota{}
	for _, q := range kgQuotas() {
		quotas[q.ID] = q
	}
	for pi := range b.e.Parties {
		party := &b.e.Parties[pi]
		var rankSex []election.Sex
		if q, ok := quotas[party.ID]; ok {
			rankSex = quotaRanking(q)
		} else {
			rankSex = synth.Sexes(r, int(between(r, 12, 20)))
		}
		n := len(rankSex)
		order := make([]int, n)
		for i := range order {
			order[i] = i
		}
		for p := 0; p+1 < n; p++ {
			if r.IntN(3) == 0 {
				order[p], order[p+1] = order[p+1], order[p]
			}
		}
		sexes := make([]election.Sex, n)
		for p, rank := range order {
			sexes[p] = rankSex[rank]
		}
		cs, err := synth.ListCandidates(r, party.ID, party.Name, sexes)
		if err != nil {
			return fmt.Errorf("%s: %w", party.ID, err)
		}
		party.Candidates = cs
		b.order = append(b.order, order)
	}
	return nil
}

// quotaRanking returns the sexes of a seated list in preference order.
func quotaRanking(q kgQuota) []election.Sex {
	n := q.Seats + 8
	w := (35*n + 99) / 100 // ceil(0.35n)
	out := make([]election.Sex, n)
	for i := range out {
		out[i] = election.Male
	}
	for i := range q.TopWomen {
		out[i*q.Seats/q.TopWomen+1] = election.Female
	}
	rest, m := w-q.TopWomen, n-q.Seats
	for j := range m { // rank Seats+1 first, the rest spread evenly
		if ((j+1)*rest+m-1)/m > (j*rest+m-1)/m {
			out[q.Seats+j] = election.Female
		}
	}
	return out
}

// preferences draws the preference votes: 55-75% of a list's voters mark a
// candidate; the candidate ranked k gets a share proportional to 1/(k+3),
// strictly decreasing, so there are no ties; each precinct's preferences of
// a list are at most its votes there.
func (b *kgBuilder) preferences() error {
	r := synth.NewRand(KG2021Seed, streamPreferences)
	var total int
	for _, p := range b.e.Parties {
		total += len(p.Candidates)
	}
	// The draws go party by party; the maps are filled precinct by
	// precinct afterwards, each while it is in the cache (some 835,000
	// entries: filling them party by party takes twice as long, four
	// times in a browser).
	drawn := make([][][]int64, len(b.e.Parties))
	for pi, party := range b.e.Parties {
		T := b.choices[pi].votes * between(r, 55, 75) / 100
		n := len(party.Candidates)
		w := make([]int64, n)
		for k := range w {
			w[k] = 1_000_000 / int64(k+4)
		}
		byRank, err := synth.Split(T, w)
		if err != nil {
			return err
		}
		for k := 1; k < n; k++ {
			if byRank[k] >= byRank[k-1] {
				return fmt.Errorf("%w: %s: preference votes tie at rank %d", synth.ErrInfeasible, party.ID, k+1)
			}
		}
		cols := make([]int64, n)
		for pos, rank := range b.order[pi] {
			cols[pos] = byRank[rank]
		}
		pw := make([]int64, len(b.pre))
		caps := make([]int64, len(b.pre))
		for i, p := range b.pre {
			caps[i] = p.votes[pi]
			pw[i] = caps[i] * between(r, 80, 120)
		}
		rows, err := synth.SplitCapped(T, pw, caps)
		if err != nil {
			return err
		}
		m, err := synth.Fill(r, rows, cols, 40)
		if err != nil {
			return err
		}
		drawn[pi] = m
	}
	for i, p := range b.pre {
		prefs := make(map[string]int64, total)
		for pi, party := range b.e.Parties {
			for pos, c := range party.Candidates {
				prefs[c.ID] = drawn[pi][i][pos]
			}
		}
		p.list.Preferences = prefs
	}
	return nil
}

// okrugBallot draws the okrug ballot. Its participants are the list
// ballot's in each precinct in the country (which add up to the published
// 1,265,445; were they to differ, the difference would be spread over the
// precincts); 4-8% are invalid. In each okrug the
// leader gets the published share of participants (to 2 decimals, rounded
// half up), against all 1.5-4.5% (or its published share where it led),
// and 2-10 synthetic candidates share the rest, each at least 2% of the
// leader's votes behind it, so the leader wins outright.
func (b *kgBuilder) okrugBallot() error {
	r := synth.NewRand(KG2021Seed, streamOkrugs)
	var country []int
	var listCountry int64
	for i, p := range b.pre {
		if p.okrug > 0 {
			country = append(country, i)
			listCountry += p.part
		}
	}
	D := b.nat.Totals.OkrugBallot.Value - listCountry
	w := make([]int64, len(country))
	caps := make([]int64, len(country))
	for k, i := range country {
		p := b.pre[i]
		w[k] = p.part + 1
		if D >= 0 {
			caps[k] = p.voters - p.part
		} else {
			caps[k] = p.part
		}
	}
	delta, err := synth.SplitCapped(max(D, -D), w, caps)
	if err != nil {
		return err
	}
	for k, i := range country {
		p := &b.pre[i]
		if D >= 0 {
			p.opart = p.part + delta[k]
		} else {
			p.opart = p.part - delta[k]
		}
	}
	for k, l := range b.leaders {
		if err := b.okrug(r, &b.e.Okrugs[k], l); err != nil {
			return fmt.Errorf("okrug %d: %w", l.No, err)
		}
	}
	return nil
}

func (b *kgBuilder) okrug(r *rand.Rand, o *election.Okrug, l kgLeader) error {
	var ps []int
	var P, V int64
	rate := between(r, 40, 80)
	for i := range b.pre {
		p := &b.pre[i]
		if p.okrug != l.No {
			continue
		}
		p.oinvalid = p.opart * rate * between(r, 70, 130) / 100_000
		ps = append(ps, i)
		P += p.opart
		V += p.opart - p.oinvalid
	}
	share, err := hundredths(l.Share)
	if err != nil {
		return err
	}
	lead := (2*share*P + 10000) / 20000
	if roundPct(lead, P) != share || lead >= V {
		return fmt.Errorf("%w: share %s of %d participants", synth.ErrInfeasible, l.Share, P)
	}
	aaLed := l.Leader == kgAgainstAll
	aa, rest := lead, V-lead
	if !aaLed {
		aa = min(P*between(r, 15, 45)/1000, lead-lead/50-1)
		rest -= aa
	}
	top := lead - max(1, lead/50) // the most any other candidate gets
	n := max(2, int((rest*10+top*8-1)/(top*8))) + r.IntN(3)
	n = min(n, 10)
	if int64(n)*top < rest || rest < 0 {
		return fmt.Errorf("%w: %d votes for %d candidates below %d", synth.ErrInfeasible, rest, n, top)
	}
	cw := make([]int64, n)
	ccaps := make([]int64, n)
	for i := range cw {
		cw[i] = between(r, 20, 100)
		ccaps[i] = top
	}
	others, err := synth.SplitCapped(rest, cw, ccaps)
	if err != nil {
		return err
	}
	// Registration order: the leader at a random place among the synthetic
	// candidates.
	count, at := n, -1
	if !aaLed {
		count, at = n+1, r.IntN(n+1)
	}
	pub := PublishedOkrug{ID: o.ID, District: l.District, LeaderName: l.Leader, SharePercent: l.Share, Outcome: Elected, Provenance: election.Preliminary}
	var cols []int64
	var ids []string
	k := 0
	for i := range count {
		pos := strconv.Itoa(i + 1)
		c := election.Candidate{ID: "o" + o.ID + "-" + pos, Position: i + 1}
		if i == at {
			c.Name, c.Provenance = l.Leader, election.Preliminary
			cols = append(cols, lead)
			pub.Leader = c.ID
		} else {
			c.Name, c.Sex, c.Provenance = "Okrug "+o.ID+" candidate "+pos, election.Male, election.Synthetic
			if r.IntN(5) == 0 {
				c.Sex = election.Female
			}
			cols = append(cols, others[k])
			k++
		}
		o.Candidates = append(o.Candidates, c)
		ids = append(ids, c.ID)
	}
	cols = append(cols, aa)
	ids = append(ids, election.AgainstAll)
	if aaLed {
		pub.Outcome = RepeatElection
	}
	rows := make([]int64, len(ps))
	for k, i := range ps {
		rows[k] = b.pre[i].opart - b.pre[i].oinvalid
	}
	m, err := synth.Fill(r, rows, cols, 30)
	if err != nil {
		return err
	}
	for k, i := range ps {
		p := &b.pre[i]
		votes := make(map[string]int64, len(ids))
		for j, id := range ids {
			votes[id] = m[k][j]
		}
		p.okrugBallot = &election.Protocol{Precinct: p.id, Ballot: election.OkrugBallot, Votes: votes}
	}
	b.okrugs = append(b.okrugs, pub)
	b.figures = append(b.figures,
		Figure{Name: "okrug/" + o.ID + "/leader", Value: l.Leader, Provenance: election.Preliminary, Source: b.tsvAbout},
		Figure{Name: "okrug/" + o.ID + "/share_percent", Value: l.Share, Provenance: election.Preliminary, Source: b.tsvAbout})
	return nil
}

// lines fills the protocol lines around the drawn figures and puts the
// protocols in the election, precinct by precinct (list, then okrug).
func (b *kgBuilder) lines() error {
	r := synth.NewRand(KG2021Seed, streamLines)
	for _, p := range b.pre {
		// Every voter gets both ballots: one count of ballots issued.
		issued := synth.Issued(r, p.voters, max(p.part, p.opart))
		var err error
		if p.list.Lines, err = synth.LinesIssued(r, p.voters, issued, p.invalid, p.part-p.invalid); err != nil {
			return err
		}
		b.e.Protocols = append(b.e.Protocols, *p.list)
		if p.okrugBallot == nil {
			continue
		}
		if p.okrugBallot.Lines, err = synth.LinesIssued(r, p.voters, issued, p.oinvalid, p.opart-p.oinvalid); err != nil {
			return err
		}
		b.e.Protocols = append(b.e.Protocols, *p.okrugBallot)
	}
	return nil
}
