package forensics

import (
	"math"
	"sort"
)

// Comet is the turnout × share histogram: voters on the list of the
// precincts in each cell of 1% of turnout by 1% of the studied choice's
// share of the ballots (bin k holds [k%, k+1%), bin 100 exactly 100%),
// with the national marginals.
type Comet struct {
	Precincts int `json:"precincts"`
	// Cells lists the cells with voters, by turnout then share.
	Cells []Cell `json:"cells"`
	// Turnout[k] is the voters of the precincts in turnout bin k;
	// Share[k] those in share bin k; ChoiceVotes[k] the votes of the
	// choice in turnout bin k.
	Turnout     []int64 `json:"turnout"`
	Share       []int64 `json:"share"`
	ChoiceVotes []int64 `json:"choice_votes"`
	// Association measures, within regions, how the choice's share moves
	// with turnout.
	Association Association `json:"association"`
	Notes       []string    `json:"notes"`
}

// Cell is one bin of the histogram.
type Cell struct {
	Turnout int   `json:"t"`
	Share   int   `json:"s"`
	Voters  int64 `json:"v"`
}

// Association is the covariance of turnout and the choice's share across
// the precincts of each region, summed over the regions, as a z-score
// against shares shuffled among the precincts of their region (whose
// mean is 0 and whose variance is known exactly), with its one-sided
// p-value (share rising with turnout).
type Association struct {
	Regions   int     `json:"regions"`
	Precincts int     `json:"precincts"`
	Z         float64 `json:"z"`
	P         float64 `json:"p"`
	Rejected  bool    `json:"rejected"`
}

// bin returns the 1% bin of a of b: floor(100a/b).
func bin(a, b int64) int { return int(100 * a / b) }

func comet(d *Data, c int, alpha float64) Comet {
	out := Comet{Turnout: make([]int64, 101), Share: make([]int64, 101), ChoiceVotes: make([]int64, 101)}
	cells := make(map[int]int64)
	type acc struct {
		n          int
		st, ss     float64
		t, s       []float64
		first, idx int
	}
	regs := map[string]*acc{}
	var order []string
	for i := range d.Precincts {
		x := &d.Precincts[i]
		if !x.turnoutOK() || !x.shareOK(c) {
			continue
		}
		out.Precincts++
		tb, sb := bin(x.Ballots, x.Voters), bin(x.Votes[c], x.Ballots)
		cells[tb*101+sb] += x.Voters
		out.Turnout[tb] += x.Voters
		out.Share[sb] += x.Voters
		out.ChoiceVotes[tb] += x.Votes[c]
		r := regs[x.Region]
		if r == nil {
			r = &acc{}
			regs[x.Region] = r
			order = append(order, x.Region)
		}
		t, s := float64(x.Ballots)/float64(x.Voters), float64(x.Votes[c])/float64(x.Ballots)
		r.n++
		r.st += t
		r.ss += s
		r.t = append(r.t, t)
		r.s = append(r.s, s)
	}
	keys := make([]int, 0, len(cells))
	for k := range cells {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		out.Cells = append(out.Cells, Cell{Turnout: k / 101, Share: k % 101, Voters: cells[k]})
	}
	sort.Strings(order)
	var cov, vr float64
	a := &out.Association
	for _, id := range order {
		r := regs[id]
		if r.n < 2 {
			continue
		}
		a.Regions++
		a.Precincts += r.n
		mt, ms := r.st/float64(r.n), r.ss/float64(r.n)
		var stt, sss, sts float64
		for j := range r.t {
			dt, ds := r.t[j]-mt, r.s[j]-ms
			stt += float64(dt * dt)
			sss += float64(ds * ds)
			sts += float64(dt * ds)
		}
		cov += sts
		vr += float64(float64(stt*sss) / float64(r.n-1))
	}
	if vr > 0 {
		a.Z = cov / math.Sqrt(vr)
		a.P = normalAbove(a.Z)
		a.Rejected = a.P < alpha
	} else {
		a.P = 1
	}
	out.Notes = []string{
		"measures: where the voters are, by the turnout of their precinct and the share of the studied choice in it, weighted by voters on the list; and whether, within each region, the share rises with turnout",
		"cannot tell: why; precincts that turn out more may favour a choice for ordinary reasons (who lives there, how they vote), and a share rising with turnout is what ballots added for one choice would also make",
	}
	return out
}
