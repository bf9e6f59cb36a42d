// Package threshold decides who passes a national or regional threshold,
// exactly, and says by how many votes.
//
// A Rule names all three things a threshold needs: Percent (a decimal from
// 0 to 100), Base (what it is a percentage of) and Comparison ("at_least"
// or "more_than"). The zero Rule is rejected by Validate, so no threshold
// can leave its base or its comparison to a default. The bases:
//
//	participants  invalid + valid ballots (the 2021 CEC base)
//	found         ballots found in the boxes, mobile + stationary
//	valid         valid ballots
//	voters        voters on the list (the base of the 2010 law)
//	votes         the votes for the choices on the ballot ("against all"
//	              included where it has it): what P103 says valid equals
//
// BaseOf computes a base from protocol lines or from a tally.Totals; every
// line the base is made of must be given, since a missing line would make
// the base too small and pass a list on missing data. SumLines sums the
// lines of a base a protocol form has, and SumVotes the base votes.
//
// # Exact comparison
//
// No float decides: the line is base*percent/100 as an exact fraction (the
// decimal percent is itself an exact fraction), and Needed, the smallest
// whole number of votes that passes, is its ceiling under "at least" and its
// floor plus one under "more than". A Verdict gives the line exactly
// ("640811/10") and for people ("64081.10"), Needed, and Margin = votes -
// Needed: passed when Margin >= 0, missed by -Margin votes otherwise. A
// party at exactly 5.00% of the base passes "at least 5%" and fails "more
// than 5%".
//
// 2021, the national threshold (at least 5% of the 1,281,622 participants):
//
//	r := threshold.Rule{Percent: decimal.NewFromInt(5), Base: threshold.Participants, Comparison: threshold.AtLeast}
//	v, _ := r.Check("ata-jurt", "nation", 222_005, 1_281_622)
//	// v.Line "640811/10", v.Needed 64082, v.Margin 157923, v.Status "passed"
//
// # Not evaluated
//
// Missing data is never a pass. A base of 0 gives the status
// "not_evaluated" with a Reason. Votes that counted protocols do not all
// give are a partial sum, a lower bound: CheckLower keeps a pass (the
// missing figures can only add to it) and makes a shortfall
// "not_evaluated", never "failed". A base of votes that rests on missing
// figures is not computed at all: the caller reports it not evaluated. Regional checks a choice in every region:
// a region not reported, with a base of 0 or without a figure for the
// choice is not evaluated; the choice fails the regional threshold if it
// failed in any region, passes it only if it passed in every region, and is
// otherwise not evaluated, with the regions concerned listed.
//
// # Kinds of list
//
// A law may hold some lists to another percent: Poland's Sejm 8% for a
// coalition and none for a national minority's list, beside 5%. Kinds
// gives the percent of each kind (election.Party.Kind, free text); For
// returns the rule a list of a kind is held to, the same base,
// comparison and InAtLeast with its kind's percent, and its verdicts say
// the kind and the percent (Verdict.Kind, Verdict.Percent). A list of a
// kind Kinds does not name is held to Percent. RegionalKinds holds each
// choice in each region to its kind's rule. Zero says that no kind needs
// a base (every percent 0).
package threshold
