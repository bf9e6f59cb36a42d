package seats

import (
	"errors"
	"strings"
	"testing"
)

// Lots that do not settle a tie are an error naming the tie and what is
// missing, as a lot naming no one tied is; before, lots naming one of two
// tied (the Philippine Senate's twelfth seat, a Nigerian ward) left the
// tie awaiting lots, the lots given unused without a word. A name drawn
// that is not among the tied is said with the tied set, not the okrug's
// every candidate.
func TestLotsThatDoNotSettle(t *testing.T) {
	ward := []OkrugCandidate{{ID: "pdp", Votes: 1144}, {ID: "apc", Votes: 1144}, {ID: "apga", Votes: 456}}
	senate := []OkrugCandidate{{ID: "padilla", Votes: 293492}, {ID: "villar", Votes: 233705},
		{ID: "cayetano", Votes: 155084}, {ID: "estrada", Votes: 155084}, {ID: "escudero", Votes: 149951}}
	lots := OkrugRule{AgainstAll: AgainstAllIgnored, Tie: Lots}
	three := lots
	three.Seats = 3
	for _, tc := range []struct {
		name  string
		run   func(lots []string) (OkrugResult, error)
		lots  []string
		err   error
		words []string // in the error's text
	}{
		{"a ward, one of the two tied", func(l []string) (OkrugResult, error) { return Plurality("BYAZHIN", ward, 0, lots, l) },
			[]string{"pdp"}, ErrBadLot, []string{"draw pdp but not apc", "apc, pdp (1 seat(s) at 1144)"}},
		{"a ward, both", func(l []string) (OkrugResult, error) { return Plurality("BYAZHIN", ward, 0, lots, l) },
			[]string{"pdp", "apc"}, nil, nil},
		{"a ward, none: awaiting lots", func(l []string) (OkrugResult, error) { return Plurality("BYAZHIN", ward, 0, lots, l) },
			nil, ErrLotsRequired, nil},
		{"a ward, a name not standing", func(l []string) (OkrugResult, error) { return Plurality("BYAZHIN", ward, 0, lots, l) },
			[]string{"PDP"}, ErrBadLot, []string{`"PDP"`, "not among the tied: apc, pdp"}},
		{"a ward, one standing, not tied", func(l []string) (OkrugResult, error) { return Plurality("BYAZHIN", ward, 0, lots, l) },
			[]string{"apga"}, ErrBadLot, []string{`"apga"`, "not among the tied: apc, pdp"}},
		{"a district's last seat, one of the two tied", func(l []string) (OkrugResult, error) { return District("PH", senate, 0, three, l) },
			[]string{"estrada"}, ErrBadLot, []string{"draw estrada but not cayetano", "cayetano, estrada (1 seat(s) at 155084)"}},
		{"a district's last seat, both", func(l []string) (OkrugResult, error) { return District("PH", senate, 0, three, l) },
			[]string{"estrada", "cayetano"}, nil, nil},
		{"no tie at all", func(l []string) (OkrugResult, error) { return Plurality("KAWU", senate, 0, lots, l) },
			[]string{"villar"}, ErrBadLot, []string{"no tie is settled by lots"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.run(tc.lots)
			if tc.err == nil && err != nil || tc.err != nil && !errors.Is(err, tc.err) {
				t.Fatalf("err %v, want %v", err, tc.err)
			}
			for _, w := range tc.words {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("%q: no %q", err, w)
				}
			}
		})
	}
}
