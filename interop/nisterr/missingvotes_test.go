package nisterr_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/strictjson"
	"github.com/shailoo/shailoo/interop/nisterr"
	"github.com/shailoo/shailoo/validate"
)

// The U.S. House rows of Jones County, South Dakota, 2016, with Noem's 159
// in precinct 1 emptied (testdata/missingvotes): her 301 is a partial sum.
const (
	houseRows = `"rows": {"where": [{"column": "precinct", "except": ["TOTAL"]}, {"column": "office", "values": ["U.S House"]}]},
 "choice_column": "candidate", "votes_column": "votes", "choice_values": {"Kristi Noem": "noem", "Paula Hawks": "hawks"}}`
	houseList  = `{"layout": "long", "precinct": "precinct", "region": "county", "ballot": "list", ` + houseRows
	houseOkrug = `{"layout": "long", "precinct": "precinct", "region": "county", "okrug": "district", "ballot": "okrug", ` + houseRows
	oneSeat    = `{"format": 1, "id": "one-seat", "version": "1", "seats": {"list": 1},
 "threshold": {"percent": "0", "base": "participants", "comparison": "at_least"},
 "list": {"lists": "closed", "method": "dhondt"}, "protocol": {"ballots": {"list": {"against_all": false}}}}`
	fptp = `{"format": 1, "id": "fptp", "version": "1", "seats": {"list": 0, "okrug_each": true},
 "okrug": {"against_all": "ignored", "tie": "lots"}, "protocol": {"ballots": {"okrug": {"against_all": false}}}}`
)

func countNoemEmpty(t *testing.T, mapping, rules string) *shailoo.Result {
	t.Helper()
	return countJones(t, "EDITED-us-sd-2016-jones-noem-empty.csv", mapping, rules)
}

// countJones counts testdata/missingvotes/<file> under mapping and rules.
func countJones(t *testing.T, file, mapping, rules string) *shailoo.Result {
	t.Helper()
	r, err := shailoo.ReadRules(strings.NewReader(rules), "rules.json")
	if err != nil {
		t.Fatal(err)
	}
	m, err := ingest.ReadMappingFor(strings.NewReader(mapping), "m.json", r.Protocol.Known)
	if err != nil {
		t.Fatal(err)
	}
	def, notes, err := ingest.Define(m, "m.json")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("../../testdata/missingvotes/" + file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := shailoo.CountCSV(def, r, []shailoo.CSVInput{{Name: file, R: f, Mapping: m}}, shailoo.Options{Notes: notes})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// A partial sum's VoteCounts is marked: its contest carries
// shailoo-votes-missing (Label the choice, Value the protocols without
// it) and no shailoo-percent of it; the report is unofficial-partial and
// provisional, and satisfies NIST's schema. Verified against the same
// count, the partial sum is neither passed nor a mismatch: not evaluated.
func TestVotesMissingMarked(t *testing.T) {
	for name, c := range map[string]struct {
		mapping, rules, contest string
		code                    validate.Code
	}{
		"list":  {houseList, oneSeat, nisterr.ListContestID, validate.PublishedVotes},
		"okrug": {houseOkrug, fptp, "contest-okrug-", validate.PublishedOkrugVotes},
	} {
		t.Run(name, func(t *testing.T) {
			res := countNoemEmpty(t, c.mapping, c.rules)
			b := write(t, res, nisterr.Options{})
			var rep nisterr.Report
			if err := json.Unmarshal(b, &rep); err != nil {
				t.Fatal(err)
			}
			if rep.Status != "unofficial-partial" {
				t.Errorf("Status %q, want unofficial-partial", rep.Status)
			}
			if !hasExt(rep.ExternalIdentifier, nisterr.ProvisionalKey, "", "true") {
				t.Errorf("the report does not say %s", nisterr.ProvisionalKey)
			}
			marked := false
			for _, ct := range rep.Election[0].Contest {
				if !strings.HasPrefix(ct.AtID, c.contest) {
					continue
				}
				marked = marked || hasExt(ct.ExternalIdentifier, nisterr.VotesMissingKey, "noem", "1")
				if hasExt(ct.ExternalIdentifier, nisterr.VotesMissingKey, "hawks", "") {
					t.Errorf("contest %s: hawks's whole figure marked partial", ct.AtID)
				}
				if hasExt(ct.ExternalIdentifier, nisterr.PercentKey, "noem", "") {
					t.Errorf("contest %s: a percentage of noem's partial sum", ct.AtID)
				}
			}
			if !marked {
				t.Errorf("no contest says %s noem 1", nisterr.VotesMissingKey)
			}
			if s, err := os.Stat(schemaFile); err == nil && !s.IsDir() {
				doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
				if err != nil {
					t.Fatal(err)
				}
				if err := schema(t).Validate(doc); err != nil {
					t.Fatalf("the report does not satisfy NIST's schema: %v", err)
				}
			}

			s, err := nisterr.ReadSummary(bytes.NewReader(b), "noem.err.json")
			if err != nil {
				t.Fatal(err)
			}
			// Against the same count, and against the whole file's (460):
			// the report's 301 is a lower bound of both.
			whole := countJones(t, "us-sd-2016-jones.csv", c.mapping, c.rules)
			for recount, r := range map[string]*shailoo.Result{"same": res, "whole": whole} {
				if !partialOpen(t, shailoo.Verify(r, s), c.code) {
					t.Errorf("recount %s: %s of noem's partial sum is not listed as not evaluated", recount, c.code)
				}
			}
			// A lower bound above the whole figure disagrees with it.
			above := bytes.Replace(b, []byte(`"Count": 301`), []byte(`"Count": 461`), 1)
			if bytes.Equal(above, b) {
				t.Fatal("no count of 301 in the report")
			}
			if s, err = nisterr.ReadSummary(bytes.NewReader(above), "above.err.json"); err != nil {
				t.Fatal(err)
			}
			v := shailoo.Verify(whole, s)
			if !slices.ContainsFunc(v.Findings, func(f validate.Finding) bool { return f.Code == c.code && f.Gap == 1 }) {
				t.Errorf("a partial 461 against the whole 460 is not a mismatch of +1: %+v", v.Findings)
			}
		})
	}
}

// partialOpen says that v calls noem's figure neither a pass nor a
// mismatch: it lists code as not evaluated there, and no finding of it.
func partialOpen(t *testing.T, v validate.Report, code validate.Code) bool {
	t.Helper()
	for _, f := range v.Findings {
		if f.Code == code {
			t.Errorf("the partial sum is called a mismatch: %+v", f)
		}
	}
	for _, ne := range v.NotEvaluated {
		if ne.Code == code && ne.First != nil && (ne.First.Party == "noem" || ne.First.Candidate == "noem") {
			return true
		}
	}
	return false
}

// A shailoo-votes-missing whose Value is not a number of protocols above
// 0 is an error naming its place.
func TestVotesMissingBadValue(t *testing.T) {
	b := write(t, countNoemEmpty(t, houseList, oneSeat), nisterr.Options{})
	at := bytes.Index(b, []byte(`"OtherType": "shailoo-votes-missing"`))
	if at < 0 {
		t.Fatal("no shailoo-votes-missing in the report")
	}
	bad := append(append([]byte{}, b[:at]...), bytes.Replace(b[at:], []byte(`"Value": "1"`), []byte(`"Value": "-1"`), 1)...)
	_, err := nisterr.ReadSummary(bytes.NewReader(bad), "bad.err.json")
	var se *strictjson.Error
	if !errors.Is(err, nisterr.ErrReport) || !errors.As(err, &se) || se.Line == 0 || !strings.HasSuffix(se.Path, ".Value") {
		t.Fatalf("got %v, want an error placed at the identifier's Value", err)
	}
}

// hasExt says whether ids has an identifier of OtherType key and Label
// label, of Value value (any value when value is "").
func hasExt(ids []nisterr.ExternalIdentifier, key, label, value string) bool {
	for _, x := range ids {
		if x.Type == "other" && x.OtherType == key && x.Label == label && (value == "" || x.Value == value) {
			return true
		}
	}
	return false
}
