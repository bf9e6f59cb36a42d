// Package nisterr writes a shailoo Result as a NIST SP 1500-100 Election
// Results Reporting (ERR) version 2 JSON ElectionReport, and reads such a
// report back as a published summary (validate.Summary) for verify.
//
// The mapping: the country, the regions, the okrugs and (for a
// precinct-level report) the precincts are GpUnits; the lists are Parties
// and the selections of one PartyContest (VoteVariation proportional), with
// their votes and the seats won as VoteCounts of Type "total" and "seats";
// each okrug is a CandidateContest (plurality, one seat). "Against all" is
// a CandidateSelection without candidates, named by the contest's
// ExternalIdentifier "shailoo-against-all". A precinct's manual count and
// machine count are VoteCounts apart, by DeviceClass (manual-count and
// opscan-precinct). What ERR has no field for (provenance, percentages,
// thresholds, the women's quota, ties, provisional reasons, findings) goes
// into ExternalIdentifiers of Type "other" whose OtherType starts with
// "shailoo-"; docs/interop.md tabulates every field.
//
// A report is the same bytes for the same Result: GeneratedDate defaults
// to the election's date, never the clock. ERR's Status is
// "unofficial-complete", or "unofficial-partial" when the result is
// provisional, awaits lots or was not counted: a recount is never
// "certified".
//
// Another publisher's report is read too (ReadSummaryWith): its Status is
// its provenance, its write-ins a choice, its counts in parts (by device
// class or vote type, no total) summed, and what is not compared (a
// ballot measure, the contests not named, counts at precincts) said in
// the summary's notes; a reading that would be a guess (two contests in
// one district, parts that could overlap) is an error naming its place.
//
// The schema is NIST's (public domain, see ../shared/data/nist-err-v2 and
// its notice); the tests validate the reports of kg2021, kg2015, a
// list-only election and a precinct-level report against it.
package nisterr
