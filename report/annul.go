package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/words"
)

// AnnulText writes the count with annulments (c from
// shailoo.CompareAnnulled: Base without them, Alternative with them) as
// plain text: the whole report of the count with the annulments, then
// what they change: who loses and who gains a seat.
func AnnulText(w io.Writer, c *shailoo.WhatIf, l Lang) error {
	return annulled(w, c, l, false)
}

// AnnulMarkdown is AnnulText in Markdown.
func AnnulMarkdown(w io.Writer, c *shailoo.WhatIf, l Lang) error {
	return annulled(w, c, l, true)
}

func annulled(w io.Writer, c *shailoo.WhatIf, l Lang, md bool) error {
	if w == nil || c == nil || c.Base == nil || c.Alternative == nil {
		return ErrNil
	}
	picked, _ := pickOkrugs(c.Alternative, nil) // (none named: no error)
	doc := build(c.Alternative, l, picked, FindingsPerCode)
	s := section{title: l.w("annulled_title"), lines: append([]string(nil), c.Changes...)}
	if len(s.lines) > maxAnnulmentsNamed { // one a line: the first few (the JSON keeps them all)
		first := maxAnnulmentsNamed - 2
		s.lines = append(s.lines[:first], l.say("and_more", words.Args{"n": strconv.Itoa(len(c.Changes) - first)}))
	}
	s.head = []string{"#", "−", "+", l.w("outcome")}
	for _, o := range c.Okrugs {
		s.rows = append(s.rows, []string{o.ID, names(c.Base, o.ID, o.Lose), names(c.Alternative, o.ID, o.Gain), o.Base + " → " + o.Alternative})
	}
	for _, x := range c.Lists {
		for _, d := range x.Lose {
			s.rows = append(s.rows, []string{x.Name, d.Name, "", fmt.Sprintf("%d → %d", x.Base, x.Alternative)})
		}
		for _, d := range x.Gain {
			s.rows = append(s.rows, []string{x.Name, "", d.Name, fmt.Sprintf("%d → %d", x.Base, x.Alternative)})
		}
	}
	if len(s.rows) == 0 {
		s.head = nil
		s.lines = append(s.lines, l.w("annulled_none"))
	}
	s.lines = append(s.lines, fmt.Sprintf("%d / %d → %d / %d", c.Base.Seats.Total, c.Base.Seats.Of, c.Alternative.Seats.Total, c.Alternative.Seats.Of))
	// The last two sections of the report are the notes and provenance:
	// the change goes before the findings.
	doc = append(doc, s)
	doc = append(doc, whatIfSide(c.Base, l.w("whatif_base"), l)...)
	return render(w, doc, md)
}

// names writes the candidates ids of okrug ok in res by name and votes.
func names(res *shailoo.Result, ok string, ids []string) string {
	var out []string
	for _, o := range res.Okrugs {
		if o.Okrug != ok {
			continue
		}
		for _, id := range ids {
			n := id
			for _, d := range o.Deputies {
				if d.ID == id {
					n = fmt.Sprintf("%s (%s, %s)", d.Name, d.Sex, Int(d.Votes))
				}
			}
			if o.Winner == id && o.WinnerName != "" {
				n = fmt.Sprintf("%s (%s)", o.WinnerName, Int(o.LeaderVotes))
			}
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		return strings.Join(ids, ", ")
	}
	return strings.Join(out, ", ")
}
