// Package shailoo counts and checks an election from its precinct protocols,
// exactly and reproducibly.
//
// A Rules value is a named, versioned rule set (seats per tier, thresholds,
// apportionment method, cap, women's quota and its rounding, okrug rule,
// protocol form and control relations). KG2021 is the law as the courts
// applied it to the Jogorku Kenesh election of 28 November 2021. Count runs
// the whole pipeline on an election.Election:
//
//	validate -> tally -> threshold -> seats (list tier, seats inside each list, okrugs)
//
// and returns a Result: the parliament, every threshold verdict with its
// exact margin in votes, the okrug outcomes, the findings of the validator,
// unresolved ties, a transcript of every step, the rule set ID and version,
// and a SHA-256 of each input. The same inputs give byte-identical JSON on
// every platform, native or WebAssembly.
//
// Missing data never decides silently. A result that rests on something not
// evaluated (a region or an okrug without protocols, precincts without
// their protocol, a protocol without the votes for a choice or without a
// line of the threshold base) is Provisional, and ProvisionalReasons says
// what, and which seats rest on it. A threshold base is never summed
// without a protocol that lacks one of its lines: the threshold is then not
// evaluated, and each such protocol is an error finding.
//
//	d, _ := datasets.KG2021()
//	res, err := shailoo.Count(d.Election, shailoo.KG2021())
//	// res.Lists[0].Seats == 15 (Ata-Jurt Kyrgyzstan)
package shailoo
