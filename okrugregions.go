package shailoo

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// okrugRegions finds the okrugs whose rows name two regions, finding I607:
// two okrugs of one name in two regions (Nigeria's wards GWAKO of
// Gwagwalada and of the Municipal area council), mapped by the okrug's
// column alone, are otherwise counted as one without a word. The rows of
// a contest put to several regions (Rhode Island's statewide questions,
// a row per question and town) look the same and are rightly one okrug:
// the rows cannot tell the two apart, so the finding is a warning that
// says both readings, not an error. It holds, by
// okrug, each region the rows name, at the first row that names it, after
// the region the definition gives the okrug.
//
// Without a definition of the okrugs (they are learnt from the rows) it
// follows every okrug; with one, the okrugs it places in a region, against
// that region, and rows of a region it does not define are left to X213.
//
// It follows the rows of a file whose precinct is named by the okrug's
// column, alone or with the region's ("precinct": {"columns":
// ["lga_name", "ward_name"]}, "okrug": "ward_name"), a row per district or
// per part of one named by the district: an okrug of such rows in two
// regions is two districts. An okrug whose precincts have names of their
// own may span regions (a United States congressional district spans
// counties, a country-wide okrug every region: "okrug_id"), and is not
// followed: a file of several contests names its precincts by the contest
// and the precinct's own column ("precinct": {"columns": ["office",
// "precinct"]}, "okrug": "office"), and a school district's proposition
// spans counties.
type okrugRegions struct {
	at map[string]int // okrug ID → its index in in
	in [][]regionRow
	// defined: the okrugs come from the definition (newOkrugRegions);
	// regions are its regions, nil when it defines none.
	defined bool
	regions map[string]bool
	// file is the file read now, key its mapping's okrug named by its
	// region too (okrugKey); skip: its rows are not followed
	// (namesOkrug).
	file, key string
	skip      bool
}

// regionRow is the first row of an okrug that names a region, or the
// definition's region of the okrug (file "").
type regionRow struct {
	region, file, key string
	line              int
}

// newOkrugRegions follows the okrugs of def that it places in a region,
// for a count whose definition lists no precincts: the rows place them.
func newOkrugRegions(def *election.Election) *okrugRegions {
	x := &okrugRegions{at: map[string]int{}, defined: true}
	for _, o := range def.Okrugs {
		if _, ok := x.at[o.ID]; !ok && o.Region != "" {
			x.at[o.ID] = len(x.in)
			x.in = append(x.in, []regionRow{{region: o.Region}})
		}
	}
	if len(def.Regions) > 0 {
		x.regions = map[string]bool{}
		for _, r := range def.Regions {
			x.regions[r.ID] = true
		}
	}
	return x
}

// reading says that the rows that follow are of the file name, read with
// mapping m.
func (x *okrugRegions) reading(name string, m ingest.Mapping) {
	x.file, x.key, x.skip = name, okrugKey(m), !namesOkrug(m)
}

// namesOkrug says whether m names a row's precinct by the okrug's column
// (or columns), alone or with the region's: by no column of the
// precinct's own.
func namesOkrug(m ingest.Mapping) bool {
	if m.Okrug == nil || m.OkrugID != "" {
		return false
	}
	key, okrug := columnsOf(&m.Precinct), columnsOf(m.Okrug)
	in := func(cs []ingest.Column) func(ingest.Column) bool {
		return func(c ingest.Column) bool {
			return slices.ContainsFunc(cs, func(k ingest.Column) bool { return sameColumn(k, c) })
		}
	}
	for _, c := range okrug {
		if !in(key)(c) {
			return false
		}
	}
	others := slices.Concat(okrug, columnsOf(m.Region))
	return !slices.ContainsFunc(key, func(c ingest.Column) bool { return !in(others)(c) })
}

// columnsOf returns the columns c names: its Columns, or c itself; none
// for c nil.
func columnsOf(c *ingest.Column) []ingest.Column {
	switch {
	case c == nil:
		return nil
	case len(c.Columns) > 0:
		return c.Columns
	}
	return []ingest.Column{*c}
}

// sameColumn says whether a and b, columns of one column each, name the
// same column: the same number, or the same header once trimmed.
func sameColumn(a, b ingest.Column) bool {
	if a.Index != 0 || b.Index != 0 {
		return a.Index == b.Index
	}
	return strings.TrimSpace(a.Header) == strings.TrimSpace(b.Header)
}

// row notes the row on line that places its precinct at pr.
func (x *okrugRegions) row(pr *election.Precinct, line int) {
	if x == nil || x.skip || pr.Okrug == "" || pr.Region == "" || pr.Abroad {
		return
	}
	i, ok := x.at[pr.Okrug]
	switch {
	case !ok && x.defined:
		return // an okrug the definition places in no region, or lacks (X212)
	case !ok:
		if x.at == nil {
			x.at = map[string]int{}
		}
		i = len(x.in)
		x.at[pr.Okrug] = i
		x.in = append(x.in, nil)
	}
	rs := x.in[i]
	if len(rs) > 0 && rs[0].region == pr.Region || x.regions != nil && !x.regions[pr.Region] {
		return
	}
	if !slices.ContainsFunc(rs, func(r regionRow) bool { return r.region == pr.Region }) {
		x.in[i] = append(rs, regionRow{region: pr.Region, file: x.file, key: x.key, line: line})
	}
}

// table notes the rows of the file name, read whole (ingest.ReadCSV) with
// mapping m: each protocol's row places it in the precinct of its ID.
func (x *okrugRegions) table(name string, m ingest.Mapping, t *ingest.Table) {
	x.reading(name, m)
	at := make(map[string]int, len(t.Precincts))
	for i := range t.Precincts {
		at[t.Precincts[i].ID] = i
	}
	for i := range t.Protocols {
		if k, ok := at[t.Protocols[i].Precinct]; ok && i < len(t.Lines) {
			x.row(&t.Precincts[k], t.Lines[i])
		}
	}
}

// split says whether the rows of okrug id name two regions, or another
// than the definition's.
func (x *okrugRegions) split(id string) bool {
	i, ok := x.at[id]
	return ok && len(x.in[i]) > 1
}

// findings returns a finding (I607) for each region the rows of an okrug
// name after its first, in the order the okrugs were first named.
func (x *okrugRegions) findings() []validate.Finding {
	if x == nil {
		return nil
	}
	ids := make([]string, len(x.in))
	for id, i := range x.at {
		ids[i] = id
	}
	var fs []validate.Finding
	for i, rs := range x.in {
		for _, r := range rs[min(1, len(rs)):] {
			fs = append(fs, validate.OkrugRegionsDisagree(ids[i], rs[0].file, rs[0].line, rs[0].region, r.file, r.line, r.region, r.key))
		}
	}
	return fs
}

// okrugKey writes m's okrug named by its region too, as a mapping says it
// ({"columns": ["lga_name", "ward_name"]}), for finding I607: the region's
// and the okrug's columns when each is one, words in their place
// otherwise.
func okrugKey(m ingest.Mapping) string {
	col := func(c *ingest.Column, what string) string {
		switch {
		case c == nil || len(c.Columns) > 0:
			return what
		case c.Header != "":
			b, _ := json.Marshal(c.Header)
			return string(b)
		}
		return strconv.Itoa(c.Index)
	}
	return `{"columns": [` + col(m.Region, "the region's column") + ", " + col(m.Okrug, "the okrug's column") + "]}"
}
