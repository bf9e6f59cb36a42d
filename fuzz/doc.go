// Package fuzz holds the laws every count must obey and the whole-pipeline
// fuzz targets that hold the public API to them with arbitrary bytes: CSV
// protocols with a column mapping, an election in JSON, a rule set in JSON,
// a published summary in JSON, and elections built from bytes by a small
// generator (Election).
//
// The law of every target: never panic, never hang (inputs are bounded),
// and either a clean error or a Result that satisfies the invariants Check
// tests: the list seats won are at most the house, and fewer only with a
// reason (a note or a tie); no list holds more than the cap; only qualified
// lists hold seats; every seated deputy stands on that party's list and is
// seated once; every okrug outcome is one of the known ones and agrees with
// its votes ("against all" ahead of the leader is a repeat election exactly
// under the repeat rule); the seat tally adds up; findings and ties are
// sorted; the Result's JSON reads back into the same JSON; and Run adds that
// the same input counted twice gives byte-identical JSON and that counting
// leaves the input unchanged.
//
// The package is for tests: the fuzz targets live in its _test.go files with
// their seed corpora in testdata/fuzz/<Target>/ (made from the repository's
// real inputs by `go test ./fuzz -run TestSeedCorpus -update`), and the root
// package's property tests use Check too. docs/invariants.md lists every law
// and where it is checked; scripts/fuzz runs the long fuzz campaign.
//
//	e, r, o := fuzz.Election([]byte("any bytes"))
//	res, _, err := fuzz.Run(e, r, o)
//	var v *fuzz.Violation
//	if errors.As(err, &v) {
//		// a law is broken: a bug
//	}
//	// otherwise err is a clean refusal, or res is a sound Result
package fuzz
