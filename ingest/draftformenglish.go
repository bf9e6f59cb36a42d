package ingest

import "github.com/shailoo/shailoo/election"

// The built-in form's lines as English research files name them (the
// Russian CEC's protocols scraped into snake_case: "given_early_voting_ballots",
// "given_on_site_ballots", "found_off_site_ballots", "unused_ballots",
// "incorrect_ballots", "unaccounted_ballots"): read by their words, a
// verb and a place, not by a list of whole headers.
var (
	// issuedW give a ballot to a voter; foundW find it in a box.
	issuedW = []string{"given", "issued"}
	foundW  = []string{"found"}
	// earlyW, outsideW and inRoomW say where or when: before the day,
	// outside the polling station (the mobile boxes), in it.
	earlyW   = []string{"early"}
	outsideW = []string{"off site", "offsite", "outside", "mobile", "portable"}
	inRoomW  = []string{"on site", "onsite", "in room", "in premises", "stationary"}
)

// formEnglishWords returns the rules of formEnglish's lines, the narrower
// before the wider: each verb with each place, then the lines named by
// one word.
func formEnglishWords() []lineRule {
	var out []lineRule
	pairs := func(l election.Line, verbs, places []string) {
		for _, v := range verbs {
			for _, p := range places {
				out = append(out, lineRule{l, []string{v, p}})
			}
		}
	}
	pairs(election.IssuedEarly, issuedW, earlyW)
	pairs(election.IssuedOutside, issuedW, outsideW)
	pairs(election.IssuedInRoom, issuedW, inRoomW)
	pairs(election.FoundMobile, foundW, outsideW)
	pairs(election.FoundStationary, foundW, inRoomW)
	return append(out,
		// The UK's counts: the ballot papers expected (issued, by the
		// polling stations' accounts) and verified (found in the boxes,
		// counted before they are sorted), ballot papers issued, found,
		// counted.
		lineRule{election.IssuedInRoom, []string{"expected", "ballots"}},
		lineRule{election.IssuedInRoom, []string{"expected", "ballot", "papers"}},
		lineRule{election.IssuedInRoom, []string{"ballot", "papers", "issued"}},
		lineRule{election.FoundStationary, []string{"verified", "ballots"}},
		lineRule{election.FoundStationary, []string{"verified", "ballot", "papers"}},
		lineRule{election.FoundStationary, []string{"ballot", "papers", "found"}},
		lineRule{election.FoundStationary, []string{"ballots", "found"}},
		lineRule{election.FoundStationary, []string{"ballot", "papers", "counted"}},
		lineRule{election.FoundStationary, []string{"ballots", "counted"}},
		lineRule{election.Cancelled, []string{"unused"}},
		lineRule{election.Unaccounted, []string{"unaccounted"}},
		lineRule{election.Invalid, []string{"incorrect"}},
		lineRule{election.Valid, []string{"correct", "ballots"}})
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
