// Package words is the one catalog of words of shailoo: every sentence a
// person reads, in English, Russian and Kyrgyz, under a key. The findings
// of package validate ("finding.<code>", "finding.<code>.title", and the
// places, lines and figures they name), the text and Markdown reports of
// package report ("report.", "provisional."), the errors about input files
// ("err.", error_at, error_field) and the verification page's own words
// (page.go) are all here, so that the command line and the page say the
// same thing in the same words.
//
// A text is a Text (En, Ru, Ky); a sentence names its figures in braces,
// {name}, which Fill and Say replace:
//
//	words.Say("ky", "report.unfilled_n", words.Args{"n": "3"}) // "3 мандат бөлүштүрүлгөн жок"
//	words.Of("line.valid").In("ru")                           // "действительных бюллетеней"
//
// Language reduces any language tag ("ky-KG", "RU") to "en", "ru" or "ky".
//
// The page (wasm/web/app.js) does not link this package's page words into
// its .wasm: it gets the page words and the error words as its STRINGS
// table, which `go test ./words -update` writes into app.js and `go test
// ./words` checks. To add a word: add an Entry to the section it belongs
// to, in all three languages (a test refuses a missing language, a key
// used twice, or languages that name different {figures}), then run
// `go test ./words -update` if it is a page or error word.
//
// Relations a rule set declares (validate.Relation, codes F1..F9999)
// carry their own words in the rule set; they are filled the same way.
package words
