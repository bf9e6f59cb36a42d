package validate

// PooledWon is the finding for a choice id (its name, name) named as the
// votes of others together (ingest.PooledName: "rest", "Others") that
// won seats: where names the okrugs it won or its list seats.
func PooledWon(id, name, where string) Finding {
	return newFinding(PooledSeated, Place{Level: LevelNation, Candidate: id}, "", "", 0,
		vars{"name": same(name), "where": same(where)})
}
