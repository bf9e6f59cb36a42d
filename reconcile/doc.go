// Package reconcile compares many sources of the same protocols: versions
// of what a commission published, the machine and the manual count,
// observers' copies of the signed protocols. It answers one question:
// which figures differ, where, by how much, since when, and would the
// seats change if another source were right.
//
// A Source is a name, an optional time and its protocols, each with the
// file and line it came from. Read reads sources from files (protocols CSV
// files with their mappings through internal/loader, election JSON files
// with protocols, citizen's copies in the format of `shailoo copy`);
// Reconcile compares them, protocol by protocol: a protocol is one
// precinct, one ballot, one count (manual or machine), and only protocols
// of the same precinct, ballot and count are compared.
//
// For each protocol that two or more sources give, each figure (line,
// votes for a choice, preference votes) on which two sources differ is a
// Difference, with the value in every source and the gap from the
// reference: the base source (the first, unless named), or the first
// source that gives the protocol when the base does not. Every such
// figure is also a finding of the R7xx family of validate's catalog
// (docs/codes.md), with its place, the file and line in the source; a
// protocol one source alone gives is listed in Only (and is finding R705
// when the base lacks it). Nothing is merged silently: a protocol that a
// source gives twice with different figures is a finding for each figure
// (R706) and that source's protocol is not compared; given twice alike, it
// is compared once and said (R707). A figure one source gives and another
// does not is not compared, and said (R704); a source that gives no
// figure of a kind at all (copies without preference votes) is a note.
//
// The summaries a reporter can quote are per pair of sources (Pair): the
// protocols compared, those that differ and their share, the okrugs and
// regions they are in, the votes moved per choice and the largest gaps;
// the sources given a time are versions, and Versions says what changed
// from each to the next. Impact is the seat impact: the ordinary count
// (shailoo.CountWith) of the base, and of the base with each other
// source's figures in place of the base's where it gives them, compared as
// a what-if (shailoo.CompareCounts).
//
// Everything is exact integer arithmetic, sorted before it is written, and
// the same on every platform: the JSON is byte-identical natively and in
// WebAssembly. docs/reconcile.md documents it.
package reconcile
