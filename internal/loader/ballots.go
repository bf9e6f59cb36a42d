package loader

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ballots"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/order"
	"github.com/shailoo/shailoo/internal/strictjson"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

// CVR is a cast-vote record file (docs/ballots.md) and its column
// mapping, nil for the default headers.
type CVR struct {
	File    *File
	Mapping *File
}

// readBallots reads the cast-vote records and counts their ballots into
// protocols (ballots.Protocols), added to those of the election as a
// protocols CSV file's are. A bad ballot is an error naming its file, line
// and field; with SkipBadRows its line is left out, a finding
// (validate.UnreadableRow) as an unreadable row of protocols is. The
// columns a file has that no field reads are named in a note.
func (l *Loaded) readBallots(in Input) error {
	if in.Election == nil && !l.Inferred && len(in.Protocols) == 0 {
		e := *l.Election
		e.Protocols = nil
		l.Election = &e
	}
	var cast []ballots.Cast
	var lines []int    // the line of each ballot
	var files []string // the file of each ballot from starts[i] on
	var starts []int
	ranked := map[string]bool{}   // files of ranked ballots, by name
	rankRead := map[string]bool{} // those whose mapping reads the ranks
	var unmapped []error          // ranked files whose later ranks no field reads
	for _, c := range in.CVR {
		if c.File == nil {
			continue
		}
		var m *ingest.BallotMapping
		if mf := c.Mapping; mf != nil {
			if mf.Err != nil {
				return mf.Err
			}
			bm, err := ingest.ReadBallotMapping(bytes.NewReader(mf.Data), mf.Name)
			if err != nil {
				return err
			}
			m = &bm
		}
		if c.File.Err != nil {
			return c.File.Err
		}
		rs, err := ingest.ReadBallotRecords(bytes.NewReader(c.File.Data), c.File.Name, m, in.SkipBadRows)
		if err != nil {
			return err
		}
		l.unreadable(rs.Skipped)
		if len(rs.Unread) > 0 {
			quoted := make([]string, len(rs.Unread))
			for i, u := range rs.Unread {
				quoted[i] = strconv.Quote(u)
			}
			l.Options.Notes = append(l.Options.Notes, words.Say("en", "note.ballot_columns_unread", words.Args{"file": c.File.Name, "columns": strings.Join(quoted, ", ")}))
		}
		if (len(rs.LaterRanks) > 0 || rs.Ranks > 1) && !ranked[c.File.Name] {
			ranked[c.File.Name] = true
			rankRead[c.File.Name] = rs.Ranks > 1
		}
		if len(rs.LaterRanks) > 0 {
			unmapped = append(unmapped, ranksUnmapped(c.File.Name, rs.LaterRanks))
		}
		if rs.SkippedFirst > 0 {
			l.Options.Notes = append(l.Options.Notes, words.Say("en", "note.ballots_skipped_first", words.Args{"file": c.File.Name, "n": strconv.FormatInt(rs.SkippedFirst, 10), "line": strconv.Itoa(rs.SkippedFirstLine)}))
		}
		if rs.SkippedTwice > 0 {
			l.Options.Notes = append(l.Options.Notes, words.Say("en", "note.ballots_skipped_twice", words.Args{"file": c.File.Name, "n": strconv.FormatInt(rs.SkippedTwice, 10), "line": strconv.Itoa(rs.SkippedTwiceLine)}))
		}
		if rs.NotOnBallot > 0 {
			l.Options.Notes = append(l.Options.Notes, words.Say("en", "note.ballots_not_on_ballot", words.Args{"file": c.File.Name, "n": strconv.Itoa(rs.NotOnBallot), "line": strconv.Itoa(rs.NotOnBallotFirst)}))
		}
		files, starts = append(files, c.File.Name), append(starts, len(cast))
		cast, lines = append(cast, rs.Cast...), append(lines, rs.Lines...)
		// A file of ballots brings protocols: its provenance is said,
		// as a protocols file's is, and no ballots mapping gives one.
		bi := c.File.input()
		bi.Provenance = shailoo.ProvenanceNotGiven
		l.Options.Inputs = append(l.Options.Inputs, bi)
		if c.Mapping != nil {
			l.Options.Inputs = append(l.Options.Inputs, c.Mapping.input())
		}
	}
	// fileOf names the file of the i-th ballot.
	fileOf := func(i int) string {
		f := 0
		for f+1 < len(starts) && starts[f+1] <= i {
			f++
		}
		return files[f]
	}
	// A record holds one choice, and several marks are an invalid
	// ballot: on a ballot of several votes (a block vote) that would
	// count every ballot that uses them invalid, its votes lost.
	if len(cast) == 0 {
		return nil // every line skipped, or of count 0
	}
	for i := range cast {
		if n := l.Rules.Protocol.VotesPerBallot(cast[i].Kind); n > 1 {
			return &ingest.ParseError{File: fileOf(i), Line: lines[i], Field: "ballot", Err: badBallot(fmt.Sprintf(
				"the %s ballot carries %d votes (the rule set's protocol.ballots.%s.votes_per_ballot), and a cast-vote record holds one choice: a ballot marked for several candidates would be read as invalid, its votes lost; count its protocols instead", cast[i].Kind, n, cast[i].Kind))}
		}
	}
	def := l.Election
	learned := len(def.Precincts) == 0 // the precincts taken from the ballots, which name no okrug
	if len(def.Precincts) == 0 {
		// A definition that lists no precincts (one inferred from a
		// mapping) learns them from the ballots, as from protocols CSV
		// files: with CSV files, shailoo.CountCSV learns them from both.
		e := *def
		e.Precincts = ballotPrecincts(cast)
		def = &e
		if len(in.Protocols) == 0 {
			l.Election = def
			l.Options.Notes = append(l.Options.Notes, words.Say("en", "note.precincts_from_ballots", words.Args{"n": strconv.Itoa(len(e.Precincts))}))
		}
	}
	opts := ballots.Options{AgainstAll: l.hasAgainstAll, AbroadOkrug: l.Rules.Okrug.Abroad.Counted()}
	// parseError is the error of a bad ballot, at its file and line.
	parseError := func(be *ballots.BallotError) *ingest.ParseError {
		field, what := "choice", fmt.Sprintf("%q is not a choice of the %s ballot", be.Ballot.Choice, be.Ballot.Kind)
		switch be.Problem {
		case ballots.UnknownChoice:
			what += choiceHint(be.Ballot.Choice, be.Ballot.Kind)
		case ballots.UnknownPrecinct:
			field, what = "precinct", fmt.Sprintf("precinct %q is not in the election", cast[be.Index].Precinct)
			if in.Election == nil && !l.Inferred {
				what += noElectionForBallots
			}
		case ballots.WrongKind:
			field, what = "ballot", fmt.Sprintf("precinct %q has no %s ballot", cast[be.Index].Precinct, be.Ballot.Kind)
			if learned && be.Ballot.Kind == election.OkrugBallot {
				what += noOkrugForBallots
			}
		case ballots.BadPreference:
			field, what = "candidate", fmt.Sprintf("%q is not a candidate of the list of %q that a preference vote may name", be.Ballot.Candidate, be.Ballot.Choice)
		case ballots.TooMany:
			field, what = "count", fmt.Sprintf("the counts of precinct %q's %s ballots sum past %d", cast[be.Index].Precinct, be.Ballot.Kind, int64(math.MaxInt64))
		}
		return &ingest.ParseError{File: fileOf(be.Index), Line: lines[be.Index], Field: field, Err: badBallot(what)}
	}
	var ps []election.Protocol
	var skipped []*ingest.ParseError
	for {
		var err error
		ps, err = ballots.ProtocolsWith(def, cast, opts)
		var be *ballots.BallotError
		if !errors.As(err, &be) {
			if err != nil {
				return err
			}
			break
		}
		// The count stops at the first bad ballot of the first protocol
		// that has one; every bad ballot is found in one pass, so that
		// the error names the first of the files, and the lines left out
		// are left out at once (one at a time, each a count again, made
		// the count of a file of many bad lines quadratic).
		bad, err := ballots.BadBallots(def, cast, opts)
		if err != nil {
			return err
		}
		if len(bad) == 0 {
			bad = []*ballots.BallotError{be} // not to be: BadBallots finds what ProtocolsWith refuses
		}
		if !in.SkipBadRows {
			return parseError(bad[0])
		}
		// Left out, and counted again without them: the count of the
		// others does not depend on them.
		for _, b := range bad {
			skipped = append(skipped, parseError(b))
		}
		cast, lines, starts = dropBallots(cast, lines, starts, bad)
		if len(cast) == 0 {
			break
		}
	}
	if l.Rules.Okrug.Ranked != nil {
		if len(unmapped) > 0 {
			return unmapped[0]
		}
		if err := l.rankedBallots(def, cast, lines, rankRead, fileOf); err != nil {
			return err
		}
	} else {
		for _, f := range files {
			if ranked[f] && !slices.Contains(l.Options.FirstChoiceFiles, f) {
				l.Options.FirstChoiceFiles = append(l.Options.FirstChoiceFiles, f)
			}
		}
		l.firstChoices(def, cast, ranked, fileOf)
	}
	order.Stable(skipped, func(a, b *ingest.ParseError) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	l.unreadable(skipped)
	e := *l.Election
	e.Protocols = append(append([]election.Protocol(nil), e.Protocols...), ps...)
	l.Election = &e
	return nil
}

// firstChoices names in Options.FirstChoices the okrugs whose okrug
// ballots come from files of ranked ballots (ranked), counted by their
// first choices alone.
func (l *Loaded) firstChoices(def *election.Election, cast []ballots.Cast, ranked map[string]bool, fileOf func(int) string) {
	if len(ranked) == 0 {
		return
	}
	okrugOf := make(map[string]string, len(def.Precincts))
	for i := range def.Precincts {
		okrugOf[def.Precincts[i].ID] = def.Precincts[i].Okrug
	}
	seen := map[string]bool{}
	for _, o := range l.Options.FirstChoices {
		seen[o] = true
	}
	for i := range cast {
		if cast[i].Kind != election.OkrugBallot || !ranked[fileOf(i)] {
			continue
		}
		if o := okrugOf[cast[i].Precinct]; o != "" && !seen[o] {
			seen[o] = true
			l.Options.FirstChoices = append(l.Options.FirstChoices, o)
		}
	}
}

// rankedBallots gives the count the okrug ballots of the files whose
// mapping reads their ranks (rankRead), by okrug (Options.Ranked), for the
// rule set's okrug.ranked: a later rank that names no candidate of the
// ballot's okrug is an error at its line and field ("ranks[i]"). The
// okrug ballots of other files are counted by their first choices
// (firstChoices).
func (l *Loaded) rankedBallots(def *election.Election, cast []ballots.Cast, lines []int, rankRead map[string]bool, fileOf func(int) string) error {
	okrugOf := make(map[string]string, len(def.Precincts))
	for i := range def.Precincts {
		okrugOf[def.Precincts[i].ID] = def.Precincts[i].Okrug
	}
	cands := map[string]map[string]bool{}
	for _, o := range def.Okrugs {
		cands[o.ID] = map[string]bool{}
		for _, cd := range o.Candidates {
			cands[o.ID][cd.ID] = true
		}
	}
	other := map[string]bool{} // files of okrug ballots whose ranks are not read
	defer func() {
		for f := range other {
			if !slices.Contains(l.Options.FirstChoiceFiles, f) {
				l.Options.FirstChoiceFiles = append(l.Options.FirstChoiceFiles, f)
			}
		}
		slices.Sort(l.Options.FirstChoiceFiles)
		l.firstChoices(def, cast, other, fileOf)
	}()
	for i := range cast {
		if cast[i].Kind != election.OkrugBallot {
			continue
		}
		f := fileOf(i)
		if !rankRead[f] {
			other[f] = true
			continue
		}
		o := okrugOf[cast[i].Precinct]
		for j, id := range cast[i].Ranks {
			if j > 0 && id != "" && id != ballots.Overvote && !cands[o][id] {
				return &ingest.ParseError{File: f, Line: lines[i], Field: strictjson.Index("ranks", j), Err: badBallot(
					fmt.Sprintf("%q is not a candidate of okrug %q, whose ballot the ranks rank", id, o) + choiceHint(id, election.OkrugBallot))}
			}
		}
		if l.Options.Ranked == nil {
			l.Options.Ranked = map[string][]ballots.Cast{}
		}
		l.Options.Ranked[o] = append(l.Options.Ranked[o], cast[i])
	}
	return nil
}

// ranksUnmapped is the error of a ranked record whose later ranks no
// field reads, under a rule set that counts okrug seats by instant
// run-off: counted by first choices, its rounds would be another's.
func ranksUnmapped(file string, later []string) error {
	return &ingest.ParseError{File: file, Line: 1, Field: "ranks", Err: fmt.Errorf(
		"%w: the rule set counts the okrug seat by instant run-off (okrug.ranked), and the columns %s are later ranks of the choice that the mapping does not read: name every rank in order, \"ranks\": [the choice's column, %s] (docs/ballots.md)",
		ingest.ErrMapping, quoteAll(later), quoteAll(later))}
}

// quoteAll quotes each of s, joined by ", ".
func quoteAll(s []string) string {
	q := make([]string, len(s))
	for i, v := range s {
		q[i] = strconv.Quote(v)
	}
	return strings.Join(q, ", ")
}

// dropBallots returns cast and lines without the bad ballots (in the
// order of cast), and starts, the index in cast where each file's ballots
// start, moved back by those dropped before it.
func dropBallots(cast []ballots.Cast, lines, starts []int, bad []*ballots.BallotError) ([]ballots.Cast, []int, []int) {
	out, b := 0, 0
	for i := range cast {
		if b < len(bad) && bad[b].Index == i {
			b++
			continue
		}
		cast[out], lines[out] = cast[i], lines[i]
		out++
	}
	for f, s := range starts {
		n := 0
		for n < len(bad) && bad[n].Index < s {
			n++
		}
		starts[f] = s - n
	}
	return cast[:out], lines[:out], starts
}

// unreadable adds a finding (validate.UnreadableRow) for each line of
// cast-vote records left out with SkipBadRows.
func (l *Loaded) unreadable(skipped []*ingest.ParseError) {
	for _, pe := range skipped {
		l.Options.Findings = append(l.Options.Findings, validate.UnreadableRow(pe.File, pe.Line, pe.Column, pe.Error()))
	}
}

// ballotPrecincts returns a precinct (its ID alone) for each precinct the
// ballots name, in first-seen order.
func ballotPrecincts(cast []ballots.Cast) []election.Precinct {
	var ps []election.Precinct
	seen := map[string]bool{}
	for i := range cast {
		if id := cast[i].Precinct; !seen[id] {
			seen[id] = true
			ps = append(ps, election.Precinct{ID: id})
		}
	}
	return ps
}

// noElectionForBallots ends the error of a ballot's precinct when no
// definition was given: the embedded 2021 election's then stands in, and
// names none of a record's precincts, so the error says what the count
// needs rather than leave the record to look wrong.
const noElectionForBallots = ": no election definition was given, so the ballots are counted under the embedded one of the 2021 Jogorku Kenesh election (kg2021); " +
	"a cast-vote record needs a definition that names its precincts and candidates: give it with --election E.json " +
	"(docs/ballots.md; cmd/shailoo/testdata/cvr/ has such definitions)"

// choiceHint ends the error of a choice that is none of the ballot's. A
// record's own word for a rank not marked or marked twice ("undervote",
// Minneapolis's "XXX") is one the mapping has not listed; any other may
// be a candidate (or list) the definition lacks, and listing it as blank
// or invalid would void its votes: the hint names the definition.
func choiceHint(choice string, kind election.BallotKind) string {
	switch {
	case choice == "":
		return ""
	case ingest.NoChoiceWord(choice):
		return fmt.Sprintf(`; if %q is how the record writes a rank not marked or marked more than once, list it in the mapping's "blank_values" or "invalid_values" (docs/ballots.md): such a ballot is counted invalid`, choice)
	case kind == election.ListBallot:
		return fmt.Sprintf(`; if %q is a list on this ballot, the election definition (--election) lacks it: add it to the definition's "parties", with the ID the record writes (docs/ballots.md)`, choice)
	}
	return fmt.Sprintf(`; if %q is a candidate on this ballot, the election definition (--election) lacks it: add it to its okrug's "candidates", with the ID the record writes (docs/ballots.md)`, choice)
}

// noOkrugForBallots ends the error of an okrug ballot of a precinct
// taken from the ballots: a definition that lists no precincts
// ("precincts": []) gives none an okrug.
const noOkrugForBallots = `: the election definition (--election) lists no precincts ("precincts": []), so they were taken from the ballots, which name no okrug; ` +
	`it must give each precinct with its okrug, "precincts": [{"id": "...", "okrug": "..."}]`

// badBallot is a ballot that cannot be counted: an ingest.ErrBadValue and
// a ballots.ErrBadBallot.
type badBallot string

func (b badBallot) Error() string   { return string(b) }
func (b badBallot) Unwrap() []error { return []error{ingest.ErrBadValue, ballots.ErrBadBallot} }
