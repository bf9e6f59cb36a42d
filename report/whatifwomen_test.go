package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/report"
)

// A what-if writes the women of a list whose deputies the definition does
// not give as the count does, "—" (not given), never "0".
func TestWhatIfWomenNotGiven(t *testing.T) {
	base, alt := small(t), small(t)
	id := base.Lists[0].ID
	base.Lists[0].DeputiesNotGiven = base.Lists[0].Seats
	alt.Lists[0].DeputiesNotGiven = alt.Lists[0].Seats
	c := &shailoo.WhatIf{Base: base, Alternative: alt, Lists: []shailoo.ListChange{
		{ID: id, Name: "Not given", Base: 3, Alternative: 2, Moved: -1},
		{ID: base.Lists[1].ID, Name: "Given", Base: 1, Alternative: 2, Moved: 1, WomenBase: 0, WomenAlternative: 1},
	}}
	var b bytes.Buffer
	require.NoError(t, report.WhatIfText(&b, c, report.English))
	rows := 0
	for _, ln := range strings.Split(b.String(), "\n") {
		f := strings.Fields(ln)
		switch {
		case strings.HasPrefix(ln, "  "+base.Lists[0].Name+" "):
			require.Equal(t, []string{"—", "—"}, f[len(f)-2:], ln)
			rows++
		case strings.HasPrefix(ln, "  "+base.Lists[1].Name+" "):
			require.Equal(t, []string{"0", "1"}, f[len(f)-2:], ln)
			rows++
		}
	}
	require.Equal(t, 2, rows, b.String())
}

// A what-if in Russian or Kyrgyz names its two sides in that language,
// in the table's head and the parliament's line: no "base" or "what-if".
func TestWhatIfSidesInLanguage(t *testing.T) {
	base, alt := small(t), small(t)
	c := &shailoo.WhatIf{Base: base, Alternative: alt, Lists: []shailoo.ListChange{{ID: base.Lists[0].ID, Name: "x", Base: 3, Alternative: 3}}}
	for l, want := range map[report.Lang][]string{
		report.Russian: {"исходно  при изменении", "женщины исходно", "исходно 10 / 45, при изменении 10 / 45"},
		report.Kyrgyz:  {"баштапкы  өзгөртүү менен", "аялдар баштапкы", "баштапкы 10 / 45, өзгөртүү менен 10 / 45"},
		report.English: {"base  what-if", "women base", "base 10 / 45, what-if 10 / 45"},
	} {
		var b bytes.Buffer
		require.NoError(t, report.WhatIfText(&b, c, l))
		for _, w := range want {
			require.Contains(t, b.String(), w, l)
		}
		if l != report.English {
			require.NotContains(t, b.String(), "what-if", l)
		}
	}
}
