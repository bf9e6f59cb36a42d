package main

import (
	"regexp"
	"strings"
	"testing"
)

// copy and verify name the lists in the report's language where the
// definition gives their names in it (all 21 kg2021 lists have ky and ru
// names): a copy's C405 said «ata-jurt» үчүн добуштар, verify's places
// "alliance тизмеси, пайыз" and S311 «aruuzat-el-kutu» тизмеси. A list the
// definition does not have (the copy's ak-jol) stays by its ID.
func TestCopyAndVerifyNameLists(t *testing.T) {
	ids := regexp.MustCompile(`«(ata-jurt|alliance|aruuzat-el-kutu|Alliance|Ata-Jurt Kyrgyzstan)»|(alliance|ata-jurt) (тизмеси|тандоосу|вариант)|(список|вариант) (alliance|ata-jurt)\b`)
	for _, c := range []struct {
		lang string
		args []string
		want []string
	}{
		{"ky", []string{"copy", "--copy", repo + "testdata/copy-1001.json"},
			[]string{"«Ата-Журт Кыргызстан» үчүн добуштар: жарыяланган протоколдо бар (68)", ", Альянс тандоосу ", "«ak-jol» үчүн добуштар"}},
		{"ru", []string{"copy", "--copy", repo + "testdata/copy-1001.json"},
			[]string{"голоса за «Ата-Журт Кыргызстан»: есть в опубликованном протоколе (68)", ", вариант Альянс "}},
		{"ky", []string{"verify", "--published", repo + "testdata/published/kg2021-portal-140.json"},
			[]string{"  S301  ката      Альянс тизмеси, пайыз ", "«Альянс» тизмеси: жарыяланганы 15,39%", "«Аруузат – Эл Куту» тизмеси кайра эсептөөдө бар", "(биринчиси: Альянс тизмеси, пайыз)"}},
		{"ru", []string{"verify", "--published", repo + "testdata/published/kg2021-portal-140.json"},
			[]string{"Список «Альянс»: опубликовано 15,39%", "Список «Аруузат — Эл куту» есть в пересчёте"}},
	} {
		out, errs, code := cli(t, append(c.args, "--lang", c.lang)...)
		if code != 1 {
			t.Fatalf("%s %s: exit %d\n%s", c.args[0], c.lang, code, errs)
		}
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%s %s: no %q in\n%s", c.args[0], c.lang, w, out)
			}
		}
		if m := ids.FindString(out); m != "" {
			t.Errorf("%s %s: a list by its ID or English name: %q", c.args[0], c.lang, m)
		}
	}
}
