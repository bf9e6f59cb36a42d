package ingest

// oneWinnerRules is what a draft says where it proposes one contest of
// candidates that one of them wins (an okrug_id for the whole file: a
// president's, one office's, one constituency's): the file says that
// one wins, never by which rule, the most votes (a plurality) or more
// than half (a majority, else a run-off), so both example rule sets are
// named. Niger's presidential election of 2020, a long file by commune,
// was offered examples/fptp alone, a first round of a two-round system.
const oneWinnerRules = "count under a rule set of single-member districts (examples/fptp/rules.json: the most votes wins), or of a majority with a run-off (examples/two-round/rules.json: more than half the votes of those who took part, else a second round)"
