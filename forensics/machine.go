package forensics

import "sort"

// Machine compares the machine (automatic ballot box) count with the
// manual count where a precinct has both, by okrug (by region when the
// precincts have no okrug).
type Machine struct {
	Pairs     int `json:"pairs"`
	Differing int `json:"differing"`
	// By is "okrug" or "region": how Groups group the precincts.
	By     string      `json:"by"`
	Groups []DiffGroup `json:"groups"`
	// Largest are the precincts with the largest differences, largest
	// first (at most 10).
	Largest []PairDiff `json:"largest"`
	Notes   []string   `json:"notes"`
}

// DiffGroup is the differences of one okrug (or region).
type DiffGroup struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Pairs     int    `json:"pairs"`
	Differing int    `json:"differing"`
	// Abs is the sum over the precincts and choices of |manual − machine|
	// votes; Diffs the per-precinct sums of |manual − machine|, in
	// precinct order (for the chart); Max the precinct with the largest.
	Abs    int64   `json:"abs"`
	Diffs  []int64 `json:"diffs"`
	Max    string  `json:"max_precinct,omitempty"`
	MaxAbs int64   `json:"max_abs"`
}

// PairDiff is one precinct's difference.
type PairDiff struct {
	Precinct string `json:"precinct"`
	Group    string `json:"group"`
	// Abs is Σ |manual − machine| over the choices; Choice the choice of
	// the largest difference and Diff that difference (manual − machine).
	Abs     int64  `json:"abs"`
	Choice  string `json:"choice"`
	Diff    int64  `json:"diff"`
	Ballots int64  `json:"ballots"`
}

func machine(d *Data) Machine {
	out := Machine{Pairs: len(d.Pairs), By: "okrug", Groups: []DiffGroup{}, Largest: []PairDiff{}}
	hasOkrug := false
	for _, p := range d.Pairs {
		hasOkrug = hasOkrug || p.Okrug != ""
	}
	if !hasOkrug {
		out.By = "region"
	}
	groups := map[string]*DiffGroup{}
	var all []PairDiff
	for _, p := range d.Pairs {
		g := p.Okrug
		names := d.OkrugNames
		if !hasOkrug {
			g, names = p.Region, d.RegionNames
		}
		gr := groups[g]
		if gr == nil {
			gr = &DiffGroup{ID: g, Name: names[g], Diffs: []int64{}}
			groups[g] = gr
		}
		pd := PairDiff{Precinct: p.Precinct, Group: g, Ballots: p.Ballots}
		for j, v := range p.Diff {
			a := max(v, -v)
			pd.Abs += a
			if a > max(pd.Diff, -pd.Diff) {
				pd.Choice, pd.Diff = d.Choices[j], v
			}
		}
		gr.Pairs++
		gr.Abs += pd.Abs
		gr.Diffs = append(gr.Diffs, pd.Abs)
		if pd.Abs > 0 {
			out.Differing++
			gr.Differing++
			all = append(all, pd)
			if pd.Abs > gr.MaxAbs {
				gr.Max, gr.MaxAbs = pd.Precinct, pd.Abs
			}
		}
	}
	for _, g := range groups {
		out.Groups = append(out.Groups, *g)
	}
	gs := out.Groups
	sort.Slice(gs, func(i, j int) bool { return gs[i].ID < gs[j].ID })
	sort.Slice(all, func(i, j int) bool {
		return all[i].Abs > all[j].Abs || all[i].Abs == all[j].Abs && all[i].Precinct < all[j].Precinct
	})
	out.Largest = append(out.Largest, all[:min(10, len(all))]...)
	out.Notes = []string{
		"measures: where the machine count and the manual count of one precinct give different votes, summed over the choices as |manual − machine|",
		"cannot tell: which count is right; a difference may be a misread ballot, a ballot the machine could not read, a typing error or a protocol changed after the count",
	}
	return out
}
