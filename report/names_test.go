package report_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
)

// Issue 14, obstacle 7: a list's name is printed in the report's language
// when the definition gives it (name_ru, name_ky), and what was not
// evaluated has a heading in text and Markdown.
func TestNamesInTheChosenLanguage(t *testing.T) {
	res := small(t)
	res.Lists[0].NameRu, res.Lists[0].NameKy = "Ак Жол (по-русски)", "Ак Жол (кыргызча)"
	res.Findings.NotEvaluated = append(res.Findings.NotEvaluated, validate.NotEvaluated{Code: validate.ValidBalance, Reason: "a reason"})
	want := map[report.Lang][2]string{
		report.English: {res.Lists[0].Name, "Not evaluated"},
		report.Russian: {"Ак Жол (по-русски)", "Не проверено"},
		report.Kyrgyz:  {"Ак Жол (кыргызча)", "Текшерилген жок"},
	}
	for _, l := range report.Langs() {
		for _, md := range []bool{false, true} {
			var b bytes.Buffer
			if md {
				require.NoError(t, report.Markdown(&b, res, l))
			} else {
				require.NoError(t, report.Text(&b, res, l))
			}
			require.Contains(t, b.String(), want[l][0], l)
			require.Contains(t, b.String(), want[l][1], l)
			require.Contains(t, b.String(), "P103: a reason", l)
		}
	}
}
