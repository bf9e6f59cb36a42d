package report

import (
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
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
