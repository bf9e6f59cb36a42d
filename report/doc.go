// Package report renders a shailoo.Result for people and programs: plain
// text for a terminal, Markdown for a report or an issue, and JSON (the
// Result itself, indented, byte-identical for the same inputs). Text and
// Markdown come in English, Russian and Kyrgyz, in the words of the one
// catalog (package words) that the page uses too; a Lang is a language tag
// matched by its primary subtag (validate.Language), so "ky-KG" is Kyrgyz,
// and any other language gives English.
//
// A nil writer or result is ErrNil, never a panic.
//
//	res, _ := shailoo.Count(d.Election, shailoo.KG2021())
//	report.Text(os.Stdout, res, report.English)
//
// Output is deterministic: lists in ballot order (a definition inferred
// from a mapping gives none: Options.NoBallotOrder, BallotOrder), okrugs
// in the order of the election, findings sorted by code then place.
package report
