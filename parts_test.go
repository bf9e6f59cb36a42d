package shailoo_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/validate"
)

// Slovakia's presidential election of 2024, round 2: the statistical
// office gives an okrsok's protocol lines in table 02e (wide) and its
// votes in table 03f (long), two files of the same 24 okrsky.
const (
	sk02e = `{"part": true, "precinct": {"columns": ["Kód obce", "Okrsok"]}, "region": "Názov okresu",
  "ballot": "okrug", "okrug_id": "Slovensko",
  "lines": {"voters": "Počet zapísaných voličov", "issued_in_room": "Počet zúčastnených voličov",
            "found_stationary": "Počet odovzdaných obálok", "valid": "Počet platných hlasov pre všetkých kandidátov"}}`
	sk03f = `{"part": true, "layout": "long", "precinct": {"columns": ["Kód obce", "Okrsok"]}, "region": "Názov okresu",
  "ballot": "okrug", "okrug_id": "Slovensko",
  "choice_column": "Priezvisko", "votes_column": "Počet platných hlasov",
  "choice_values": {"Korčok": "korcok", "Pellegrini": "pellegrini"}}`
	skRules = `{"format": 1, "id": "sk-prez-k2", "version": "0",
  "name": "the candidate with more valid votes (a sketch for testing)",
  "seats": {"list": 0, "okrug_each": true},
  "okrug": {"against_all": "ignored", "tie": "lots"},
  "protocol": {"lines": ["voters", "issued_in_room", "found_stationary", "invalid", "valid"],
    "ballots": {"okrug": {"against_all": false}}}}`
)

// skFile is a file of testdata/ingest/real with its mapping, the cell
// old of its text replaced by new.
func skFile(t *testing.T, name, mapping, old, new string) shailoo.CSVInput {
	t.Helper()
	b, err := os.ReadFile("testdata/ingest/real/" + name)
	if err != nil {
		t.Fatal(err)
	}
	if old != "" {
		if !bytes.Contains(b, []byte(old)) {
			t.Fatalf("%s has no %q", name, old)
		}
		b = bytes.Replace(b, []byte(old), []byte(new), 1)
	}
	return shailoo.CSVInput{Name: name, R: bytes.NewReader(b), Mapping: readMapping(t, mapping)}
}

// skCount counts the files under skRules with the definition inferred
// from the mapping of the votes.
func skCount(t *testing.T, files ...shailoo.CSVInput) *shailoo.Result {
	t.Helper()
	r, err := shailoo.ReadRules(strings.NewReader(skRules), "sk-rules.json")
	if err != nil {
		t.Fatal(err)
	}
	def, _, err := ingest.Define(readMapping(t, sk03f), "sk-03f.json")
	if err != nil {
		t.Fatal(err)
	}
	res, err := shailoo.CountCSV(def, r, files, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// The two files of one protocol's parts ("part": true) are one protocol
// per okrsok, joined before the checks: no duplicate (X207), no votes
// missing (X229), and valid = the votes (P103) checked, where before the
// count found 24 X207 and 48 X229 and gave a provisional result.
func TestPartsJoined(t *testing.T) {
	res := skCount(t, skFile(t, "sk-prez2024-k2-tab02e.csv", sk02e, "", ""), skFile(t, "sk-prez2024-k2-tab03f.csv", sk03f, "", ""))
	if n := codes(res); len(n) != 0 {
		t.Errorf("findings %v, want none", n)
	}
	for _, ne := range res.Findings.NotEvaluated {
		if ne.Code == validate.ValidBalance {
			t.Errorf("P103 not evaluated: %s", ne.Reason)
		}
	}
	if res.Provisional || len(res.Okrugs) != 1 || res.Okrugs[0].Winner != "korcok" || res.Okrugs[0].LeaderVotes != 15575 || res.Okrugs[0].Valid != 21365 {
		t.Errorf("provisional %v, okrugs %+v; want Korčok elected with 15,575 of 21,365 valid votes", res.Provisional, res.Okrugs)
	}
	if res.Totals.Protocols != 24 {
		t.Errorf("%d protocols, want 24", res.Totals.Protocols)
	}
	// A valid line 5 above the votes (967 -> 972 in okrsok 1): P103, the
	// relation of the two parts, finds it.
	res = skCount(t, skFile(t, "sk-prez2024-k2-tab02e.csv", sk02e, ",967,", ",972,"), skFile(t, "sk-prez2024-k2-tab03f.csv", sk03f, "", ""))
	var found bool
	for _, f := range res.Findings.Findings {
		found = found || f.Code == validate.ValidBalance && f.Place.Precinct == "528595 / 1" && f.Gap == 5
	}
	if !found {
		t.Errorf("findings %v; want P103 at 528595 / 1, gap +5", codes(res))
	}
}

// A figure two parts both give, alike, is one figure; given differently
// (valid 967 in one file, 972 in another), it is finding I606 at the
// later row, naming the earlier, and is not counted: the relations over
// it are not evaluated for that protocol, never settled on one of them.
func TestPartsDiffer(t *testing.T) {
	edited := skFile(t, "sk-prez2024-k2-tab02e.csv", sk02e, ",967,", ",972,")
	edited.Name = "sk-02e-edited.csv"
	res := skCount(t, skFile(t, "sk-prez2024-k2-tab02e.csv", sk02e, "", ""), edited, skFile(t, "sk-prez2024-k2-tab03f.csv", sk03f, "", ""))
	if n := codes(res); len(n) != 1 || n[validate.PartsDiffer] != 1 {
		t.Fatalf("findings %v, want one I606", n)
	}
	f := res.Findings.Findings[0]
	msg := f.Message().En
	if f.Place.File != "sk-02e-edited.csv" || f.Place.Row != 2 || f.Place.Precinct != "528595 / 1" || f.Got != "972" || f.Want != "967" ||
		!strings.Contains(msg, "row 2 of sk-prez2024-k2-tab02e.csv") || !strings.Contains(msg, "lines.valid") {
		t.Errorf("finding %+v %q; want at row 2 of the edited file, naming row 2 of the other", f.Place, msg)
	}
	if res.Totals.Protocols != 24 {
		t.Errorf("%d protocols, want 24", res.Totals.Protocols)
	}
}

// Files whose mappings do not say "part" are not joined: each gives its
// protocols whole, and two of one precinct, ballot and count are a
// duplicate (X207), as before.
func TestPartsNotSaid(t *testing.T) {
	whole := func(m string) string { return strings.Replace(m, `"part": true, `, "", 1) }
	res := skCount(t, skFile(t, "sk-prez2024-k2-tab02e.csv", whole(sk02e), "", ""), skFile(t, "sk-prez2024-k2-tab03f.csv", whole(sk03f), "", ""))
	if n := codes(res); n[validate.DuplicateProtocol] != 24 {
		t.Errorf("findings %v, want 24 X207", n)
	}
}

// A figure that a later part gave, the first part not, is named by that
// part's row when a third part gives it differently: the votes of okrsok
// 1 in table 03f, not table 02e, which gives no votes.
func TestPartsDifferThird(t *testing.T) {
	edited := skFile(t, "sk-prez2024-k2-tab03f.csv", sk03f, `"Korčok",751,`, `"Korčok",750,`)
	edited.Name = "sk-03f-edited.csv"
	res := skCount(t, skFile(t, "sk-prez2024-k2-tab02e.csv", sk02e, "", ""), skFile(t, "sk-prez2024-k2-tab03f.csv", sk03f, "", ""), edited)
	var found bool
	for _, f := range res.Findings.Findings {
		if f.Code != validate.PartsDiffer {
			continue
		}
		found = true
		if msg := f.Message().En; f.Place.File != "sk-03f-edited.csv" || f.Got != "750" || f.Want != "751" || !strings.Contains(msg, "row 2 of sk-prez2024-k2-tab03f.csv") {
			t.Errorf("finding %+v %q; want the edited file's row, naming row 2 of sk-prez2024-k2-tab03f.csv", f.Place, msg)
		}
	}
	if !found {
		t.Errorf("findings %v, want I606", codes(res))
	}
}

// A part whose mapping gives no region (table 03f read first, without
// its district column) leaves the region of each okrsok to the part that
// gives it (table 02e), as a later row of a file fills in an empty cell:
// the regions are learnt, no row is said to place an okrsok elsewhere
// (I605) and the okrug's region is defined (no X225).
func TestPartsRegionFromLaterPart(t *testing.T) {
	noRegion := strings.Replace(sk03f, `"region": "Názov okresu",`, "", 1)
	res := skCount(t, skFile(t, "sk-prez2024-k2-tab03f.csv", noRegion, "", ""), skFile(t, "sk-prez2024-k2-tab02e.csv", sk02e, "", ""))
	if n := codes(res); len(n) != 0 {
		t.Errorf("findings %v, want none", n)
	}
	var learnt bool
	for _, n := range res.Notes {
		learnt = learnt || strings.Contains(n, "the regions (2) are those the files' rows name")
	}
	if !learnt {
		t.Errorf("notes %q; want the 2 regions learnt", res.Notes)
	}
}
