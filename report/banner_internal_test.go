package report

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/words"
)

// TestBannerLineNames: the banner of a threshold base not computed names
// the lines its protocols lack by their names in the language, not by
// their IDs.
func TestBannerLineNames(t *testing.T) {
	res := &shailoo.Result{Provisional: true, ProvisionalReasons: []shailoo.Unevaluated{
		{Kind: shailoo.UnevaluatedBase, Scope: []string{"invalid", "valid"}, Count: 250, Affects: []string{"list"}}}}
	for l, want := range map[Lang]string{
		Russian: "протоколов по партийным спискам без строк, из которых складывается его база (недействительных бюллетеней, действительных бюллетеней): 250",
		Kyrgyz:  "анын базасы түзүлгөн саптары (жараксыз бюллетендер, жарактуу бюллетендер) жок",
		English: "lacking line(s) invalid, valid of its base: 250",
	} {
		s, _ := provisional(res, l)
		if len(s.lines) != 1 || !strings.Contains(s.lines[0], want) {
			t.Errorf("%s: %q, want it to hold %q", l, s.lines, want)
		}
	}
}

// TestPresetNames: every built-in rule set's name is said in Russian and
// Kyrgyz (the report's "Rule set" line, the page's result).
func TestPresetNames(t *testing.T) {
	for _, id := range shailoo.Presets() {
		r, err := shailoo.Preset(id)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range []Lang{Russian, Kyrgyz} {
			if got := words.Data(string(l), r.Name); got == r.Name {
				t.Errorf("%s: its name is not said in %s: %q", id, l, r.Name)
			}
		}
	}
}

// TestTieLineWords: a tie's context and stage are said in words in
// Russian and Kyrgyz (the okrug by its name, the key lots are given by
// beside a tie awaiting them), as the Result writes them in English.
func TestTieLineWords(t *testing.T) {
	res := &shailoo.Result{Okrugs: []shailoo.Okrug{{OkrugResult: seats.OkrugResult{Okrug: "6"}, Name: "Knoxville"}},
		Ties: []shailoo.Tie{{Context: "okrug/6", Stage: "plurality", Tied: []string{"a", "b"}, Seats: 1, Value: "10006"}}}
	for l, want := range map[Lang]string{
		English: "okrug/6 (plurality): a, b tied for 1 seat at 10006; AWAITING LOTS: not filled",
		Russian: "округ Knoxville (относительное большинство): a, b равны за 1 мандат при 10006; ЖДЁТ ЖРЕБИЯ: не распределено (жребий по ключу okrug/6)",
		Kyrgyz:  "Knoxville округу (салыштырмалуу көпчүлүк): a, b ",
	} {
		s, _ := tiesSection(res, l)
		if got := s.lines[len(s.lines)-1]; !strings.HasPrefix(got, want) {
			t.Errorf("%s: %q, want it to begin %q", l, got, want)
		}
	}
}

// TestBannerBareNames: a district or constituency named by a number alone
// is quoted in the banner («2»), which would otherwise read as a count of
// seats; one whose name has a letter is not, and a constituency named as
// its region is said by its region, not by the seat context.
func TestBannerBareNames(t *testing.T) {
	res := &shailoo.Result{Provisional: true,
		Okrugs:         []shailoo.Okrug{{OkrugResult: seats.OkrugResult{Okrug: "2"}, Name: "2"}, {OkrugResult: seats.OkrugResult{Okrug: "3"}, Name: "District 3"}},
		Constituencies: []shailoo.Constituency{{Region: "Huesca"}, {Region: "07"}},
		ProvisionalReasons: []shailoo.Unevaluated{
			{Kind: shailoo.UnevaluatedNegative, Scope: []string{"dem"}, Count: 1, Affects: []string{"okrug/2", "okrug/3", "list@Huesca", "list@07"}}}}
	s, _ := provisional(res, English)
	if want := "these seats rest on it: «2», District 3, Huesca, «07»."; len(s.lines) != 1 || !strings.Contains(s.lines[0], want) {
		t.Errorf("%q, want it to hold %q", s.lines, want)
	}
}
