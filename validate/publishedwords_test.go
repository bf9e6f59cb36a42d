package validate

import (
	"errors"
	"strings"
	"testing"
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
