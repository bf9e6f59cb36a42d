package ingest

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// "reg" alone heads the registered voters (Malawi's "reg", Tunisia's
// "leg_reg"), but beside a code's or a name's word it abbreviates a
// region: "reg_code" numbers regions and is never the voters on the list.
func TestDraftMappingRegCodeIsNoVoters(t *testing.T) {
	for _, tc := range []struct {
		name, header string
		voters       bool
	}{
		{"reg alone", "reg", true},
		{"leg_reg", "leg_reg", true},
		{"reg_code", "reg_code", false},
		{"reg_id", "reg_id", false},
		{"reg no", "Reg No", false},
		{"reg nr", "reg_nr", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := tc.header + ",precinct,valid,Alpha,Beta\n700,1,30,10,20\n700,2,30,15,15\n800,3,40,20,20\n"
			d, err := DraftMapping(strings.NewReader(in), "x.csv")
			if err != nil {
				t.Fatal(err)
			}
			got, ok := d.Mapping.Lines[election.Voters]
			if ok != tc.voters || ok && got.Header != tc.header {
				t.Errorf("lines.voters = %v (mapped: %v), want mapped %v to %q\n%s", got, ok, tc.voters, tc.header, strings.Join(d.Mapping.Guesses, "\n"))
			}
		})
	}
}

// The draft's heuristics of today (footer rows, a key filled on every
// row, party primaries, vote-mode parts, dots between thousands, clock
// times, sheet checks, the Turkish and Arabic words) on odd files: empty,
// one row, ragged rows, empty headers. Each gives a draft or an error,
// never a panic.
func TestDraftMappingOddFilesNoPanic(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"empty", ""},
		{"header only", "il_adi,il_plaka,AKP\n"},
		{"one row turkish", "il_adi,il_plaka,kayıtlı seçmen,oy kullanan,geçerli,AKP\nAnkara,6,\"17.513\",\"12.001\",\"11.900\",\"5.000\"\n"},
		{"footer only", "precinct,Alpha\nSource: the commission\n"},
		{"footer after one row", "precinct,Alpha\n1,5\nSource: the commission\n"},
		{"ragged dots", "precinct,votes A,votes B\n1,\"1.234\"\n2,\"2.345\",\"3.456\",\"4.567\"\n"},
		{"empty headers", ",,\n1,2,3\n4,5,6\n"},
		{"primary one row", "precinct,candidate,party,votes\n1,A,DEM,10\n"},
		{"primary ragged", "precinct,candidate,party,votes\n1,A,DEM,10\n1,B\n2,C,REP,3\n"},
		{"modes one row", "precinct,candidate,Election Day,One Stop,Total Votes\n1,X,1,2,3\n"},
		{"clock one cell", "precinct,start,Alpha\n1,0800,5\n"},
		{"sheet check", "precinct,gEplusF,Alpha\n1,5,5\n2,6,6\n"},
		{"arabic", "لجنة,الناخبين,الصحيحة,الباطلة\n1,100,90,10\n"},
		{"filled key with empty precinct", "geo_id,delegation,name,valid,A\n,x,n1,5,5\n,x,n2,6,6\n3,y,n3,7,7\n"},
		{"blank cancelled", "precinct,voters,registered,valid_votes,blank,canceled\n1,10,20,7,2,1\n2,8,20,5,2,1\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("panic: %v", r)
				}
			}()
			_, _ = DraftMapping(strings.NewReader(tc.in), "x.csv")
		})
	}
}

// A precinct given twice (a correction, a copy), its rows sharing the
// protocol's lines, keeps its column as the key: a column that differs
// between the copies (who entered each) does not replace it, which would
// count the protocol twice under names that are no precincts; the repeat
// is said, for a count to report (X207).
func TestDraftMappingPrecinctGivenTwiceKept(t *testing.T) {
	const in = "precinct,entered_by,voters,valid,Alpha,Beta\n1,anna,100,30,10,20\n2,bob,100,30,15,15\n3,carl,100,40,20,20\n3,dina,100,41,20,21\n"
	d, err := DraftMapping(strings.NewReader(in), "x.csv")
	if err != nil {
		t.Fatal(err)
	}
	if p := d.Mapping.Precinct; p.Header != "precinct" || len(p.Columns) > 0 {
		t.Errorf("precinct %v, want column \"precinct\"\n%s", p, strings.Join(d.Mapping.Guesses, "\n"))
	}
	if g := strings.Join(d.Mapping.Guesses, "\n"); !strings.Contains(g, "X207") {
		t.Errorf("no guess says the repeated precinct:\n%s", g)
	}
}

// A note under the table in a column with no header (pandas' index) or
// past the header's columns: the draft names the column by its number in
// rows.where, or leaves the ragged row to be said as such; it neither
// refuses its own mapping nor panics.
func TestDraftMappingFooterOddColumn(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		where    *Column // the footer's condition, nil for none
	}{
		{"no header", ",precinct,Alpha,Beta\n0,1,10,20\n1,2,30,40\n2,3,5,6\nSource: the commission\n", &Column{Index: 1}},
		{"past the header", "precinct,Alpha\n1,5\n2,6\n,,Source: the commission\n", nil},
		{"header", "precinct,Alpha,Beta\n1,10,20\n2,30,40\nSource: the commission\n", &Column{Header: "precinct"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := DraftMapping(strings.NewReader(tc.in), "x.csv")
			if err != nil {
				t.Fatal(err)
			}
			var got *Column
			if r := d.Mapping.Rows; r != nil {
				for _, c := range r.Where {
					if slices.Contains(c.Except, "Source: the commission") {
						got = &c.Column
					}
				}
			}
			if (got == nil) != (tc.where == nil) || got != nil && !reflect.DeepEqual(*got, *tc.where) {
				t.Errorf("footer condition on %v, want %v\n%s", got, tc.where, strings.Join(d.Mapping.Guesses, "\n"))
			}
		})
	}
}
