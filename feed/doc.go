//go:build !js

// Package feed serves live results: an http.Handler that takes precinct
// protocols from data-entry clerks as they are entered, one request each,
// and publishes the running result of a shailoo.Tally, which refuses a
// protocol wrong in itself (its own error findings: figures that break a
// control relation, an unknown precinct or choice) and publishes, as
// findings of the result as `shailoo count` does, what a protocol says
// against the others (a machine count that differs from the manual one, a
// second protocol of a precinct with other figures) and the lines it does
// not give. A resend of the figures counted changes nothing (409).
//
// Every accepted change (an addition, a replacement, a withdrawal) is
// written to a journal, a SQLite file in WAL mode, before it is
// acknowledged; opening the feed on the same file replays the journal into
// the same result. Changes are made by one writer goroutine, in batches of
// the requests waiting, each batch one transaction: the tally and the
// journal change in the same order, and one fsync serves many clerks.
//
// A protocol, posted as JSON or as a CSV row or replayed from the journal,
// gives the lines of the rule set's form: the built-in ones and those the
// rule set adds (Config.Lines, its protocol.add_lines, such as the Russian
// absentee certificates). A line neither knows is refused.
//
// Writes need a clerk's bearer token (ReadTokens reads them from a file);
// each entry of the journal names its clerk. Reads are public: the result
// as `shailoo count --format json` writes it (with an ETag), the progress,
// and Server-Sent Events on every change.
package feed
