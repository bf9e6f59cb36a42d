package shailoo_test

import (
	"os"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/validate"
)

// Turkey's voters abroad in 2023 (tr-yurtdisi2023.csv): the commission
// publishes each party's share of the votes of the parties (AK Parti
// 44.62% = 741,632 / 1,661,982), not of the valid votes (1,668,965). The
// summary that says so, "base": "votes", agrees with the recount; the same
// shares checked as shares of the valid votes are 8 false alarms (S301).
func TestVerifyBaseVotes(t *testing.T) {
	const mapping = `{"layout": "long", "precinct": "secim", "region_id": "Yurtdışı", "ballot": "list",
 "rows": {"where": [{"column": "secim", "values": ["2023"]}]},
 "choice_column": "parti_aday", "votes_column": "oy",
 "choice_values": {"AK Parti": "ak-parti", "CHP": "chp", "MHP": "mhp", "YEŞİL SOL": "yesil-sol", "İYİ Parti": "iyi-parti",
  "TİP": "tip", "YENİDEN REFAH": "yeniden-refah", "ZP": "zp", "MEMLEKET": "memleket", "BBP": "bbp", "AP": "ap",
  "SOL PARTİ": "sol-parti", "AB": "ab", "GP": "gp", "TKP": "tkp", "ANAP": "anap", "GBP": "gbp", "HAK-PAR": "hak-par",
  "VATAN": "vatan", "MP92": "mp92", "Bağımsız": "bagimsiz", "HKP": "hkp", "TKH": "tkh", "MİLLİYOL": "milliyol", "YP": "yp"},
 "lines": {"voters": "kayitli_secmen", "found_stationary": "kullanilan_oy", "valid": "gecerli_oy"}}`
	const rules = `{"format": 1, "id": "tr-abroad-test", "version": "1", "seats": {"list": 13},
 "threshold": {"percent": "7", "base": "votes", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt"},
 "protocol": {"ballots": {"list": {"against_all": false}}, "lines": ["voters", "found_stationary", "invalid", "valid"]},
 "published": {"decimals": 2, "rounding": "half_up"}}`
	res := countReal(t, "tr-yurtdisi2023.csv", mapping, rules)
	if res.Totals.ThresholdBase != 1661982 || res.Totals.Valid != 1668965 {
		t.Fatalf("threshold base %d, valid %d; want 1661982 and 1668965", res.Totals.ThresholdBase, res.Totals.Valid)
	}
	f, err := os.Open("testdata/published/tr-abroad-2023.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := validate.ReadSummary(f, "tr-abroad-2023.json")
	if err != nil {
		t.Fatal(err)
	}
	if s.Base != validate.BaseVotes {
		t.Fatalf("base %q, want votes", s.Base)
	}
	rep := shailoo.Verify(res, s)
	if len(rep.Findings) != 0 {
		t.Errorf("findings %+v, want none", rep.Findings)
	}
	for _, n := range rep.NotEvaluated {
		if n.Code == validate.PublishedPercent || n.Code == validate.SharesOver100 {
			t.Errorf("%s not evaluated: %s", n.Code, n.Reason)
		}
	}
	s.Base = validate.BaseValid
	n := 0
	for _, f := range shailoo.Verify(res, s).Findings {
		if f.Code == validate.PublishedPercent {
			n++
		}
	}
	if n != 8 {
		t.Errorf("%d S301 over the valid votes, want 8", n)
	}
}
