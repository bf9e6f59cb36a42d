package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/validate"
)

// Every output of verify says where the published summary's figures come
// from, beside the recount's: a tester's summary made from a 1999 Knesset
// cut, three figures edited, is "synthetic", and its findings must not
// read as the publisher's figures disagreeing (testdata/published/real).
func TestVerifySaysWhoPublished(t *testing.T) {
	d := repo + "testdata/published/real/"
	knesset := func(args ...string) (string, string, int) {
		return cli(t, append([]string{"verify", "--rules", d + "il1999-test-rules.json", "--protocols", d + "il1999-knesset-kalpi.csv",
			"--mapping", d + "il1999-knesset-mapping.json", "--published", d + "EDITED-il1999-published-selfmade.json"}, args...)...)
	}
	out, _, code := knesset()
	require.Equal(t, exitFindings, code, out)
	require.Contains(t, out, "The published summary of il-knesset-1999-cut: where its figures come from: synthetic: written by a tester from the sums of il1999-knesset-kalpi.csv")
	require.Contains(t, out, "List «ם»: published 3 seats, recount 2 (gap +1).")

	out, _, _ = knesset("--format", "md")
	require.Contains(t, out, "The published summary of il-knesset-1999-cut: where its figures come from: synthetic: written by a tester")

	out, _, _ = knesset("--lang", "ru")
	require.Contains(t, out, "Опубликованные итоги il-knesset-1999-cut: откуда их цифры: ")

	out, _, _ = knesset("--format", "json")
	var rep validate.Report
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.NotNil(t, rep.Published, out)
	require.Equal(t, "il-knesset-1999-cut", rep.Published.Election)
	require.Equal(t, "synthetic", rep.Published.Provenance)
	require.Contains(t, rep.Published.Source, "three figures edited")

	// Latvia 2018: the CVK's seats, official.
	out, _, code = cli(t, "verify", "--published", repo+"examples/latvia2018/published.json", "--rules", repo+"examples/latvia2018/rules.json",
		"--protocols", repo+"examples/latvia2018/saeima2018.psv", "--mapping", repo+"examples/latvia2018/mapping.json")
	require.Equal(t, exitOK, code, out)
	require.Contains(t, out, "The published summary of lv-saeima-2018: where its figures come from: official: Seats of the lists")
}

// A divisor method's price of a seat is the list's votes over its divisor,
// as a reader checks it, not a reduced fraction: "quotient 2105/17" was
// 4,210 / 34 (a tester's 1999 Knesset cut, testdata/published/real).
func TestPriceSaysVotesOverDivisor(t *testing.T) {
	d := repo + "testdata/published/real/"
	args := []string{"count", "--rules", d + "il1999-test-rules.json", "--protocols", d + "il1999-knesset-kalpi.csv", "--mapping", d + "il1999-knesset-mapping.json"}
	out, _, _ := cli(t, args...)
	require.Contains(t, out, "Last seat given: שס, seat 11, quotient 1,400 / 11 ≈ 127.27; first not given: עם, seat 34, quotient 4,210 / 34 ≈ 123.82")
	out, _, _ = cli(t, append(args, "--format", "json")...)
	var res struct {
		Price struct {
			Next []map[string]any `json:"next"`
		} `json:"list_seat_price"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &res))
	require.Equal(t, []map[string]any{{"id": "עם", "seat": 34.0, "value": "2105/17", "decimal": "123.82", "votes": 4210.0, "divisor": "34", "decimal_rounded": true}}, res.Price.Next)
}

// A published share that is the recount's cut off, not rounded half up,
// says so and points to published.rounding; with "down" the summary holds
// (a tester's Colombia 2016 cut, testdata/published/real).
func TestVerifySaysOtherRounding(t *testing.T) {
	d := repo + "testdata/published/real/"
	colombia := func(rules string) (string, string, int) {
		return cli(t, "verify", "--rules", d+rules, "--protocols", d+"co2016-plebiscito-amazonas-mpios.csv",
			"--mapping", d+"co2016-mapping.json", "--published", d+"co2016-amazonas-published.json")
	}
	out, _, code := colombia("co2016-test-rules.json")
	require.Equal(t, exitFindings, code, out)
	require.Contains(t, out, `List «NO»: published 43.35%, but 100 × 4994 / 11518 = 43.358221…, which rounds (half up, 2 decimals) to 43.36%; 43.35% is 43.358221… rounded down (2 decimals): if the publisher rounds so, set the rule set's published.rounding to "down".`)
	require.Contains(t, out, "The published summary of co-plebiscito2016-amazonas: where its figures come from: preliminary: Registraduría preconteo 2016")
	out, _, code = colombia("co2016-test-rules-down.json")
	require.Equal(t, exitOK, code, out)
	require.Contains(t, out, "Compared with the recount: 10 published figures, 10 matched:")
}
