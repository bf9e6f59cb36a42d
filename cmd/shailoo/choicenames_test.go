package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// The names of one choice joined in choice_values (Belgium's PTB, PVDA and
// PTB*PVDA, canton by canton; Rhode Island's two spellings of Roque De La
// Fuente, town by town) count as one choice: each list's or candidate's
// votes are those python3's csv module sums over the rows of its names in
// the real cuts. Before, the joined choices were not evaluated ("votes":
// 0, "votes_not_given": true, X229 at the rows that gave them).
func TestCountChoiceNames(t *testing.T) {
	const (
		beMapping = `{"layout": "long", "precinct": "canton", "ballot": "list", "choice_column": "Parti", "votes_column": "Nombre de voix",
  "empty_votes": "not_on_ballot",
  "choice_values": {"AGIR": "agir", "B.U.B": "bub", "BUB Belgische Unie": "bub", "CD&V": "cd-v", "CDH": "cdh",
    "COLLECTIF CITOYEN": "collectif-citoyen", "DierAnimal": "dieranimal", "DéFI": "defi", "ECOLO": "ecolo", "GROEN": "groen",
    "LA DROITE": "la-droite", "LISTES DESTEXHE": "listes-destexhe", "MR": "mr", "N-VA": "n-va", "NATION": "nation", "PRO": "pro",
    "PS": "ps", "PTB": "ptb-pvda", "PTB*PVDA": "ptb-pvda", "PVDA": "ptb-pvda", "Parti Populaire": "parti-populaire",
    "SP.A": "sp-a", "VLAAMS BELANG": "vlaams-belang", "de coöperatie": "de-cooperatie", "open vld": "open-vld"}}`
		beRules = `{"format": 1, "id": "be-sketch", "version": "0", "name": "20 list seats by D'Hondt over the cantons as one constituency (a sketch for testing)",
  "seats": {"list": 20}, "threshold": {"percent": "5", "base": "votes", "comparison": "at_least"},
  "list": {"lists": "closed", "method": "dhondt", "tie": "lots"}, "protocol": {"ballots": {"list": {"against_all": false}}}}`
		riMapping = `{"layout": "long", "precinct": "county", "region": "county", "okrug": "office", "ballot": "okrug",
  "rows": {"where": [{"column": "office", "values": ["President"]}]}, "choice_column": "candidate", "votes_column": "votes",
  "choice_values": {"&quot;Rocky&quot; Roque De La Fuente": "de-la-fuente", "Rocky De La Fuente": "de-la-fuente",
    "Donald J. Trump": "trump", "Gary Johnson": "johnson", "Hillary Clinton": "clinton", "Jill Stein": "stein", "WRITE-IN": "write-in"},
  "line_values": {"Total": "valid"}}`
		riRules = `{"format": 1, "id": "plurality-by-town", "version": "0", "seats": {"list": 0, "okrug_each": true},
  "okrug": {"against_all": "ignored", "tie": "lots"}, "protocol": {"ballots": {"okrug": {"against_all": false}}}}`
	)
	// python3: csv.DictReader over each cut, the votes of each row whose
	// choice cell is a text of choice_values added to its choice's (for
	// Rhode Island, the rows of office "President").
	beWant := map[string]int64{"agir": 168, "bub": 244, "cd-v": 14755, "cdh": 6246, "collectif-citoyen": 170, "de-cooperatie": 545,
		"defi": 5015, "dieranimal": 1366, "ecolo": 12429, "groen": 9075, "la-droite": 164, "listes-destexhe": 1539, "mr": 11274,
		"n-va": 33474, "nation": 115, "open-vld": 17895, "parti-populaire": 1901, "pro": 178, "ps": 20107, "ptb-pvda": 18124,
		"sp-a": 11090, "vlaams-belang": 28964}
	riWant := map[string]int64{"clinton": 14482, "trump": 11117, "johnson": 1063, "write-in": 640, "stein": 353, "de-la-fuente": 38}

	// Without "empty_votes" the lists that did not stand in a canton are
	// not given there (X229, exit 1), and the joined lists, which stood
	// in every canton of the cut under one name or another, are given.
	rules := writeTemp(t, "be-rules.json", beRules)
	for _, nob := range []bool{false, true} {
		mapping := strings.Replace(beMapping, `"empty_votes": "not_on_ballot",`, "", 1)
		wantCode := exitFindings
		if nob {
			mapping, wantCode = beMapping, exitOK
		}
		out, errs, code := cli(t, "count", "--rules", rules, "--protocols", repo+"testdata/ingest/real/be-ch2019-canton-head.csv",
			"--mapping", writeTemp(t, "be.json", mapping), "--format", "json")
		if code != wantCode {
			t.Fatalf("Belgium (not_on_ballot %v): exit %d, want %d\n%s", nob, code, wantCode, errs)
		}
		var be struct {
			Lists []struct {
				ID       string `json:"id"`
				Votes    int64  `json:"votes"`
				NotGiven bool   `json:"votes_not_given"`
			} `json:"lists"`
			Notes []string `json:"notes"`
		}
		if err := json.Unmarshal([]byte(out), &be); err != nil {
			t.Fatal(err)
		}
		if len(be.Lists) != len(beWant) {
			t.Errorf("Belgium: %d lists, want %d", len(be.Lists), len(beWant))
		}
		for _, l := range be.Lists {
			if (nob || l.ID == "ptb-pvda" || l.ID == "bub") && (l.NotGiven || l.Votes != beWant[l.ID]) {
				t.Errorf("Belgium (not_on_ballot %v): %s %d (not given %v), want %d", nob, l.ID, l.Votes, l.NotGiven, beWant[l.ID])
			}
		}
		// 4 cantons × 22 lists, 46 rows naming them: 42 lists not on a
		// canton's ballot, read as 0; no name of a joined list is one.
		if nob && !strings.Contains(strings.Join(be.Notes, "\n"), ": 42 such choices") {
			t.Errorf("Belgium: no note of 42 choices read as 0 in %q", be.Notes)
		}
	}

	out, errs, code := cli(t, "count", "--rules", writeTemp(t, "ri-rules.json", riRules), "--protocols", repo+"testdata/ingest/real/us-ri-2016-town-president.csv",
		"--mapping", writeTemp(t, "ri.json", riMapping), "--format", "json")
	if code != exitOK {
		t.Fatalf("Rhode Island: exit %d, want %d\n%s", code, exitOK, errs)
	}
	var ri struct {
		Okrugs []struct {
			Steps []struct {
				Kind    string `json:"kind"`
				Subject string `json:"subject"`
				Value   string `json:"value"`
			} `json:"steps"`
		} `json:"okrugs"`
	}
	if err := json.Unmarshal([]byte(out), &ri); err != nil {
		t.Fatal(err)
	}
	if len(ri.Okrugs) != 1 {
		t.Fatalf("Rhode Island: %d okrugs, want 1 (President)", len(ri.Okrugs))
	}
	got := map[string]string{}
	for _, s := range ri.Okrugs[0].Steps {
		if s.Kind == "candidate" {
			got[s.Subject] = s.Value
		}
	}
	if len(got) != len(riWant) {
		t.Errorf("Rhode Island: candidates %v, want %v", got, riWant)
	}
	for id, n := range riWant {
		if got[id] != strconv.FormatInt(n, 10) {
			t.Errorf("Rhode Island: %s %q, want %d", id, got[id], n)
		}
	}
}
