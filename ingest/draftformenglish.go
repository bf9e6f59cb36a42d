package ingest

import "github.com/shailoo/shailoo/election"

// formEnglishWords read the built-in form's lines as English research
// files name them (the Russian CEC's protocols scraped into snake_case:
// "given_early_voting_ballots", "given_on_site_ballots",
// "found_off_site_ballots", "unused_ballots", "incorrect_ballots",
// "unaccounted_ballots"), by their words, not by a list of whole headers:
// a verb, given or issued (to a voter) or found (in a box), with a place
// or a time, early (before the day), outside (off site, mobile,
// portable: the boxes carried out) or in the room (on site, in premises,
// stationary); then the lines named by their own words. The narrower
// come before the wider ("ballots issued" alone is issued_in_room).
var formEnglishWords = []lineRule{
	{election.IssuedEarly, []string{"given", "early"}},
	{election.IssuedEarly, []string{"issued", "early"}},
	{election.IssuedOutside, []string{"given", "off site"}},
	{election.IssuedOutside, []string{"given", "offsite"}},
	{election.IssuedOutside, []string{"given", "outside"}},
	{election.IssuedOutside, []string{"given", "mobile"}},
	{election.IssuedOutside, []string{"given", "portable"}},
	{election.IssuedOutside, []string{"issued", "off site"}},
	{election.IssuedOutside, []string{"issued", "offsite"}},
	{election.IssuedOutside, []string{"issued", "outside"}},
	{election.IssuedOutside, []string{"issued", "mobile"}},
	{election.IssuedOutside, []string{"issued", "portable"}},
	{election.IssuedInRoom, []string{"given", "on site"}},
	{election.IssuedInRoom, []string{"given", "onsite"}},
	{election.IssuedInRoom, []string{"given", "in room"}},
	{election.IssuedInRoom, []string{"given", "in premises"}},
	{election.IssuedInRoom, []string{"given", "stationary"}},
	{election.IssuedInRoom, []string{"issued", "on site"}},
	{election.IssuedInRoom, []string{"issued", "onsite"}},
	{election.IssuedInRoom, []string{"issued", "in room"}},
	{election.IssuedInRoom, []string{"issued", "in premises"}},
	{election.IssuedInRoom, []string{"issued", "stationary"}},
	{election.FoundMobile, []string{"found", "off site"}},
	{election.FoundMobile, []string{"found", "offsite"}},
	{election.FoundMobile, []string{"found", "outside"}},
	{election.FoundMobile, []string{"found", "mobile"}},
	{election.FoundMobile, []string{"found", "portable"}},
	{election.FoundStationary, []string{"found", "on site"}},
	{election.FoundStationary, []string{"found", "onsite"}},
	{election.FoundStationary, []string{"found", "in room"}},
	{election.FoundStationary, []string{"found", "in premises"}},
	{election.FoundStationary, []string{"found", "stationary"}},
	// The UK's counts: the ballot papers expected (issued, by the
	// polling stations' accounts) and verified (found in the boxes,
	// counted before they are sorted), ballot papers issued, found,
	// counted.
	{election.IssuedInRoom, []string{"expected", "ballots"}},
	{election.IssuedInRoom, []string{"expected", "ballot", "papers"}},
	{election.IssuedInRoom, []string{"ballot", "papers", "issued"}},
	{election.FoundStationary, []string{"verified", "ballots"}},
	{election.FoundStationary, []string{"verified", "ballot", "papers"}},
	{election.FoundStationary, []string{"ballot", "papers", "found"}},
	{election.FoundStationary, []string{"ballots", "found"}},
	{election.FoundStationary, []string{"ballot", "papers", "counted"}},
	{election.FoundStationary, []string{"ballots", "counted"}},
	{election.Cancelled, []string{"unused"}},
	{election.Unaccounted, []string{"unaccounted"}},
	{election.Invalid, []string{"incorrect"}},
	{election.Valid, []string{"correct", "ballots"}},
}

// regionAbbrev name a region by an abbreviation that is a header's one
// word but for the words of a name or a code: "reg" (Russian research
// files' region, beside "oik", "tik", "uik"), "rgn", "regn", "рег",
// "обл" and "obl" (an oblast), "prov" (a province). "reg" alone also
// abbreviates the registered voters (lineRule.reads): a column of numbers
// under it is a region's only where a code's or a name's word says so
// ("reg_code", "reg_no").
var regionAbbrevW = []string{"reg", "rgn", "regn", "рег", "обл", "obl", "prov"}

// regionAbbrev says whether h (lower case), a column's header, names its
// region by an abbreviation (regionAbbrevW); numeric, whether the column
// holds numbers.
func regionAbbrev(h string, numeric bool) bool {
	return oneWordOf(h, regionAbbrevW) && (!numeric || anyWords(h, nameWords) || anyWords(h, idH))
}
