// Package validate finds what is wrong in the protocols of an election, in
// a published summary of its result, in a citizen's copy of a protocol and
// in the party lists, and says exactly where and by how much.
//
// # Findings
//
// Every check has a stable Code, never renumbered and never reused; the
// letter is the family and the number is unique across families:
//
//	P1xx  protocol control relations (Check)
//	X2xx  cross-checks between protocols and with the definition (Check)
//	S3xx  a published summary against the recount (CheckPublished)
//	C4xx  a citizen's copy against the published protocol (CompareCopy)
//	L5xx  list registration rules (CheckLists)
//	I6xx  input (UnreadableRow; a protocol of an unknown ballot)
//	R7xx  many sources of one protocol (package reconcile, through NewFinding)
//
// Codes returns the whole table with each code's severity and rule;
// docs/codes.md prints it and testdata/codes.golden pins it.
//
// A Finding carries its code, severity, place (the precinct, ballot and
// count, line or choice; the okrug, region, list or file), what the rule
// wants and what the data holds, both exact, the gap between them, and
// the figures its sentence needs. The sentence, in English, Russian and
// Kyrgyz with the numbers filled in (Finding.Message, Finding.Sentence, and
// "message" in the JSON), is made from the one catalog of words (package
// words) when it is shown, not when the finding is found.
// Findings come sorted by code (in number order) and then place, so the
// same data gives the same report whatever order it came in.
//
// Nothing passes for want of data. A relation whose lines are not on the
// protocol form (Rules.Lines) or not in a protocol, a relation the rule set
// does not put in force, a published figure that is absent: each is listed
// in Report.NotEvaluated with the reason and how many places it concerns.
//
// Report.Err returns an error only when there is a finding of severity
// error; warnings (found > issued, list and okrug ballots that disagree,
// missing protocols, a list missing from a summary, a figure on only one
// of a copy and its published protocol) never make one.
//
// # Decisions
//
// The list ballot against the okrug ballot of the same precinct (X204,
// X205) is a warning: a voter may take one ballot and refuse the other, or
// carry one away, and the law asks no equality; a gap is still worth a
// look. Machine against manual count (X201-X203) is an error: both count
// the same ballots. A precinct is "missing" a protocol (X215, X216) only
// when the election holds protocols of that ballot at all. Published
// percentages are checked against the recount's votes and base; a
// percentage that matches only under another rounding mode is flagged with
// the exact value in Want.
//
// # Findings listed and counted
//
// A check lists the first MaxListed findings of each code, in the order of
// the input, and counts the others in Report.Unlisted (by code, with their
// severity); Errors and Warnings count both. A file of millions of
// precincts that all name an undefined region thus costs a count per code,
// not a rendered message per precinct. StreamOptions.ListAll (the command
// line's --all-findings) lists them all.
//
// # Example
//
// A list protocol whose received line is one more than issued + cancelled +
// lost − unaccounted:
//
//	rep, err := validate.Check(e, validate.Rules{}) // all relations, all lines
//	// rep.Findings[0]: P101 error, precinct 1001, list ballot (manual count),
//	// line received, want "427", got "428", gap 1:
//	// "Precinct 1001, list ballot (manual count): ballots received 428, but
//	// issued + cancelled + lost − not accounted for = 427 (gap +1)."
//	if err := rep.Err(); err != nil { ... } // *FindingsError
package validate
