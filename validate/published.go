package validate

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"math"
	"math/big"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
	"github.com/shailoo/shailoo/internal/order"
	"github.com/shailoo/shailoo/words"
)

// Summary is a published summary of the result, as a commission or a news
// site prints it. Every number is optional: nil means "not published" and
// is not evaluated.
type Summary struct {
	Election string `json:"election,omitempty"`
	// Provenance says where the summary's figures come from, in the words
	// a mapping uses: "official", "preliminary" or "synthetic" (a summary
	// made by hand, never the publisher's); "" when the summary does not
	// say. Source says more: the publisher, the page, the date taken.
	// Both are shown in every report of the check (Report.Published).
	// A list or an okrug may give a provenance of its own
	// (PublishedList.Provenance, PublishedOkrug.Provenance): an entry's
	// own overrides this one, which is that of the totals and of every
	// entry that gives none.
	Provenance election.Provenance `json:"provenance,omitempty"`
	Source     string              `json:"source,omitempty"`
	// Base names the base of the list percentages: "participants" (the
	// default when empty: voters who took part, invalid ballots included),
	// "voters" (voters on the list), "valid" (valid ballots: Recount.Valid)
	// or "votes" (the votes of the choices on the ballot, against all
	// included where the ballot has it: the rule set's threshold base of
	// that name, which a commission publishes shares of where a ballot
	// carries several votes or where its shares are of the votes cast for
	// the lists, Turkey's). ReadSummary refuses any other; CheckPublished
	// lists the percentages of a summary with another base as not
	// evaluated.
	Base         string `json:"base,omitempty"`
	Participants *int64 `json:"participants,omitempty"`
	Voters       *int64 `json:"voters,omitempty"`
	// Valid is the published number of valid ballots: the base of the
	// percentages of a summary whose Base is "valid", checked as the
	// publication's own arithmetic (S316) and against the recount (S318).
	Valid   *int64           `json:"valid,omitempty"`
	Turnout *decimal.Decimal `json:"turnout,omitempty"` // percent of voters who took part
	// Lists are the lists as published; "against all", when published, is
	// a list with ID election.AgainstAll.
	Lists  []PublishedList  `json:"lists,omitempty"`
	Okrugs []PublishedOkrug `json:"okrugs,omitempty"`
	// Format, Status and Notes are set by the reader of a publication in
	// another format (interop/nisterr: FormatNISTERR), never by a
	// summary's JSON: the format read, the publication's own status
	// (ERR's Status), and what the reader says of how it read it (a
	// contest not compared, counts not read, totals summed from their
	// parts), each a fixed sentence of the words' "ne:" keys followed by
	// names or a number. Report.Published carries them to every output.
	Format string   `json:"-"`
	Status string   `json:"-"`
	Notes  []string `json:"-"`
}

// FormatNISTERR is the Format of a summary read from a NIST SP 1500-100
// ERR v2 report.
const FormatNISTERR = "nist-err"

// WriteIn is the ID a published okrug's write-ins are read under when its
// publication gives them together, with no candidate (an ERR report's
// IsWriteIn selection): compared with the recount's choice of that ID,
// not evaluated where the recount has none.
const WriteIn = "write-in"

// PublishedList is one list (or against all) in a published summary.
type PublishedList struct {
	ID      string           `json:"id" strict:"required"`
	Name    string           `json:"name,omitempty"`
	Votes   *int64           `json:"votes,omitempty"`
	Percent *decimal.Decimal `json:"percent,omitempty"`
	Seats   *int             `json:"seats,omitempty"`
	// VotesMissing, when not 0, says that the publication gives Votes as
	// a partial sum: that many counted protocols do not give them (a
	// shailoo ERR report's shailoo-votes-missing). Votes is then a lower
	// bound: a recount below it disagrees, one at or above it is neither
	// confirmed nor refuted.
	VotesMissing int `json:"votes_missing,omitempty"`
	// Regions are the list's votes in each region as published, by
	// region ID (a district's declaration of the lists' votes, Guyana's):
	// checked against the recount's (Recount.ListRegions, S321).
	Regions map[string]int64 `json:"regions,omitempty"`
	// Provenance is where the list's figures come from, when not from
	// where the summary's Provenance says; "" when they are.
	Provenance election.Provenance `json:"provenance,omitempty"`
}

// PublishedOkrug is the published result of one okrug: the winner's
// candidate ID, or "" with an Outcome such as "repeat_election", and the
// votes of its candidates as published (by candidate ID; "against_all"
// for against all), when they are.
type PublishedOkrug struct {
	ID     string `json:"id" strict:"required"`
	Winner string `json:"winner,omitempty"`
	// Winners are the deputies a district of several seats elects, as
	// published: compared with those the recount elects, in any order.
	Winners []string         `json:"winners,omitempty"`
	Outcome string           `json:"outcome,omitempty"`
	Votes   map[string]int64 `json:"votes,omitempty"`
	// VotesMissing counts, per candidate, the counted protocols that the
	// publication says do not give its Votes: they are a partial sum,
	// checked as PublishedList's are.
	VotesMissing map[string]int `json:"votes_missing,omitempty"`
	// Regions are the okrug's votes in each region as published, by
	// region ID and then candidate ID (a president's by county): checked
	// against the recount's (S319) where the election is of that one
	// okrug.
	Regions map[string]map[string]int64 `json:"regions,omitempty"`
	// Percent are the shares of the okrug's candidates as published, by
	// candidate ID ("71.77": a president's declaration gives every
	// candidate's): checked as a list's are (S301, S316, S317), on the
	// base the summary names (Summary.Base), where the election is of
	// that one okrug (the base's figures are the recount's totals), or
	// on the sum of the okrug's votes for base "votes".
	Percent map[string]decimal.Decimal `json:"percent,omitempty"`
	// Provenance is where the okrug's figures come from (its winner, its
	// outcome, its votes), when not from where the summary's Provenance
	// says (a commission's final lists beside a news site's okrug
	// leaders); "" when they are.
	Provenance election.Provenance `json:"provenance,omitempty"`
}

// The parts of a published summary, each of which may have a provenance
// of its own (PublishedPart).
const (
	PartTotals = "totals"
	PartLists  = "lists"
	PartOkrugs = "okrugs"
)

// PublishedPart is where the figures of one part of a published summary
// come from (PublishedOf.Parts): Part is PartTotals, PartLists or
// PartOkrugs; Entries is how many of its lists or okrugs have
// Provenance ("" when the summary does not say), 0 for the totals.
type PublishedPart struct {
	Part       string `json:"part"`
	Provenance string `json:"provenance"`
	Entries    int    `json:"entries,omitempty"`
}

// The bases a Summary's percentages may use.
const (
	BaseParticipants = "participants"
	BaseVoters       = "voters"
	BaseValid        = "valid"
	BaseVotes        = "votes"
)

// Recount is what a published summary is checked against: the figures
// recomputed from the protocols. Participants, Voters and Valid (valid
// ballots) are the bases a summary's percentages may name.
type Recount struct {
	Participants int64 `json:"participants"`
	Voters       int64 `json:"voters"`
	Valid        int64 `json:"valid"`
	// NotEvaluated names the figures above that the recount could not
	// make ("participants", "voters", "valid": protocols lack a line of
	// them): a published one is not compared with a 0.
	NotEvaluated []string       `json:"not_evaluated,omitempty"`
	Lists        []RecountList  `json:"lists"`
	Okrugs       []RecountOkrug `json:"okrugs"`
	// ListRegions are the list ballot's votes in each region, by region
	// ID and then list ID (the count's list_regions); nil when the
	// recount does not know them (no regions).
	ListRegions map[string]RecountRegion `json:"list_regions,omitempty"`
}

// SeatsFigure names the lists' seats in Recount.NotEvaluated: the
// recount filled no list seat, its threshold not evaluated.
const SeatsFigure = "list_seats"

// notEvaluated returns the reason a recount's figure is not known, or "".
func (rc Recount) notEvaluated(figure string) string {
	switch {
	case !slices.Contains(rc.NotEvaluated, figure):
		return ""
	case figure == SeatsFigure:
		return "the recount fills no list seat: its threshold is not evaluated (protocols lack a line of its base, or a choice's votes it sums)"
	}
	return "the recount's " + figure + " is not evaluated: protocols lack a line of it"
}

// RecountList is one list (or against all) in a Recount.
type RecountList struct {
	ID string `json:"id"`
	// Name is the list's name in the recount (NameKy, NameRu in Kyrgyz
	// and Russian, when given): a finding of a list the summary does not
	// name (S311) names it so, as the others name a list by the name the
	// summary gives it.
	Name   string `json:"name,omitempty"`
	NameKy string `json:"name_ky,omitempty"`
	NameRu string `json:"name_ru,omitempty"`
	Votes  int64  `json:"votes"`
	Seats  int    `json:"seats"`
	// VotesMissing is the number of counted protocols that do not give
	// the list's votes: Votes is then a partial sum, a lower bound. A
	// published figure below it disagrees; one at or above it is not
	// evaluated, and no percentage is checked on it.
	VotesMissing int `json:"votes_missing,omitempty"`
	// Blank says that the choice is the blank votes (election.Party.Blank),
	// no list: a summary that does not publish it lacks no list.
	Blank bool `json:"blank,omitempty"`
	// Kind and Percent, for a list the recount held to the threshold of
	// its kind (threshold.Rule.Kinds), are that kind and percent: a seat
	// that differs from the summary's says so.
	Kind    string `json:"kind,omitempty"`
	Percent string `json:"percent,omitempty"`
}

// RecountOkrug is the recomputed result of one okrug. Votes are its
// candidates' votes (and against all's, on a ballot that has it); nil
// when the recount does not know them (published votes are then not
// evaluated).
type RecountOkrug struct {
	ID     string `json:"id"`
	Winner string `json:"winner,omitempty"`
	// Elected are the deputies of a district of several seats, in the
	// order they took their seats (its Winner is "").
	Elected []string `json:"elected,omitempty"`
	// Tied are the candidates tied for the seats left to lots, when the
	// outcome is "tie" (a tie awaiting lots): a published winner among
	// them is neither confirmed nor refuted (not evaluated).
	Tied    []string         `json:"tied,omitempty"`
	Outcome string           `json:"outcome,omitempty"`
	Votes   map[string]int64 `json:"votes,omitempty"`
	// VotesMissing counts, per candidate, the counted protocols that do
	// not give its votes: its Votes are a partial sum, checked as
	// RecountList's are.
	VotesMissing map[string]int `json:"votes_missing,omitempty"`
	// VotesMissingAtMost is, per candidate of VotesMissing, the most its
	// votes in those protocols could add up to (each one's valid
	// ballots, else its found ones, less the votes it gives); a
	// candidate of no known bound is not in it. A published figure above
	// Votes + that bound is refuted (S315), as one below Votes is.
	VotesMissingAtMost map[string]int64 `json:"votes_missing_at_most,omitempty"`
	// Names are the names of the okrug's candidates by ID, as the
	// definition gives them (a long file's choice cell, for a definition
	// inferred from its mapping), where a name is not the ID: a summary
	// that names a candidate by that name, exactly, is read as naming its
	// ID (Compared.Named says so), and a finding about a candidate gives
	// its name beside the ID.
	Names map[string]string `json:"names,omitempty"`
	// Regions are the okrug's votes in each region (a single okrug's:
	// the count's okrug_regions), by region ID; nil when the recount
	// does not know them.
	Regions map[string]RecountRegion `json:"regions,omitempty"`
}

// RecountRegion is a ballot's votes in one region (an okrug's, or the
// lists'): a choice no counted protocol there gives is not in Votes;
// VotesMissing counts, per choice, the protocols there that do not give
// its votes (Votes is then a partial sum).
type RecountRegion struct {
	Votes        map[string]int64 `json:"votes"`
	VotesMissing map[string]int   `json:"votes_missing,omitempty"`
}

// candidate says whether id is a candidate of the okrug (or its against
// all), by its votes or its name.
func (ro RecountOkrug) candidate(id string) bool {
	if _, ok := ro.Votes[id]; ok {
		return true
	}
	_, ok := ro.Names[id]
	return ok
}

// named returns the ID of the one candidate of the okrug whose name is
// text, exactly, when text is no candidate's ID; "" when none or several
// are.
func (ro RecountOkrug) named(text string) string {
	if text == "" || ro.candidate(text) {
		return ""
	}
	id := ""
	for _, k := range slices.Sorted(maps.Keys(ro.Names)) {
		if ro.Names[k] == text {
			if id != "" {
				return ""
			}
			id = k
		}
	}
	return id
}

// label says candidate id for a finding's sentence: the ID, and its name
// beside it where the recount has one.
func (ro RecountOkrug) label(id string) string {
	if n := ro.Names[id]; n != "" {
		return echo.Text(id) + " (" + echo.Text(n) + ")"
	}
	return echo.Text(id)
}

// list says the okrug's candidates for a finding's sentence: each ID in
// quotes, with its name where the recount has one; those the recount
// gives votes first, the most votes first (then by ID), the others in ID
// order; the first 10, and how many more.
func (ro RecountOkrug) list() string {
	ids := slices.SortedFunc(maps.Keys(ro.Votes), func(a, b string) int {
		return cmp.Or(cmp.Compare(ro.Votes[b], ro.Votes[a]), strings.Compare(a, b))
	})
	for _, id := range slices.Sorted(maps.Keys(ro.Names)) {
		if _, ok := ro.Votes[id]; !ok {
			ids = append(ids, id)
		}
	}
	var out []string
	for _, id := range ids {
		if len(out) == 10 {
			out = append(out, fmt.Sprintf("%d more", len(ids)-10))
			break
		}
		s := echo.Quote(id)
		if n := ro.Names[id]; n != "" {
			s += " (" + echo.Text(n) + ")"
		}
		out = append(out, s)
	}
	return strings.Join(out, ", ")
}

// byName returns o with each candidate it names by a name of the recount
// (RecountOkrug.named) named by that candidate's ID instead, in its votes,
// its votes by region and its winners, and what was so read; o itself
// when none is. A name whose ID the summary names too, as written, is left
// as written (a finding says so): in its votes for the votes and the
// winners, in the region's votes for a region's.
func byName(o PublishedOkrug, ro RecountOkrug) (PublishedOkrug, []NamedChoice) {
	if len(ro.Names) == 0 {
		return o, nil
	}
	var read []NamedChoice
	as := func(text string, written map[string]int64) string {
		id := ro.named(text)
		if id == "" {
			return text
		}
		if _, twice := written[id]; twice {
			return text
		}
		if !slices.ContainsFunc(read, func(n NamedChoice) bool { return n.Published == text }) {
			read = append(read, NamedChoice{Okrug: o.ID, Published: text, ID: id})
		}
		return id
	}
	votes := func(written map[string]int64) map[string]int64 {
		out := make(map[string]int64, len(written))
		for k, v := range written {
			out[as(k, written)] = v
		}
		if len(out) != len(written) {
			return written
		}
		return out
	}
	written := o.Votes // as the summary writes them: the winners' names are read against these
	if len(o.Votes) > 0 {
		o.Votes = votes(written)
		if len(o.VotesMissing) > 0 {
			missing := make(map[string]int, len(o.VotesMissing))
			for k, v := range o.VotesMissing {
				missing[as(k, written)] = v
			}
			o.VotesMissing = missing
		}
	}
	if len(o.Regions) > 0 {
		regions := make(map[string]map[string]int64, len(o.Regions))
		for reg, vs := range o.Regions {
			regions[reg] = votes(vs)
		}
		o.Regions = regions
	}
	o.Winner = as(o.Winner, written)
	if len(o.Winners) > 0 {
		ws := make([]string, len(o.Winners))
		for i, w := range o.Winners {
			ws[i] = as(w, written)
		}
		o.Winners = ws
	}
	order.Stable(read, func(a, b NamedChoice) int { return strings.Compare(a.Published, b.Published) })
	return o, read
}

// PublishedRules says how published percentages are rounded. The zero
// value is 0 decimals, rounded half up; 2021 used 2 decimals, half up.
type PublishedRules struct {
	Decimals int32 `json:"decimals" strict:"required"`
	// Rounding is "half_up" (half away from zero; the default when empty),
	// "half_even" or "down" (toward zero).
	Rounding string `json:"rounding,omitempty"`
}

// The rounding modes of PublishedRules.
const (
	HalfUp   = "half_up"
	HalfEven = "half_even"
	Down     = "down"
)

// ErrPublishedRules is wrapped by the error PublishedRules.Validate
// returns.
var ErrPublishedRules = errors.New("validate: invalid published rules")

// Validate reports an unknown rounding mode or a negative or absurd number
// of decimals.
func (r PublishedRules) Validate() error {
	switch r.Rounding {
	case "", HalfUp, HalfEven, Down:
	default:
		return fmt.Errorf("%w: rounding %q (known: %s, %s, %s)", ErrPublishedRules, r.Rounding, HalfUp, HalfEven, Down)
	}
	if r.Decimals < 0 || r.Decimals > 18 {
		return fmt.Errorf("%w: decimals %d (0 to 18)", ErrPublishedRules, r.Decimals)
	}
	return nil
}

// Round returns 100 × num / den rounded to r.Decimals places with r's
// mode, computed exactly; ok is false when den is 0 or r is not valid
// (Validate).
func (r PublishedRules) Round(num, den int64) (d decimal.Decimal, ok bool) {
	if den == 0 || r.Validate() != nil {
		return decimal.Decimal{}, false
	}
	return roundRat(percentRat(num, den), r.Decimals, r.Rounding), true
}

func percentRat(num, den int64) *big.Rat {
	q := new(big.Rat).SetFrac(big.NewInt(num), big.NewInt(den))
	return q.Mul(q, big.NewRat(100, 1))
}

// roundRat rounds q to places decimals with mode, exactly.
func roundRat(q *big.Rat, places int32, mode string) decimal.Decimal {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	num := new(big.Int).Mul(q.Num(), scale)
	den := q.Denom() // > 0
	neg := num.Sign() < 0
	num.Abs(num)
	quo, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	twice := new(big.Int).Lsh(rem, 1)
	switch mode {
	case Down:
	case HalfEven:
		if c := twice.Cmp(den); c > 0 || (c == 0 && quo.Bit(0) == 1) {
			quo.Add(quo, big.NewInt(1))
		}
	default: // half up: half away from zero
		if twice.Cmp(den) >= 0 {
			quo.Add(quo, big.NewInt(1))
		}
	}
	if neg {
		quo.Neg(quo)
	}
	return decimal.NewFromBigInt(quo, -places)
}

// exactText writes q as a decimal: exactly when it terminates, otherwise
// truncated to four more places than published, followed by "…".
func exactText(q *big.Rat, places int32) string {
	d := new(big.Int).Set(q.Denom())
	for _, p := range []int64{2, 5} {
		bp := big.NewInt(p)
		for {
			qq, r := new(big.Int).QuoRem(d, bp, new(big.Int))
			if r.Sign() != 0 {
				break
			}
			d = qq
		}
	}
	if d.Cmp(big.NewInt(1)) == 0 { // terminates: find how many decimals it needs
		for n := int32(0); ; n++ {
			if x := roundRat(q, n, Down); x.Rat().Cmp(q) == 0 {
				return x.StringFixed(n)
			}
		}
	}
	return roundRat(q, places+4, Down).StringFixed(places+4) + "…"
}

func roundingName(mode string) Message {
	switch mode {
	case HalfEven:
		return words.Of("rounding.half_even")
	case Down:
		return words.Of("rounding.down")
	}
	return words.Of("rounding.half_up")
}

// CheckPublished checks a published summary s against the recount rc:
// every published percentage against 100 × votes / base rounded as r says
// (votes and base from the recount; the exact value is in Want), the sum
// of the shares against 100% plus n half units of the last decimal, the
// turnout against 100 × participants / voters, and the votes,
// participants, voters, seats and okrug winners and outcomes against the
// recount. A figure s does not publish is not evaluated; a list or okrug
// in one and not the other is a finding.
//
// An invalid r is not an error return (there is none): CheckPublished
// then checks with the default rounding, half up, and lists the percentage
// checks as not evaluated.
//
// A finding and a compared check of a list or an okrug whose own
// provenance is not s's carry it (Finding.Provenance,
// ComparedCheck.Provenance), and where any does, the report's Published
// says where each part's figures come from (PublishedOf.Parts; its other
// fields are left to the caller, shailoo.Verify).
func CheckPublished(s Summary, rc Recount, r PublishedRules) Report {
	c := pubChecker{s: s, rc: rc, r: r}
	if err := r.Validate(); err != nil {
		for _, code := range PercentCodes() {
			c.ne.add(code, "invalid published rules: "+err.Error(), nil)
		}
		c.badRules = true
	}
	c.lists()
	c.totals()
	c.okrugs()
	c.rep.NotEvaluated = c.ne.list()
	c.rep.Compared = c.cmp.result()
	c.rep.Published = c.parts()
	c.rep.Compared.Named = c.named
	c.rep.sort()
	return c.rep.Named(rc.names())
}

// names are the names the recount gives its lists and okrugs'
// candidates, for its findings (Report.Named).
func (rc Recount) names() *Names {
	n := &Names{m: map[string]Message{}}
	for _, l := range rc.Lists {
		n.add(l.ID, l.Name, l.NameRu, l.NameKy)
	}
	for _, o := range rc.Okrugs {
		for id, name := range o.Names {
			n.add("\x00"+id, name, "", "")
		}
	}
	return n
}

// PercentCodes returns the checks of published percentages, which need
// the published rules (their decimals and rounding): a check made without
// them lists these as not evaluated.
func PercentCodes() []Code {
	return []Code{PublishedPercent, SharesOver100, PublishedTurnout, PublishedOwnPercent, PercentFollowsGap, PercentFewerDecimals}
}

type pubChecker struct {
	s        Summary
	rc       Recount
	r        PublishedRules
	badRules bool
	rep      Report
	ne       notEvaluated
	cmp      comparedCount
	named    []NamedChoice // Compared.Named
	// prov is the provenance of the figures being checked (a list's or
	// an okrug's own), where it is not the summary's: each finding and
	// each figure compared carries it.
	prov string
	// part counts the lists and okrugs by provenance, as the figures
	// compared are counted (a "code" of PartLists or PartOkrugs): the
	// summary's Parts.
	part comparedCount
}

// parts returns what the report says of the summary, where its parts do
// not all come from where its provenance says (PublishedOf.Parts, the
// provenance "" where neither an entry nor the summary says), else nil:
// the totals, then the lists and okrugs in the order of their first
// entry of each provenance.
func (c *pubChecker) parts() *PublishedOf {
	var out []PublishedPart
	if s := c.s; s.Participants != nil || s.Voters != nil || s.Valid != nil || s.Turnout != nil {
		out = append(out, PublishedPart{Part: PartTotals, Provenance: string(s.Provenance)})
	}
	differs := false
	for _, k := range c.part.checks {
		out = append(out, PublishedPart{Part: string(k.Code), Provenance: k.Provenance, Entries: k.Figures})
		differs = differs || k.Provenance != string(c.s.Provenance)
	}
	if !differs {
		return nil
	}
	return &PublishedOf{Parts: out}
}

// of says that the figures checked next, a list's or an okrug's, come
// from where provenance p says ("": from where the summary's says).
func (c *pubChecker) of(p election.Provenance) {
	if p == c.s.Provenance {
		p = ""
	}
	c.prov, c.cmp.prov, c.part.prov = string(p), string(p), string(cmp.Or(p, c.s.Provenance))
}

func (c *pubChecker) add(f Finding) {
	if c.prov != "" && f.say != nil {
		f.say.prov = c.prov
	}
	c.rep.Findings = append(c.rep.Findings, f)
}

// Compared counts the published figures a check of a published summary
// compared with the recount: without it, a report that lists no
// disagreement reads the same whether every figure matched or none was
// compared. Figures − Matched of a check is the number of its findings.
type Compared struct {
	Figures int `json:"figures"`
	Matched int `json:"matched"`
	// Checks are the counts by check, in code order; a check that
	// compared no figure is not listed.
	Checks []ComparedCheck `json:"checks"`
	// Named are the candidates the summary names by their names, exactly
	// as the recount's definition writes them, not by their IDs: each is
	// compared as its ID (RecountOkrug.Names), and said. Nil when none.
	Named []NamedChoice `json:"named,omitempty"`
}

// NamedChoice is a candidate of okrug Okrug that a published summary names
// by its name (Published), read as its ID.
type NamedChoice struct {
	Okrug     string `json:"okrug"`
	Published string `json:"published"`
	ID        string `json:"id"`
}

// ComparedCheck is how many published figures one check (S301 the
// shares, S302 the votes, S315 an okrug's votes...) compared with the
// recount, and how many of them matched.
//
// Provenance, when not "", is where the figures come from, a part of the
// summary whose own provenance is not the summary's (PublishedOf.Parts): a
// check of figures of several provenances is counted once for each.
type ComparedCheck struct {
	Code       Code   `json:"code"`
	Figures    int    `json:"figures"`
	Matched    int    `json:"matched"`
	Provenance string `json:"provenance,omitempty"`
}

// Nothing says that no published figure was compared: the summary
// publishes none that the recount gives, so it is not confirmed.
func (c *Compared) Nothing() bool { return c == nil || c.Figures == 0 }

// Without returns c without the checks of codes, its totals summed again.
func (c *Compared) Without(codes ...Code) *Compared {
	if c == nil {
		return nil
	}
	out := &Compared{Checks: []ComparedCheck{}, Named: c.Named}
	for _, k := range c.Checks {
		if slices.Contains(codes, k.Code) {
			continue
		}
		out.Checks = append(out.Checks, k)
		out.Figures += k.Figures
		out.Matched += k.Matched
	}
	return out
}

// Unchecked are the checks of a published summary not evaluated (ne, a
// Report's NotEvaluated) at places where the summary publishes a figure:
// those with places (Count > 0) but for the figures not published
// ("not published", NotPublishedForLists). What a summary's "no
// disagreement" does not cover.
func Unchecked(ne []NotEvaluated) []NotEvaluated {
	var out []NotEvaluated
	for _, x := range ne {
		if x.Count > 0 && x.First != nil && !strings.HasPrefix(x.Reason, "not published") {
			out = append(out, x)
		}
	}
	return out
}

// comparedCount counts the figures compared, by check and provenance
// (prov, that of the figures counted now: pubChecker.of): a few dozen
// checks at most, so a list searched, no map.
type comparedCount struct {
	checks []ComparedCheck
	prov   string
}

// add counts one published figure compared under code.
func (m *comparedCount) add(code Code, matched bool) {
	i := 0
	for i < len(m.checks) && (m.checks[i].Code != code || m.checks[i].Provenance != m.prov) {
		i++
	}
	if i == len(m.checks) {
		m.checks = append(m.checks, ComparedCheck{Code: code, Provenance: m.prov})
	}
	m.checks[i].Figures++
	if matched {
		m.checks[i].Matched++
	}
}

// result returns the counts in code order, then provenance order (the
// summary's own, "", first).
func (m comparedCount) result() *Compared {
	out := &Compared{Checks: append([]ComparedCheck{}, m.checks...)}
	sort.Slice(out.Checks, func(i, j int) bool {
		a, b := out.Checks[i], out.Checks[j]
		return cmp.Or(compareCodes(a.Code, b.Code), strings.Compare(a.Provenance, b.Provenance)) < 0
	})
	for _, k := range out.Checks {
		out.Figures += k.Figures
		out.Matched += k.Matched
	}
	return out
}

// base returns the base of the list percentages, or a reason it is not
// known.
func (c *pubChecker) base() (int64, string) {
	var b int64
	switch c.s.Base {
	case "", BaseParticipants:
		b = c.rc.Participants
	case BaseVoters:
		b = c.rc.Voters
	case BaseValid:
		b = c.rc.Valid
	case BaseVotes:
		return c.rc.votes()
	default:
		return 0, fmt.Sprintf("unknown base %q (allowed: %s, %s, %s, %s)", c.s.Base, BaseParticipants, BaseVoters, BaseValid, BaseVotes)
	}
	for _, f := range []string{BaseParticipants, BaseVoters, BaseValid} {
		if why := c.rc.notEvaluated(f); why != "" && (c.s.Base == f || c.s.Base == "" && f == BaseParticipants) {
			return 0, why
		}
	}
	if b == 0 {
		return 0, "the base of the percentages is 0 in the recount"
	}
	return b, ""
}

// votes returns base "votes", the sum of the recount's votes of the lists
// (against all's among them where the ballot has it), as the threshold's
// base of that name sums them, or a reason it is not known: a negative
// figure or a sum past int64.
func (rc Recount) votes() (int64, string) {
	var sum int64
	for _, l := range rc.Lists {
		if l.Votes < 0 {
			return 0, fmt.Sprintf("the recount's votes of %s are negative (%d): the sum of the votes is not evaluated", echo.Quote(l.ID), l.Votes)
		}
		if l.VotesMissing > 0 {
			return 0, fmt.Sprintf("%d counted protocols do not give the votes of %s: the sum of the votes is not evaluated", l.VotesMissing, echo.Quote(l.ID))
		}
		if sum > math.MaxInt64-l.Votes {
			return 0, "the sum of the recount's votes overflows int64"
		}
		sum += l.Votes
	}
	if sum == 0 {
		return 0, "the base of the percentages is 0 in the recount"
	}
	return sum, ""
}

// notPublished is the published figure of a list or an okrug that the
// summary does not give (S311, S313), said in each language as the
// "fig:" words say it, never the recount's ID again nor a blank.
const notPublished = "not published"

// listNamed is the {place} of a published list's findings: the list by
// the name the summary gives it, as the tables name it, in Russian and
// Kyrgyz by the recount's name in them where it gives one (rl, the same
// list's; a summary names its lists in one language), or nil (its ID)
// when the summary gives no name.
func listNamed(l PublishedList, rl RecountList) vars {
	if l.Name == "" || l.Name == l.ID {
		return nil
	}
	name := Message{En: l.Name, Ru: cmp.Or(rl.NameRu, l.Name), Ky: cmp.Or(rl.NameKy, l.Name)}
	return vars{"place": name.Map(func(lang, n string) string {
		return words.Say(lang, "place.list", words.Args{"party": echo.Text(n)})
	})}
}

// recountNamed is the {place} of a finding of a list the summary does not
// give (S311): none, the sentence opening with the list, which the
// report's names (Report.Named) say by the recount's name in each
// language it gives, by its ID where it has none.
func recountNamed(RecountList) vars {
	return vars{"place": Message{}}
}

// decimalComma is a decimal figure ("8.345284…") in each language's form:
// Russian and Kyrgyz write a decimal comma, as the reports and the page
// write the figures of their tables.
func decimalComma(s string) Message {
	c := strings.Replace(s, ".", ",", 1)
	return Message{En: s, Ru: c, Ky: c}
}

// ratio is what a percentage is a share of: 100 × num / den.
type ratio struct{ num, den int64 }

// share checks a published percentage p at q against rec, the figures of
// the recount it is a share of (code: S301, S304; nil when not evaluated,
// recWhy says why), and against own, the published figures it is a share
// of (S316, the publication's own arithmetic; nil when they are not
// published, ownWhy says why). A share that is the recount's is right,
// whatever the published figures (their gaps are findings of their own);
// one that is not is checked against own too, unless own are the
// recount's figures: a share right for own follows from their gaps, which
// follows names (S317, not a mis-rounding); one right for neither is
// S301 and S316. unexplained gives the sentence of a share whose own
// figures are not known but whose votes differ from the recount's (S302).
// v are the sentence's figures beyond the check's own (a list's {place}).
func (c *pubChecker) share(code Code, q Place, p decimal.Decimal, own *ratio, ownWhy string, rec *ratio, recWhy string,
	follows func() ([]Code, Message), unexplained bool, v vars) {
	var want decimal.Decimal
	var wantText string
	var gap int64
	var args vars
	if rec != nil {
		want, wantText, gap, args = c.rounded(p, *rec, v)
		if p.Equal(want) {
			c.cmp.add(code, true)
			return
		}
	}
	ownOK := false
	switch {
	case own == nil:
		c.ne.add(PublishedOwnPercent, ownWhy, &q)
	case rec != nil && *own == *rec:
		// The published figures are the recount's: S301 is this check.
	default:
		ownWant, ownText, ownGap, ownArgs := c.rounded(p, *own, v)
		ownOK = p.Equal(ownWant)
		c.cmp.add(PublishedOwnPercent, ownOK)
		if !ownOK {
			f := newFinding(PublishedOwnPercent, q, ownText, publishedText(p), ownGap, ownArgs)
			c.inPoints(&f, p, ownWant, *own)
			c.add(f)
		}
	}
	if rec == nil {
		c.ne.add(code, recWhy, &q)
		return
	}
	if ownOK {
		codes, figures := follows()
		_, _, _, pub := c.rounded(p, *own, nil)
		args["pub_votes"], args["pub_base"], args["pub_exact"] = pub["votes"], pub["base"], pub["exact"]
		args["follows"] = figures
		f := newFinding(PercentFollowsGap, q, wantText, publishedText(p), gap, args)
		f.say.follows = codes
		c.inPoints(&f, p, want, *rec)
		c.cmp.add(PercentFollowsGap, false)
		c.add(f)
		return
	}
	if given := max(0, -p.Exponent()); given < c.r.Decimals && roundRat(percentRat(rec.num, rec.den), given, c.r.Rounding).Equal(p) {
		// Right at its own, fewer decimals: less than the rule set asks,
		// not a mis-rounding (S320, a warning; inPoints says so).
		code = PercentFewerDecimals
		f := newFinding(code, q, wantText, publishedText(p), gap, args)
		c.inPoints(&f, p, want, *rec)
		c.cmp.add(code, false)
		c.add(f)
		return
	}
	f := newFinding(code, q, wantText, publishedText(p), gap, args)
	if unexplained && own == nil {
		f.say.body = words.Of("finding.S301.unexplained")
	}
	c.inPoints(&f, p, want, *rec)
	c.otherRounding(&f, p, *rec)
	if code == PublishedPercent {
		c.otherBase(&f, q, p, *rec)
	}
	c.cmp.add(code, false)
	c.add(f)
}

// otherBase adds to finding f, of the published share p of r.num votes
// at q, that p is the recount's share of those votes on another base
// than the one the summary declares, rounded as the rule set says: the
// usual error of a commission (Ghana's 2020 Ashanti collation: NPP's
// "71.77 per cent of the total valid ballots cast" is 100 × 1795824 /
// 2502149, the votes cast, not the valid ones). The reader sees which
// base the publisher used, and the summary's "base" to set if it is
// meant.
func (c *pubChecker) otherBase(f *Finding, q Place, p decimal.Decimal, r ratio) {
	for _, b := range []string{BaseParticipants, BaseVoters, BaseValid, BaseVotes} {
		den := c.recountBase(b, q)
		if den <= 0 || den == r.den || b == cmp.Or(c.s.Base, BaseParticipants) {
			continue
		}
		x := percentRat(r.num, den)
		if !roundRat(x, max(0, -p.Exponent()), c.r.Rounding).Equal(p) {
			continue
		}
		clause := words.Of("finding.percent.other_base")
		f.say.args["other_base"] = words.Of("base." + b)
		f.say.args["other_id"] = same(b)
		f.say.args["other_n"] = same(strconv.FormatInt(den, 10))
		f.say.args["other_exact"] = decimalComma(exactText(x, c.r.Decimals))
		body := f.say.body
		if body == (Message{}) {
			body = words.Of("finding." + string(f.Code))
		}
		f.say.body = Message{En: body.En + clause.En, Ru: body.Ru + clause.Ru, Ky: body.Ky + clause.Ky}
		return
	}
}

// recountBase is the recount's base b of a share at q, 0 where it is not
// known: the totals (of an election of one okrug, for an okrug's
// candidate), or the sum of the votes (of the lists, or of q's okrug).
func (c *pubChecker) recountBase(b string, q Place) int64 {
	if q.Level == LevelOkrug && b != BaseVotes && len(c.rc.Okrugs) != 1 {
		return 0
	}
	if c.rc.notEvaluated(b) != "" {
		return 0
	}
	switch b {
	case BaseParticipants:
		return c.rc.Participants
	case BaseVoters:
		return c.rc.Voters
	case BaseValid:
		return c.rc.Valid
	}
	if q.Level == LevelOkrug {
		for _, o := range c.rc.Okrugs {
			if o.ID == q.Okrug && len(o.VotesMissing) == 0 {
				n, _ := sumVotes(o.Votes, "")
				return n
			}
		}
		return 0
	}
	n, _ := c.rc.votes()
	return n
}

// otherRounding adds to finding f, of the published percentage p written
// with the rule set's decimals, that p is 100 × r rounded another way:
// by a rounding a rule set names (published.rounding: "down", say, where
// the publisher cuts off the digits), or up, which none names. A reader
// then sees that the publisher's rounding, not its figures, may differ.
func (c *pubChecker) otherRounding(f *Finding, p decimal.Decimal, r ratio) {
	if max(0, -p.Exponent()) != c.r.Decimals {
		return
	}
	q := percentRat(r.num, r.den)
	var clause Message
	for _, mode := range []string{HalfUp, HalfEven, Down} {
		if mode != cmp.Or(c.r.Rounding, HalfUp) && roundRat(q, c.r.Decimals, mode).Equal(p) {
			clause = words.Of("finding.percent.other_rounding")
			f.say.args["other"] = roundingName(mode)
			f.say.args["mode"] = same(mode)
			break
		}
	}
	if clause == (Message{}) {
		down := roundRat(q, c.r.Decimals, Down)
		if up := down.Add(decimal.New(1, -c.r.Decimals)); q.Sign() > 0 && down.Rat().Cmp(q) != 0 && up.Equal(p) {
			clause = words.Of("finding.percent.rounded_up")
		}
	}
	if clause == (Message{}) {
		return
	}
	body := f.say.body
	if body == (Message{}) {
		body = words.Of("finding." + string(f.Code))
	}
	f.say.body = Message{En: body.En + clause.En, Ru: body.Ru + clause.Ru, Ky: body.Ky + clause.Ky}
}

// rounded returns 100 × r rounded as the published rules say, as Want
// writes it (with the exact value when it differs), the gap of p from it
// in units of the last decimal, and the sentence's figures: v's and the
// check's own.
func (c *pubChecker) rounded(p decimal.Decimal, r ratio, v vars) (want decimal.Decimal, wantText string, gap int64, args vars) {
	q := percentRat(r.num, r.den)
	want = roundRat(q, c.r.Decimals, c.r.Rounding)
	exact := exactText(q, c.r.Decimals)
	wantText = want.StringFixed(c.r.Decimals)
	if exact != wantText {
		wantText += fmt.Sprintf(" (exact 100 × %d / %d = %s)", r.num, r.den, exact)
	}
	args = vars{
		"got":      decimalComma(publishedText(p)),
		"votes":    same(strconv.FormatInt(r.num, 10)),
		"base":     same(strconv.FormatInt(r.den, 10)),
		"exact":    decimalComma(exact),
		"rounded":  decimalComma(want.StringFixed(c.r.Decimals)),
		"rounding": roundingName(c.r.Rounding),
		"decimals": same(strconv.Itoa(int(c.r.Decimals))),
	}
	for k, m := range v {
		args[k] = m
	}
	return want, wantText, saturate(p.Sub(want).Shift(c.r.Decimals).Round(0).BigInt()), args
}

// inPoints gives finding f, of the published percentage p against want,
// 100 × r rounded as the rule set says, its gap in percentage points
// (Finding.GapPoints); where p is written with fewer decimals than the
// rule set publishes, its sentence says so, and whether 100 × r rounded
// to p's decimals is p.
func (c *pubChecker) inPoints(f *Finding, p, want decimal.Decimal, r ratio) {
	given := max(0, -p.Exponent())
	f.say.points = p.Sub(want).StringFixed(max(given, c.r.Decimals))
	if given >= c.r.Decimals {
		return
	}
	at := roundRat(percentRat(r.num, r.den), given, c.r.Rounding)
	clause, verdict := words.Of("finding.percent.fewer_decimals"), words.Of("finding.percent.as_published")
	if !at.Equal(p) {
		verdict = words.Of("finding.percent.not_as_published")
	}
	body := f.say.body
	if body == (Message{}) {
		body = words.Of("finding." + string(f.Code))
	}
	f.say.body = Message{En: body.En + clause.En, Ru: body.Ru + clause.Ru, Ky: body.Ky + clause.Ky}
	// f's args are its own (rounded makes them anew).
	f.say.args["given_decimals"] = same(strconv.Itoa(int(given)))
	f.say.args["given_rounded"] = decimalComma(at.StringFixed(given))
	f.say.args["verdict"] = verdict
}

// followsText joins the figures a share's gap follows from ("the list's
// votes (S302) and the valid ballots (S318)"), each a key of
// "finding.S317." with its code.
func followsText(keys []string, codes []string) Message {
	var out Message
	for i, k := range keys {
		part := say("finding.S317."+k, words.Args{"code": codes[i]})
		if i > 0 {
			and := words.Of("finding.S317.and")
			part = Message{En: and.En + part.En, Ru: and.Ru + part.Ru, Ky: and.Ky + part.Ky}
		}
		out = Message{En: out.En + part.En, Ru: out.Ru + part.Ru, Ky: out.Ky + part.Ky}
	}
	return out
}

// publishedBase returns the base of the list percentages as the summary
// publishes it, or a reason it does not: participants, voters or valid
// ballots as published, or the sum of the published votes of every list.
func (c *pubChecker) publishedBase() (int64, string) {
	var b *int64
	var missing string
	switch c.s.Base {
	case "", BaseParticipants:
		b, missing = c.s.Participants, "the summary does not publish the voters who took part (\"participants\"), the base of its percentages"
	case BaseVoters:
		b, missing = c.s.Voters, "the summary does not publish the voters on the list (\"voters\"), the base of its percentages"
	case BaseValid:
		b, missing = c.s.Valid, "the summary does not publish the valid ballots (\"valid\"), the base of its percentages"
	case BaseVotes:
		return c.publishedVotes()
	default:
		return 0, fmt.Sprintf("unknown base %q (allowed: %s, %s, %s, %s)", c.s.Base, BaseParticipants, BaseVoters, BaseValid, BaseVotes)
	}
	switch {
	case b == nil:
		return 0, missing
	case *b <= 0:
		return 0, "the published base of the percentages is not a positive number"
	}
	return *b, ""
}

// publishedVotes returns base "votes" as the summary publishes it: the sum
// of the published votes of its lists, each once, every list of the
// recount among them; or a reason it is not known (a sentence the words'
// "ne:" keys translate, the list's ID after its colon).
func (c *pubChecker) publishedVotes() (int64, string) {
	const notKnown = "the sum of the published votes, the base of the percentages, is not known: "
	var sum int64
	seen := map[string]bool{}
	for _, l := range c.s.Lists {
		switch {
		case seen[l.ID]:
			return 0, notKnown + "a list is published twice: " + echo.Text(l.ID)
		case l.Votes == nil:
			return 0, notKnown + "a list's votes are not published: " + echo.Text(l.ID)
		case l.VotesMissing > 0:
			return 0, notKnown + "a list's published votes are a partial sum: " + echo.Text(l.ID)
		case *l.Votes < 0:
			return 0, notKnown + "a list's published votes are negative: " + echo.Text(l.ID)
		case sum > math.MaxInt64-*l.Votes:
			return 0, "the sum of the published votes overflows int64"
		}
		seen[l.ID] = true
		sum += *l.Votes
	}
	for _, l := range c.rc.Lists {
		if !seen[l.ID] {
			return 0, notKnown + "a list of the recount is not in the summary: " + echo.Text(l.ID)
		}
	}
	if sum == 0 {
		return 0, "the published base of the percentages is not a positive number"
	}
	return sum, ""
}

// publishedText writes a published figure with the decimals it was
// published with ("0.60", not "0.6": a reader looks for what is printed).
func publishedText(d decimal.Decimal) string {
	return d.StringFixed(max(0, -d.Exponent()))
}

func (c *pubChecker) lists() {
	recount := map[string]RecountList{}
	for _, l := range c.rc.Lists {
		recount[l.ID] = l
	}
	seen := map[string]int{}
	for _, l := range c.s.Lists {
		seen[l.ID]++
	}
	for id, n := range seen {
		if n > 1 {
			v := vars{"subject": same(echo.Text(id))}
			if i := slices.IndexFunc(c.s.Lists, func(l PublishedList) bool { return l.ID == id && l.Name != "" }); i >= 0 {
				maps.Copy(v, listNamed(c.s.Lists[i], recount[id]))
			}
			c.add(newFinding(PublishedDuplicate, Place{Level: LevelList, Party: id}, "1", strconv.Itoa(n), int64(n-1), v))
		}
	}
	base, baseReason := c.base()
	pubBase, pubBaseReason := c.publishedBase()
	shares := decimal.Zero
	nShares := 0
	for _, l := range c.s.Lists {
		c.of(l.Provenance)
		c.part.add(PartLists, true)
		pl := Place{Level: LevelList, Party: l.ID}
		rl, ok := recount[l.ID]
		named := listNamed(l, rl) // the sentence names the list as the summary does
		if l.Percent != nil {
			shares = shares.Add(*l.Percent)
			nShares++
		}
		if !ok {
			d, _ := defOf(PublishedUnknownList)
			v := named
			if okrug := c.okrugOf(l.ID); okrug != "" {
				// A candidate published as a list (a president's votes
				// in a summary of lists): where it is, and where to
				// publish it.
				d.body, v = words.Of("finding.S310.candidate"), vars{"okrug": same(echo.Text(okrug))}
				maps.Copy(v, named)
			}
			c.add(d.finding(pl, "a list in the recount", l.ID, 0, v))
			continue
		}
		if seen[l.ID] > 1 {
			continue // which entry is meant is not known; S314 says so
		}
		for _, x := range []struct {
			code      Code
			published bool
		}{{PublishedVotes, l.Votes != nil}, {PublishedPercent, l.Percent != nil}, {PublishedSeats, l.Seats != nil}} {
			if !x.published {
				// Of a list, not of the summary: the code may have
				// matched for the lists that publish the figure.
				c.ne.add(x.code, NotPublishedForLists, &pl)
			}
		}
		if l.Votes != nil && rl.VotesMissing > 0 && *l.Votes >= rl.Votes {
			// A partial sum is a lower bound: a figure above it may be
			// the whole.
			q := pl
			q.Line = "votes"
			c.ne.add(PublishedVotes, partialReason(rl.ID, rl.VotesMissing), &q)
		} else if l.Votes != nil && l.VotesMissing > 0 && *l.Votes <= rl.Votes {
			q := pl
			q.Line = "votes"
			c.ne.add(PublishedVotes, publishedPartialReason(l.ID, l.VotesMissing), &q)
		} else if l.Votes != nil && *l.Votes == rl.Votes {
			c.cmp.add(PublishedVotes, true)
		} else if l.Votes != nil {
			c.cmp.add(PublishedVotes, false)
			q := pl
			q.Line = "votes"
			got, want := big.NewInt(*l.Votes), big.NewInt(rl.Votes)
			c.add(newFinding(PublishedVotes, q, want.String(), got.String(), gapOf(got, want), named))
		}
		c.listRegionVotes(l, pl, named)
		if why := c.rc.notEvaluated(SeatsFigure); l.Seats != nil && why != "" {
			q := pl
			q.Line = "seats"
			c.ne.add(PublishedSeats, why, &q)
		} else if l.Seats != nil && *l.Seats == rl.Seats {
			c.cmp.add(PublishedSeats, true)
		} else if l.Seats != nil {
			c.cmp.add(PublishedSeats, false)
			q := pl
			q.Line = "seats"
			f := newFinding(PublishedSeats, q, strconv.Itoa(rl.Seats), strconv.Itoa(*l.Seats), int64(*l.Seats)-int64(rl.Seats), named)
			if rl.Kind != "" {
				v := vars{"kind": same(rl.Kind), "percent": same(rl.Percent)}
				for k, m := range named {
					v[k] = m
				}
				f.say.body, f.say.args = words.Of("finding.S307.kind"), v
			}
			c.add(f)
		}
		if l.Percent != nil && !c.badRules {
			q := pl
			q.Line = "percent"
			var own, rec *ratio
			ownWhy, recWhy := pubBaseReason, baseReason
			switch {
			case l.Votes == nil:
				ownWhy = "the list's votes are not published"
			case l.VotesMissing > 0:
				ownWhy = publishedPartialReason(l.ID, l.VotesMissing)
			case pubBaseReason == "":
				own = &ratio{*l.Votes, pubBase}
			}
			if recWhy == "" && rl.VotesMissing > 0 {
				recWhy = partialReason(rl.ID, rl.VotesMissing)
			}
			if recWhy == "" {
				rec = &ratio{rl.Votes, base}
			}
			follows := func() ([]Code, Message) { return c.listFollows(l, rl, pubBase, base) }
			unexplained := l.Votes != nil && l.VotesMissing == 0 && *l.Votes != rl.Votes
			c.share(PublishedPercent, q, *l.Percent, own, ownWhy, rec, recWhy, follows, unexplained, named)
		}
	}
	c.of("") // (the lists taken together: the summary's)
	for _, l := range c.rc.Lists {
		if seen[l.ID] == 0 {
			d, _ := defOf(PublishedMissingList)
			place, v := Place{Level: LevelList, Party: l.ID}, recountNamed(l)
			if l.ID == election.AgainstAll { // a choice, not a list
				d.body, place, v = words.Of("finding.S311.against_all"), Place{Choice: l.ID}, nil
			} else if l.Blank { // the blank votes: a choice, not a list
				d.body, place, v = words.Of("finding.S311.blank"), Place{Choice: l.ID}, nil
			}
			c.add(d.finding(place, l.ID, notPublished, 0, v))
		}
	}
	switch {
	case c.badRules:
	case nShares == 0:
		c.ne.add(SharesOver100, "no percentage is published", nil)
	default:
		// Each share may be up to half a unit of the last decimal above
		// its exact value.
		allowance := decimal.New(5*int64(nShares), -(c.r.Decimals + 1))
		if c.r.Rounding == Down {
			allowance = decimal.Zero
		}
		bound := decimal.NewFromInt(100).Add(allowance)
		c.cmp.add(SharesOver100, !shares.GreaterThan(bound))
		if shares.GreaterThan(bound) {
			over := shares.Sub(decimal.NewFromInt(100))
			f := newFinding(SharesOver100, Place{Level: LevelNation, Line: "sum"}, "<= "+bound.String(), shares.String(),
				saturate(over.Shift(c.r.Decimals).Round(0).BigInt()), vars{"bound": same(bound.String()), "n": same(strconv.Itoa(nShares))})
			f.say.points = over.StringFixed(max(-over.Exponent(), c.r.Decimals))
			c.add(f)
		}
	}
}

// listFollows names the published figures a list's share rests on that
// differ from the recount's, with their codes: its votes (S302) and the
// base (S305 participants, S306 voters, S318 valid ballots; for base
// "votes", the other lists' votes, S302, or a list the recount lacks,
// S310).
func (c *pubChecker) listFollows(l PublishedList, rl RecountList, pubBase, base int64) ([]Code, Message) {
	var codes []Code
	var keys, texts []string
	add := func(key string, cs ...Code) {
		var t []string
		for _, x := range cs {
			if !slices.Contains(codes, x) {
				codes = append(codes, x)
			}
			t = append(t, string(x))
		}
		keys, texts = append(keys, key), append(texts, strings.Join(t, ", "))
	}
	if *l.Votes != rl.Votes {
		add("votes", PublishedVotes)
	}
	if pubBase != base {
		switch c.s.Base {
		case "", BaseParticipants:
			add("participants", PublishedParticipants)
		case BaseVoters:
			add("voters", PublishedVoters)
		case BaseValid:
			add("valid", PublishedValid)
		case BaseVotes:
			recount := map[string]int64{}
			for _, x := range c.rc.Lists {
				recount[x.ID] = x.Votes
			}
			var others []Code
			for _, o := range c.s.Lists {
				v, ok := recount[o.ID]
				switch {
				case o.ID == l.ID:
				case !ok && !slices.Contains(others, PublishedUnknownList):
					others = append(others, PublishedUnknownList)
				case ok && *o.Votes != v && !slices.Contains(others, PublishedVotes):
					others = append(others, PublishedVotes)
				}
			}
			if len(others) > 0 {
				slices.SortFunc(others, compareCodes)
				add("other_votes", others...)
			}
		}
	}
	slices.SortFunc(codes, compareCodes)
	return codes, followsText(keys, texts)
}

// NotPublishedForLists is the reason of a check of the lists' figures
// (S302, S303, S307) not evaluated for the lists whose entry in the
// summary lacks the figure; NotEvaluated.Count says how many lists.
const NotPublishedForLists = "not published for some lists"

func (c *pubChecker) totals() {
	nation := Place{Level: LevelNation}
	for _, x := range []struct {
		code      Code
		published bool
	}{{PublishedParticipants, c.s.Participants != nil}, {PublishedVoters, c.s.Voters != nil}, {PublishedTurnout, c.s.Turnout != nil}} {
		if !x.published {
			c.ne.add(x.code, "not published", nil)
		}
	}
	partsNE, votersNE := c.rc.notEvaluated(BaseParticipants), c.rc.notEvaluated(BaseVoters)
	if p := c.s.Participants; p != nil && partsNE != "" {
		q := nation
		q.Line = "participants"
		c.ne.add(PublishedParticipants, partsNE, &q)
	} else if p != nil && *p == c.rc.Participants {
		c.cmp.add(PublishedParticipants, true)
	} else if p != nil {
		c.cmp.add(PublishedParticipants, false)
		q := nation
		q.Line = "participants"
		got, want := big.NewInt(*p), big.NewInt(c.rc.Participants)
		c.add(newFinding(PublishedParticipants, q, want.String(), got.String(), gapOf(got, want), nil))
	}
	if v := c.s.Voters; v != nil && votersNE != "" {
		q := nation
		q.Line = "voters"
		c.ne.add(PublishedVoters, votersNE, &q)
	} else if v != nil && *v == c.rc.Voters {
		c.cmp.add(PublishedVoters, true)
	} else if v != nil {
		c.cmp.add(PublishedVoters, false)
		q := nation
		q.Line = "voters"
		got, want := big.NewInt(*v), big.NewInt(c.rc.Voters)
		c.add(newFinding(PublishedVoters, q, want.String(), got.String(), gapOf(got, want), nil))
	}
	// The valid ballots are an extra few summaries publish, the base of
	// the shares of a summary of base "valid": not published, they are
	// not listed as not evaluated (S316 says so where a share needs them).
	if v := c.s.Valid; v != nil && c.rc.notEvaluated(BaseValid) != "" {
		q := nation
		q.Line = "valid"
		c.ne.add(PublishedValid, c.rc.notEvaluated(BaseValid), &q)
	} else if v != nil && *v == c.rc.Valid {
		c.cmp.add(PublishedValid, true)
	} else if v != nil {
		c.cmp.add(PublishedValid, false)
		q := nation
		q.Line = "valid"
		got, want := big.NewInt(*v), big.NewInt(c.rc.Valid)
		c.add(newFinding(PublishedValid, q, want.String(), got.String(), gapOf(got, want), nil))
	}
	if t := c.s.Turnout; t != nil && !c.badRules {
		q := nation
		q.Line = "turnout"
		var own, rec *ratio
		ownWhy, recWhy := "", strings.Join(slices.DeleteFunc([]string{partsNE, votersNE}, func(s string) bool { return s == "" }), "; ")
		switch p, v := c.s.Participants, c.s.Voters; {
		case p == nil || v == nil:
			ownWhy = "the summary does not publish both the voters who took part and the voters on the list"
		case *v <= 0:
			ownWhy = "the published voters on the list are not a positive number"
		default:
			own = &ratio{*p, *v}
		}
		if recWhy == "" && c.rc.Voters == 0 {
			recWhy = "no voters on the list in the recount"
		}
		if recWhy == "" {
			rec = &ratio{c.rc.Participants, c.rc.Voters}
		}
		follows := func() ([]Code, Message) {
			var keys, codes []string
			var cs []Code
			if *c.s.Participants != c.rc.Participants {
				keys, codes, cs = append(keys, "participants"), append(codes, string(PublishedParticipants)), append(cs, PublishedParticipants)
			}
			if *c.s.Voters != c.rc.Voters {
				keys, codes, cs = append(keys, "voters"), append(codes, string(PublishedVoters)), append(cs, PublishedVoters)
			}
			return cs, followsText(keys, codes)
		}
		c.share(PublishedTurnout, q, *t, own, ownWhy, rec, recWhy, follows, false, nil)
	}
}

func (c *pubChecker) okrugs() {
	recount := map[string]RecountOkrug{}
	for _, o := range c.rc.Okrugs {
		recount[o.ID] = o
	}
	seen := map[string]int{}
	for _, o := range c.s.Okrugs {
		seen[o.ID]++
	}
	for id, n := range seen {
		if n > 1 {
			c.add(newFinding(PublishedDuplicate, Place{Level: LevelOkrug, Okrug: id}, "1", strconv.Itoa(n), int64(n-1),
				vars{"subject": same(echo.Text(id))}))
		}
	}
	for _, o := range c.s.Okrugs {
		c.of(o.Provenance)
		c.part.add(PartOkrugs, true)
		pl := Place{Level: LevelOkrug, Okrug: o.ID}
		ro, ok := recount[o.ID]
		if !ok {
			c.add(newFinding(PublishedUnknownOkrug, pl, "an okrug in the recount", o.ID, 0, nil))
			continue
		}
		if seen[o.ID] > 1 {
			continue
		}
		o, read := byName(o, ro)
		c.named = append(c.named, read...)
		c.okrugVotes(o, ro, pl)
		c.okrugPercent(o, ro, pl)
		c.regionVotes(o, ro, pl)
		switch {
		case strings.HasPrefix(ro.Outcome, "not_evaluated") && (o.Outcome != "" || o.Winner != "" || len(o.Winners) > 0):
			// The recount could not decide the okrug (missing data): a
			// published outcome is not compared with that.
			q := pl
			q.Line = "outcome"
			c.ne.add(PublishedOutcome, "the recount does not decide the okrug: "+ro.Outcome+"; the summary publishes "+publishedSaid(o), &q)
		case o.Outcome == "elected" && ro.Outcome == "tie":
			// The lots the recount awaits may have elected the
			// published winner: whom, okrugWinners says.
			q := pl
			q.Line = "outcome"
			c.ne.add(PublishedOutcome, "the recount's tie awaits lots", &q)
			c.okrugWinners(o, ro, pl)
		case o.Outcome != "" && ro.Outcome != "" && o.Outcome != ro.Outcome:
			c.cmp.add(PublishedOutcome, false)
			q := pl
			q.Line = "outcome"
			c.add(newFinding(PublishedOutcome, q, ro.Outcome, o.Outcome, 0, nil))
		case o.Winner != "" || len(o.Winners) > 0 || o.Outcome != "":
			if o.Outcome != "" && ro.Outcome != "" {
				c.cmp.add(PublishedOutcome, true)
			}
			c.okrugWinners(o, ro, pl)
		default:
			c.ne.add(PublishedWinner, "not published", &pl)
		}
	}
	c.of("") // (the okrugs taken together: the summary's)
	if len(c.s.Okrugs) == 0 {
		// A summary of the list tier alone publishes no okrug: that is
		// not evaluated, not a missing okrug per okrug.
		if len(c.rc.Okrugs) > 0 {
			c.ne.add(PublishedMissingOkrug, "the summary publishes no okrug", nil)
		}
		return
	}
	for _, o := range c.rc.Okrugs {
		if seen[o.ID] == 0 {
			c.add(newFinding(PublishedMissingOkrug, Place{Level: LevelOkrug, Okrug: o.ID}, o.ID, notPublished, 0, nil))
		}
	}
}

// publishedSaid names what a summary publishes of okrug o's outcome:
// its outcome, its winner or its winners (as the summary writes them),
// for a line that cannot compare them with the recount.
func publishedSaid(o PublishedOkrug) string {
	var said []string
	if o.Outcome != "" {
		said = append(said, "outcome "+strconv.Quote(o.Outcome))
	}
	if o.Winner != "" {
		said = append(said, "winner "+strconv.Quote(o.Winner))
	}
	if len(o.Winners) > 0 {
		ws := make([]string, len(o.Winners))
		for i, w := range o.Winners {
			ws[i] = strconv.Quote(w)
		}
		said = append(said, "winners "+strings.Join(ws, ", "))
	}
	return strings.Join(said, " and ")
}

// okrugWinners compares the published winner of an okrug, or its list of
// winners, with the recount (S308). In a district of several seats the
// recount elects several: a published winner is one of them, a published
// list of winners is the same deputies, in any order; an okrug of one
// seat has its winner, or a list of it alone. A recount without a winner
// says its outcome (a second round, a repeat election), not an empty
// name.
func (c *pubChecker) okrugWinners(o PublishedOkrug, ro RecountOkrug, pl Place) {
	q := pl
	q.Line = "winner"
	elected := ro.Elected
	if len(elected) == 0 && ro.Winner != "" {
		elected = []string{ro.Winner}
	}
	want := cmp.Or(strings.Join(elected, ", "), ro.Outcome)
	// A tie awaiting lots: a published winner among the tied may have
	// won the lot, which the recount does not have.
	tied := func(id string) bool { return ro.Outcome == "tie" && slices.Contains(ro.Tied, id) }
	awaits := func() {
		c.ne.add(PublishedWinner, "the recount's tie awaits lots: "+strings.Join(ro.Tied, ", "), &q)
	}
	if o.Winner != "" && slices.Contains(elected, o.Winner) {
		c.cmp.add(PublishedWinner, true)
	} else if o.Winner != "" {
		if tied(o.Winner) {
			awaits()
		} else {
			c.cmp.add(PublishedWinner, false)
			f := newFinding(PublishedWinner, q, want, o.Winner, 0, nil)
			if len(ro.Elected) > 0 {
				f.say.body = words.Of("finding.S308.district")
			}
			if len(elected) == 1 && !ro.candidate(o.Winner) {
				// A winner the okrug has no candidate of, by ID or name:
				// the recount's winner with its name, and the
				// candidates the summary may name.
				f.say.body = words.Of("finding.S308.unknown")
				f.say.args = vars{"winner": same(ro.label(elected[0])), "candidates": same(ro.list())}
			}
			c.add(f)
		}
	}
	if o.Winner == "" && len(o.Winners) == 0 && len(elected) > 0 {
		// An outcome published without its winner: the winner is not
		// compared, and said (never gone from both lists).
		c.ne.add(PublishedWinner, "not published", &q)
	}
	if len(o.Winners) > 0 && sameSet(o.Winners, elected) {
		c.cmp.add(PublishedWinner, true)
	} else if len(o.Winners) > 0 {
		// Every deputy the recount elects, and the others among the
		// tied, once each: only the lots can tell.
		fits := ro.Outcome == "tie" && len(o.Winners) > len(elected) && !slices.ContainsFunc(elected, func(id string) bool { return !slices.Contains(o.Winners, id) })
		for i, id := range o.Winners {
			fits = fits && (slices.Contains(elected, id) || tied(id)) && !slices.Contains(o.Winners[:i], id)
		}
		if fits {
			awaits()
		} else {
			c.cmp.add(PublishedWinner, false)
			c.add(winnersDiffer(q, want, o.Winners, elected))
		}
	}
}

// winnersDiffer is the S308 finding of a published list of winners that
// is not the recount's. Its Want and Got keep both lists whole; its
// sentence names only the deputies that differ, sorted, each whole: a
// long list cut to its first characters would hide the one name that
// differs. A recount that elects no one says its outcome instead.
func winnersDiffer(q Place, want string, published, elected []string) Finding {
	f := newFinding(PublishedWinner, q, want, strings.Join(published, ", "), 0, nil)
	if len(elected) == 0 {
		f.say.body = words.Of("finding.S308.list")
		return f
	}
	extra, missing := without(published, elected), without(elected, published)
	f.say.args = vars{"extra": same(names(extra)), "missing": same(names(missing))}
	switch {
	case len(extra) > 0 && len(missing) > 0:
		f.say.body = words.Of("finding.S308.both")
	case len(extra) > 0:
		f.say.body = words.Of("finding.S308.extra")
	default:
		f.say.body = words.Of("finding.S308.missing")
	}
	return f
}

// without returns the IDs of a not in b, sorted, each as many times more
// as a holds it than b does.
func without(a, b []string) []string {
	left := slices.Clone(b)
	var out []string
	for _, id := range slices.Sorted(slices.Values(a)) {
		if i := slices.Index(left, id); i >= 0 {
			left = slices.Delete(left, i, i+1)
			continue
		}
		out = append(out, id)
	}
	return out
}

// names joins IDs for a sentence, each echoed whole or, past echo's
// limit, cut on its own.
func names(ids []string) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = echo.Text(id)
	}
	return strings.Join(s, ", ")
}

// sameSet says whether a and b hold the same IDs, each as often.
func sameSet(a, b []string) bool {
	return slices.Equal(slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b)))
}

// okrugVotes compares the published votes of an okrug's candidates with
// the recount (S315), candidate by candidate in ID order.
func (c *pubChecker) okrugVotes(o PublishedOkrug, ro RecountOkrug, pl Place) {
	if len(o.Votes) == 0 {
		return
	}
	if ro.Votes == nil {
		c.ne.add(PublishedOkrugVotes, "the recount does not give the okrug's votes by candidate", &pl)
		return
	}
	for _, id := range slices.Sorted(maps.Keys(ro.Votes)) {
		if _, ok := o.Votes[id]; !ok {
			// A candidate the summary's votes leave out (its winner,
			// even): not compared, and a finding says so.
			q := pl
			q.Candidate = id
			c.add(newFinding(PublishedMissingCandidate, q, strconv.FormatInt(ro.Votes[id], 10), notPublished, 0, vars{"candidate": same(ro.label(id))}))
		}
	}
	for _, id := range slices.Sorted(maps.Keys(o.Votes)) {
		got := o.Votes[id]
		q := pl
		q.Candidate = id
		want, ok := ro.Votes[id]
		if !ok && id == WriteIn && !ro.candidate(id) {
			c.ne.add(PublishedOkrugVotes, "the recount has no write-in choice (ID write-in): the published write-ins are not compared", &q)
			continue
		}
		if !ok {
			c.cmp.add(PublishedOkrugVotes, false)
			f := newFinding(PublishedOkrugVotes, q, "none (not a candidate in the okrug)", strconv.FormatInt(got, 10), got, vars{"candidate": same(echo.Text(id))})
			if !ro.candidate(id) {
				// Neither an ID nor, exactly, a name of the okrug's
				// candidates: the summary says whom by the mapping's
				// IDs (or names), listed.
				f.say.body = words.Of("finding.S315.unknown")
				f.say.args["candidates"] = same(ro.list())
			}
			c.add(f)
			continue
		}
		if n := ro.VotesMissing[id]; n > 0 && got >= want {
			if most, ok := ro.VotesMissingAtMost[id]; ok && most >= 0 && want <= math.MaxInt64-most && got > want+most {
				// Above the most the recount's votes and those missing
				// could add up to: refuted, whatever they are.
				c.cmp.add(PublishedOkrugVotes, false)
				f := newFinding(PublishedOkrugVotes, q, "<= "+strconv.FormatInt(want+most, 10), strconv.FormatInt(got, 10), got-want-most,
					vars{"candidate": same(ro.label(id)), "counted": same(strconv.FormatInt(want, 10)), "most": same(strconv.FormatInt(most, 10)), "n": same(strconv.Itoa(n)), "bound": same(strconv.FormatInt(want+most, 10))})
				f.say.body = words.Of("finding.S315.bound")
				c.add(f)
				continue
			}
			c.ne.add(PublishedOkrugVotes, partialReason(id, n), &q)
			continue
		}
		if n := o.VotesMissing[id]; n > 0 && got <= want {
			c.ne.add(PublishedOkrugVotes, publishedPartialReason(id, n), &q)
			continue
		}
		c.cmp.add(PublishedOkrugVotes, got == want)
		if got != want {
			c.add(newFinding(PublishedOkrugVotes, q, strconv.FormatInt(want, 10), strconv.FormatInt(got, 10), gapOf(big.NewInt(got), big.NewInt(want)), vars{"candidate": same(ro.label(id))}))
		}
	}
}

// okrugPercent checks the published shares of an okrug's candidates
// (S301 against the recount, S316 and S317 against the published votes
// and base), as lists() checks a list's, candidate by candidate in ID
// order: Ghana's 2020 Ashanti collation, NPP "71.77 per cent of the total
// valid ballots cast", which is 72.79 of the valid votes and 71.77 of
// the votes cast (S301 says so: otherBase).
func (c *pubChecker) okrugPercent(o PublishedOkrug, ro RecountOkrug, pl Place) {
	if len(o.Percent) == 0 || c.badRules {
		return
	}
	base, baseReason := c.okrugBase(ro)
	pubBase, pubBaseReason := c.publishedBase()
	if c.s.Base == BaseVotes {
		pubBase, pubBaseReason = sumVotes(o.Votes, "the summary does not publish the okrug's votes, the base of its shares")
	}
	for _, id := range slices.Sorted(maps.Keys(o.Percent)) {
		q := pl
		q.Candidate, q.Line = id, "percent"
		named := vars{"candidate": same(ro.label(id))}
		want, ok := ro.Votes[id]
		var own, rec *ratio
		ownWhy, recWhy := pubBaseReason, baseReason
		got, published := o.Votes[id]
		switch {
		case !published:
			ownWhy = "the candidate's votes are not published"
		case o.VotesMissing[id] > 0:
			ownWhy = publishedPartialReason(id, o.VotesMissing[id])
		case pubBaseReason == "":
			own = &ratio{got, pubBase}
		}
		switch {
		case !ok:
			recWhy = "the recount has no votes of " + echo.Quote(id) + " in the okrug"
		case recWhy == "" && ro.VotesMissing[id] > 0:
			recWhy = partialReason(id, ro.VotesMissing[id])
		case recWhy == "":
			rec = &ratio{want, base}
		}
		follows := func() ([]Code, Message) { return c.okrugFollows(got, want, pubBase, base) }
		c.share(PublishedPercent, q, o.Percent[id], own, ownWhy, rec, recWhy, follows, published && got != want, named)
	}
}

// okrugBase returns the base of an okrug's shares in the recount, or why
// it is not known: the sum of its votes for base "votes"; else the
// recount's totals (base()), which are the okrug's only where the
// election is of that one okrug.
func (c *pubChecker) okrugBase(ro RecountOkrug) (int64, string) {
	if c.s.Base == BaseVotes {
		if len(ro.VotesMissing) > 0 {
			return 0, "counted protocols do not give some candidates' votes: the sum of the okrug's votes is not evaluated"
		}
		return sumVotes(ro.Votes, "the recount does not give the okrug's votes by candidate")
	}
	if len(c.rc.Okrugs) != 1 {
		return 0, "the recount's totals are of several okrugs, not of this one: the base of an okrug's shares is known for an election of one okrug (a president's), or for base \"votes\""
	}
	return c.base()
}

// sumVotes is the sum of votes, or why it is not known (none: missing).
func sumVotes(votes map[string]int64, missing string) (int64, string) {
	if len(votes) == 0 {
		return 0, missing
	}
	var sum int64
	for _, v := range votes {
		if v < 0 || sum > math.MaxInt64-v {
			return 0, "the sum of the okrug's votes is not known (a negative figure, or past int64)"
		}
		sum += v
	}
	if sum == 0 {
		return 0, "the base of the percentages is 0"
	}
	return sum, ""
}

// okrugFollows names the published figures a candidate's share rests on
// that differ from the recount's: its votes (S315) and the base (S305,
// S306, S318), as listFollows does for a list.
func (c *pubChecker) okrugFollows(got, want, pubBase, base int64) ([]Code, Message) {
	var codes []Code
	var keys, texts []string
	if got != want {
		codes, keys, texts = append(codes, PublishedOkrugVotes), append(keys, "candidate_votes"), append(texts, string(PublishedOkrugVotes))
	}
	if pubBase != base {
		code, key := PublishedParticipants, "participants"
		switch c.s.Base {
		case BaseVoters:
			code, key = PublishedVoters, "voters"
		case BaseValid:
			code, key = PublishedValid, "valid"
		case BaseVotes:
			code, key = PublishedOkrugVotes, "other_candidates"
		}
		codes, keys, texts = append(codes, code), append(keys, key), append(texts, string(code))
	}
	return codes, followsText(keys, texts)
}

// regionVotes compares the published votes of an okrug's candidates in
// each region with the recount (S319), region by region and candidate by
// candidate in ID order.
func (c *pubChecker) regionVotes(o PublishedOkrug, ro RecountOkrug, pl Place) {
	if len(o.Regions) == 0 {
		return
	}
	if ro.Regions == nil {
		c.ne.add(PublishedRegionVotes, "the recount does not give the okrug's votes by region (an election of several okrugs, or of no region)", &pl)
		return
	}
	for _, reg := range slices.Sorted(maps.Keys(o.Regions)) {
		rr, known := ro.Regions[reg]
		for _, id := range slices.Sorted(maps.Keys(o.Regions[reg])) {
			got := o.Regions[reg][id]
			q := pl
			q.Region, q.Candidate = reg, id
			args := vars{"candidate": same(echo.Text(id)), "region": same(echo.Text(reg))}
			want, ok := rr.Votes[id]
			switch {
			case !known:
				c.cmp.add(PublishedRegionVotes, false)
				c.add(newFinding(PublishedRegionVotes, q, "none (not a region of the recount)", strconv.FormatInt(got, 10), got, args))
				continue
			case !ok && rr.VotesMissing[id] > 0:
				c.ne.add(PublishedRegionVotes, fmt.Sprintf("no counted protocol of the region gives the votes of %s (%d do not)", echo.Quote(id), rr.VotesMissing[id]), &q)
				continue
			case !ok:
				c.cmp.add(PublishedRegionVotes, false)
				c.add(newFinding(PublishedRegionVotes, q, "none (not a candidate in the okrug)", strconv.FormatInt(got, 10), got, args))
				continue
			}
			if n := rr.VotesMissing[id]; n > 0 && got >= want {
				c.ne.add(PublishedRegionVotes, partialReason(id, n), &q)
				continue
			}
			c.cmp.add(PublishedRegionVotes, got == want)
			if got != want {
				c.add(newFinding(PublishedRegionVotes, q, strconv.FormatInt(want, 10), strconv.FormatInt(got, 10), gapOf(big.NewInt(got), big.NewInt(want)), args))
			}
		}
	}
}

// listRegionVotes compares the published votes of list l in each region
// with the recount (S321), region by region in ID order: a region the
// recount does not have is a finding, a region where no counted protocol
// gives the list's votes is not evaluated.
func (c *pubChecker) listRegionVotes(l PublishedList, pl Place, named vars) {
	if len(l.Regions) == 0 {
		return
	}
	if c.rc.ListRegions == nil {
		c.ne.add(PublishedListRegionVotes, "the recount does not give the lists' votes by region (the mapping maps no region, nor does the definition define any)", &pl)
		return
	}
	for _, reg := range slices.Sorted(maps.Keys(l.Regions)) {
		got := l.Regions[reg]
		q := pl
		q.Region, q.Line = reg, "votes"
		rr, known := c.rc.ListRegions[reg]
		want, ok := rr.Votes[l.ID]
		switch {
		case !known:
			c.cmp.add(PublishedListRegionVotes, false)
			v := vars{"regions": same(regionList(c.rc.ListRegions))}
			maps.Copy(v, named)
			f := newFinding(PublishedListRegionVotes, q, "none (not a region of the recount)", strconv.FormatInt(got, 10), got, v)
			f.say.body = words.Of("finding.S321.unknown")
			c.add(f)
			continue
		case !ok:
			c.ne.add(PublishedListRegionVotes, fmt.Sprintf("no counted protocol of the region gives the votes of %s (%d do not)", echo.Quote(l.ID), rr.VotesMissing[l.ID]), &q)
			continue
		}
		if n := rr.VotesMissing[l.ID]; n > 0 && got >= want {
			c.ne.add(PublishedListRegionVotes, partialReason(l.ID, n), &q)
			continue
		}
		c.cmp.add(PublishedListRegionVotes, got == want)
		if got != want {
			c.add(newFinding(PublishedListRegionVotes, q, strconv.FormatInt(want, 10), strconv.FormatInt(got, 10), gapOf(big.NewInt(got), big.NewInt(want)), named))
		}
	}
}

// regionList says the recount's regions for a finding's sentence: their
// IDs in order, the first 10, and how many more.
func regionList(rs map[string]RecountRegion) string {
	ids := slices.Sorted(maps.Keys(rs))
	if len(ids) > 10 {
		return strings.Join(ids[:10], ", ") + fmt.Sprintf(", %d more", len(ids)-10)
	}
	return strings.Join(ids, ", ")
}

// partialReason says why a published figure of choice id is not compared
// with the recount's: missing counted protocols do not give its votes, so
// the recount's is a partial sum, and a figure at or above it may be the
// whole.
func partialReason(id string, missing int) string {
	return fmt.Sprintf("the recount's votes of %s are a partial sum (%d counted protocols do not give them): a published figure at or above it is neither confirmed nor refuted", echo.Quote(id), missing)
}

// publishedPartialReason says why a published figure of choice id that
// the publication gives as a partial sum is not compared with the
// recount's: a lower bound at or below the recount's figure may be part
// of it.
func publishedPartialReason(id string, missing int) string {
	return fmt.Sprintf("the published votes of %s are a partial sum (the publication says %d counted protocols do not give them): at or below the recount's figure, they are neither confirmed nor refuted", echo.Quote(id), missing)
}

// okrugOf returns the okrug whose recounted votes give candidate id, or "".
func (c *pubChecker) okrugOf(id string) string {
	for _, o := range c.rc.Okrugs {
		if _, ok := o.Votes[id]; ok && id != election.AgainstAll {
			return o.ID
		}
	}
	return ""
}
