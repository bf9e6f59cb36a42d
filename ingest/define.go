package ingest

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
	"github.com/shailoo/shailoo/words"
)

// ErrChoices is wrapped by the error CheckChoices returns: the mapping and
// the definition disagree on the choices of a ballot.
var ErrChoices = errors.New("the mapping and the definition disagree on the choices")

// ChoicesError lists every disagreement between a mapping's votes and a
// definition's choices (Problems, one sentence each, naming the mapping
// field and its column). It wraps ErrChoices.
type ChoicesError struct {
	File     string // the mapping file
	Problems []string
}

func (e *ChoicesError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%s: %v (%d):\n  %s", e.File, ErrChoices, len(e.Problems), strings.Join(e.Problems, "\n  "))
}

// Unwrap returns ErrChoices.
func (e *ChoicesError) Unwrap() error { return ErrChoices }

// CheckChoices compares the choices m maps (Votes) with those e defines,
// and returns a *ChoicesError listing every disagreement, or nil: a
// mapped choice that is no party or candidate of e (a typo such as "cprf"
// for "kprf" would count a party at 0 votes and give its seats to the
// others); "against all" mapped where e's ballot has none; and, for a
// mapping whose rows are all list ballots, a party of e or e's "against
// all" that no column gives (its votes would be missing from every
// protocol), unless m gives a part of the protocols (Mapping.Part),
// another part giving the votes. A definition that lists no okrugs and no precincts has the
// okrugs of the files (shailoo.CountCSV learns them, with the candidates
// their rows give): any choice of a mapping of okrug ballots is one of
// them. A choice of the mapping's aggregates that the definition does not
// mark an aggregate is one too. mfile names the mapping in the error.
func CheckChoices(m Mapping, e *election.Election, mfile string) error {
	if e == nil {
		return nil
	}
	return CheckChoicesOn(m, e, mfile, e.HasAgainstAll)
}

// CheckChoicesOn is CheckChoices with the answer to "does this ballot have
// against all" given: the definition's and the rule set's protocol form
// together (a ballot has it unless either says it has not).
func CheckChoicesOn(m Mapping, e *election.Election, mfile string, hasAgainstAll func(election.BallotKind) bool) error {
	if e == nil {
		return nil
	}
	if hasAgainstAll == nil {
		hasAgainstAll = e.HasAgainstAll
	}
	var probs []string
	parties := map[string]bool{}
	var ids []string
	for _, p := range e.Parties {
		parties[p.ID] = true
		ids = append(ids, p.ID)
	}
	cands := map[string]bool{}
	marked := map[string]bool{} // the definition's aggregates
	blank := map[string]bool{}  // the definition's blank votes
	for _, p := range e.Parties {
		marked[p.ID] = p.Aggregate
		blank[p.ID] = p.Blank
	}
	blankCand := map[string]bool{} // an okrug's blank votes (Candidate.Blank)
	for _, o := range e.Okrugs {
		for _, c := range o.Candidates {
			cands[c.ID] = true
			marked[c.ID] = marked[c.ID] || c.Aggregate
			blankCand[c.ID] = blankCand[c.ID] || c.Blank
		}
	}
	list := m.Ballot == string(election.ListBallot)
	okrug := m.Ballot == string(election.OkrugBallot)
	against := (!okrug && hasAgainstAll(election.ListBallot)) || (!list && hasAgainstAll(election.OkrugBallot))
	learnt := len(e.Okrugs) == 0 && len(e.Precincts) == 0
	votes := m.choiceColumns()
	// name is the mapping field that gives a choice: its column, or in a
	// long file its cell text.
	name := func(id string) string {
		if m.long() {
			return "choice_values." + votes[id].Header + " (" + id + ")"
		}
		return fmt.Sprintf("votes.%s (%v)", id, votes[id])
	}
	for _, id := range choiceKeys(votes) {
		switch {
		case id == election.AgainstAll:
			if !against {
				probs = append(probs, fmt.Sprintf("%s: the ballot has no %q (ballots.*.against_all is false in the definition or the rule set's protocol form); if the ballot offers it (\"against all\", India's NOTA), %s, or map it as a choice (choice_values) to see its votes", name(id), election.AgainstAll, againstAllFix(m.Ballot)))
			}
		case okrug && learnt:
			// The okrugs and their candidates are learnt from the files.
		case list && !parties[id], okrug && !cands[id], !list && !okrug && !parties[id] && !cands[id]:
			probs = append(probs, fmt.Sprintf("%s: no party or candidate %s in the definition%s", name(id), echo.Quote(id), near(id, ids)))
		}
	}
	for i, id := range m.Aggregates {
		// A definition given says which choices are aggregates: the
		// mapping's word alone would leave them candidates, silently.
		if (parties[id] || cands[id]) && !marked[id] {
			probs = append(probs, fmt.Sprintf("aggregates[%d]: %s is an aggregate in the mapping, but the definition's party or candidate %s is not: say \"aggregate\": true there", i, echo.Quote(id), echo.Quote(id)))
		}
	}
	for i, id := range m.BlankVotes {
		// The same: the mapping's word alone would leave them a list
		// or a candidate that takes seats, silently (on a ballot column
		// the choice's column is read on both ballots' rows: both
		// must say so).
		switch {
		case cands[id] && !blankCand[id] && !list:
			// A mapping that reads okrug rows (its ballot, or a
			// ballot column) would read the column as the votes of the
			// okrug's candidate of that ID, who could be elected.
			probs = append(probs, fmt.Sprintf("blank_votes[%d]: %s is the blank votes in the mapping, but the definition's okrug candidate %s is not, and the mapping reads okrug ballots: the candidate could be elected; say \"blank\": true on the candidate (blank votes of the okrug ballot: counted, never elected, left out of a base of votes)", i, echo.Quote(id), echo.Quote(id)))
		case parties[id] && !blank[id]:
			probs = append(probs, fmt.Sprintf("blank_votes[%d]: %s is the blank votes in the mapping, but the definition's party %s is not: say \"blank\": true there", i, echo.Quote(id), echo.Quote(id)))
		}
	}
	if list && !m.Part { // (another part may give the votes)
		give := "no column of the mapping gives its votes (votes.%s)"
		if m.long() {
			give = "no cell text of choice_values names it (%s)"
		}
		for _, id := range ids {
			if _, ok := votes[id]; !ok {
				probs = append(probs, fmt.Sprintf("party %s of the definition: "+give, echo.Quote(id), id))
			}
		}
		// A definition inferred from the mapping leaves "against all" to
		// the rule set: its votes are then not given (X229), never a
		// refusal of the file the definition was inferred from.
		if _, ok := votes[election.AgainstAll]; !ok && hasAgainstAll(election.ListBallot) && e.ID != InferredID {
			if m.long() {
				probs = append(probs, fmt.Sprintf("%q: the definition's list ballot has it (the default) and no cell text of choice_values names it: map one to %q, or declare the ballot without it: \"ballots\": {\"list\": {\"against_all\": false}}", election.AgainstAll, election.AgainstAll))
			} else {
				probs = append(probs, fmt.Sprintf("%q: the definition's list ballot has it (the default) and no column gives it: map it (votes.%s), or declare the ballot without it: \"ballots\": {\"list\": {\"against_all\": false}}", election.AgainstAll, election.AgainstAll))
			}
		}
	}
	if len(probs) == 0 {
		return nil
	}
	return &ChoicesError{File: mfile, Problems: probs}
}

// near returns ", parties: a, b, c" for a short hint of what exists.
func near(_ string, ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	ids = slices.Clone(ids)
	if len(ids) > 12 {
		ids = append(ids[:12], "...")
	}
	return " (its parties: " + strings.Join(ids, ", ") + ")"
}

// againstAllFix says which rule set counts "against all" on ballot (the
// mapping's: "list", "okrug", or "" for both).
func againstAllFix(ballot string) string {
	if ballot == string(election.ListBallot) {
		return "count under a rule set whose protocol.ballots.list.against_all is true"
	}
	return "count under a rule set whose protocol.ballots.okrug.against_all is true and whose okrug.against_all says what it does (\"ignored\" where it never wins, as India's NOTA: examples/india)"
}

// InferredID is the ID of a definition that Define inferred from a mapping.
const InferredID = "inferred"

// Define returns the definition a mapping of one ballot implies, for a
// file counted without one, and notes that say so (for the Result's
// notes; words' sentences "note.inferred…", so that reports say them in
// their language). mfile names the mapping in the notes.
//
// A mapping of list ballots ("ballot": "list") implies one party per
// mapped choice (Choices). The ballot's "against all" is left to the rule
// set (the default: it has it): a mapping that maps no column of it gives
// its votes as not given (X229), and a base that sums them is then not
// evaluated, until the rule set says "against_all": false.
//
// A mapping of okrug ballots ("ballot": "okrug": single-member districts,
// decided by plurality) implies no party, and no okrug yet: the okrugs
// are learnt from the rows' okrug cells when the files are counted
// (shailoo.CountCSV), each with the candidates its rows give (of Choices;
// a choice whose cells are empty in every row of an okrug did not stand
// there), and the okrug ballot's "against all" is left to the rule set,
// as the list ballot's.
//
// Regions and precincts are left empty, to be learnt from the file's
// cells. A mapping of both ballots (a ballot column) implies no
// definition (which choice is on which ballot is not in its columns):
// ErrMapping.
func Define(m Mapping, mfile string) (*election.Election, []string, error) {
	return DefineOn(m, mfile, nil)
}

// DefineOn is Define under a rule set's form: hasAgainstAll says whether a
// ballot has "against all" by the rule set (nil: the default, it has),
// which the notes say of a mapping that maps no column of it. The
// definition itself never says a ballot lacks it: a mapping without the
// column is no proof that the ballot has none.
func DefineOn(m Mapping, mfile string, hasAgainstAll func(election.BallotKind) bool) (*election.Election, []string, error) {
	okrug := m.Ballot == string(election.OkrugBallot)
	if m.Ballot != string(election.ListBallot) && !okrug {
		return nil, nil, mappingError("ballot", `a definition can be inferred only from a mapping of one ballot ("ballot": "list" or "okrug"); give the election's definition`)
	}
	if okrug && m.Okrug == nil && m.OkrugID == "" {
		// The okrugs are learnt from the rows' okrug cells: without
		// them no row is in an okrug, and no vote would be counted.
		return nil, nil, mappingError("okrug", `a definition inferred from a mapping of the okrug ballot learns the okrugs from an okrug column, and the mapping has none: map "okrug" to the column that names each row's district, or, for a file of one district, name it: "okrug_id": "..."; or give the election's definition`)
	}
	e := &election.Election{ID: InferredID, Name: "inferred from " + mfile}
	choices := Choices(m)
	args := words.Args{"file": mfile, "n": strconv.Itoa(len(choices))}
	key := "note.inferred"
	switch {
	case okrug && m.long():
		key = "note.inferred_okrugs_long"
	case okrug:
		key = "note.inferred_okrugs"
	case m.long():
		key = "note.inferred_long"
	}
	var unmarked []string // choices named as the blank votes, not of blank_votes
	if !okrug {
		for _, c := range choices {
			blank := slices.Contains(m.BlankVotes, c.ID)
			e.Parties = append(e.Parties, election.Party{ID: c.ID, Name: c.Name, Aggregate: c.Aggregate, Blank: blank})
			if h := splitCamel(c.Name); !blank && !c.Aggregate && spanishBlank(lowerHeader(h)) && blankHead(lowerHeader(h)) {
				unmarked = append(unmarked, fmt.Sprintf("%s (%s)", c.ID, echo.Quote(c.Name)))
			}
		}
		n, err := addCandidates(e.Parties, m)
		if err != nil {
			return nil, nil, err
		}
		if n > 0 {
			key += "_prefs"
			args["c"] = strconv.Itoa(n)
		}
	}
	notes := []string{words.Say("en", key, args)}
	if len(unmarked) > 0 {
		// A list of the blank votes takes seats: said, never silent.
		notes = append(notes, words.Say("en", "note.blank_not_listed", words.Args{"file": mfile, "choices": strings.Join(unmarked, ", ")}))
	}
	if _, ok := m.choiceColumns()[election.AgainstAll]; !ok {
		b, form := election.ListBallot, &e.Ballots.List
		if okrug {
			b, form = election.OkrugBallot, &e.Ballots.Okrug
		}
		if hasAgainstAll != nil && !hasAgainstAll(b) {
			// The rule set says the ballot has none: the definition
			// says it too (as it did before the rule set was asked).
			no := false
			form.AgainstAll = &no
		}
		notes = append(notes, againstAllNote(b, form.AgainstAll != nil, args))
	}
	return e, notes, nil
}

// againstAllNote says what a definition inferred from a mapping without an
// "against all" column takes of ballot b: never that it has none on the
// mapping's word alone (the column may be left unmapped, or the
// commission's message may leave it out), but what the rule set says
// (none: the ballot has none). Where the rule set does not say, the votes
// against all are not given (X229) and a base that sums them is not
// evaluated, never taken smaller: the note names both fixes.
func againstAllNote(b election.BallotKind, none bool, args words.Args) string {
	key := "note.inferred_no_against_all"
	if b == election.OkrugBallot {
		key += "_okrug"
	}
	if none {
		return words.Say("en", key, args)
	}
	args["ballot"] = string(b)
	return words.Say("en", key+"_unsaid", args)
}

// addCandidates puts on each party the candidates of m's preferences whose
// ID begins with the party's and "-" ("p1-1" on p1, as a list's candidates
// are commonly numbered), each named by its column's header (a long
// file's: its first cell text), and returns how many. Their list
// positions are left 0: the mapping does not say them. A candidate whose
// ID begins no party's, or more than one ("ak-jol-1" of "ak" and
// "ak-jol"), is an error that says what to give: the mapping says no
// other way which list a preference column is of, and a candidate on no
// list would make every figure of its column an error finding.
func addCandidates(parties []election.Party, m Mapping) (int, error) {
	type pref struct{ id, name, field string }
	var prefs []pref
	if m.long() {
		seen := map[string]bool{}
		for _, k := range sortedKeys(m.PreferenceValues) {
			if id := m.PreferenceValues[k]; !seen[id] {
				seen[id] = true
				prefs = append(prefs, pref{id, strings.TrimSpace(k), "preference_values." + k})
			}
		}
	} else {
		for _, id := range sortedKeys(m.Preferences) {
			prefs = append(prefs, pref{id, cmp.Or(trimHeader(m.Preferences[id].Header), id), "preferences." + id})
		}
	}
	for _, p := range prefs {
		var on []int
		for i := range parties {
			if strings.HasPrefix(p.id, parties[i].ID+"-") {
				on = append(on, i)
			}
		}
		if len(on) != 1 {
			ids := make([]string, len(parties))
			for i := range parties {
				ids[i] = parties[i].ID
			}
			lists := "no list"
			if len(on) > 1 {
				lists = fmt.Sprintf("more than one list (%s, %s)", echo.Quote(parties[on[0]].ID), echo.Quote(parties[on[1]].ID))
			}
			return 0, mappingError(p.field, `a definition inferred from a mapping puts a candidate of preferences on the list whose ID, then "-", begins the candidate's ("p1-1" is on list "p1"), and %s is so on %s (the lists: %s): name the candidate so, or give the election's definition, its parties with their candidates`,
				echo.Quote(p.id), lists, strings.Join(ids, ", "))
		}
		parties[on[0]].Candidates = append(parties[on[0]].Candidates, election.Candidate{ID: p.id, Name: p.name})
	}
	return len(prefs), nil
}

// Choices returns the choices m maps but "against all" (Votes, or a long
// file's ChoiceValues), in the order of their IDs, each named by its
// column's header (or its ID, for a column given by number; for a long
// file, by the first of its cell texts in ChoiceValues): the parties or
// candidates of a definition inferred from m. Position is left 0 (not
// given): the mapping does not say the order of registration. A choice
// of m.Aggregates is marked Aggregate, one of m.BlankVotes Blank (a
// party's Blank is set from it by the caller).
func Choices(m Mapping) []election.Candidate {
	votes := m.choiceColumns()
	cs := make([]election.Candidate, 0, len(votes))
	var named []int // the choices named by their header
	for _, cid := range choiceKeys(votes) {
		if cid == election.AgainstAll {
			continue
		}
		name := trimHeader(votes[cid].Header)
		if name == "" {
			name = cid
		} else {
			named = append(named, len(cs))
		}
		cs = append(cs, election.Candidate{ID: cid, Name: name, Aggregate: slices.Contains(m.Aggregates, cid), Blank: slices.Contains(m.BlankVotes, cid)})
	}
	// The words the headers share are read from those named by them.
	byHeader := make([]election.Candidate, len(named))
	for k, i := range named {
		byHeader[k] = cs[i]
	}
	if m.HeaderRows > 1 {
		dropSharedParts(byHeader)
	} else {
		dropVotesAffix(byHeader)
	}
	for k, i := range named {
		cs[i] = byHeader[k]
	}
	return cs
}

// dropSharedParts names choices of a header of several rows by their own
// parts: the parts of their joined headers (" / ") that every choice's name
// has first, or last, are left out ("CDU / Zweitstimmen / Endgültig" and
// "SPD / Zweitstimmen / Endgültig" are CDU and SPD), as long as each name
// keeps a part.
func dropSharedParts(cs []election.Candidate) {
	if len(cs) < 2 {
		return
	}
	parts := make([][]string, len(cs))
	shortest := -1
	for i, c := range cs {
		parts[i] = strings.Split(c.Name, " / ")
		if shortest < 0 || len(parts[i]) < shortest {
			shortest = len(parts[i])
		}
	}
	shared := func(at func(p []string) string) bool {
		for _, p := range parts[1:] {
			if at(p) != at(parts[0]) {
				return false
			}
		}
		return true
	}
	front, back := 0, 0
	for front+back < shortest-1 && shared(func(p []string) string { return p[front] }) {
		front++
	}
	for front+back < shortest-1 && shared(func(p []string) string { return p[len(p)-1-back] }) {
		back++
	}
	if front+back == 0 {
		return
	}
	for i := range cs {
		cs[i].Name = strings.Join(parts[i][front:len(parts[i])-back], " / ")
	}
}

// votesWords are the words for "votes" that a header of a choice's
// column may add to its name ("M. CADALEN Pierre-Yves - votes",
// "VOTOS_P1").
var votesWords = []string{"votes", "vote", "votos", "voto", "voix", "stimmen", "голоса", "голосов", "głosy", "głosów", "hlasy", "hlasů",
	// Finnish ("Sauli Niinistö ääniä") and Swedish
	"ääniä", "äänet", "röster"}

// dropVotesAffix names choices of a header of one row without the words
// every choice's header adds before or after its name when those words
// say "votes": "M. A - votes" and "Mme B - votes" are M. A and Mme B,
// "VOTOS_P1" and "VOTOS_P2" are P1 and P2; and without a number that
// begins every name ("2.K Sauli Niinistö ääniä": Sauli Niinistö). Text
// shared otherwise ("Party A" and "Party B") is the names' own and stays.
func dropVotesAffix(cs []election.Candidate) {
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.Name
	}
	for i, n := range votesAffix(names) {
		cs[i].Name = n
	}
}

// votesAffix returns names without the words for "votes" that each adds
// before or after its own (see dropVotesAffix), or nil when they share
// none, or fewer than two names are given.
func votesAffix(names []string) []string {
	if len(names) < 2 {
		return nil
	}
	sep := func(b byte) bool { return strings.IndexByte(" _-/:.()", b) >= 0 }
	prefix, suffix := names[0], names[0]
	for _, c := range names[1:] {
		for !strings.HasPrefix(c, prefix) {
			prefix = prefix[:len(prefix)-1]
		}
		for !strings.HasSuffix(c, suffix) {
			suffix = suffix[1:]
		}
	}
	// Cut at a separator: the affix is whole words.
	for prefix != "" && !sep(prefix[len(prefix)-1]) {
		prefix = prefix[:len(prefix)-1]
	}
	for suffix != "" && !sep(suffix[0]) {
		suffix = suffix[1:]
	}
	says := func(affix string) bool {
		words := strings.FieldsFunc(strings.ToLower(affix), func(r rune) bool { return r < 128 && sep(byte(r)) })
		return slices.ContainsFunc(words, func(w string) bool { return slices.Contains(votesWords, w) })
	}
	// (A number every name begins with, "2.K" of the second round, is
	// no list's number, each list having its own: dropped too.)
	if w := strings.TrimSpace(prefix); !says(prefix) && (strings.Contains(w, " ") || !numberedWord(w)) {
		prefix = ""
	}
	if !says(suffix) {
		suffix = ""
	}
	if prefix == "" && suffix == "" {
		return nil
	}
	out := make([]string, len(names))
	for i, c := range names {
		if len(c) < len(prefix)+len(suffix) {
			return nil
		}
		n := strings.Trim(c[len(prefix):len(c)-len(suffix)], " _-/:.")
		if n == "" {
			return nil // a name would be nothing but the affix
		}
		out[i] = n
	}
	return out
}

// GuessesNote returns a note that the mapping mfile still holds the
// guesses of a draft (Mapping.Guesses), or "" when it holds none.
func GuessesNote(m Mapping, mfile string) string {
	if len(m.Guesses) == 0 {
		return ""
	}
	return words.Say("en", "note.guesses", words.Args{"file": mfile, "n": strconv.Itoa(len(m.Guesses))})
}
