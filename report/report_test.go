package report_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/report"
	"github.com/shailoo/shailoo/validate"
)

func small(t *testing.T) *shailoo.Result {
	t.Helper()
	f, err := os.Open("../testdata/ingest/small-election.json")
	require.NoError(t, err)
	defer f.Close()
	e, err := ingest.ReadElection(f, "small-election.json")
	require.NoError(t, err)
	r, err := shailoo.KG2021().Set("seats.list", "9")
	require.NoError(t, err)
	res, err := shailoo.Count(e, r)
	require.NoError(t, err)
	return res
}

func TestTextInEveryLanguage(t *testing.T) {
	res := small(t)
	want := map[report.Lang][]string{
		report.English: {"List seats (9)", "Single-mandate okrugs", "Parliament", "Findings: 0 errors, 0 warnings"},
		report.Russian: {"Мандаты по партийным спискам (9)", "Одномандатные округа", "Парламент", "Замечания: 0 ошибок"},
		report.Kyrgyz:  {"Партиялык тизмелер боюнча мандаттар (9)", "Бир мандаттуу округдар", "Парламент", "Табылгалар: 0 ката"},
	}
	for _, l := range report.Langs() {
		var b bytes.Buffer
		require.NoError(t, report.Text(&b, res, l))
		for _, w := range want[l] {
			require.Contains(t, b.String(), w, l)
		}
		// the list by its name in l where the definition gives one (its
		// note too: «Ак жол: ээленбеген мандаттар» in Kyrgyz, as its table)
		name := map[report.Lang]string{report.Kyrgyz: "Ак жол", report.Russian: "Ак жол"}[l]
		if name == "" {
			name = "Ak Jol"
		}
		require.Contains(t, b.String(), "\n  "+name+": ", l)
	}
}

func TestMarkdownTables(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, report.Markdown(&b, small(t), report.English))
	md := b.String()
	require.True(t, strings.HasPrefix(md, "# A small election"))
	// The share names its base, the threshold's (kg2021: participants).
	require.Contains(t, md, "| party | votes | % of participants | margin | regional | seats | women | source |\n|---|---|---|---|---|---|---|---|\n")
	require.Contains(t, md, "| Ak Jol | 1,575 | 40.10 |")
}

func TestJSONIsTheResult(t *testing.T) {
	res := small(t)
	var b bytes.Buffer
	require.NoError(t, report.JSON(&b, res))
	var back shailoo.Result
	require.NoError(t, json.Unmarshal(b.Bytes(), &back))
	require.Equal(t, res.Lists[0].Seats, back.Lists[0].Seats)
	var again bytes.Buffer
	require.NoError(t, report.JSON(&again, &back))
	require.Equal(t, b.String(), again.String(), "the JSON round trip is lossless")
}

func TestFindings(t *testing.T) {
	rep := validate.Report{Findings: []validate.Finding{validate.UnreadableRow("p.csv", 7, 3, "not a whole number")}}
	var b bytes.Buffer
	require.NoError(t, report.FindingsText(&b, rep, report.Russian))
	require.Contains(t, b.String(), "I601")
	require.Contains(t, b.String(), "p.csv")
	b.Reset()
	require.NoError(t, report.FindingsMarkdown(&b, rep, report.English))
	require.Contains(t, b.String(), "| I601 | error |")
}

func TestInt(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 1281622: "1,281,622", -64082: "-64,082"} {
		require.Equal(t, want, report.Int(n))
	}
}

// TestLanguageTags is part of issue 12's attack suite (panics and shared
// state): a report in "ky-KG" is the report in Kyrgyz, and changing the
// slice Langs returns changes nothing.
func TestLanguageTags(t *testing.T) {
	res := small(t)
	text := func(l report.Lang) string {
		var b bytes.Buffer
		require.NoError(t, report.Text(&b, res, l))
		return b.String()
	}
	for tag, l := range map[report.Lang]report.Lang{"ky-KG": report.Kyrgyz, "ru-RU": report.Russian, "RU": report.Russian, "en-US": report.English, "de": report.English} {
		require.Equal(t, text(l), text(tag), tag)
	}
	ls := report.Langs()
	ls[0] = "de"
	require.Equal(t, report.Kyrgyz, report.Langs()[0])
}

// Closed lists show list positions, not preference votes; a list without
// a roster shows its seats as won with the deputies not given, in every
// language and in Markdown. Part of issue 12's suite.
func TestClosedListsAndDeputiesNotGiven(t *testing.T) {
	f, err := os.Open("../testdata/ingest/small-election.json")
	require.NoError(t, err)
	defer f.Close()
	e, err := ingest.ReadElection(f, "small-election.json")
	require.NoError(t, err)
	r, err := shailoo.Preset("kg2015")
	require.NoError(t, err)
	r, err = r.Set("seats.list", "9")
	require.NoError(t, err)
	r, err = r.Set("regional_threshold", "null")
	require.NoError(t, err)
	res, err := shailoo.Count(e, r)
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, report.Text(&b, res, report.English))
	require.Contains(t, b.String(), "list position (closed list)")
	require.NotContains(t, b.String(), "sex  preference votes")

	for i := range e.Parties {
		e.Parties[i].Candidates = nil
	}
	res, err = shailoo.Count(e, r)
	require.NoError(t, err)
	require.Positive(t, res.Seats.NotGiven)
	want := map[report.Lang]string{report.English: "deputies not given", report.Russian: "депутаты не указаны", report.Kyrgyz: "депутаттар көрсөтүлгөн жок"}
	for l, s := range want {
		for _, md := range []bool{false, true} {
			b.Reset()
			if md {
				require.NoError(t, report.Markdown(&b, res, l))
			} else {
				require.NoError(t, report.Text(&b, res, l))
			}
			require.Contains(t, b.String(), s, l)
			require.NotContains(t, b.String(), "only 0 candidates", l)
		}
	}
}

// A finding whose want or got is no number (a figure not given, X229)
// has no gap: none is shown, never 0.
func TestFindingsNoGap(t *testing.T) {
	rep := validate.Report{Findings: []validate.Finding{{Code: validate.MissingVotes, Severity: validate.Error, Want: "the votes for «bob»", Got: "none"}}}
	var b bytes.Buffer
	require.NoError(t, report.FindingsMarkdown(&b, rep, report.English))
	require.Contains(t, b.String(), "| none |  |")
	require.NotContains(t, b.String(), "| none | 0 |")
}

// Russian and Kyrgyz reports write figures as those languages do, as the
// page does: thousands grouped by a no-break space, a decimal comma, the
// Result's exact digits kept ("64 081,10"), and "votes needed" agreeing
// with its number; English as before.
func TestFiguresInTheLanguagesForm(t *testing.T) {
	d, err := datasets.KG2021Shared()
	require.NoError(t, err)
	res, err := shailoo.Count(d.Election, shailoo.KG2021())
	require.NoError(t, err)
	text := func(l report.Lang) string {
		var b bytes.Buffer
		require.NoError(t, report.Text(&b, res, l))
		return strings.ReplaceAll(b.String(), "\u00a0", "_")
	}
	ru := text("ru-RU")
	for _, w := range []string{"1_281_622 / 3_703_420", "= 34,61%", "= 64_081,10 → 64_082 голоса нужно", "813_687/54 = 15_068,28", "222_005  17,32 ", "% от участвовавших", " +157_923 "} {
		require.Contains(t, ru, w)
	}
	require.Contains(t, text(report.Kyrgyz), "1_281_622 / 3_703_420")
	en := text(report.English)
	for _, w := range []string{"1,281,622 / 3,703,420", "= 34.61%", "= 64081.10 → 64,082 votes needed", "813687/54 = 15068.28"} {
		require.Contains(t, en, w)
	}
}

// The report says how many protocols of how many precincts were counted
// (Totals), in every language and in Markdown, for a reader to check that
// every row was; a count of totals alone says its precincts are not
// evaluated.
func TestCountedLine(t *testing.T) {
	res := small(t)
	n := func(i int) string { return report.Int(int64(i)) }
	want := map[report.Lang]string{
		report.English: "Counted: " + n(res.Totals.Protocols) + " protocols of " + n(res.Totals.Precincts) + " precincts",
		report.Russian: "Учтено протоколов: " + n(res.Totals.Protocols) + ", участков: " + n(res.Totals.Precincts),
		report.Kyrgyz:  "Эсептелди: " + n(res.Totals.Precincts) + " участоктун " + n(res.Totals.Protocols) + " протоколу",
	}
	for l, line := range want {
		var text, md bytes.Buffer
		require.NoError(t, report.Text(&text, res, l))
		require.NoError(t, report.Markdown(&md, res, l))
		if !strings.Contains(text.String(), line) || !strings.Contains(md.String(), line) {
			t.Errorf("%s: no line %q in the text or Markdown report", l, line)
		}
	}
	res.Totals.NotEvaluated = append(res.Totals.NotEvaluated, "precincts")
	var text bytes.Buffer
	require.NoError(t, report.Text(&text, res, report.English))
	if !strings.Contains(text.String(), "Counted: "+n(res.Totals.Protocols)+" protocols (the precincts are not evaluated") {
		t.Errorf("a count of totals alone: %s", text.String())
	}
}

// Where precincts of the election have no protocol (Result.Reporting),
// the counted line says the protocols, the precincts that have one and
// the election's precincts: 19 protocols of 18 precincts (of 19), one
// precinct giving two, never "19 protocols of 19 precincts".
func TestCountedLineReporting(t *testing.T) {
	res := small(t)
	res.Totals.Protocols, res.Totals.Precincts = 19, 19
	res.Reporting = &shailoo.Reporting{Precincts: 19, Reporting: 18}
	for l, line := range map[report.Lang]string{
		report.English: "Counted: 19 protocols of 18 precincts (of 19 in the election)",
		report.Russian: "Учтено протоколов: 19, участков с протоколом: 18 (всего участков в выборах: 19)",
		report.Kyrgyz:  "Эсептелди: 19 протокол, протоколу бар участоктор: 18 (шайлоодогу бардык участоктор: 19)",
	} {
		var text bytes.Buffer
		require.NoError(t, report.Text(&text, res, l))
		require.Contains(t, text.String(), line, l)
	}
}

// The lists' "%" names what it is a share of: the national threshold's
// base, of which a list's percent is. A bare "%" let Fiji's 2018 49.56%
// of the votes cast be read as the commission's 50.02% of the valid votes.
func TestListPercentNamesItsBase(t *testing.T) {
	f, err := os.Open("../testdata/ingest/small-election.json")
	require.NoError(t, err)
	defer f.Close()
	e, err := ingest.ReadElection(f, "small-election.json")
	require.NoError(t, err)
	for base, head := range map[string][3]string{
		"participants": {"% of participants", "% от участвовавших", "катышкандардан %"},
		"valid":        {"% of valid ballots", "% от действительных бюллетеней", "жарактуу бюллетендерден %"},
		"voters":       {"% of voters on the list", "% от избирателей в списке", "тизмедеги шайлоочулардан %"},
	} {
		r, err := shailoo.KG2021().Set("seats.list", "9")
		require.NoError(t, err)
		r, err = r.Set("threshold.base", base)
		require.NoError(t, err)
		pct := "30" // a list misses it: both tables
		if base == "voters" {
			pct = "10"
		}
		r, err = r.Set("threshold.percent", pct)
		require.NoError(t, err)
		res, err := shailoo.Count(e, r)
		require.NoError(t, err)
		want := 2 // the lists' table and the missed
		if base == "participants" {
			want++ // the okrugs' table's share is of participants too
		}
		for i, l := range []report.Lang{report.English, report.Russian, report.Kyrgyz} {
			var b bytes.Buffer
			require.NoError(t, report.Text(&b, res, l))
			require.Equal(t, want, strings.Count(b.String(), "  "+head[i]+"  "), "%s, %s:\n%s", base, l, b.String())
			b.Reset()
			require.NoError(t, report.Markdown(&b, res, l))
			require.Equal(t, want, strings.Count(b.String(), "| "+head[i]+" |"), "%s, %s:\n%s", base, l, b.String())
		}
	}
}

// A whole count's turnout over 100% is impossible: the headline flags it
// (Hamburg 2025's cut, its valid ballots mapped to the votes of five-vote
// ballots: 12,532 / 4,848 = 258.50%, said without a word). A count within
// its list is said as before.
func TestTurnoutOverTheListFlagged(t *testing.T) {
	res := small(t)
	var b bytes.Buffer
	require.NoError(t, report.Text(&b, res, report.English))
	require.NotContains(t, b.String(), "⚠ More voters took part")
	res.Totals.Voters, res.Totals.Turnout = 1519, "258.59"
	for l, want := range map[report.Lang]string{
		report.English: "⚠ More voters took part (3,928) than are on the list (1,519)",
		report.Russian: "⚠ Приняли участие (3\u00a0928) больше избирателей, чем их в списке (1\u00a0519)",
		report.Kyrgyz:  "⚠ Добуш берүүгө катышкандар (3\u00a0928) тизмедеги шайлоочулардан (1\u00a0519) көп",
	} {
		b.Reset()
		require.NoError(t, report.Text(&b, res, l))
		require.Contains(t, b.String(), want)
		require.Contains(t, b.String(), "% ⚠\n")
		b.Reset()
		require.NoError(t, report.Markdown(&b, res, l))
		require.Contains(t, b.String(), want)
	}
}
