package validate

import (
	"cmp"
	"strconv"

	"github.com/shailoo/shailoo/words"
)

// Protocol control relations (P1xx): each is checked on every protocol,
// manual or machine, of either ballot, when the rule set has it in force
// and the form and the protocol have its lines.
const (
	ReceivedBalance        Code = "P101" // received = issued + cancelled + lost − unaccounted
	FoundBalance           Code = "P102" // found (mobile + stationary) = invalid + valid
	ValidBalance           Code = "P103" // valid = sum of the votes, against all included
	IssuedOverVoters       Code = "P104" // issued <= voters on the list
	FoundOverIssued        Code = "P105" // found <= issued (warning)
	Negative               Code = "P106" // no negative line, vote or preference vote
	PreferencesOverVotes   Code = "P107" // preference votes of a list <= its votes
	FoundOverVoters        Code = "P108" // found <= voters, where no issued lines are given (warning)
	AllZero                Code = "P109" // a protocol whose every figure is 0 but the voters (warning)
	ParticipantsOverVoters Code = "P110" // invalid + valid <= voters, where no ballots found are given (warning)
	VotesOverFound         Code = "P111" // votes <= N × (found - invalid), where no valid ballots are given
	VotesOverVoters        Code = "P112" // votes <= N × (voters - invalid), where neither valid nor found ballots are given (warning)
	VotesUnderFound        Code = "P113" // votes >= found - invalid, where no valid ballots are given, on a ballot of one vote
)

// Cross-checks (X2xx): between protocols, and between protocols and the
// definition of the election.
const (
	MachineLine             Code = "X201" // machine count line != manual count line
	MachineVotes            Code = "X202" // machine count votes != manual count votes
	MachinePreferences      Code = "X203" // machine count preference votes != manual
	ListOkrugIssued         Code = "X204" // issued on the okrug ballot != on the list ballot (warning)
	ListOkrugFound          Code = "X205" // found on the okrug ballot != on the list ballot (warning)
	DuplicatePrecinct       Code = "X206" // precinct ID defined twice
	DuplicateProtocol       Code = "X207" // two protocols of one precinct, ballot and count
	UnknownPrecinct         Code = "X208" // protocol of an undefined precinct
	UnknownParty            Code = "X209" // list-ballot votes for a choice that is no party
	UnknownCandidate        Code = "X210" // okrug-ballot votes for a choice not standing in the okrug
	UnknownPreference       Code = "X211" // preference votes for a candidate on no list
	UnknownOkrug            Code = "X212" // precinct in an undefined okrug
	UnknownRegion           Code = "X213" // precinct in an undefined region
	OkrugAbroad             Code = "X214" // okrug-ballot protocol from a precinct abroad
	MissingListProtocol     Code = "X215" // no manual list protocol (warning)
	MissingOkrugProtocol    Code = "X216" // no manual okrug protocol in the country (warning)
	NoOkrug                 Code = "X217" // precinct in the country names no okrug (warning)
	NoRegion                Code = "X218" // precinct in the country names no region (warning)
	DuplicateParty          Code = "X219" // party ID defined twice
	DuplicateOkrug          Code = "X220" // okrug ID defined twice
	DuplicateRegion         Code = "X221" // region ID defined twice
	DuplicateListCandidate  Code = "X222" // candidate on two lists, or twice on one
	DuplicateOkrugCandidate Code = "X223" // candidate twice in one okrug
	ReservedID              Code = "X224" // a party or candidate uses the ID of against all
	OkrugUnknownRegion      Code = "X225" // okrug in an undefined region
	OkrugPreferences        Code = "X226" // preference votes on an okrug-ballot protocol
	BaseLineMissing         Code = "X227" // counted protocol lacks a line of a threshold base or a majority rule's
	UnknownLine             Code = "X228" // protocol line that is no line of the form
	MissingVotes            Code = "X229" // counted protocol without the votes for a choice on its ballot
	CandidateInOkrugs       Code = "X230" // one candidate ID stands in several okrugs and is elected in one or more (warning)
	OneChoiceEverywhere     Code = "X231" // every okrug learnt from files has one candidate, the same in all (warning; see OneChoiceInEveryOkrug)
	NotChoiceSeated         Code = "X232" // a choice named as the blank votes, spoilt ballots or against all wins a seat (warning)
	OkrugTwoWays            Code = "X233" // two okrugs learnt from files whose names differ only in spaces, punctuation or case, and whose candidates are the same (warning; see OkrugWrittenTwoWays)
	OkrugPartLeftOut        Code = "X234" // an okrug learnt from files named by the leading parts of another's name, the same candidates: a part left out, its cell empty (warning; see OkrugNamedShort)
	ChoiceIsTotal           Code = "X235" // a choice wins with votes that read as a total of the other choices' (warning; see ChoiceTotal)
	PooledSeated            Code = "X236" // a choice named as the votes of others together ("rest", "Others") wins a seat (warning; see PooledWon)
	ChoiceTwoNames          Code = "X237" // one choice ID of an okrug learnt from files named two ways by the mappings of its rows (warning; see ChoiceNamedTwoWays)
	PlacingSeated           Code = "X238" // a choice named as a placing ("winner", "runner-up") wins a seat (warning; see PlacingWon)
)

// Published summary checks (S3xx), by CheckPublished.
const (
	PublishedPercent      Code = "S301" // percent != 100 × votes / base rounded
	PublishedVotes        Code = "S302" // published votes != recount
	SharesOver100         Code = "S303" // shares sum past 100% + rounding allowance
	PublishedTurnout      Code = "S304" // turnout != 100 × participants / voters rounded
	PublishedParticipants Code = "S305" // published participants != recount
	PublishedVoters       Code = "S306" // published voters != recount
	PublishedSeats        Code = "S307" // published seats != recount
	PublishedWinner       Code = "S308" // published okrug winner != recount
	PublishedOutcome      Code = "S309" // published okrug outcome != recount
	PublishedUnknownList  Code = "S310" // list in the summary, not in the recount
	PublishedMissingList  Code = "S311" // list in the recount, not in the summary (warning)
	PublishedUnknownOkrug Code = "S312" // okrug in the summary, not in the recount
	PublishedMissingOkrug Code = "S313" // okrug in the recount, not in the summary (warning)
	PublishedDuplicate    Code = "S314" // list or okrug twice in the summary
	PublishedOkrugVotes   Code = "S315" // a candidate's published votes in an okrug differ from the recount
	PublishedOwnPercent   Code = "S316" // percent != 100 × published votes / published base rounded (the publication's own arithmetic)
	PercentFollowsGap     Code = "S317" // percent right for the published figures, not the recount's: it follows from their gaps (warning)
	PublishedValid        Code = "S318" // published valid ballots != recount
	PublishedRegionVotes  Code = "S319" // a candidate's published votes in a region of an okrug differ from the recount
	PercentFewerDecimals  Code = "S320" // percent with fewer decimals than the rule set's, right at its own (warning)

	PublishedListRegionVotes  Code = "S321" // a list's published votes in a region differ from the recount
	PublishedMissingCandidate Code = "S322" // a candidate of the recount left out of a published okrug's votes (warning)
)

// Citizen's copy checks (C4xx), by CompareCopy.
const (
	CopyLine        Code = "C401" // line differs
	CopyVotes       Code = "C402" // votes for a choice differ
	CopyPreferences Code = "C403" // preference votes differ
	CopyOnly        Code = "C404" // figure on the copy, not published (warning)
	PublishedOnly   Code = "C405" // figure published, not on the copy (warning)
	CopyMismatch    Code = "C406" // copy and published protocol of different precincts or ballots
)

// List registration checks (L5xx), by CheckLists.
const (
	ListTooLong    Code = "L501" // more candidates than allowed
	ListOneSex     Code = "L502" // one sex above its maximum share
	ListUnder35    Code = "L503" // too few candidates under 35
	ListMinority   Code = "L504" // too few candidates of other ethnicities
	ListDisability Code = "L505" // too few candidates with disabilities
)

// Input checks (I6xx).
const (
	RowUnreadable Code = "I601" // an input row could not be read (see UnreadableRow)
	UnknownBallot Code = "I602" // a protocol's ballot is neither list nor okrug
	TotalRow      Code = "I603" // a row of a protocols file is the total of other rows (see TotalOfRows)
	DataHeader    Code = "I604" // the header's last row looks like a data row (see DataHeaderRow)
	RowElsewhere  Code = "I605" // a row places its precinct in another region or okrug than the definition (warning; see RowPlacedElsewhere)
	PartsDiffer   Code = "I606" // two files that each give part of a protocol give a figure of it differently (see PartsDisagree)
	OkrugRegions  Code = "I607" // the rows of an okrug name two regions, or another than the definition's (see OkrugRegionsDisagree)
	NamedTotal    Code = "I608" // a row whose precinct's name says total is no total of other rows: counted as a precinct (warning; see NamedTotalRow)
	SkippedData   Code = "I609" // the last line skip_rows skips, above a file without a header, looks like a data row (see SkippedDataLine)
	SummedAlike   Code = "I610" // rows summed under "choice_rows": "sum" differ in the figure alone (warning; see SummedRowsAlike)
	SummedRepeat  Code = "I611" // every group of rows summed under "choice_rows": "sum" repeats one figure (warning; see SummedRowsRepeat)
	SummedOver    Code = "I612" // a protocol's votes, summed from rows under "choice_rows": "sum", pass its voters (warning; see SummedOverVoters)
	SummedPeople  Code = "I613" // rows summed under "choice_rows": "sum" for a candidate differ in a column that names or describes a person (warning; see SummedRowsPeople)
	VotesAllSame  Code = "I614" // (nearly) every protocol of a long file gives each of its choices one figure: a votes column that repeats a protocol's line (warning; see SameVotesEverywhere)
	PartAllSame   Code = "I615" // a part of a long file's votes_column sum gives (nearly) every protocol's choices one figure: a column that repeats a protocol's line (warning; see SamePartEverywhere)
	TotalParts    Code = "I616" // a row's total of a figure's columns, the file's own (the mapping's "totals"), is not their sum (see TotalOfParts)
	SameFigures   Code = "I617" // a row gives every figure of an earlier row of another precinct: one protocol counted twice (warning; see SameFiguresRow)
)

// Many sources of one protocol (R7xx), by package reconcile: published
// versions, machine counts and observers' copies of the same protocols.
const (
	SourcesLine           Code = "R701" // a line differs between two sources
	SourcesVotes          Code = "R702" // the votes for a choice differ
	SourcesPreferences    Code = "R703" // preference votes differ
	SourcesFigureOnly     Code = "R704" // figures one source gives and another does not (warning)
	SourcesNotInBase      Code = "R705" // a protocol the base source lacks
	SourceDuplicate       Code = "R706" // one source gives a protocol twice, with different figures
	SourceDuplicateSame   Code = "R707" // one source gives a protocol twice, with the same figures (warning)
	SourceUnknownPrecinct Code = "R708" // a protocol of a precinct the definition lacks
	SourceUnknownBallot   Code = "R709" // a protocol of a ballot the precinct does not issue
)

// CodeInfo documents a code: its severity, the rule it checks in words,
// and its title in three languages.
type CodeInfo struct {
	Code     Code     `json:"code"`
	Severity Severity `json:"severity"`
	Rule     string   `json:"rule"`
	Title    Message  `json:"title"`
}

// codeDef is a CodeInfo plus the template of its message body. A template
// names its figures in braces: {want}, {got}, {gap}, {bound}, {what},
// {precinct}, {okrug}, {region}, {party}, {candidate}, {choice}, and
// code-specific ones; see Finding.Sentence. The code table holds neither
// title nor template, which are in the catalog of words: Codes and Info
// take them from it when asked, and a finding when its sentence is made
// (an empty body is the catalog's "finding.<code>"). A relation a rule set
// declares carries its own.
type codeDef struct {
	CodeInfo
	body Message
}

// Codes returns every code with its documentation, in code order. The list
// only grows: testdata/codes.golden pins it and docs/codes.md is its table.
func Codes() []CodeInfo {
	out := make([]CodeInfo, len(codeTable))
	for i, d := range codeTable {
		out[i] = codeDef{CodeInfo: d}.worded().CodeInfo
	}
	return out
}

// Info returns the documentation of code c.
func Info(c Code) (CodeInfo, bool) {
	d, ok := defOf(c)
	if !ok {
		return CodeInfo{}, false
	}
	return d.worded().CodeInfo, true
}

func defOf(c Code) (codeDef, bool) {
	for _, d := range codeTable {
		if d.Code == c {
			return codeDef{CodeInfo: d}, true
		}
	}
	return codeDef{}, false
}

// compareCodes orders codes by their number (P101 < X201 < S301 < C401 <
// L501 < I601), then as text.
func compareCodes(a, b Code) int {
	if c := cmp.Compare(codeNumber(a), codeNumber(b)); c != 0 {
		return c
	}
	return cmp.Compare(a, b)
}

// codeNumber is the number after the letter of a code, or -1.
func codeNumber(c Code) int {
	if len(c) < 2 {
		return -1
	}
	n, err := strconv.Atoi(string(c[1:]))
	if err != nil {
		return -1
	}
	return n
}

// Relations lists the protocol control relations, the codes a Rules value
// may put in force.
func Relations() []Code {
	return []Code{ReceivedBalance, FoundBalance, ValidBalance, IssuedOverVoters,
		FoundOverIssued, Negative, PreferencesOverVotes, FoundOverVoters, ParticipantsOverVoters, VotesOverFound, VotesOverVoters, VotesUnderFound}
}

// worded returns d with its title and the template of its sentence from
// the catalog of words ("finding.<code>.title" and "finding.<code>").
func (d codeDef) worded() codeDef {
	d.Title = words.Of("finding." + string(d.Code) + ".title")
	d.body = words.Of("finding." + string(d.Code))
	return d
}

// codeTable is in code order (see compareCodes; a test checks it). Its
// entries are literals, not calls, so that the compiler lays the table
// out as data instead of code that builds it at the program's start.
var codeTable = []CodeInfo{
	// P1xx: protocol control relations.
	{Code: ReceivedBalance, Severity: Error, Rule: "ballots received = issued (in the polling room + outside it + early) + cancelled + lost − not accounted for at receipt"},
	{Code: FoundBalance, Severity: Error, Rule: "ballots found in boxes (mobile + stationary) = invalid + valid ballots; + against all where the ballot counts it outside the valid ballots (protocol.ballots.<ballot>.against_all_outside_valid)"},
	{Code: ValidBalance, Severity: Error, Rule: "valid ballots = sum of the votes for all choices on the ballot, against all included (left out where the ballot counts it outside the valid ballots, protocol.ballots.<ballot>.against_all_outside_valid: India's NOTA); on a ballot of N votes (protocol.ballots.<ballot>.votes_per_ballot) the votes <= N × valid ballots"},
	{Code: IssuedOverVoters, Severity: Error, Rule: "ballots issued (all kinds) <= voters on the list"},
	{Code: FoundOverIssued, Severity: Warning, Rule: "ballots found in boxes (mobile + stationary) <= ballots issued (all kinds)"},
	{Code: Negative, Severity: Error, Rule: "every line, vote count and preference vote count >= 0"},
	{Code: PreferencesOverVotes, Severity: Error, Rule: "preference votes for the candidates of a list <= the votes for that list (per protocol)"},
	{Code: FoundOverVoters, Severity: Warning, Rule: "ballots found in boxes (mobile + stationary) <= voters on the list, on a protocol that does not give the ballots issued (where it does, P104 and P105 say it)"},
	{Code: AllZero, Severity: Warning, Rule: "a protocol that gives figures gives one other than 0 beyond the voters on the list: a protocol of zeros is a station where nobody voted, or one that has not reported and is written so (a results system's placeholder); it is counted as given"},
	{Code: ParticipantsOverVoters, Severity: Warning, Rule: "voters who took part (invalid + valid ballots, + against all where the ballot counts it outside the valid ballots) <= voters on the list, on a protocol that does not give the ballots found in the boxes (where it does, P102 with P108, or with P104 and P105, says it)"},
	// (An error, as P103 is: past the bound the votes cannot all be
	// right under the rule set, whether a column is counted twice (a
	// coalition candidate's total beside its parties) or the district
	// elects more than the rule set says; the seat decided on them is
	// not the district's.)
	{Code: VotesOverFound, Severity: Error, Rule: "sum of the votes for all choices on the ballot <= N × (ballots found in boxes (the lines of them given) − invalid ballots (where given)), N the votes a ballot carries (protocol.ballots.<ballot>.votes_per_ballot, 1 if left out), on a protocol that does not give the valid ballots (where it does, P103 says it): more votes than that is a vote counted twice (a candidate's total mapped beside its parts), a district that elects more than one (okrug.seats_by_okrug) or a ballot of more votes than the rule set says: the votes cannot all be right, nor the seat decided on them"},
	{Code: VotesOverVoters, Severity: Warning, Rule: "sum of the votes for all choices on the ballot <= N × (voters on the list − invalid ballots (where given)), N the votes a ballot carries (protocol.ballots.<ballot>.votes_per_ballot, 1 if left out), on a protocol that gives neither the valid ballots (P103) nor the ballots found (P111): each voter on the list casts one ballot at most, so more votes than that are votes of voters not on the list (a pseudo-precinct of ballots counted apart, as a county's canvass), two contests summed as one, or a ballot of more votes than the rule set says"},
	// (The other half of P111: with P102 and P103 in force and one vote
	// a ballot, votes = found − invalid exactly; P111 checks the <=.)
	{Code: VotesUnderFound, Severity: Error, Rule: "sum of the votes for all choices on the ballot >= ballots found in boxes (every line of them the form has) − invalid ballots, on a protocol that gives those lines but not the valid ballots, on a ballot of one vote (protocol.ballots.<ballot>.votes_per_ballot 1 or left out), where P102 and P103 are in force: they say found = invalid + valid and valid = votes, so votes = found − invalid; P111 checks the <=, this the >=. Fewer votes than that is a vote lost (a figure misread or a column not mapped): the votes cannot all be right, nor the seat decided on them. Where the protocol gives the valid ballots, P102 and P103 say it; on a ballot of several votes a voter may use fewer, and it is not a relation of the form; where P102 or P103 is not in force it does not follow, and is not evaluated"},

	// X2xx: cross-checks.
	{Code: MachineLine, Severity: Error, Rule: "machine count protocol = manual count protocol of the same precinct and ballot, line by line"},
	{Code: MachineVotes, Severity: Error, Rule: "machine count protocol = manual count protocol of the same precinct and ballot, choice by choice"},
	{Code: MachinePreferences, Severity: Error, Rule: "machine count protocol = manual count protocol of the same precinct, preference vote by preference vote"},
	{Code: ListOkrugIssued, Severity: Warning, Rule: "ballots issued on the okrug ballot = ballots issued on the list ballot at the same precinct (manual counts)"},
	{Code: ListOkrugFound, Severity: Warning, Rule: "ballots found in boxes on the okrug ballot = on the list ballot at the same precinct (manual counts)"},
	{Code: DuplicatePrecinct, Severity: Error, Rule: "each precinct ID is defined once"},
	{Code: DuplicateProtocol, Severity: Error, Rule: "a precinct has at most one protocol per ballot and count (manual or machine)"},
	{Code: UnknownPrecinct, Severity: Error, Rule: "every protocol belongs to a defined precinct"},
	{Code: UnknownParty, Severity: Error, Rule: "every choice on a list-ballot protocol is a defined party or against all"},
	{Code: UnknownCandidate, Severity: Error, Rule: "every choice on an okrug-ballot protocol is a candidate standing in the precinct's okrug or against all"},
	{Code: UnknownPreference, Severity: Error, Rule: "every preference vote is for a candidate on a party list"},
	{Code: UnknownOkrug, Severity: Error, Rule: "every precinct's okrug is defined"},
	{Code: UnknownRegion, Severity: Error, Rule: "every precinct's region is defined; a precinct abroad is in no region for the thresholds, but a region it names must be defined too (a definition learnt from the rows leaves one that only precincts abroad name unnamed)"},
	{Code: OkrugAbroad, Severity: Error, Rule: "a precinct abroad issues only the list ballot: it has no okrug-ballot protocol (unless the rule set counts the votes cast abroad: okrug.abroad \"counted\")"},
	{Code: MissingListProtocol, Severity: Warning, Rule: "every precinct has a manual-count protocol of the list ballot"},
	{Code: MissingOkrugProtocol, Severity: Warning, Rule: "every precinct in the country with an okrug has a manual-count protocol of the okrug ballot (abroad too, under okrug.abroad \"counted\")"},
	{Code: NoOkrug, Severity: Warning, Rule: "every precinct in the country names its okrug (when the election defines okrugs; abroad too, under okrug.abroad \"counted\")"},
	{Code: NoRegion, Severity: Warning, Rule: "every precinct in the country names its region (when the election defines regions)"},
	{Code: DuplicateParty, Severity: Error, Rule: "each party ID is defined once"},
	{Code: DuplicateOkrug, Severity: Error, Rule: "each okrug ID is defined once"},
	{Code: DuplicateRegion, Severity: Error, Rule: "each region ID is defined once"},
	{Code: DuplicateListCandidate, Severity: Error, Rule: "a candidate stands on one party list only, once"},
	{Code: DuplicateOkrugCandidate, Severity: Error, Rule: "a candidate stands once in an okrug"},
	{Code: ReservedID, Severity: Error, Rule: "no party or candidate uses the ID of against all (\"against_all\")"},
	{Code: OkrugUnknownRegion, Severity: Error, Rule: "every okrug's region is defined"},
	{Code: OkrugPreferences, Severity: Error, Rule: "preference votes appear only on list-ballot protocols"},
	{Code: BaseLineMissing, Severity: Error, Rule: "every counted list-ballot protocol gives each line of the threshold base the rule set names (participants: invalid and valid; found: found_mobile and found_stationary; valid; voters), and every counted okrug-ballot protocol each line of the base of the rule set's majority rule (okrug.majority)"},
	{Code: UnknownLine, Severity: Error, Rule: "every line of a protocol is a protocol line (voters, received, issued_in_room, issued_outside, issued_early, cancelled, found_mobile, found_stationary, invalid, valid, lost, unaccounted)"},
	{Code: MissingVotes, Severity: Error, Rule: "every counted (manual-count) protocol gives the votes for each choice on its ballot, against all included: a party on the list ballot, a candidate standing in the precinct's okrug on the okrug ballot"},
	{Code: CandidateInOkrugs, Severity: Warning, Rule: "a candidate ID that stands in several okrugs learnt from files is elected in none: one elected in one and standing in another is two people of one name (surnames alone) or one person elected twice; an ID per okrug tells them apart. One column of a wide file (a party's) is not said, nor the choices of a long file whose choice_column names parties (\"party\", \"Partei\", \"affiliation\"): a party per row"},
	{Code: OneChoiceEverywhere, Severity: Warning, Rule: "the okrugs learnt from files (two or more) do not each have one candidate, the same in all, and one okrug learnt alone does not have one candidate named like a column of figures (\"Votes\"): that is most likely a mapping whose one choice is a column of every candidate's votes (a long file's \"Votes\" read as a wide file's choice), which elects it everywhere; an election uncontested in every okrug by one party's candidates is the rare reading where it is right. The seats it won are provisional (one_choice_everywhere), the reason naming it. On the list ballot, its one list named like a column of figures that takes list seats is found too, the list seats provisional"},
	{Code: NotChoiceSeated, Severity: Warning, Rule: "a choice named as the blank votes, spoilt ballots, against all or none of the above (\"Blank votes\", \"Votos en blanco\", \"Против всех\", \"Баарына каршы\", \"contre tous\", \"None of the Above\", \"NOTA\", \"None of these candidates\", the US \"Undervotes\", \"Under Votes\", \"Over Votes\") wins no okrug, takes no place in a second round and no list seat; one that does is most likely a figure of the form mapped as a choice (blank_votes, or a line), or a ballot's \"against all\" mapped as a candidate (map it as against_all under a rule set that has it: examples/india). Once per choice; the seats it won are provisional (not_choice_seated)"},
	{Code: OkrugTwoWays, Severity: Warning, Rule: "two okrugs learnt from files whose names differ only in spaces, punctuation or case, the candidates of one all standing in the other, are most likely one written two ways, counted as two (provisional: okrug_written_two_ways)"},
	{Code: OkrugPartLeftOut, Severity: Warning, Rule: "an okrug learnt from files named by the leading parts of another's name (\"U.S. House\" beside \"U.S. House / 9\"), the candidates of one all standing in the other, is most likely the other with a part left out, its cell empty on its rows (an okrug named by several columns, joined), counted as two (provisional: okrug_written_two_ways)"},
	{Code: ChoiceIsTotal, Severity: Warning, Rule: "no choice that wins an okrug or takes list seats has votes that read as a total of the other choices' on its ballot: the sum of theirs, that sum and the invalid ballots, or at least that sum while its name says total (\"TOTAL_VOTOS_CALCULADOS\", \"Total votes\"): most likely a column of every choice's votes mapped as a choice, which wins every seat; looked at once, in the sums of the count, and the seats it won are provisional (choice_is_total)"},
	{Code: PooledSeated, Severity: Warning, Rule: "a choice named as the votes of others together, the words the mapping draft proposes as aggregates (\"rest\", \"Others\", \"Other parties\", \"Otros\", \"Altri\", \"Outros\", \"Autres\", \"Sonstige\", \"Другие\", \"Прочие\", \"Інші\", \"Diğer\", \"Башкалар\", write-ins), wins no okrug, takes no place in a second round and no list seat: such votes are several parties' or candidates' (or no one's), and one that wins is most likely mapped as a choice where it is an aggregate (the mapping's aggregates: it then takes no seat). Once per choice; the seats it won are provisional (pooled_choice_seated)"},
	{Code: ChoiceTwoNames, Severity: Warning, Rule: "in an okrug learnt from files, the mappings of its rows name each choice ID one way (a column's header, a long file's cell text): each okrug's candidate is named as its own rows' mapping names it, so that files of different okrugs may give one ID (a party's) to different people; two names in one okrug are two people whose votes are summed under one ID, or one person written two ways. The count picks neither: the candidate is named by its ID, and the finding names both names and their files; where such a choice won or leads the okrug, or its outcome is no plain election, the okrug is provisional (choice_named_two_ways)"},
	{Code: PlacingSeated, Severity: Warning, Rule: "a choice named as a placing (its name, or its ID without one, the words beside it such as \"votes\" or \"place\" aside, is a placing the mapping draft reads in a header: \"Winner\", \"Runner-up\", \"2nd place\", \"Ganador\", \"Победитель\", \"Жеңүүчү\") wins no okrug, takes no place in a second round and no list seat: whoever stood at that place (\"Winner_Votes\") is another candidate in each row, and mapped as one choice it wins everywhere; a surname may be such a word, so it is a warning. Once per choice; the seats it won are provisional (placing_choice_seated)"},

	// S3xx: published summary.
	{Code: PublishedPercent, Severity: Error, Rule: "published percentage = 100 × votes / base (the base the summary names: participants, the default, voters, valid ballots, or votes, the sum of the lists' votes), rounded as the rule set says percentages are published; votes and base are the recount's (a percentage that is not, but is right for the votes and base the summary publishes, is S317); a list's share, or an okrug candidate's (`okrugs[].percent`); one that is the recount's share of another base says which"},
	{Code: PublishedVotes, Severity: Error, Rule: "published votes of a list = the recounted votes"},
	{Code: SharesOver100, Severity: Error, Rule: "sum of the published shares (lists and against all) <= 100% + n × half a unit of the last published decimal"},
	{Code: PublishedTurnout, Severity: Error, Rule: "published turnout = 100 × participants / voters on the list, rounded as published; participants and voters are the recount's (a turnout that is not, but is right for the participants and voters the summary publishes, is S317)"},
	{Code: PublishedParticipants, Severity: Error, Rule: "published number of voters who took part = the recount"},
	{Code: PublishedVoters, Severity: Error, Rule: "published number of voters on the list = the recount"},
	{Code: PublishedSeats, Severity: Error, Rule: "published seats of a list = the seats recomputed"},
	{Code: PublishedWinner, Severity: Error, Rule: "published okrug winner = the winner recomputed; in a district of several seats, one of the deputies the recount elects, and a published list of winners (\"winners\") = those deputies, in any order"},
	{Code: PublishedOutcome, Severity: Error, Rule: "published okrug outcome (elected, repeat election, ...) = the outcome recomputed"},
	{Code: PublishedUnknownList, Severity: Error, Rule: "every list in the published summary is in the recount"},
	{Code: PublishedMissingList, Severity: Warning, Rule: "every list in the recount is in the published summary"},
	{Code: PublishedUnknownOkrug, Severity: Error, Rule: "every okrug in the published summary is in the recount"},
	{Code: PublishedMissingOkrug, Severity: Warning, Rule: "every okrug in the recount is in the published summary"},
	{Code: PublishedDuplicate, Severity: Error, Rule: "each list and each okrug appears once in the published summary"},
	{Code: PublishedOkrugVotes, Severity: Error, Rule: "published votes of a candidate (or of against all, or the okrug's blank votes under their ID) in an okrug = the recounted votes (where the recount's are a partial sum: published <= recounted + the most the votes missing could add, votes_missing_at_most, else refuted with that bound; between them not evaluated); a published candidate the recount does not have in the okrug has none (a candidate named by its name exactly as the recount's definition writes it, a long file's choice cell, is compared as its ID, and said; a name that is neither lists the okrug's candidates by ID and name)"},
	{Code: PublishedOwnPercent, Severity: Error, Rule: "published percentage = 100 × the published figures it is a share of (a list's votes over the published base the summary names: participants, voters, valid or the sum of the published votes; the turnout's participants over voters), rounded as the rule set says percentages are published: the publication's own arithmetic, checked where the percentage is not the recount's (S301, S304) or the recount's is not evaluated, and the summary gives those figures and they are not the recount's (where they are, S301 and S304 are this check; a percentage that is the recount's is right, and the gaps of the published figures are findings of their own)"},
	{Code: PercentFollowsGap, Severity: Warning, Rule: "a published percentage that is right for the published figures it is a share of (S316 holds) is also right for the recount's (S301, S304): where it is not, the share's gap follows from the gaps of those figures, which the finding names (S302, S305, S306, S318, S310), and is not reported as a mis-rounding"},
	{Code: PublishedValid, Severity: Error, Rule: "published number of valid ballots = the recount"},
	{Code: PublishedRegionVotes, Severity: Error, Rule: "published votes of a candidate (or of against all) of a single okrug in a region = the recounted votes there (a president's by county: the recount's okrug_regions); a region or candidate the recount does not have there has none (a candidate named by its name exactly as the recount's definition writes it is compared as its ID, as S315 reads it)"},
	{Code: PercentFewerDecimals, Severity: Warning, Rule: "a published percentage (S301, S304) with fewer decimals than the rule set publishes is right at its own decimals (68.1 for 68.1086 where the rule set publishes 68.11); one wrong at them is S301 or S304. Compared figures count it under S320, not as matched"},
	{Code: PublishedListRegionVotes, Severity: Error, Rule: "published votes of a list in a region (\"regions\" on the list: a district's declaration) = the recounted votes of the list there (the recount's list_regions); a region the recount does not have has none (the finding lists the recount's regions), a region where no counted protocol gives the list's votes is not evaluated"},
	{Code: PublishedMissingCandidate, Severity: Warning, Rule: "every candidate (or against all, or blank votes) the recount gives votes in an okrug is among that okrug's published votes, where the summary publishes its candidates' votes (a winner among those left out too: its votes are not compared, and a published outcome without its winner lists S308 as not evaluated); a warning, as a list or okrug left out (S311, S313) is: a summary of the leading candidates is short, not wrong, and every figure it does publish is compared"},

	// C4xx: a citizen's copy of a protocol.
	{Code: CopyLine, Severity: Error, Rule: "a line of the citizen's copy = the same line of the published protocol"},
	{Code: CopyVotes, Severity: Error, Rule: "the votes for a choice on the citizen's copy = on the published protocol"},
	{Code: CopyPreferences, Severity: Error, Rule: "the preference votes for a candidate on the citizen's copy = on the published protocol"},
	{Code: CopyOnly, Severity: Warning, Rule: "every figure on the citizen's copy is in the published protocol"},
	{Code: PublishedOnly, Severity: Warning, Rule: "every figure of the published protocol is on the citizen's copy"},
	{Code: CopyMismatch, Severity: Error, Rule: "the copy and the published protocol are of the same precinct and ballot"},

	// L5xx: list registration.
	{Code: ListTooLong, Severity: Error, Rule: "a party list has at most MaxCandidates candidates (54 in 2021)"},
	{Code: ListOneSex, Severity: Error, Rule: "at most MaxOneSexPercent% of a list's candidates are of one sex (70% in 2021)"},
	{Code: ListUnder35, Severity: Error, Rule: "at least MinUnder35Percent% of a list's candidates are under 35 (15% in 2021)"},
	{Code: ListMinority, Severity: Error, Rule: "at least MinMinorityPercent% of a list's candidates are of other ethnicities (15% in 2021)"},
	{Code: ListDisability, Severity: Error, Rule: "at least MinDisability of a list's candidates are persons with disabilities (2 in 2021)"},

	// I6xx: input.
	{Code: RowUnreadable, Severity: Error, Rule: "every row of an input file can be read (a row skipped on request becomes this finding)"},
	{Code: UnknownBallot, Severity: Error, Rule: "a protocol's ballot is \"list\" or \"okrug\""},
	{Code: TotalRow, Severity: Error, Rule: "no row of a protocols file is the total of other rows of the same ballot and count (every figure their sum): a total or subtotal row would be counted as a precinct, its rows' votes twice or more, and a result decided on them is provisional (total_rows_counted); a row named a total (I608) is also compared with the rows of its region and of its okrug, wherever they are in the file (a long file sorted by candidate). A total row of the okrug ballot in no defined region or okrug is counted in no okrug's sums: the okrugs were decided without it (unplaced_protocols), and a note says so rather than that its votes count twice. A row not named a total that repeats the one row before it is a copy (I617), not a total"},
	{Code: DataHeader, Severity: Error, Rule: "the header's last row is no data row: a row whose cells above the figures a mapping names by column number are whole numbers (not the columns' own numbers), and whose precinct cell is a number (digits, separators allowed: 01.01) or, named in words, sits beside figures that are no list numbers (rising, below 1000), is a data row read as the header, which is not counted"},
	{Code: RowElsewhere, Severity: Warning, Rule: "a row of a protocols file places its precinct (its region or okrug cell, or the mapping's region_id or okrug_id) where the election's definition does (naming the place by its ID or a name, in any case and spacing): the definition's place is counted, and a row that disagrees with it is said"},
	{Code: PartsDiffer, Severity: Error, Rule: "two files that each give a part of a protocol (mappings with \"part\": true: its lines in one, its votes in another) and both give a figure of it give the same value: a figure they give differently is not counted"},
	{Code: OkrugRegions, Severity: Warning, Rule: "the rows of a protocols file that name a precinct by its okrug alone or with its region (a row per district, or per part of one named by the district; not a precinct with a column of its own) name one region for each okrug, the definition's when it gives one and lists no precincts: rows of one okrug in two regions are counted as one okrug, right for a contest put to several regions (a statewide question), wrong for two okrugs of one name in two regions, which the rows cannot tell apart (an okrug learnt from the rows is then in no region)"},
	{Code: NamedTotal, Severity: Warning, Rule: "a row of a protocols file whose precinct's name says total (\"Total\", \"County Total\", \"Grand TotalHamilton Twp.\", \"Итого\", \"Итого по району\") is the total of other rows (I603, with one figure not 0 enough): one whose figures are the sum of no block of rows, nor of the other rows of its region or okrug, is counted as a precinct, and a count that rests on it may count votes twice (a total of only some of the file's rows, or of rows cut from it): a result decided on it is provisional (named_total_counted). The finding names the block it most nearly totals (the other rows of its region, of its okrug or of its ballot, named totals left out: the one where fewest figures differ, then by least), the first figure that differs, its sum there (want), the row's (got) and the gap, and how many differ"},
	{Code: SkippedData, Severity: Error, Rule: "the last line skip_rows skips above the data of a file without a header is no data row: a line that, split at the delimiter, has the first data row's number of cells and a whole number in every figure column the mapping names is a data row skipped, which is not counted"},
	{Code: SummedAlike, Severity: Warning, Rule: "the rows of a long file that \"choice_rows\": \"sum\" sums for a choice of a precinct differ in a cell other than the figure (a vote mode: election day, early, absentee; a batch): two rows alike but for the figure are summed as the mapping says, but they may be one row given twice with another figure, or a total under a precinct's name, whose votes the sum counts twice. Rows that differ in numeric cells alone (the figure and a share, a row's number), in no text cell, are found too: parts of one figure are told apart by a text cell (a vote mode, a ballot box), so these are most likely two people of one label (two \"Independent\" candidates) or a repeated total; on the okrug ballot an okrug where the summed choice was elected, or where its votes are at least the winner's margin, is provisional (summed_rows_numbers)"},
	{Code: SummedRepeat, Severity: Warning, Rule: "rows of a long file summed under \"choice_rows\": \"sum\" are parts of a figure: when every group of rows summed for a protocol and choice repeats one figure (one not 0), it is most likely a total repeated per row, counted once per row (provisional: summed_rows_repeat_figure)"},
	{Code: SummedOver, Severity: Warning, Rule: "a protocol's votes, some summed from rows under \"choice_rows\": \"sum\", are at most its voters on the list times votes_per_ballot: more is two ballots or contests summed as one figure (provisional: summed_votes_over_voters)"},
	{Code: SummedPeople, Severity: Warning, Rule: "rows of a long file summed under \"choice_rows\": \"sum\" for a choice of the okrug ballot are parts of one candidate's figure: rows that differ in a column that names a person (a first name, a surname, a candidate's name, a person's ID) or describes one (gender, sex, age, date of birth) are two candidates, whose votes the sum makes one candidate's (provisional: summed_rows_people)"},
	{Code: VotesAllSame, Severity: Warning, Rule: "the choices of a protocol get votes of their own: when the protocols of a long file that give two choices or more nearly all give them one and the same figure not 0 (two protocols at least, and 9 in 10 at least or all but one; a protocol whose choices all have 0 left out), the votes column most likely repeats a protocol's line (the electorate, the ballots cast), which makes every protocol a tie and every seat a drawing of lots; the finding names the column"},
	{Code: PartAllSame, Severity: Warning, Rule: "each part of a long file's votes_column sum varies with the choice: when a part gives the rows of a protocol's choices one and the same figure not 0 in nearly every protocol of two such rows or more (two protocols at least, and 9 in 10 at least or all but one; a protocol whose part is 0 on every row left out), the column most likely repeats a protocol's line (the electorate, the ballots cast), which the sum adds to every choice's votes; the finding names the column, and what the count decides on those protocols is provisional (votes_part_repeats_line)"},
	{Code: TotalParts, Severity: Error, Rule: "on every row, the file's own total of a figure given in several columns (named in a mapping's \"totals\" for a sum of \"columns\": India's evm_votes + postal_votes and total_votes) is their sum: a row where it is not contradicts itself, and one of its figures is wrong; the sum of the parts is counted, as the mapping says, and the finding names the row, the figure, the total's column and the gap (the total minus the sum)"},
	{Code: SameFigures, Severity: Warning, Rule: "no row repeats every figure of an earlier row of another precinct, as no two precincts do by chance (4 distinct figures, two choices of 10 votes or more, and 8 digits and twice the digits of the file's number of rows; a one-row total not named a total too): one protocol counted twice; an okrug it could change is provisional (same_figures_counted)"},

	// R7xx: many sources of one protocol (package reconcile). {source} is
	// the source compared, {base} the one it is compared with: the base
	// source, or the first source that has the protocol when the base
	// has not.
	{Code: SourcesLine, Severity: Error, Rule: "a line of a protocol is the same in every source that gives it (published versions, machine count, observers' copies)"},
	{Code: SourcesVotes, Severity: Error, Rule: "the votes for a choice are the same in every source that gives the protocol"},
	{Code: SourcesPreferences, Severity: Error, Rule: "the preference votes for a candidate are the same in every source that gives the protocol"},
	{Code: SourcesFigureOnly, Severity: Warning, Rule: "two sources that give a protocol give the same figures of it (a figure one gives and the other does not is not compared)"},
	{Code: SourcesNotInBase, Severity: Error, Rule: "every protocol a source gives is in the base source"},
	{Code: SourceDuplicate, Severity: Error, Rule: "a source gives each protocol (precinct, ballot, count) once, or with the same figures each time"},
	{Code: SourceDuplicateSame, Severity: Warning, Rule: "a source gives each protocol (precinct, ballot, count) once"},
	{Code: SourceUnknownPrecinct, Severity: Error, Rule: "every protocol of a source is of a precinct the definition defines"},
	{Code: SourceUnknownBallot, Severity: Error, Rule: "every protocol of a source is of a ballot its precinct issues (no okrug ballot abroad or without an okrug)"},
}
