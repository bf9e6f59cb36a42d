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
	require.True(t, strings.HasPrefix(b.String(), "# Проверка опубликованных итогов «lok-sabha-2024-cut» пересчётом «Определение выведено из сопоставления draft.json»\n"), b.String())

	rep.Published.Election = ""
	b.Reset()
	require.NoError(t, report.FindingsText(&b, rep, "en"))
	require.True(t, strings.HasPrefix(b.String(), "Check of the published summary against the recount «inferred from draft.json»\n"), b.String())

	b.Reset()
	require.NoError(t, report.FindingsText(&b, validate.Report{}, "en"))
	require.True(t, strings.HasPrefix(b.String(), "Findings: 0 errors, 0 warnings\n===="), b.String())
}

// The recount's name in the title is said in the report's language where
// the catalog has it (the built-in 2021 election), as its line under the
// findings says it: not in English above a Russian or Kyrgyz report.
func TestVerifyTitleRecountName(t *testing.T) {
	rep := validate.Report{Compared: &validate.Compared{Figures: 1, Matched: 1},
		Published: &validate.PublishedOf{Election: "kg2021", Provenance: "not_given"},
		Recount:   &validate.RecountOf{Election: "kg2021", Name: "Jogorku Kenesh election, 28 November 2021", Provenance: "official"}}
	for l, want := range map[report.Lang]string{
		"ru": "Проверка опубликованных итогов «kg2021» пересчётом «Выборы в Жогорку Кенеш 28 ноября 2021 года»\n",
		"ky": "Жарыяланган «kg2021» жыйынтыктарын «",
		"en": "Check of the published summary «kg2021» against the recount «Jogorku Kenesh election, 28 November 2021»\n",
	} {
		var b bytes.Buffer
		require.NoError(t, report.FindingsText(&b, rep, l))
		require.True(t, strings.HasPrefix(b.String(), want), b.String())
		require.NotContains(t, strings.SplitN(b.String(), "\n", 2)[0], map[bool]string{true: "November", false: "\x00"}[l != "en"])
	}
}
