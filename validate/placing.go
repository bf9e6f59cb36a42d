package validate

// PlacingWon is the finding for a choice id (its name, name) named as a
// placing (ingest.PlacingName: "winner", "runner-up") that won seats:
// placing is the word its name says, where the okrugs it won or its list
// seats.
func PlacingWon(id, name, placing, where string) Finding {
	return newFinding(PlacingSeated, Place{Level: LevelNation, Candidate: id}, "", "", 0,
		vars{"name": same(name), "placing": same(placing), "where": same(where)})
}
