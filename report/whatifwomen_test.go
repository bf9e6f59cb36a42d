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
