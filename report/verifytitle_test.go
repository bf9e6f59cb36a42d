package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
)

// A check of a published summary (shailoo verify) begins with a title
// that says what was checked, as a count's report does, not with its
// findings' heading; a report of findings alone (shailoo check) keeps it.
func TestVerifyTitle(t *testing.T) {
	rep := validate.Report{Compared: &validate.Compared{Figures: 14, Matched: 14},
		Published: &validate.PublishedOf{Election: "lok-sabha-2024-cut", Provenance: "not_given"},
		Recount:   &validate.RecountOf{Election: "inferred", Name: "inferred from draft.json", Provenance: "not_given"}}
	var b bytes.Buffer
	require.NoError(t, report.FindingsText(&b, rep, "en"))
	title := "Check of the published summary «lok-sabha-2024-cut» against the recount «inferred from draft.json»"
	require.True(t, strings.HasPrefix(b.String(), title+"\n"+strings.Repeat("=", len([]rune(title)))+"\n"), b.String())
	require.Contains(t, b.String(), "\nFindings: 0 errors, 0 warnings\n")

	b.Reset()
	require.NoError(t, report.FindingsMarkdown(&b, rep, "ru"))
	require.True(t, strings.HasPrefix(b.String(), "# Проверка опубликованных итогов «lok-sabha-2024-cut» пересчётом «inferred from draft.json»\n"), b.String())

	rep.Published.Election = ""
	b.Reset()
	require.NoError(t, report.FindingsText(&b, rep, "en"))
	require.True(t, strings.HasPrefix(b.String(), "Check of the published summary against the recount «inferred from draft.json»\n"), b.String())

	b.Reset()
	require.NoError(t, report.FindingsText(&b, validate.Report{}, "en"))
	require.True(t, strings.HasPrefix(b.String(), "Findings: 0 errors, 0 warnings\n===="), b.String())
}
