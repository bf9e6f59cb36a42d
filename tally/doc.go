// Package tally sums precinct protocols into totals at every level (the
// nation, abroad, each region and okrug).
//
// # Totals
//
// A Totals is the sum of some protocols of one ballot: each protocol line,
// the votes per choice and the preference votes per candidate, with the
// number of protocols summed. A key is present when some protocol gave the
// figure (0 included): "not given" stays distinguishable from "zero", which
// is what lets the threshold package answer "not evaluated" instead of
// "failed" when a figure is missing.
//
// Every sum is checked: a sum that would leave int64 is an *OverflowError
// naming the precinct and the field (it unwraps to exact.ErrOverflow), and
// Add and Merge are all or nothing. Sums do not depend on the order or the
// grouping of the protocols (the property tests check it).
//
// # Sum
//
// Sum adds the manual-count protocols (Machine == false, the official count)
// of an election into a Result: a Tier for the list ballot and one for the
// okrug ballot. In a tier, Nation holds every protocol; the others split it:
//
//	Nation = sum of Regions + Abroad + Unplaced
//	Nation = sum of Okrugs  + Abroad + Unplaced   (+ the list protocols in no okrug)
//
// Unplaced holds the protocols whose precinct is not defined, or is in the
// country but lacks a defined region or okrug (a level the election does not
// define at all is not required). Such a protocol counts in Nation, so no
// vote is lost, and nowhere below it, so the levels always agree; the
// validate package reports it. The list ballot needs no okrug: a list
// protocol of a precinct that names a defined region and no okrug (a
// region's list votes published apart from its okrugs' candidates) is
// placed in its region and in no okrug (an okrug ballot's protocol of such
// a precinct is unplaced). SumWhere sums the protocols a predicate keeps,
// e.g. the machine count to compare with the manual one.
//
// Abroad holds the protocols of precincts abroad. Sum and SumWhere have no
// rule set and sum the okrug-ballot ones apart there too (a rule set's
// okrug.abroad "excluded"); SumWith with Options.AbroadOkrug sums them in
// the okrugs they name (okrug.abroad "counted"). Result.AbroadOkrug says
// which was done.
//
// Sum and SumWhere feed an Accumulator, which sums protocols one at a time
// in the dense form of internal/dense (every line, choice and candidate ID
// a position, each protocol (position, figure) pairs, each scope slices of
// sums), and builds the maps of the Totals at the end. The root package
// feeds the same Accumulator from CSV rows it never holds (shailoo.CountCSV):
// one implementation behind the in-memory and the streaming count.
//
//	res, err := tally.Sum(e)
//	l := res.List
//	participants := l.Nation.Lines[election.Invalid] + l.Nation.Lines[election.Valid]
//	bishkek := l.Regions["bishkek"].Votes
//
// Counting single ballots into protocols is the ballots package's job.
package tally
