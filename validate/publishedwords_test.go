package validate

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// A published figure of one seat or one vote reads "1 seat", "1 vote", not
// "1 seats" (a tester's Montenegro 2023 summary: "published 1 seats").
func TestPublishedOneSeatOneVote(t *testing.T) {
	one, two := 1, 2
	v1 := int64(1)
	rc := Recount{Participants: 10, Voters: 20, Valid: 10, Lists: []RecountList{{ID: "a", Votes: 3, Seats: 2}, {ID: "b", Votes: 7, Seats: 1}}}
	s := Summary{Lists: []PublishedList{{ID: "a", Votes: &v1, Seats: &one}, {ID: "b", Seats: &two}}}
	rep := CheckPublished(s, rc, PublishedRules{Decimals: 2})
	var said []string
	for _, f := range rep.Findings {
		said = append(said, f.Sentence("en"))
	}
	all := strings.Join(said, "\n")
	for _, want := range []string{"published 1 seat, recount 2", "published 2 seats, recount 1", "published 1 vote, recount 3"} {
		if !strings.Contains(all, want) {
			t.Errorf("no %q in\n%s", want, all)
		}
	}
}

// A summary says where its figures come from as a mapping does:
// "official", "preliminary" or "synthetic"; any other word is an error
// naming the field.
func TestSummaryProvenance(t *testing.T) {
	for _, p := range []string{"official", "preliminary", "synthetic"} {
		s, err := ReadSummary(strings.NewReader(`{"provenance": "`+p+`", "source": "x"}`), "s.json")
		if err != nil || string(s.Provenance) != p || s.Source != "x" {
			t.Errorf("%s: %+v, %v", p, s, err)
		}
	}
	_, err := ReadSummary(strings.NewReader(`{"source": "x",
 "provenance": "official results"}`), "s.json")
	var se *SummaryError
	if !errors.As(err, &se) || se.Field != "provenance" || se.Line != 2 {
		t.Errorf("got %#v", err)
	}
}

// A list or an okrug of a summary gives a provenance of its own as the
// summary does; any other word is an error naming its field and line.
func TestSummaryPartProvenance(t *testing.T) {
	s, err := ReadSummary(strings.NewReader(`{"provenance": "official",
 "lists": [{"id": "a", "provenance": "preliminary"}], "okrugs": [{"id": "1", "provenance": "preliminary"}]}`), "s.json")
	if err != nil || s.Lists[0].Provenance != "preliminary" || s.Okrugs[0].Provenance != "preliminary" {
		t.Fatalf("%+v, %v", s, err)
	}
	for _, c := range []struct{ text, field string }{
		{`{"lists": [{"id": "a"},
 {"id": "b", "provenance": "final"}]}`, "lists[1].provenance"},
		{`{"okrugs": [
 {"id": "1", "provenance": "Kaktus"}]}`, "okrugs[0].provenance"},
	} {
		_, err := ReadSummary(strings.NewReader(c.text), "s.json")
		var se *SummaryError
		if !errors.As(err, &se) || se.Field != c.field || se.Line != 2 {
			t.Errorf("%s: got %#v", c.field, err)
		}
	}
}

// A published share that is the exact share rounded another way than the
// rule set's says so, and points to published.rounding where a rule set
// can name that rounding (Colombia 2016: 100 × 4994 / 11518 = 43.358…
// published 43.35, the rule set's half up giving 43.36).
func TestPublishedOtherRounding(t *testing.T) {
	pct := func(s string) *decimal.Decimal { d := decimal.RequireFromString(s); return &d }
	for _, c := range []struct {
		name     string
		rounding string
		votes    int64
		base     int64
		percent  string
		want     string // "" for no clause
	}{
		{"down", HalfUp, 4994, 11518, "43.35", `; 43.35% is 43.358221… rounded down (2 decimals): if the publisher rounds so, set the rule set's published.rounding to "down"`},
		{"half up", Down, 4994, 11518, "43.36", `rounded half up (2 decimals): if the publisher rounds so, set the rule set's published.rounding to "half_up"`},
		{"up", Down, 1, 3, "33.34", "; 33.34% is 33.333333… rounded up, which no rounding a rule set names gives"},
		{"neither", HalfUp, 4994, 11518, "43.30", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			rc := Recount{Participants: c.base, Voters: c.base, Valid: c.base, Lists: []RecountList{{ID: "a", Votes: c.votes}, {ID: "b", Votes: c.base - c.votes}}}
			s := Summary{Base: BaseParticipants, Lists: []PublishedList{{ID: "a", Percent: pct(c.percent)}}}
			rep := CheckPublished(s, rc, PublishedRules{Decimals: 2, Rounding: c.rounding})
			var said string
			for _, f := range rep.Findings {
				if f.Code == PublishedPercent {
					said = f.Sentence("en")
				}
			}
			if said == "" {
				t.Fatalf("no S301: %+v", rep.Findings)
			}
			if c.want == "" && (strings.Contains(said, "rounded down") || strings.Contains(said, "rounded up") || strings.Contains(said, "published.rounding")) || c.want != "" && !strings.Contains(said, c.want) {
				t.Errorf("said %q, want %q", said, c.want)
			}
		})
	}
}

// A duplicate protocol's finding names the rows of its first and last
// copy, and, for a mapping of several key columns, says to add one to
// them; another finding is left as it is.
func TestDuplicateRows(t *testing.T) {
	f := Finding{Code: DuplicateProtocol, Place: Place{Level: LevelPrecinct, Precinct: "p", File: "b.csv", Row: 46}, Want: "1", Got: "2", Gap: 1,
		say: &sentence{args: vars{}}}
	g := f
	g.DuplicateRows("", 42, []string{"ed_2019", "poll_name"})
	if s := g.Sentence("en"); !strings.Contains(s, `the first at row 42, the last at row 46; the mapping names the precinct by the columns "ed_2019", "poll_name" already`) {
		t.Errorf("said %q", s)
	}
	if s := f.Sentence("en"); strings.Contains(s, "row 42") {
		t.Errorf("the finding copied from changed: %q", s)
	}
	g = f
	g.DuplicateRows("a.csv", 7, []string{"station"})
	if s := g.Sentence("ru"); !strings.Contains(s, "первый — файл a.csv, строка 7, последний — строка 46") || strings.Contains(s, "columns") {
		t.Errorf("said %q", s)
	}
	h := Finding{Code: TotalRow, say: &sentence{args: vars{}}}
	h.DuplicateRows("", 3, nil)
	if h.say.body != (Message{}) {
		t.Errorf("another code changed: %+v", h.say)
	}
}
