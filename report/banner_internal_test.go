package report

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
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
