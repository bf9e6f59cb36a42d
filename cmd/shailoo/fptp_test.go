package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shailoo/shailoo"
)

// The README of examples/fptp runs as it says: a file of single-member
// districts (one row per constituency, one column per party), its mapping
// drafted, counted without a definition under the plurality rule set: the
// districts and their candidates learnt from the rows, each district won
// by the most votes, a tie for first reported and its seat left to lots
// (exit 1), settled by a lot from a seed (exit 3); under kg2021 (36 okrug
// seats) the count is refused (exit 2), not a parliament of 5 of 90.
func TestFPTPExample(t *testing.T) {
	readme, err := os.ReadFile(repo + "examples/fptp/README.md")
	if err != nil {
		t.Fatal(err)
	}
	const cmd = "shailoo count --rules examples/fptp/rules.json --protocols examples/fptp/constituencies.csv --mapping examples/fptp/mapping.json"
	if !strings.Contains(string(readme), cmd) {
		t.Fatalf("the README no longer gives the command %q", cmd)
	}

	// The draft proposes the example's mapping.
	draft, errs, code := cli(t, "mapping", "draft", repo+"examples/fptp/constituencies.csv")
	if code != exitOK {
		t.Fatalf("draft: exit %d\n%s", code, errs)
	}
	var drafted map[string]any
	if err := json.Unmarshal([]byte(draft), &drafted); err != nil {
		t.Fatal(err)
	}
	delete(drafted, "_guesses")
	var example map[string]any
	b, err := os.ReadFile(repo + "examples/fptp/mapping.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &example); err != nil {
		t.Fatal(err)
	}
	dj, _ := json.Marshal(drafted)
	ej, _ := json.Marshal(example)
	if string(dj) != string(ej) {
		t.Errorf("the draft is not the example's mapping:\n%s\n%s", dj, ej)
	}
	mapping := filepath.Join(t.TempDir(), "mapping.json")
	if err := os.WriteFile(mapping, dj, 0o644); err != nil {
		t.Fatal(err)
	}

	csv, rules := repo+"examples/fptp/constituencies.csv", repo+"examples/fptp/rules.json"
	out, errs, code := cli(t, "count", "--rules", rules, "--protocols", csv, "--mapping", mapping)
	if code != exitFindings { // a tie awaits lots
		t.Fatalf("exit %d, want %d\n%s\n%s", code, exitFindings, out, errs)
	}
	for _, want := range []string{
		"Aldmoor North  elected             Conservative      26,000",
		"Aldmoor South  elected             Labour            20,000",
		"Bryn Glas      elected             Labour            18,000",
		"Calder Vale    tie: lots required                    20,000",
		"Dunmere        elected             Liberal Democrat  19,000",
		"4 / 5 seats filled: 0 + 4",
		"okrug/Calder Vale (plurality): conservative (Conservative), labour (Labour) tied for 1 seat at 20000; AWAITING LOTS: not filled",
		"No election definition given: the definition is inferred from the mapping " + mapping + ": okrugs (districts) decided on the okrug ballot",
		"the okrugs (5) are those the rows' okrug cells name",
		"with 19 candidacies of 4 candidates", // Green did not stand in Bryn Glas
		"did not stand there and is not one of its candidates",
		"Findings: 0 errors, 0 warnings",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the count lacks %q\n%s", want, out)
		}
	}
	if strings.Contains(out, "PARTIAL") || strings.Contains(out, "%      against all") {
		t.Errorf("a plurality count without list ballots or against all says PARTIAL, or has a column of against all\n%s", out)
	}

	out, errs, code = cli(t, "count", "--lot-seed", "2026", "--rules", rules, "--protocols", csv, "--mapping", mapping)
	if code != exitDecided || !strings.Contains(out, "5 / 5 seats filled") || !strings.Contains(out, `settled by a lot drawn from the public seed "2026/okrug/Calder Vale"`) {
		t.Errorf("with a lot seed: exit %d, want %d\n%s\n%s", code, exitDecided, out, errs)
	}

	// In Russian: the notes too.
	out, _, _ = cli(t, "count", "--lang", "ru", "--rules", rules, "--protocols", csv, "--mapping", mapping)
	if !strings.Contains(out, "в каждом столько мест, сколько даёт набор правил") || !strings.Contains(out, "в этом округе не баллотировался") {
		t.Errorf("the Russian report lacks the notes of the inferred okrugs\n%s", out)
	}

	out, errs, code = cli(t, "count", "--protocols", csv, "--mapping", mapping) // kg2021: 36 okrug seats
	if code != exitUsage || !strings.Contains(errs, "36 okrug seats") || !strings.Contains(errs, "5 okrugs") || !strings.Contains(errs, "okrug_each") {
		t.Errorf("under kg2021: exit %d, want %d naming 36 seats and 5 okrugs\n%s\n%s", code, exitUsage, out, errs)
	}
}

// Lots for a district learnt from the rows (no definition given) settle its
// tie, as examples/fptp/README.md says; a misspelt district is still an
// error, once the districts are known. The file gives no invalid ballots:
// each district's participants are not evaluated, never its valid votes
// alone, and no percentage is shown over them.
func TestFPTPLotsAndNotEvaluated(t *testing.T) {
	dir := t.TempDir()
	lots, typo := filepath.Join(dir, "lots.json"), filepath.Join(dir, "typo.json")
	if err := os.WriteFile(lots, []byte(`{"okrug/Calder Vale": ["labour", "conservative"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(typo, []byte(`{"okrug/Calder Val": ["labour", "conservative"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"count", "--rules", repo + "examples/fptp/rules.json", "--protocols", repo + "examples/fptp/constituencies.csv",
		"--mapping", repo + "examples/fptp/mapping.json", "--format", "json"}
	out, errs, code := cli(t, append(args, "--lots", lots)...)
	if code != exitDecided {
		t.Fatalf("exit %d, want %d (a seat settled by lots)\n%s", code, exitDecided, errs)
	}
	var res struct {
		Okrugs []struct {
			Okrug, Outcome, Winner string
			Valid, Participants    int64
			NotEvaluated           []string `json:"not_evaluated"`
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	for _, o := range res.Okrugs {
		if o.Valid == 0 || o.Participants != 0 || strings.Join(o.NotEvaluated, ",") != "participants" {
			t.Errorf("okrug %s: valid %d, participants %d, not evaluated %v; want valid, participants not evaluated", o.Okrug, o.Valid, o.Participants, o.NotEvaluated)
		}
		if o.Okrug == "Calder Vale" && o.Winner != "labour" {
			t.Errorf("Calder Vale: winner %q, want labour (drawn first)", o.Winner)
		}
	}
	if _, errs, code := cli(t, append(args, "--lots", typo)...); code != exitUsage || !strings.Contains(errs, typo+`: invalid lots: okrug/Calder Val: unknown okrug "Calder Val"`) {
		t.Errorf("a misspelt district: exit %d\n%s", code, errs)
	}
	// A lot drawing a candidate who is not tied names the file too.
	if err := os.WriteFile(typo, []byte(`{"okrug/Calder Vale": ["green", "labour"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errs, code := cli(t, append(args, "--lots", typo)...); code == exitOK || !strings.Contains(errs, typo+": ") || !strings.Contains(errs, "bad lot") {
		t.Errorf("a lot of a candidate not tied: exit %d\n%s", code, errs)
	}
}

// --lots takes the JSON itself, as the README writes it inline, as well as
// a file; a file that cannot be read is named with the flag.
func TestLotsInline(t *testing.T) {
	lots := filepath.Join(t.TempDir(), "lots.json")
	const inline = `{"okrug/Calder Vale": ["labour", "conservative"]}`
	if err := os.WriteFile(lots, []byte(inline), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"count", "--rules", repo + "examples/fptp/rules.json", "--protocols", repo + "examples/fptp/constituencies.csv",
		"--mapping", repo + "examples/fptp/mapping.json", "--format", "json"}
	fromFile, errs, code := cli(t, append(args, "--lots", lots)...)
	if code != exitDecided {
		t.Fatalf("--lots FILE: exit %d, want %d\n%s", code, exitDecided, errs)
	}
	given, errs, code := cli(t, append(args, "--lots", inline)...)
	if code != exitDecided {
		t.Fatalf("--lots JSON: exit %d, want %d\n%s", code, exitDecided, errs)
	}
	// The inputs differ by the lots' name alone.
	if strings.ReplaceAll(fromFile, lots, "--lots") != given {
		t.Errorf("--lots JSON counts otherwise than --lots FILE")
	}
	missing := filepath.Join(t.TempDir(), "nowhere.json")
	if _, errs, code := cli(t, append(args, "--lots", missing)...); code != exitUsage || !strings.Contains(errs, "--lots: open "+missing) {
		t.Errorf("a missing lots file: exit %d, want %d naming --lots\n%s", code, exitUsage, errs)
	}
	if _, errs, code := cli(t, append(args, "--lots", `{"okrug/Calder Val": ["labour"]}`)...); code != exitUsage || !strings.Contains(errs, `--lots: invalid lots: okrug/Calder Val`) {
		t.Errorf("inline lots of an unknown okrug: exit %d\n%s", code, errs)
	}
}

// A file of protocol lines alone (Romania's procese-verbale without the
// candidates' votes): valid = the votes (P103) is not evaluated, not 322
// against a sum of 0 on every row, and the result rests on votes not
// given: provisional (no_choices), never "no votes".
func TestLinesAloneLeaveP103NotEvaluated(t *testing.T) {
	dir := t.TempDir()
	csv, mapping := filepath.Join(dir, "pv.csv"), filepath.Join(dir, "m.json")
	if err := os.WriteFile(csv, []byte("precinct,voters,valid,invalid\n1,500,322,4\n2,400,300,1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(mapping, []byte(`{"precinct": "precinct", "ballot": "list", "lines": {"voters": "voters", "valid": "valid", "invalid": "invalid"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	// (Under the built-in rule set the ballot has "against all", whose
	// votes are not given either: X229.)
	out, errs, code := cli(t, "count", "--protocols", csv, "--mapping", mapping)
	if strings.Contains(out, "P103  error") || !strings.Contains(out, "P103: not evaluated on 2 protocols (first: precinct 1, list ballot, manual count): the protocol lacks the votes for some choices on the ballot") {
		t.Errorf("P103 evaluated over no votes:\n%s\n%s", out, errs)
	}
	// Nor is the result final: no party's votes are given, which is not
	// a count of no votes.
	if code != exitFindings || !strings.Contains(out, "PROVISIONAL") || !strings.Contains(out, "the files give no votes") {
		t.Errorf("exit %d, want %d and a provisional result:\n%s", code, exitFindings, out)
	}
	// The same of a file of districts: each is not decided, not "no votes".
	if err := os.WriteFile(csv, []byte("district,precinct,voters,valid,invalid\nA,1,500,322,4\nB,2,400,300,1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(mapping, []byte(`{"precinct": "precinct", "okrug": "district", "ballot": "okrug", "lines": {"voters": "voters", "valid": "valid", "invalid": "invalid"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code = cli(t, "count", "--rules", repo+"examples/fptp/rules.json", "--protocols", csv, "--mapping", mapping, "--format", "json")
	if code != exitFindings || strings.Contains(out, `"no_votes"`) || strings.Count(out, `"outcome": "not_evaluated_no_candidates"`) != 2 {
		t.Errorf("districts without candidates: exit %d\n%s\n%s", code, out, errs)
	}
}

// reconcile, like count, infers the definition from the first CSV file's
// mapping when no --election is given: the precincts and the okrugs (with
// their candidates) are those the rows name, so that an edit that moves
// a district's seat is seen in the seat impact.
func TestReconcileInfersTheDefinition(t *testing.T) {
	b, err := os.ReadFile(repo + "examples/fptp/constituencies.csv")
	if err != nil {
		t.Fatal(err)
	}
	// Calder Vale, Labour and Conservative 20,000 each (tied): 2,000
	// more for Labour in the edited source.
	edited := filepath.Join(t.TempDir(), "edited.csv")
	s := strings.Replace(string(b), "Calder Vale,North West,70000,45000,20000,20000,", "Calder Vale,North West,70000,47000,20000,22000,", 1)
	if s == string(b) {
		t.Fatal("the example's Calder Vale row is not as this test expects")
	}
	if err := os.WriteFile(edited, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	m := repo + "examples/fptp/mapping.json"
	out, errs, code := cli(t, "reconcile", "--rules", repo+"examples/fptp/rules.json",
		"--source", "published="+repo+"examples/fptp/constituencies.csv:"+m, "--source", "edited="+edited+":"+m)
	if code != exitFindings || !strings.Contains(out, "okrug Calder Vale: ") || !strings.Contains(out, "labour") || !strings.Contains(out, "inferred from the mapping") {
		t.Errorf("exit %d\n%s\n%s", code, out, errs)
	}
	if strings.Contains(out, "list seats:") {
		t.Errorf("a rule set without a list tier has no list seats to say\n%s", out)
	}
	// Under the default rule set (36 okrug seats) the okrugs learnt cannot
	// be counted: said at once, as count says it, naming the rule set to
	// give; without the seat impact no rule set is needed.
	src := []string{"--source", "published=" + repo + "examples/fptp/constituencies.csv:" + m, "--source", "edited=" + edited + ":" + m}
	_, errs, code = cli(t, append([]string{"reconcile"}, src...)...)
	if code != exitUsage || !strings.Contains(errs, "does not fit the okrugs learnt") || !strings.Contains(errs, "okrug_each") {
		t.Errorf("default rule set: exit %d\n%s", code, errs)
	}
	_, errs, code = cli(t, append([]string{"reconcile", "--no-impact"}, src...)...)
	if code != exitFindings {
		t.Errorf("--no-impact: exit %d\n%s", code, errs)
	}
	// Copies alone name no mapping to infer a definition from.
	_, errs, code = cli(t, "reconcile", "--source", "a="+repo+"testdata/copy-1001.json", "--source", "b="+repo+"testdata/copy-1001.json")
	if code != exitUsage || !strings.Contains(errs, "--election") {
		t.Errorf("copies without a definition: exit %d\n%s", code, errs)
	}
}

// India's Form 20 gives one constituency's polling stations and names the
// constituency nowhere in the rows: its draft, made an okrug ballot with
// okrug_id, counts the one district (the sums of the real cut's 10 rows).
// NOTA, drafted as "against all", is on the ballot of a rule set that
// says so, and elects no one (okrug.against_all "ignored").
func TestOneDistrictFile(t *testing.T) {
	file := repo + "testdata/ingest/real/in-ls2014-up10-booths.csv"
	out, errs, code := cli(t, "mapping", "draft", file)
	if code != exitOK && code != exitFindings {
		t.Fatalf("draft: exit %d\n%s", code, errs)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatal(err)
	}
	delete(m, "_guesses")
	m["ballot"], m["okrug_id"] = "okrug", "Kairana"
	b, _ := json.Marshal(m)
	mf := filepath.Join(t.TempDir(), "f20.json")
	if err := os.WriteFile(mf, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if m["votes"].(map[string]any)["against_all"] == nil {
		t.Errorf("None of the Above is not drafted as against_all: %v", m["votes"])
	}
	rules, err := os.ReadFile(repo + "examples/fptp/rules.json")
	if err != nil {
		t.Fatal(err)
	}
	nota := strings.Replace(string(rules), `"okrug": {
        "against_all": false`, `"okrug": {
        "against_all": true`, 1)
	if nota == string(rules) {
		t.Fatal("examples/fptp/rules.json: no okrug ballot without against_all to change")
	}
	rf := filepath.Join(t.TempDir(), "fptp-nota.json")
	if err := os.WriteFile(rf, []byte(nota), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code = cli(t, "count", "--rules", rf, "--protocols", file, "--mapping", mf, "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	var res struct {
		Okrugs []struct {
			Okrug, Outcome, Winner string
			LeaderVotes            int64 `json:"leader_votes"`
			RunnerUpVotes          int64 `json:"runner_up_votes"`
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Okrugs) != 1 || res.Okrugs[0].Okrug != "Kairana" || res.Okrugs[0].Outcome != "elected" || !strings.Contains(res.Okrugs[0].Winner, "hukum") ||
		res.Okrugs[0].LeaderVotes != 3533 || res.Okrugs[0].RunnerUpVotes != 2686 {
		t.Errorf("okrugs %+v; want Kairana, hukum elected, 3533 against 2686", res.Okrugs)
	}
}

// verify of a count of single-member districts alone against a summary
// of its winners: no list is counted, so no list "against all" is missing
// from the summary (S311 was a false alarm on a tester's Ugandan file).
func TestVerifyOkrugsAloneNoListAgainstAll(t *testing.T) {
	summary := writeTemp(t, "published.json", `{"election": "inferred", "okrugs": [
 {"id": "Aldmoor North", "winner": "conservative"}, {"id": "Aldmoor South", "winner": "labour"},
 {"id": "Bryn Glas", "winner": "labour"}, {"id": "Dunmere", "winner": "liberal-democrat"}]}`)
	out, errs, _ := cli(t, "verify", "--rules", repo+"examples/fptp/rules.json", "--protocols", repo+"examples/fptp/constituencies.csv",
		"--mapping", repo+"examples/fptp/mapping.json", "--published", summary)
	if strings.Contains(out, "S311") || strings.Contains(out, "S302") || !strings.Contains(out, "S313") && !strings.Contains(out, "Calder Vale") {
		t.Errorf("verify:\n%s\n%s", out, errs)
	}
}

// verify compares a summary with the protocols' figures as given; when
// those protocols fail their own checks (a tester's Tunisian file: 33
// P103 errors behind "Findings: 0 errors"), stderr says so, and verify
// exits 1 as count does on the same inputs (it exited 0, and a script
// reading the status missed them).
func TestVerifySaysTheRecountsOwnFindings(t *testing.T) {
	csv := writeTemp(t, "c.csv", "ons_id,Constituency,Region,Electorate,Valid votes,Conservative,Labour,Liberal Democrat,Green\n"+
		"E1,Aldmoor North,South East,72000,50001,26000,15000,6000,3000\n")
	summary := writeTemp(t, "published.json", `{"election": "inferred", "okrugs": [{"id": "Aldmoor North", "winner": "conservative"}]}`)
	out, errs, code := cli(t, "verify", "--rules", repo+"examples/fptp/rules.json", "--protocols", csv,
		"--mapping", repo+"examples/fptp/mapping.json", "--published", summary)
	if !strings.Contains(errs, "the recount's protocols have 1 error and 0 warning findings of their own") || code != exitFindings {
		t.Errorf("verify: exit %d, want %d\n%s\n%s", code, exitFindings, out, errs)
	}
	if _, _, c := cli(t, "count", "--rules", repo+"examples/fptp/rules.json", "--protocols", csv,
		"--mapping", repo+"examples/fptp/mapping.json"); c != code {
		t.Errorf("count exits %d, verify %d on the same protocols", c, code)
	}
	_, errs, _ = cli(t, "verify", "--rules", repo+"examples/fptp/rules.json", "--protocols", repo+"examples/fptp/constituencies.csv",
		"--mapping", repo+"examples/fptp/mapping.json", "--published", summary)
	if strings.Contains(errs, "findings of their own") {
		t.Errorf("verify of consistent protocols:\n%s", errs)
	}
	// Consistent, then with a warning alone (P112: more votes than the
	// voters on the list, no valid ballots given): exit 0 both.
	csv = writeTemp(t, "ok.csv", "ons_id,Constituency,Region,Electorate,Valid votes,Conservative,Labour,Liberal Democrat,Green\n"+
		"E1,Aldmoor North,South East,72000,50000,26000,15000,6000,3000\n")
	if _, errs, code := cli(t, "verify", "--rules", repo+"examples/fptp/rules.json", "--protocols", csv,
		"--mapping", repo+"examples/fptp/mapping.json", "--published", summary); code != exitOK {
		t.Errorf("verify of consistent protocols: exit %d\n%s", code, errs)
	}
	csv = writeTemp(t, "warn.csv", "ons_id,Constituency,Region,Electorate,Conservative,Labour,Liberal Democrat,Green\n"+
		"E1,Aldmoor North,South East,40000,26000,15000,6000,3000\n")
	noValid := writeTemp(t, "m.json", `{"precinct": "ons_id", "region": "Region", "okrug": "Constituency", "ballot": "okrug", "lines": {"voters": "Electorate"},
		"votes": {"conservative": "Conservative", "green": "Green", "labour": "Labour", "liberal-democrat": "Liberal Democrat"}}`)
	if _, errs, code := cli(t, "verify", "--rules", repo+"examples/fptp/rules.json", "--protocols", csv,
		"--mapping", noValid, "--published", summary); code != exitOK || !strings.Contains(errs, "0 error and 1 warning findings") {
		t.Errorf("verify of protocols with a warning alone: exit %d, want %d\n%s", code, exitOK, errs)
	}
}

// A count made without annulled results says so before its figures, and
// every source beside a recomputed figure says it is recomputed: after
// "--annul precinct:5249" Ata-Jurt's 221,854 is not the CEC's official
// 222,005 (the page said "official" too, a tester found). The JSON's
// Result names the annulments.
func TestAnnulledCountSaysRecomputed(t *testing.T) {
	out, errs, _ := cli(t, "count", "--annul", "precinct:5249")
	if !strings.Contains(out, "Counted without annulled results (the results of precinct 5249): every figure below is recomputed") ||
		!strings.Contains(out, "221,854  17.32              +157,809  passed (synthetic)  15     5/5    official, recomputed with 1 annulled") {
		t.Errorf("count --annul:\n%s\n%s", clip(out), errs)
	}
	out, _, _ = cli(t, "count", "--annul", "precinct:5249", "--lang", "ru")
	if !strings.Contains(out, "Подсчёт без отменённых итогов (итоги участка 5249)") || !strings.Contains(out, "пересчитано без отменённого (1)") {
		t.Errorf("count --annul --lang ru:\n%s", clip(out))
	}
	out, _, _ = cli(t, "count", "--annul", "precinct:5249", "--format", "json")
	var res struct {
		Annulled []shailoo.Annulment
		Lists    []json.RawMessage
		Base     json.RawMessage // a comparison's, which count does not print
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Lists) == 0 || res.Base != nil || len(res.Annulled) != 1 || res.Annulled[0] != (shailoo.Annulment{Kind: "precinct", ID: "5249"}) {
		t.Errorf("count --annul --format json is not the Result of the count without it: annulled %v, %d lists, base %.80s", res.Annulled, len(res.Lists), res.Base)
	}
	// A count without annulments says neither.
	out, _, _ = cli(t, "count")
	if strings.Contains(out, "recomputed") {
		t.Errorf("count: %s", clip(out))
	}
}
