package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/wasm/api"
)

// A finding about a protocol joined from two files (the votes in one, the
// protocol's lines in the other: Lebanon 2022, qalam 112, testdata/partrows)
// names the file and rows that give the figures it is about, in either
// order of the files, in every output: P102 (found = invalid + valid,
// lines alone, a real gap of 7) the lines' row; F1 (the votes against the
// valid ballots) both files' rows, the votes' rows 2-88 and the lines' row
// 2. Before, both named the first file's rows.
func TestPartRows(t *testing.T) {
	dir := repo + "testdata/partrows/"
	cand, ref, edited := dir+"cut-q11-cand.csv", dir+"cut-q11-ref.csv", dir+"SYNTHETIC-EDITED-cut-q11-cand-sabra91.csv"
	candMap, refMap, rules := dir+"cand.part.map.json", dir+"ref.part.map.json", dir+"top11.rules.json"
	refRow := validate.Rows{File: ref, Row: 2}
	for _, c := range []struct {
		name     string
		votes    string
		refFirst bool
		want     map[validate.Code]validate.Place // File, Row, LastRow, Also; precinct 11 of the okrug ballot
	}{
		{"votes first", cand, false,
			map[validate.Code]validate.Place{validate.FoundBalance: {File: ref, Row: 2}}},
		{"lines first", cand, true,
			map[validate.Code]validate.Place{validate.FoundBalance: {File: ref, Row: 2}}},
		{"votes first, omar_sabra 91", edited, false, map[validate.Code]validate.Place{
			validate.FoundBalance: {File: ref, Row: 2},
			"F1":                  {File: edited, Row: 2, LastRow: 88, Also: refRow}}},
		{"lines first, omar_sabra 91", edited, true, map[validate.Code]validate.Place{
			validate.FoundBalance: {File: ref, Row: 2},
			"F1":                  {File: ref, Row: 2, Also: validate.Rows{File: edited, Row: 2, LastRow: 88}}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			files := []string{"--protocols", c.votes, "--mapping", candMap, "--protocols", ref, "--mapping", refMap}
			if c.refFirst {
				files = []string{"--protocols", ref, "--mapping", refMap, "--protocols", c.votes, "--mapping", candMap}
			}
			args := append([]string{"--rules", rules}, files...)
			for code, p := range c.want {
				p.Level, p.Precinct, p.Ballot = validate.LevelPrecinct, "11", "okrug"
				c.want[code] = p
			}
			for _, cmd := range []string{"count", "check"} {
				out, errs, code := cli(t, append([]string{cmd, "--format", "json"}, args...)...)
				if code != exitFindings {
					t.Fatalf("%s: exit %d, want %d\n%s", cmd, code, exitFindings, errs)
				}
				checkPartPlaces(t, cmd, out, c.want)
			}
			// The text and Markdown tables, and the export's findings table.
			text, _, _ := cli(t, append([]string{"count"}, args...)...)
			md, _, _ := cli(t, append([]string{"check", "--format", "md"}, args...)...)
			table, _, _ := cli(t, append([]string{"export", "--table", "findings"}, args...)...)
			for code, p := range c.want {
				where := p.String()
				if !strings.Contains(text, " "+string(code)+"  ") || !strings.Contains(text, where) {
					t.Errorf("text: no %s at %q\n%s", code, where, text)
				}
				if !strings.Contains(md, "| "+string(code)+" | error | "+where+" |") {
					t.Errorf("md: no %s at %q\n%s", code, where, md)
				}
				cells := p.File + ",2,"
				if p.LastRow > 0 {
					cells += "88,"
				} else {
					cells += ","
				}
				if p.Also.File != "" {
					cells += p.Also.File + ",2,"
					if p.Also.LastRow > 0 {
						cells += "88,"
					} else {
						cells += ","
					}
				} else {
					cells += ",,,"
				}
				if !strings.Contains(table, "\n"+string(code)+",error,precinct,11,,,,,okrug,false,,,"+cells) {
					t.Errorf("export: no %s row with %q\n%s", code, cells, table)
				}
			}
			// The page's count.
			read := func(name string) string {
				b, err := os.ReadFile(name)
				if err != nil {
					t.Fatal(err)
				}
				return string(b)
			}
			parts := []api.CSVFile{
				{Name: c.votes, Text: read(c.votes), Mapping: read(candMap), MappingName: candMap},
				{Name: ref, Text: read(ref), Mapping: read(refMap), MappingName: refMap}}
			if c.refFirst {
				parts[0], parts[1] = parts[1], parts[0]
			}
			page, err := api.Count(api.Source{Rules: read(rules), RulesName: rules, Protocols: parts})
			if err != nil {
				t.Fatal(err)
			}
			checkPartPlaces(t, "page", string(page), c.want)
		})
	}
}

// checkPartPlaces checks that the JSON out (a count's, or a check's
// findings) has the findings of want, each at its place, and no other.
func checkPartPlaces(t *testing.T, what, out string, want map[validate.Code]validate.Place) {
	t.Helper()
	var res struct {
		Findings *validate.Report `json:"findings"`
	}
	var fs []validate.Finding
	if err := json.Unmarshal([]byte(out), &res); err == nil && res.Findings != nil {
		fs = res.Findings.Findings
	} else {
		var rep validate.Report
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatalf("%s: %v\n%s", what, err, out)
		}
		fs = rep.Findings
	}
	if len(fs) != len(want) {
		t.Errorf("%s: %d findings, want %d: %v", what, len(fs), len(want), fs)
	}
	for _, f := range fs {
		w, ok := want[f.Code]
		if !ok || f.Place != w {
			t.Errorf("%s: %s at %+v, want %+v", what, f.Code, f.Place, w)
		}
	}
}
