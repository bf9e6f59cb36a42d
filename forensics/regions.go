package forensics

import (
	"cmp"
	"sort"
	"strings"
)

// Regions is turnout by region: each region's precincts' turnouts as a
// box (least, quartiles, most) and its turnout over all its voters.
type Regions struct {
	Regions []RegionTurnout `json:"regions"`
	Notes   []string        `json:"notes"`
}

// RegionTurnout is one region's turnout, in percent. The quartiles are
// turnouts of its precincts (nearest rank: the precinct at rank
// ceil(q·n)), compared exactly before they are written as numbers.
type RegionTurnout struct {
	ID        string  `json:"id"`
	Name      string  `json:"name"`
	NameRu    string  `json:"name_ru,omitempty"`
	NameKy    string  `json:"name_ky,omitempty"`
	Precincts int     `json:"precincts"`
	Voters    int64   `json:"voters"`
	Ballots   int64   `json:"ballots"`
	Turnout   float64 `json:"turnout"`
	Min       float64 `json:"min"`
	Q1        float64 `json:"q1"`
	Median    float64 `json:"median"`
	Q3        float64 `json:"q3"`
	Max       float64 `json:"max"`
}

type frac struct{ a, b int64 }

func (f frac) percent() float64 { return float64(100*f.a) / float64(f.b) }

func cmpFrac(x, y frac) int { return cmp.Compare(x.a*y.b, y.a*x.b) }

func regions(d *Data) Regions {
	by := map[string][]frac{}
	var ids []string
	out := Regions{Regions: []RegionTurnout{}}
	for i := range d.Precincts {
		x := &d.Precincts[i]
		if !x.turnoutOK() {
			continue
		}
		if _, ok := by[x.Region]; !ok {
			ids = append(ids, x.Region)
		}
		by[x.Region] = append(by[x.Region], frac{x.Ballots, x.Voters})
	}
	for _, id := range ids {
		fs := by[id]
		sort.Slice(fs, func(i, j int) bool { return cmpFrac(fs[i], fs[j]) < 0 })
		r := RegionTurnout{ID: id, Name: d.RegionNames[id], NameRu: d.RegionNamesRu[id], NameKy: d.RegionNamesKy[id], Precincts: len(fs)}
		for _, f := range fs {
			r.Voters += f.b
			r.Ballots += f.a
		}
		r.Turnout = frac{r.Ballots, r.Voters}.percent()
		rank := func(q, of int) float64 { // nearest rank ceil(q/of · n)
			i := (q*len(fs) + of - 1) / of
			return fs[max(0, i-1)].percent()
		}
		r.Min, r.Q1, r.Median, r.Q3, r.Max = fs[0].percent(), rank(1, 4), rank(1, 2), rank(3, 4), fs[len(fs)-1].percent()
		out.Regions = append(out.Regions, r)
	}
	rs := out.Regions
	sort.Slice(rs, func(i, j int) bool {
		return cmp.Or(cmp.Compare(rs[j].Median, rs[i].Median), strings.Compare(rs[i].ID, rs[j].ID)) < 0
	})
	out.Notes = []string{
		"measures: how turnout varies between the precincts of each region (box: quartiles; whiskers: least and most), regions by their median",
		"cannot tell: why a region's turnout is high or uniform; regions differ in who lives there, in distances and in habits",
	}
	return out
}

// Sizes is the distribution of precinct sizes (voters on the list).
type Sizes struct {
	Precincts int   `json:"precincts"`
	Width     int64 `json:"width"`
	// Bins[i] counts the precincts with i·Width .. (i+1)·Width − 1
	// voters; Over those with more.
	Bins   []int    `json:"bins"`
	Over   int      `json:"over"`
	Median int64    `json:"median"`
	Max    int64    `json:"max"`
	Notes  []string `json:"notes"`
}

func sizes(d *Data) Sizes {
	vs := make([]int64, 0, len(d.Precincts))
	for i := range d.Precincts {
		vs = append(vs, d.Precincts[i].Voters)
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i] < vs[j] })
	out := Sizes{Precincts: len(vs), Median: vs[(len(vs)-1)/2], Max: vs[len(vs)-1]}
	p99 := vs[(len(vs)*99+99)/100-1]
	// Bins of 1, 2 or 5 times a power of ten, at most 40 up to the 99th
	// percentile.
	w := int64(1)
	for dec := int64(1); p99/w >= 40; dec *= 10 {
		for _, m := range []int64{1, 2, 5} {
			if w = m * dec; p99/w < 40 {
				break
			}
		}
	}
	out.Width = w
	n := int(p99/w) + 1
	out.Bins = make([]int, n)
	for _, v := range vs {
		if i := v / w; i < int64(n) {
			out.Bins[i]++
		} else {
			out.Over++
		}
	}
	out.Notes = []string{
		"measures: how many precincts have how many voters on the list",
		"cannot tell: anything about the count; it shows which sizes the other analyses' precincts have (small precincts weigh little in the comet and are left out of the integer test)",
	}
	return out
}
