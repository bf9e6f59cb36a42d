package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/seats"
	"github.com/shailoo/shailoo/words"
)

// tiesSection lists every seat the votes alone did not decide (res.Ties):
// the tied set, the seats at stake, the tied value and how it was settled,
// or that it awaits lots. ok is false when there is none.
func tiesSection(res *shailoo.Result, l Lang) (section, bool) {
	if len(res.Ties) == 0 {
		return section{}, false
	}
	s := section{title: l.w("ties")}
	if res.AwaitingLots() {
		s.lines = append(s.lines, l.w("ties_awaiting"))
	} else {
		s.lines = append(s.lines, l.w("ties_decided"))
	}
	for _, t := range res.Ties {
		names := tieNames(res, t.Context)
		for id, n := range t.Names { // the tied the tables leave unnamed
			if _, ok := names[id]; !ok {
				names[id] = n
			}
		}
		s.lines = append(s.lines, tieLine(t, res.Rules, l, names, res))
	}
	return s, true
}

// tieNames returns the names the Result gives of the lists, or of the
// candidates of the okrug a tie's context names ("okrug/7": candidate IDs
// are an okrug's own), by ID, where a name is not the ID: a tie names the
// tied by ID (what lots are given by) and, beside it, the name the tables
// show ("abdullah (100_1_1)", a definition inferred from a mapping naming
// a list by its cell text).
func tieNames(res *shailoo.Result, context string) map[string]string {
	names := map[string]string{}
	note := func(id, name string) {
		if id != "" && name != "" && name != id {
			names[id] = name
		}
	}
	okrug, isOkrug := strings.CutPrefix(context, "okrug/")
	if !isOkrug {
		for _, li := range res.Lists {
			note(li.ID, li.Name)
		}
		return names
	}
	for _, o := range res.Okrugs {
		if o.Okrug != okrug {
			continue
		}
		note(o.Winner, o.WinnerName)
		note(o.Leader, o.LeaderName)
		for i, id := range o.Runoff {
			if i < len(o.RunoffNames) {
				note(id, o.RunoffNames[i])
			}
		}
	}
	return names
}

// tieWhere says where a tie was met (its Context: "list", "list@<region>",
// "list/<party>", "okrug/<okrug>") in l, by the names the Result gives:
// "округ Calder Vale" for "okrug/7". A context of another form stays as
// written.
func tieWhere(res *shailoo.Result, context string, l Lang) string {
	say := func(key, name, v string) string {
		return words.Say(string(l), key, words.Args{name: v})
	}
	if region, ok := strings.CutPrefix(context, "list@"); ok {
		for _, k := range res.Constituencies {
			if k.Region == region && k.Name != "" {
				region = k.Name
			}
		}
		return say("tie_where_constituency", "region", region)
	}
	kind, id, _ := strings.Cut(context, "/")
	switch {
	case kind == "list" && id == "":
		return words.Of("tie_where_list").In(string(l))
	case kind == "list":
		for _, li := range res.Lists {
			if li.ID == id && li.Name != "" {
				id = l.listName(li)
			}
		}
		return say("tie_where_party", "party", id)
	case kind == "okrug" && id != "":
		for _, o := range res.Okrugs {
			if o.Okrug == id && o.Name != "" {
				id = o.Name
			}
		}
		return say("tie_where_okrug", "okrug", id)
	}
	return context
}

// tieStage is the step of the count a tie was met at (its Stage) in l,
// or as written when the catalog has no word for it.
func tieStage(stage string, l Lang) string {
	if t, ok := words.Lookup("tie_stage_" + stage); ok {
		return t.In(string(l))
	}
	return stage
}

// tieLine writes one tie of res: "okrug/7 (plurality): a, b tied for 1
// seat at 500; settled by registration order: a".
//
// English keeps the context and the stage as the Result writes them (the
// context is the key lots are given by); another language says them in
// words, and the key beside a tie that awaits lots.
func tieLine(t shailoo.Tie, r shailoo.Rules, l Lang, names map[string]string, res *shailoo.Result) string {
	where, stage, awaiting := t.Context, t.Stage, l.w("tie_awaiting")
	// (A tie for a place in the second round is for no seat.)
	what := seatForm(t.Seats, l)
	if t.Stage == seats.TieRunoff {
		awaiting, what = l.w("tie_awaiting_runoff"), "tie_place_"+plural(t.Seats, l)
	}
	if lang, _ := ParseLang(string(l)); lang != English {
		where, stage = tieWhere(res, t.Context, l), tieStage(t.Stage, l)
		awaiting += " (" + words.Say(string(l), "tie_lots_key", words.Args{"context": t.Context}) + ")"
	}
	named := func(ids []string) []string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = id
			if n := names[id]; n != "" {
				out[i] = id + " (" + n + ")"
			}
		}
		return out
	}
	at := l.w("tie_at") + " " + t.Value
	if what, ok := words.Lookup("report.tie_value_" + t.Stage); ok {
		at += " (" + what.In(string(l)) + ")" // a bare fraction says not what it is
	}
	if t.Value == "not_evaluated" {
		at = "— " + l.w("tie_not_evaluated")
	}
	line := fmt.Sprintf("%s (%s): %s %s %d %s %s", where, stage, clipIDs(named(t.Tied), 10),
		l.w("tie_tied_for"), t.Seats, l.w(what), at)
	if t.SettledBy == "" {
		return line + "; " + awaiting
	}
	return fmt.Sprintf("%s; %s %s: %s", line, l.w("tie_settled"), tieHow(t, r, l), clipIDs(named(t.Winners), 10))
}

// tieHow says how a settled tie was settled, in l: the rule's name, the
// lots, or the seed they were drawn from.
func tieHow(t shailoo.Tie, r shailoo.Rules, l Lang) string {
	switch t.SettledBy {
	case string(seats.RegistrationOrder):
		return l.w("tie_by_registration")
	case string(seats.BallotOrder):
		return l.w("tie_by_ballot")
	case string(seats.ListPosition):
		return l.w("tie_by_position")
	case string(seats.Lots):
		return l.w("tie_by_lots")
	case shailoo.SettledByLotSeed:
		return l.say("tie_by_seed", words.Args{"seed": strconv.Quote(t.Seed)})
	case seats.SettledByPreviousRound:
		return l.w("tie_by_previous_round")
	case seats.SettledByAgainstAllTie:
		return l.say("tie_by_against_all", words.Args{"rule": strconv.Quote(string(r.Okrug.AgainstAllTie))})
	}
	return t.SettledBy
}

// seatForm is the key of the word "seat" after the number n in l (see
// plural).
func seatForm(n int, l Lang) string { return "tie_seat_" + plural(n, l) }

// clipIDs joins ids, the first n of them and "… (m)" when there are more.
func clipIDs(ids []string, n int) string {
	if len(ids) <= n {
		return strings.Join(ids, ", ")
	}
	return fmt.Sprintf("%s, … (%d)", strings.Join(ids[:n], ", "), len(ids))
}

// okrugTied reports whether a tie was met in okrug id.
func okrugTied(res *shailoo.Result, id string) bool {
	for _, t := range res.Ties {
		if t.Context == "okrug/"+id {
			return true
		}
	}
	return false
}

// runoffTie is okrug o's tie for a place in the second round that awaits
// lots (seats.TieRunoff); nil when none.
func runoffTie(o shailoo.Okrug) *seats.Tie {
	for i, t := range o.Ties {
		if t.Context == seats.TieRunoff && t.SettledBy == "" {
			return &o.Ties[i]
		}
	}
	return nil
}

// runoffTied says who goes to the second round of okrug o and who are
// tied for its place(s) left, awaiting lots (t, runoffTie's): never the
// leader alone, as if the second round had one candidate.
func (l Lang) runoffTied(o shailoo.Okrug, t seats.Tie) string {
	tied := make([]string, len(t.Tied))
	for i, id := range t.Tied {
		tied[i] = id
		if n := o.CandidateNames[id]; n != "" {
			tied[i] = n
		}
	}
	args := words.Args{"goes": strings.Join(o.RunoffNames, ", "), "tied": strings.Join(tied, ", "), "value": l.dec(t.Value)}
	switch {
	case len(o.RunoffNames) == 0:
		return l.say("runoff_tied_all", args)
	case len(o.RunoffNames) == 1 && t.Seats == 1:
		return l.say("runoff_tied_second", args)
	}
	return l.say("runoff_tied_rest", args)
}

// TiesText writes the "Ties and decisions" section of res as plain text:
// every seat the votes alone did not decide. It writes nothing when there
// is none.
func TiesText(w io.Writer, res *shailoo.Result, l Lang) error {
	return writeTies(w, res, l, false)
}

// TiesMarkdown is TiesText in Markdown.
func TiesMarkdown(w io.Writer, res *shailoo.Result, l Lang) error {
	return writeTies(w, res, l, true)
}

func writeTies(w io.Writer, res *shailoo.Result, l Lang, md bool) error {
	if res == nil {
		return nil
	}
	s, ok := tiesSection(res, l)
	if !ok {
		return nil
	}
	return render(w, []section{s}, md)
}
