package ingest

import (
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
