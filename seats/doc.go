// Package seats turns votes into seats: apportionment of a house among
// lists (largest remainder with the Hare, Droop, Hagenbach-Bischoff or
// Imperiali quota; the D'Hondt, Sainte-Laguë, modified Sainte-Laguë,
// Huntington-Hill and Adams divisor methods), a cap on the seats of one
// list, ties and lots; the seats inside an open or closed party list with
// a women's quota; and single-mandate plurality with "against all".
//
// # Model
//
// Apportion takes entries (ID, votes, and the registration or ballot number
// a tie rule may need) and Options (seats, method, cap, tie rule, lots) and
// returns a Result: seats per entry in input order, seats unfilled with the
// reason, an unresolved tie if any, and the steps. FillList gives one
// party's seats to its candidates; Plurality decides one okrug. Every
// function returns its steps ([]election.Step) for the transcript, and
// errors rather than guesses.
//
// # Arithmetic
//
// Votes are int64; the vote total is overflow-checked. Nothing is decided
// in floating point. A largest-remainder round writes each list's claim
// votes/quota as votes*num/den with one den for the round (Hare: num =
// seats, den = total), so the integer parts and remainders come from one
// 128-bit division each and remainders compare as integers. Divisor methods
// compare quotients votes/divisor by cross-multiplying in 128 bits;
// Huntington-Hill compares votes/sqrt(s(s+1)) by squaring both sides, in
// 192 bits. Values in steps are exact: "n" or "n/d" in lowest terms (so the
// 2021 Hare quota 813687/54 is written 271229/18), "v/sqrt(n)" for a
// Huntington-Hill quotient and "inf" for the infinite first quotient of
// Adams and Huntington-Hill. Houses are limited to MaxSeats.
//
// A divisor method does not hand out its seats one at a time: it jumps to
// the divisor total/house, counts each list's quotients at or above it in
// integers, then gives (or takes back) the few seats that count misses by
// the highest next (lowest last) quotient, and settles the cut as the seat-
// by-seat rule would. The work grows with the lists, not the seats, and a
// test keeps the one-seat-at-a-time engine as the oracle. Houses over
// PerSeatSteps seats are summed up per list in the steps.
//
// # Methods and the conventions chosen
//
//   - Hare: quota total/seats. Kyrgyzstan 2021 (Constitutional Law No. 68).
//   - Droop: quota floor(total/(seats+1))+1, the whole-number form Droop
//     proposed and STV laws use ("divide by seats plus one, add one,
//     fractions ignored": UBC Citizens' Assembly glossary, 2004; Wikipedia,
//     "Droop quota"). It never hands out more seats than the house; it can
//     break the quota rule (votingtheory.org forum, "Droop quota violated
//     the quota rule"), and with fewer votes than seats a list's remainder
//     may take a second seat in a further pass of the same order.
//   - Hagenbach-Bischoff: quota total/(seats+1), exact (not rounded).
//   - Imperiali: quota total/(seats+2).
//   - The integer parts of a too-low quota can exceed the house (Imperiali;
//     Hagenbach-Bischoff only when every claim is a whole number). As
//     Wikipedia ("Imperiali quota") puts it, the result is then
//     "recalculated with a higher quota": the round is done again with the
//     next quota up, Imperiali -> Hagenbach-Bischoff -> Hare, which never
//     exceeds the house; a "quota_raised" step records it.
//   - D'Hondt divisors 1, 2, 3, ...; Sainte-Laguë 1, 3, 5, ... (the same as
//     0.5, 1.5, ...); modified Sainte-Laguë 1.4, 3, 5, ...; Huntington-Hill
//     sqrt(s(s+1)); Adams s. Under the last two the first seat of every list
//     with votes has an infinite quotient, so every such list gets a seat
//     first; if there are more of them than seats, they are tied at "inf",
//     the tie is settled by the tie rule like any other, and Reason says so.
//   - Lists with no votes never get a seat. With no votes at all, every seat
//     is Unfilled.
//
// # Cap
//
// A list over Options.Cap keeps Cap seats; the other lists share the seats
// left by the same method, with a new quota over their votes, and so on
// until no list is over the cap (kg2021: 27 of 54). A list that holds the
// cap when it ties for a further seat is held at the cap the same way, so
// a list at its cap is never in a tied set (D'Hondt 300/150/150 for 3
// seats, cap 1: 1/1/1 and no tie). If every list with votes is capped, the
// rest of the house is Unfilled with a Reason.
//
// # Ties and lots
//
// A tie is reported exactly when the cut is tied: when the claim of the
// last seat given (a remainder, a quotient, preference or okrug votes)
// equals the claim of a list that gets no seat at that value. Equal claims
// that all win, or all lose, are no tie. The tie rule settles it:
// RegistrationOrder, BallotOrder and ListPosition by the lower number,
// recorded as "tie" and "tie_break" steps; under Lots, only lots given as
// input settle it: the first k of the tied set in the lots' order win
// ("tie" and "lot" steps). If the lots name none of the tied, the partial
// result comes back with Tie set and a *TieError, and errors.Is(err,
// ErrLotsRequired) holds. Lots that name some of the tied and not the
// others (they would settle nothing, and the lots given would go unused
// without a word), a lot that names an ID in no tied set, a duplicate, or
// lots given under another rule wrap ErrBadLot, the error naming the tied
// set. The
// order of the input never settles anything: permuting the entries permutes
// the seats. DrawLots is a public, reproducible way to draw lots from a
// seed.
//
// Every tie met, settled or not, is in the result's Ties with SettledBy
// (the rule, "lots", or "" while it awaits lots), Order and Winners: a seat
// the votes alone did not decide is never given silently.
//
// # Open lists
//
// FillList seats first WomenRequired(seats, rule) women by preference votes,
// then the other seats by preference votes among all the rest; equal votes
// at the cut, at 0 as at any other number, go by the tie rule (list
// position, or lots). Preference votes no protocol gives are not zero
// votes: a candidate marked NoPreferences makes the list's preference votes
// "not evaluated", every candidate is tied, and ListRule.Missing settles
// the seats. A tie for the last women's seat that cannot change who
// is seated (every tied woman gets a seat either way) is moot: it is not
// sent to lots, and the list order says which of them count under the
// quota ("tie_moot" step). WomenRequired rounds quota% x seats exactly, half up
// (the courts, Dec 2021: Alliance's 7 seats -> 2.1 -> 2 women) or up (the
// CEC amendment of 15 Dec 2021: -> 3), so both readings can be run on the
// same data.
//
// # Okrugs
//
// Plurality elects the candidate with the most votes. Under RepeatIfAhead,
// "against all" with strictly more votes than the leading candidate forces
// a repeat election (Bishkek okrugs 27 and 29 in 2021); equal votes are a
// tie that OkrugRule.AgainstAllTie settles (AgainstAllTieCandidate elects
// the candidate, AgainstAllTieRepeat repeats the election), reported in
// Ties. A tie for first goes by RegistrationOrder or Lots.
//
// District decides a district of several seats (OkrugRule.Seats, three in
// Kyrgyzstan since 2025) by single non-transferable vote: the candidates
// with the most votes take the seats, under an optional sex-balance rule
// ("at most k of one sex") applied by walking the candidates in order of
// votes and skipping one whose seat would break it. Each skip and each seat
// is a step naming the candidate and the votes; a district the rule cannot
// fill is OutcomeUndecidable, never filled silently. What "against all"
// does there is a parameter with no default (RepeatIfAheadOfLastSeat,
// RepeatIfAheadOfLeader, AgainstAllIgnored). A district of one seat
// without the rule is Plurality's.
//
// # Worked example
//
// The 2021 list seats: 813,687 votes of the six lists over the threshold,
// 54 seats, Hare quota 813687/54 = 15068.28. Integer parts 14+11+9+7+5+5 =
// 51; the 3 seats left go to the largest remainders, Butun Kyrgyzstan
// (.988), Ata-Jurt (.733) and Ishenim (.579): 15, 12, 9, 7, 6, 5.
//
//	res, err := seats.Apportion([]seats.Entry{
//		{ID: "ata-jurt", Votes: 222005}, {ID: "ishenim", Votes: 174470},
//		{ID: "yntymak", Votes: 141009}, {ID: "alliance", Votes: 106955},
//		{ID: "butun-kyrgyzstan", Votes: 90223}, {ID: "yiman-nuru", Votes: 79025},
//	}, seats.Options{Seats: 54, Method: seats.Hare, Cap: 27, Tie: seats.Lots})
//
// # Step kinds
//
// Step.Kind values are stable. Apportion:
//
//	method          Value total votes, Seats house size
//	cap_rule        Seats the cap
//	quota           Value the quota, Seats the seats of the round
//	quota_raised    Seats the integer parts that exceeded the house
//	quota_seats     Subject list, Value votes/quota, Seats its integer part
//	remainder       Subject list, Value its remainder
//	remainder_seat  Subject list, Value its remainder: a seat by remainder
//	remainder_seats Subject list, Value its remainder, Seats the seats of the
//	                whole passes (more than PerSeatSteps seats left by remainder)
//	quotient_seat   Subject list, Value the quotient, Seats the list's seats so far
//	quotient_summary Seats the seats given by quotient (a house over PerSeatSteps)
//	quotient_seats  Subject list, Value its last quotient seated, Seats its seats
//	cap             Subject list held to Seats (the cap)
//	round           Value votes, Seats seats shared again among the uncapped lists
//	tie_moot        a tie in a round the cap makes void
//	unfilled        Seats unfilled, Detail why
//	result          Subject list, Seats its seats
//
// FillList: women_required (Value quota% x seats exactly, Seats the women's
// seats), women_short, quota_seat and preference_seat (Subject candidate,
// Value preference votes), preferences_not_evaluated, tie_moot, unfilled;
// a closed list: closed_list (Seats its seats), women_required when it has
// a quota, quota_seat and list_seat (Subject candidate, Value its list
// position), women_short, unfilled. Plurality: candidate
// and against_all (Value votes), no_votes, leader, repeat_election (Value
// the margin), elected (Value the margin). District: candidate, against_all,
// district (Seats the seats), seat (Subject candidate, Value votes),
// sex_balance_skip (Subject candidate, Value votes), tie_order, unfilled,
// cannot_decide, no_votes, repeat_election, elected (Subject the district,
// Value the margin of the last seat, Seats those filled). Aggregates:
// not_evaluated (Subject the aggregate that would take a seat, Value its
// votes), margin_not_evaluated (Subject the okrug, Value the least margin).
// Ties, everywhere: tie (Value the
// tied value, Seats the seats the tied share), tie_break (Subject winner,
// Value its registration, ballot number or list position), lot (Subject
// winner), lots_required.
package seats
