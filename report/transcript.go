package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/words"
)

// TranscriptJSON writes the transcript of res as indented JSON.
func TranscriptJSON(w io.Writer, res *shailoo.Result) error {
	if w == nil || res == nil {
		return ErrNil
	}
	b, err := json.MarshalIndent(res.Transcript(), "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// TranscriptText writes the transcript of res, one numbered step a line.
func TranscriptText(w io.Writer, res *shailoo.Result) error {
	if w == nil || res == nil {
		return ErrNil
	}
	t := res.Transcript()
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%s, rule set %s %s, election %s\n", t.Schema, t.Library, t.Rules, t.Version, t.Election)
	for _, p := range t.Provisional {
		fmt.Fprintf(&b, "PROVISIONAL: %s\n", p)
	}
	for _, in := range t.Inputs {
		fmt.Fprintf(&b, "input sha256 %s  %s\n", in.SHA256, in.Name)
	}
	if t.LotSeed != "" {
		fmt.Fprintf(&b, "lot seed %q\n", t.LotSeed)
	}
	for i, s := range t.Steps {
		fmt.Fprintf(&b, "%4d  %-20s %-22s", i+1, s.Kind, s.Subject)
		if s.Value != "" {
			fmt.Fprintf(&b, " %s", s.Value)
		}
		if s.Seats != 0 {
			fmt.Fprintf(&b, " [%d seats]", s.Seats)
		}
		if s.Detail != "" {
			fmt.Fprintf(&b, "  %s", s.Detail)
		}
		b.WriteString("\n")
	}
	for _, c := range t.Ties {
		fmt.Fprintf(&b, "unresolved tie: %s (lots required)\n", c)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WhatIfText writes a what-if comparison side by side: the rule changes,
// the seats per list under both rule sets, the deputies who lose or gain a
// seat, the okrugs whose outcome changes, and, for either side, its ties
// and decisions and its error findings.
func WhatIfText(w io.Writer, c *shailoo.WhatIf, l Lang) error {
	if w == nil || c == nil || c.Base == nil || c.Alternative == nil {
		return ErrNil
	}
	s := section{title: fmt.Sprintf("%s %s  →  %s %s", c.Base.Rules.ID, c.Base.Rules.Version, c.Alternative.Rules.ID, c.Alternative.Rules.Version)}
	s.lines = append(s.lines, c.Changes...)
	s.head = []string{l.w("party"), l.w("whatif_base"), l.w("whatif_alt"), "±", l.w("whatif_women_base"), l.w("whatif_women_alt")}
	moves := section{title: l.w("moves"), head: []string{l.w("party"), "", l.w("candidate"), l.w("position"), l.w("sex"), l.w("pref_votes")}}
	for _, x := range c.Lists {
		x.Name = l.nameOf(c.Base, x.ID, x.Name)
		s.rows = append(s.rows, []string{x.Name, fmt.Sprint(x.Base), fmt.Sprint(x.Alternative), signed(int64(x.Moved)),
			womenOf(c, x.ID, x.WomenBase), womenOf(c, x.ID, x.WomenAlternative)})
		for _, d := range x.Lose {
			moves.rows = append(moves.rows, []string{x.Name, "−", d.Name, fmt.Sprint(d.Position), string(d.Sex), prefsOf(d, c.Base)})
		}
		for _, d := range x.Gain {
			moves.rows = append(moves.rows, []string{x.Name, "+", d.Name, fmt.Sprint(d.Position), string(d.Sex), prefsOf(d, c.Alternative)})
		}
	}
	doc := []section{s}
	if len(moves.rows) > 0 {
		doc = append(doc, moves)
	}
	if len(c.Okrugs) > 0 {
		o := section{title: l.w("okrugs"), head: []string{"#", l.w("whatif_base"), l.w("whatif_alt")}}
		// The seats of a district as the base and the what-if have them:
		// "4 → 3" when the what-if changed them.
		// A rule set that does not say them has okrugs of one seat (0 is 1).
		if per, alt := seatsLabel(c.Base), seatsLabel(c.Alternative); per != "1" || alt != "1" {
			seats := per
			if alt != per {
				seats = fmt.Sprintf("%s → %s", per, alt)
			}
			o.title = l.say("districts", words.Args{"n": strconv.Itoa(len(c.Base.Okrugs)), "seats": seats})
		}
		for _, x := range c.Okrugs {
			o.rows = append(o.rows, []string{x.ID, x.Base, x.Alternative})
		}
		doc = append(doc, o)
	}
	p := section{title: l.w("parliament")}
	p.lines = append(p.lines, l.say("whatif_seats", words.Args{"base": strconv.Itoa(c.Base.Seats.Total), "of": strconv.Itoa(c.Base.Seats.Of),
		"alt": strconv.Itoa(c.Alternative.Seats.Total), "alt_of": strconv.Itoa(c.Alternative.Seats.Of)}))
	doc = append(doc, p)
	doc = append(doc, whatIfSide(c.Base, l.w("whatif_base"), l)...)
	doc = append(doc, whatIfSide(c.Alternative, l.w("whatif_alt"), l)...)
	return render(w, doc, false)
}

// whatIfSide is what one side of a what-if must not hide: its ties and
// decisions, why no seat could be decided, and its error findings.
func whatIfSide(res *shailoo.Result, side string, l Lang) []section {
	var doc []section
	if res.NotCounted != "" {
		doc = append(doc, section{title: l.w("not_counted") + " — " + side, lines: []string{res.NotCounted}})
	}
	if s, ok := tiesSection(res, l); ok {
		s.title += " — " + side
		doc = append(doc, s)
	}
	if res.Findings.Errors() > 0 {
		s := findings(res.Findings, l, 20)
		s.title += " — " + side
		doc = append(doc, s)
	}
	return doc
}

// womenOf is n, the women seated from list id on one side of c, or "—",
// as the count's report writes it, when the definition does not give the
// list's deputies (and so their sex) on either side: never a 0 that
// reads as a count.
func womenOf(c *shailoo.WhatIf, id string, n int) string {
	for _, res := range []*shailoo.Result{c.Base, c.Alternative} {
		for _, li := range res.Lists {
			if li.ID == id && li.DeputiesNotGiven > 0 {
				return "—"
			}
		}
	}
	return strconv.Itoa(n)
}

// prefsOf is the preference votes of a deputy seated under res: "—" when
// they are not evaluated, or when the lists are closed and preference
// votes play no part.
func prefsOf(d shailoo.Deputy, res *shailoo.Result) string {
	if d.NoPreferences || res.Rules.List.Lists == seats.ClosedList {
		return "—"
	}
	return Int(d.Preferences)
}
