package report_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
)

// A summary whose okrug winners are preliminary beside official lists
// says so at its head, and each okrug's finding and compared check says
// "preliminary" beside its figure, in text, Markdown and each language;
// the lists' say nothing of it (the summary's own provenance).
func TestVerifyReportSaysPartProvenance(t *testing.T) {
	d, err := datasets.KG2021()
	require.NoError(t, err)
	res, err := shailoo.CountWith(d.Election, shailoo.KG2021(), shailoo.Options{})
	require.NoError(t, err)
	l, o := res.Lists[0], res.Okrugs[0]
	votes := l.Votes + 1
	s := validate.Summary{Election: "kg2021", Provenance: "official", Source: "the CEC; okrugs: a news site",
		Lists:  []validate.PublishedList{{ID: l.ID, Votes: &votes}},
		Okrugs: []validate.PublishedOkrug{{ID: o.Okrug, Winner: "no-such-candidate", Provenance: "preliminary"}}}
	rep := shailoo.Verify(res, s)
	for _, c := range []struct {
		lang string
		want []string
	}{
		{"en", []string{"where its figures come from: by part (lists: official; okrug results: preliminary): the CEC; okrugs: a news site",
			"no-such-candidate (preliminary)", "S308: 1 compared, 0 matched (preliminary)", "S302: 1 compared, 0 matched\n"}},
		{"ru", []string{"по частям (списки: официально; итоги по округам: предварительно)", "no-such-candidate (предварительно)"}},
		{"ky", []string{"бөлүктөр боюнча (тизмелер: расмий; округдар боюнча жыйынтыктар: алдын ала)", "no-such-candidate (алдын ала)"}},
	} {
		for _, md := range []bool{false, true} {
			var b bytes.Buffer
			if md {
				require.NoError(t, report.FindingsMarkdown(&b, rep, report.Lang(c.lang)))
			} else {
				require.NoError(t, report.FindingsText(&b, rep, report.Lang(c.lang)))
			}
			out := b.String()
			for _, w := range c.want {
				if md && strings.HasSuffix(w, "\n") {
					continue // (Markdown ends its lines its own way)
				}
				if !strings.Contains(out, w) {
					t.Errorf("%s (md %v): want %q in\n%s", c.lang, md, w, out)
				}
			}
			if strings.Contains(out, "(official)") {
				t.Errorf("%s (md %v): a figure of the summary's own provenance marked:\n%s", c.lang, md, out)
			}
		}
	}
	js, err := json.Marshal(rep)
	require.NoError(t, err)
	for _, w := range []string{`"parts":[{"part":"lists","provenance":"official","entries":1},{"part":"okrugs","provenance":"preliminary","entries":1}]`,
		`"provenance":"preliminary","message"`, `{"code":"S308","figures":1,"matched":0,"provenance":"preliminary"}`} {
		require.Contains(t, string(js), w)
	}
	var back validate.Report
	require.NoError(t, json.Unmarshal(js, &back))
	for i, f := range back.Findings {
		require.Equal(t, rep.Findings[i].Provenance(), f.Provenance(), "read back")
	}
}
