// Package tally sums precinct protocols into totals at every level (the
// nation, abroad, each region and okrug) and turns single ballots into
// protocols.
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
//	Nation = sum of Okrugs  + Abroad + Unplaced
//
// Unplaced holds the protocols whose precinct is not defined, or is in the
// country but lacks a defined region or okrug (a level the election does not
// define at all is not required). Such a protocol counts in Nation, so no
// vote is lost, and nowhere below it, so the levels always agree; the
// validate package reports it. SumWhere sums the protocols a predicate keeps,
// e.g. the machine count to compare with the manual one.
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
// # Ballots
//
// FromBallots counts the ballots of one precinct into its protocol: found
// in the stationary box = all ballots (in the mobile box: 0), invalid, valid, the votes per choice with
// an entry for every choice (AgainstAll always one), and on the list ballot
// the preference votes. A ballot of the other kind, a valid ballot whose
// choice is not on the ballot, or a preference vote where none can be (on
// the okrug ballot, beside "against all", or for a candidate of another list
// when NewListCounter knows the lists) is a *BallotError with the index of
// the ballot; an Invalid ballot counts only as invalid, whatever it holds.
//
// Counting is the one hot loop of the library (issue 7: 100 million
// ballots a second on two cores). A Counter puts its choices and candidates
// in perfect hash tables, keyed on a fingerprint of the ID: a lookup is one
// probe and a compare of words, no map and no string comparison for IDs of
// up to 16 bytes; up to 64 keys go in a one-level table (one multiply and
// one load a lookup). A count first looks a string up by the address of its
// bytes in a small memo: ballots built in memory share the strings of the
// election, and then a lookup is one compare; ballots decoded from a file
// hold strings of their own, the memo misses and rests. The ballots are
// counted in two passes: the choices, then, 256 at a time while they are
// in the cache, the ballots with a preference vote (whether a ballot has
// one is as good as random: a branch on it costs more than the second
// pass). A slice of 2^16 ballots or more is counted in blocks of 16,384
// that up to GOMAXPROCS goroutines take in order, and the parts merged,
// with the same protocol and the same error (the first bad ballot in slice
// order) as one pass. A count reuses the tables of an earlier one (a
// sync.Pool, cleared before use: fresh memory costs a page fault at its
// first touch). The memory a count takes does not grow with the ballots
// (only with the candidates found, when the lists are not known).
//
// BenchmarkFromBallots reports ballots/s, and ballots per second of CPU
// time, beside the implementation before issue 7 (ballots_old_test.go,
// which the count is also checked against); BenchmarkBallotStream reads
// only what a count must read, the memory floor:
//
//	go test -run XXX -bench 'FromBallots/n=1048576' -benchtime 20x -count 5 ./tally
//
// On the project's 2-core machine, shared with other work (load 1.95),
// 2^20 list ballots, medians of 5 runs, 22 November 2026: 110 million
// ballots a second with shared strings (114 with the lists known; 71 and
// 75 million before issue 7, same runs), 99 million with a string per
// ballot (91 with the lists known; 71 and 78 before); in quiet moments all
// four cases ran at 126 to 133 million. Per second of CPU time: 56 to 58
// million with shared strings, 46 to 51 million with strings of their own.
// The memory floor is far above that (340 to 640 million ballots a second
// on two goroutines): the count is bound by its CPU.
package tally
