package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// kz is a file of testdata/kz2023 (tester BF's cuts: README.md there).
func kz(name string) string { return repo + "testdata/kz2023/" + name }

// kzCount counts under the given files as JSON and returns the result's
// fields the tests read, with stdout and the exit status.
func kzCount(t *testing.T, args ...string) (kzResult, string, int) {
	t.Helper()
	out, errs, code := cli(t, append([]string{"count", "--format", "json"}, args...)...)
	var r kzResult
	if code != exitUsage {
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("%v\n%s\n%s", err, out, errs)
		}
	}
	return r, errs, code
}

type kzResult struct {
	Provisional bool
	Totals      struct {
		AgainstAll    *int64   `json:"against_all"`
		ThresholdBase *int64   `json:"threshold_base"`
		NotEvaluated  []string `json:"not_evaluated"`
	}
	Lists []struct {
		ID    string
		Seats int
	}
	Notes []string
}

func (r kzResult) seats(id string) int {
	for _, l := range r.Lists {
		if l.ID == id {
			return l.Seats
		}
	}
	return -1
}

// Tester BF's F4: a list file without an "against all" column, under a
// rule set that does not say the ballot lacks it (the default: it has),
// was counted as a ballot without it: the base of `votes` shrank, and on
// Almaty's result, edited so that against all decides, Ak Zhol passed
// and took a seat from Amanat, exit 0, not provisional. Now its votes are
// not given (X229), the base is not evaluated, no list seat is filled,
// and the note says what to do; a rule set that says the ballot has none
// counts it as before.
func TestKZAgainstAllNotDropped(t *testing.T) {
	rules := kz("almaty2023.rules.json")
	with, _, code := kzCount(t, "--rules", rules, "--protocols", kz("almaty2023-EDITED-akzhol14200.csv"), "--mapping", kz("almaty2023.mapping.json"))
	if code != exitOK || with.seats("ak-zhol") != 0 || with.seats("amanat") != 13 || *with.Totals.ThresholdBase != 290683 {
		t.Fatalf("with the column: exit %d, %+v", code, with)
	}
	without, errs, code := kzCount(t, "--rules", rules, "--protocols", kz("almaty2023-EDITED-akzhol14200-no-aa-column.csv"), "--mapping", kz("almaty2023.no-aa-column.mapping.json"))
	if code != exitFindings || !without.Provisional || without.seats("ak-zhol") != 0 || without.seats("amanat") != 0 ||
		without.Totals.ThresholdBase != nil || without.Totals.AgainstAll != nil ||
		!strings.Contains(strings.Join(without.Totals.NotEvaluated, ","), "against_all") {
		t.Errorf("without the column: exit %d, %+v\n%s", code, without, errs)
	}
	notes := strings.Join(without.Notes, "\n")
	if strings.Contains(notes, `The list ballot has no "against all"`) || !strings.Contains(notes, `"protocol": {"ballots": {"list": {"against_all": false}}}`) {
		t.Errorf("notes:\n%s", notes)
	}
	// The rule set says the ballot has none: the base is the lists'.
	b, err := os.ReadFile(rules)
	if err != nil {
		t.Fatal(err)
	}
	none := strings.Replace(string(b), `"seats":`, `"protocol": {"ballots": {"list": {"against_all": false}}}, "seats":`, 1)
	said, _, code := kzCount(t, "--rules", writeTemp(t, "rules.json", none), "--protocols", kz("almaty2023-EDITED-akzhol14200-no-aa-column.csv"), "--mapping", kz("almaty2023.no-aa-column.mapping.json"))
	if code != exitOK || said.seats("ak-zhol") != 1 || *said.Totals.ThresholdBase != 274193 ||
		!strings.Contains(strings.Join(said.Notes, "\n"), `The list ballot has no "against all": the rule set says so`) {
		t.Errorf("the rule set saying none: exit %d, %+v", code, said)
	}
}

// Tester BF's F5: the same input counted the same whether the rule set
// writes the default ("against_all": true) or not, never refused for an
// "election's definition" the user never wrote; the count names the
// file's unread column "Против всех" and how to map it.
func TestKZAgainstAllDefaultWritten(t *testing.T) {
	in := []string{"--protocols", kz("kz2023-mazhilis-lists.csv"), "--mapping", kz("kz2023-mazhilis.no-aa.mapping.json")}
	silent, _, code1 := kzCount(t, append([]string{"--rules", kz("kz2023-mazhilis.rules.json")}, in...)...)
	written, errs, code2 := kzCount(t, append([]string{"--rules", kz("kz2023-mazhilis.aa-explicit.rules.json")}, in...)...)
	if code1 != exitFindings || code2 != exitFindings || !silent.Provisional || !written.Provisional || written.seats("amanat") != 0 {
		t.Fatalf("exit %d and %d (want %d both): %s", code1, code2, exitFindings, errs)
	}
	for _, r := range []kzResult{silent, written} {
		if !strings.Contains(strings.Join(r.Notes, "\n"), `column 10 reads as the votes against all, and the mapping does not read it: map it, "votes": {"against_all": "Против всех"}`) {
			t.Errorf("the unread column is not named:\n%s", strings.Join(r.Notes, "\n"))
		}
	}
}

// Tester BF's F7: the list ballot's "against all" is said under the
// lists with its share of the threshold base, in each language; it was
// only in the JSON's totals. (Russian and Kyrgyz group thousands with a
// no-break space.)
func TestKZAgainstAllLine(t *testing.T) {
	in := []string{"count", "--rules", kz("kz2023-mazhilis.rules.json"), "--protocols", kz("kz2023-mazhilis-lists.csv"), "--mapping", kz("kz2023-mazhilis.mapping.json")}
	for _, c := range []struct{ lang, format, want string }{
		{"en", "text", "Against all: 248,291 (3.90% of the threshold base, 6,366,441)"},
		{"ru", "text", "Против всех: 248\u00a0291 (3,90% от базы порога, 6\u00a0366\u00a0441)"},
		{"ky", "md", "Баарына каршы: 248\u00a0291 (босогонун негизинин 3,90%, 6\u00a0366\u00a0441)"},
	} {
		out, errs, code := cli(t, append(in, "--lang", c.lang, "--format", c.format)...)
		if code != exitOK || !strings.Contains(out, c.want) {
			t.Errorf("%s %s: exit %d, no %q\n%s%s", c.lang, c.format, code, c.want, out, errs)
		}
	}
}

// kzDraft drafts file and returns its lines and votes (column headers).
func kzDraft(t *testing.T, file string) (lines, votes map[string]string) {
	t.Helper()
	out, errs, code := cli(t, "mapping", "draft", file)
	if code != exitOK {
		t.Fatalf("%s: exit %d\n%s", file, code, errs)
	}
	var m struct{ Lines, Votes map[string]any }
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatal(err)
	}
	lines, votes = map[string]string{}, map[string]string{}
	for k, v := range m.Lines {
		lines[k], _ = v.(string)
	}
	for k, v := range m.Votes {
		votes[k], _ = v.(string)
		for _, r := range k {
			if r > unicode.MaxASCII && r != 'ʻ' {
				t.Errorf("%s: ID %q is not in Latin letters", file, k)
				break
			}
		}
	}
	return lines, votes
}

// Tester BF's F1, F2, F3, F8: the draft of Russian short headers and of
// Kazakh, Uzbek, Azerbaijani and Tajik protocol lines maps the lines as
// lines (not candidates or parties), Kazakh "against all" as against_all,
// and makes IDs of Latin letters only.
func TestKZDraftLines(t *testing.T) {
	for _, c := range []struct {
		file  string
		lines map[string]string
		votes int // the choices, against all included
	}{
		{"ru-president-short-headers.csv", map[string]string{"issued_in_room": "Получили бюллетени"}, 7},
		{"kk-president-form.csv", map[string]string{"voters": "Сайлаушылар тізіміне енгізілген сайлаушылар саны",
			"issued_in_room": "Сайлау бюллетеньдерін алған сайлаушылар саны", "invalid": "Жарамсыз бюллетеньдер саны"}, 7},
		{"kk-against-all-smd.SYNTHETIC.csv", map[string]string{"voters": "Сайлаушылар саны", "invalid": "Жарамсыз бюллетеньдер саны"}, 3},
		{"uz-latin-headers.SYNTHETIC.csv", map[string]string{"voters": "Saylovchilar soni", "found_stationary": "Saylovda ishtirok etganlar",
			"invalid": "Haqiqiy emas deb topilgan byulletenlar"}, 5},
		{"az-headers.SYNTHETIC.csv", map[string]string{"voters": "Seçicilərin sayı", "found_stationary": "Səsvermədə iştirak edən seçicilərin sayı",
			"invalid": "Etibarsız bülletenlərin sayı"}, 3},
		{"tj-headers.SYNTHETIC.csv", map[string]string{"voters": "Шумораи интихобкунандагон", "issued_in_room": "Шумораи интихобкунандагоне ки бюллетен гирифтанд",
			"invalid": "Бюллетенҳои беэътибор"}, 3},
	} {
		lines, votes := kzDraft(t, kz(c.file))
		for l, h := range c.lines {
			if lines[l] != h {
				t.Errorf("%s: lines.%s %q, want %q", c.file, l, lines[l], h)
			}
		}
		if len(votes) != c.votes {
			t.Errorf("%s: choices %v, want %d", c.file, votes, c.votes)
		}
		if strings.HasPrefix(c.file, "kk-") && !strings.HasPrefix(votes["against_all"], "Барлығына") {
			t.Errorf("%s: against all %q", c.file, votes["against_all"])
		}
	}
	_, votes := kzDraft(t, kz("kk-president-form.csv"))
	if votes["toqaev-qasym-zhomart"] != "Тоқаев Қасым-Жомарт" {
		t.Errorf("Kazakh letters not transliterated: %v", votes)
	}
	// "Проголосовало", those who voted, is no candidate.
	file := filepath.Join(t.TempDir(), "voted.csv")
	if err := os.WriteFile(file, []byte("Участок,Проголосовало,Иванов,Петров\n1,100,60,38\n2,90,50,39\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if lines, votes := kzDraft(t, file); lines["found_stationary"] != "Проголосовало" || len(votes) != 2 {
		t.Errorf("Проголосовало: lines %v, votes %v", lines, votes)
	}
}

// Tester BF's F6: a mapped header that differs from the file's by a
// Latin letter drawn as a Cyrillic one was "missing from the file", the
// file's header looking the same: the error names the column and each
// letter that differs.
func TestKZLookAlikeHeader(t *testing.T) {
	_, errs, code := cli(t, "count", "--rules", kz("almaty2023.rules.json"), "--protocols", kz("almaty2023-latinA-header.EDITED.csv"), "--mapping", kz("almaty2023.mapping.json"))
	if code != exitUsage || !strings.Contains(errs, `column 7 has "Aк жол"`) || !strings.Contains(errs, "at 1 the file has U+0041 (Latin), the mapping U+0410 (Cyrillic)") {
		t.Errorf("exit %d\n%s", code, errs)
	}
	_, errs, code = cli(t, "count", "--rules", kz("kostanay2023.rules.json"), "--protocols", kz("kostanay2023-maslikhat-lists.csv"), "--mapping", kz("kostanay2023.cyrillic-typed.mapping.json"))
	if code != exitUsage || !strings.Contains(errs, "column 3 has") || !strings.Contains(errs, "at 5 the file has U+006E (Latin), the mapping U+043D (Cyrillic)") {
		t.Errorf("Kostanay: exit %d\n%s", code, errs)
	}
}
