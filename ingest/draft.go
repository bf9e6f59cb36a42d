package ingest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/echo"
)

// Draft is a mapping guessed from a protocols file's header row and cells
// (DraftMapping), for its user to confirm: Mapping holds the guesses,
// Mapping.Guesses says each one in a sentence. For a cast-vote record, a
// file of ballots, Ballots holds its ballot mapping instead (its guesses
// in Ballots.Guesses) and Mapping is empty.
type Draft struct {
	Mapping Mapping
	Ballots *BallotMapping
}

// draftRows is a drafted row filter as JSON: its columns by header.
type draftRows struct {
	Where []draftCondition `json:"where"`
}

type draftCondition struct {
	Column any      `json:"column"`
	Values []string `json:"values,omitempty"`
	Except []string `json:"except,omitempty"`
}

// draftColumn writes a column by its header, or by its number when it has
// none (a transposed file's header row, its labels under no text).
func draftColumn(c Column) any {
	if c.Header == "" && c.Index > 0 {
		return map[string]int{"column": c.Index}
	}
	return c.Header
}

// draftColumns writes columns each as draftColumn does.
func draftColumns(cs []Column) []any {
	out := make([]any, len(cs))
	for i, c := range cs {
		out[i] = draftColumn(c)
	}
	return out
}

// choiceColumn writes a long file's choice column, one or several (or
// joined), or its votes column, one or a sum.
func choiceColumn(c Column) any {
	if len(c.Columns) > 0 && c.Join {
		return struct {
			Columns []any `json:"columns"`
			Join    bool  `json:"join"`
		}{draftColumns(c.Columns), true}
	}
	if len(c.Columns) > 0 {
		return map[string][]any{"columns": draftColumns(c.Columns)}
	}
	return draftColumn(c)
}

// conditionColumn writes a row filter's column by its header, or by its
// number when it has none.
func conditionColumn(c Column) any {
	if c.Header == "" && c.Index > 0 {
		return c.Index
	}
	return c.Header
}

// JSON writes the drafted mapping, its guesses first, in a form
// ReadMapping reads as it is: headers as strings, the precinct as a
// string, {"columns": [...]} or {"value": "..."}.
func (d *Draft) JSON() ([]byte, error) {
	if d == nil {
		return nil, errors.New("ingest: nil draft")
	}
	if d.Ballots != nil {
		return d.ballotsJSON()
	}
	m := d.Mapping
	type out struct {
		Guesses       []string          `json:"_guesses,omitempty"`
		NoHeader      bool              `json:"no_header,omitempty"`
		RowNames      bool              `json:"row_names,omitempty"`
		SkipRows      int               `json:"skip_rows,omitempty"`
		FooterRows    int               `json:"footer_rows,omitempty"`
		HeaderRows    int               `json:"header_rows,omitempty"`
		Delimiter     string            `json:"delimiter,omitempty"`
		Trailing      bool              `json:"trailing_delimiter,omitempty"`
		Encoding      string            `json:"encoding,omitempty"`
		FillDown      []any             `json:"fill_down,omitempty"`
		Shape         string            `json:"layout,omitempty"`
		LabelColumn   any               `json:"label_column,omitempty"`
		Precinct      any               `json:"precinct"`
		Region        any               `json:"region,omitempty"`
		Abroad        any               `json:"abroad,omitempty"`
		AbroadValues  map[string]bool   `json:"abroad_values,omitempty"`
		Okrug         any               `json:"okrug,omitempty"`
		OkrugID       string            `json:"okrug_id,omitempty"`
		Ballot        string            `json:"ballot,omitempty"`
		BallotColumn  any               `json:"ballot_column,omitempty"`
		BallotValues  map[string]string `json:"ballot_values,omitempty"`
		Rows          *draftRows        `json:"rows,omitempty"`
		MachineColumn any               `json:"machine_column,omitempty"`
		MachineValues map[string]bool   `json:"machine_values,omitempty"`
		Lines         map[string]any    `json:"lines,omitempty"` // a header, or {"columns": [...]}
		Votes         map[string]any    `json:"votes,omitempty"`
		EmptyVotes    string            `json:"empty_votes,omitempty"`
		EmptyCells    string            `json:"empty_cells,omitempty"`
		Thousands     string            `json:"thousands,omitempty"`
		DigitGrouping string            `json:"digit_grouping,omitempty"`
		NotGiven      []string          `json:"not_given,omitempty"`
		ChoiceColumn  any               `json:"choice_column,omitempty"`
		ChoiceList    any               `json:"choice_list_column,omitempty"`
		VotesColumn   any               `json:"votes_column,omitempty"`
		Totals        map[string]any    `json:"totals,omitempty"`
		ChoiceRows    string            `json:"choice_rows,omitempty"`
		ChoiceValues  map[string]string `json:"choice_values,omitempty"`
		LineValues    map[string]string `json:"line_values,omitempty"`
		Aggregates    []string          `json:"aggregates,omitempty"`
		BlankVotes    []string          `json:"blank_votes,omitempty"`
		Ignore        []any             `json:"ignore,omitempty"`
	}
	o := out{Guesses: m.Guesses, OkrugID: m.OkrugID, ChoiceRows: m.ChoiceRows, NoHeader: m.NoHeader, RowNames: m.RowNames, EmptyCells: m.EmptyCells, Thousands: m.Thousands, DigitGrouping: m.DigitGrouping, NotGiven: m.NotGiven, SkipRows: m.SkipRows, FooterRows: m.FooterRows, HeaderRows: m.HeaderRows, Delimiter: m.Delimiter, Trailing: m.TrailingDelimiter, Encoding: m.Encoding, Shape: m.Shape, Ballot: m.Ballot, MachineValues: m.MachineValues, EmptyVotes: m.EmptyVotes,
		Lines: map[string]any{}, Votes: map[string]any{}, ChoiceValues: m.ChoiceValues, LineValues: map[string]string{}, Aggregates: m.Aggregates, BlankVotes: m.BlankVotes}
	if m.ChoiceColumn != nil {
		o.ChoiceColumn, o.VotesColumn = choiceColumn(*m.ChoiceColumn), choiceColumn(*m.VotesColumn)
	}
	if m.ChoiceListColumn != nil {
		o.ChoiceList = draftColumn(*m.ChoiceListColumn)
	}
	for _, k := range sortedKeys(m.Totals) {
		if o.Totals == nil {
			o.Totals = map[string]any{}
		}
		o.Totals[k] = draftColumn(m.Totals[k])
	}
	if len(m.FillDown) > 0 {
		o.FillDown = draftColumns(m.FillDown)
	}
	if len(m.Ignore) > 0 {
		o.Ignore = draftColumns(m.Ignore)
	}
	if m.LabelColumn != nil {
		o.LabelColumn = choiceColumn(*m.LabelColumn)
	}
	if m.BallotColumn != nil {
		o.BallotColumn, o.BallotValues = draftColumn(*m.BallotColumn), m.BallotValues
	}
	if m.Rows != nil {
		o.Rows = &draftRows{}
		for _, c := range m.Rows.Where {
			o.Rows.Where = append(o.Rows.Where, draftCondition{Column: conditionColumn(c.Column), Values: c.Values, Except: c.Except})
		}
	}
	for k, l := range m.LineValues {
		o.LineValues[k] = string(l)
	}
	if len(m.Delimiter) == 1 && m.Delimiter == "," {
		o.Delimiter = ""
	}
	if len(m.Precinct.Columns) > 0 {
		o.Precinct = map[string][]any{"columns": draftColumns(m.Precinct.Columns)}
	} else if m.Precinct.Value != "" {
		o.Precinct = map[string]string{"value": m.Precinct.Value}
	} else {
		o.Precinct = draftColumn(m.Precinct)
	}
	if m.Region != nil {
		o.Region = draftColumn(*m.Region)
	}
	if m.Abroad != nil {
		o.Abroad, o.AbroadValues = draftColumn(*m.Abroad), m.AbroadValues
	}
	switch {
	case m.Okrug != nil && len(m.Okrug.Columns) > 0:
		o.Okrug = map[string][]any{"columns": draftColumns(m.Okrug.Columns)}
	case m.Okrug != nil:
		o.Okrug = draftColumn(*m.Okrug)
	}
	if m.MachineColumn != nil {
		o.MachineColumn = draftColumn(*m.MachineColumn)
	}
	for l, c := range m.Lines {
		o.Lines[string(l)] = draftColumn(c)
		if len(c.Columns) > 0 { // a sum
			o.Lines[string(l)] = map[string][]any{"columns": draftColumns(c.Columns)}
		}
	}
	for id, c := range m.Votes {
		o.Votes[id] = draftColumn(c)
		if len(c.Columns) > 0 { // a sum (a coalition's parts)
			o.Votes[id] = map[string][]any{"columns": draftColumns(c.Columns)}
		}
	}
	return draftJSON(o)
}

// draftJSON writes a drafted mapping as the draft prints it: indented by
// two spaces, "<" and ">" as they are.
func draftJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// lineRule names a protocol line by the words of a header.
type lineRule struct {
	line  election.Line
	words []string
}

// reads says whether the rule reads h (lower case) as its line, by whole
// words, none of them after a negation alone ("not valid": negatedWords).
// "reg" alone, the registered voters, also abbreviates a region:
// beside a code's or a name's word ("reg_code", "reg_no") it names
// regions, not voters.
func (lw lineRule) reads(h string) bool {
	if w, whole := strings.CutPrefix(lw.words[0], "="); whole {
		return strings.TrimSpace(h) == w
	}
	if !wordsIn(h, lw.words) || negatedWords(h, lw.words) {
		return false
	}
	if lw.line == election.Voters && anyWords(h, votedW) {
		return false // those of the register who voted: took part
	}
	return !slices.Equal(lw.words, []string{"reg"}) || !anyWords(h, idH) && !anyWords(h, nameWords)
}

// votedW name, by whole words, those who voted, never the register
// (France's and Niger's "Nombre d'inscrits ayant voté", the registered
// who voted, beside "Nombre total d'électeurs inscrits"): a header that
// reads as line voters with one of them is not that line.
var votedW = []string{"ayant voté", "ayant vote", "votants", "voted", "who voted"}

// lineWords recognises the protocol lines in the usual wording of Russian,
// Kyrgyz and Ukrainian commission forms and of English results files (and
// the line names themselves): the first
// rule whose every word begins a word of the header (lower case, ё as е;
// lineRule.stems) names it. Rules for a narrower line come before a
// wider one ("вне помещения" before "в помещении", "не учтен при
// получении" before "получен"); a negated form is none of its positive
// ("действительн" begins no word of "недействительных").
var lineWords = []lineRule{
	{election.Voters, []string{"избирател", "в спис"}},
	{election.Voters, []string{"шайлоочулардын тизмесине"}},
	{election.Voters, []string{"участников голосования", "в спис"}}, // a referendum's
	{election.IssuedEarly, []string{"досрочно"}},
	{election.IssuedEarly, []string{"мөөнөтүнөн мурда"}},
	{election.IssuedOutside, []string{"вне помещени"}},
	{election.IssuedOutside, []string{"жайынан тышкары"}},
	{election.IssuedInRoom, []string{"выдан", "в помещении"}},
	{election.IssuedInRoom, []string{"бюллетен", "выдан", "на избирательн", "в день голосования"}}, // 2000-2004
	{election.IssuedInRoom, []string{"добуш берүү жайында"}},
	{election.Unaccounted, []string{"не учтен"}},
	{election.Unaccounted, []string{"эсепке алынбаган"}},
	{election.Received, []string{"бюллетен", "получен"}},
	{election.Received, []string{"алган", "бюллетен"}},
	{election.Cancelled, []string{"погашен", "бюллетен"}},
	{election.Cancelled, []string{"жокко чыгарылган"}},
	{election.FoundMobile, []string{"переносн"}},
	{election.FoundMobile, []string{"көчмө"}},
	{election.FoundStationary, []string{"стационарн"}},
	{election.FoundStationary, []string{"стационардык"}},
	{election.Invalid, []string{"недействительн"}},
	{election.Invalid, []string{"жараксыз"}},
	{election.Valid, []string{"действительн"}},
	{election.Valid, []string{"жарактуу"}},
	{election.Lost, []string{"утрачен", "бюллетен"}},
	{election.Lost, []string{"бюллет", "об утрате"}},
	{election.Lost, []string{"жоголгон"}},
	// Ukrainian forms (the CVK's precinct protocol), whole or as the
	// CVK's tables cut them ("К-сть невикор. бюлетенів", "у приміщ.",
	// "за місцем перебув."). Those who received a ballot "at their
	// place of stay" are issued outside; the voters of the extract for
	// voting there ("внесених до витягу ... за місцем перебування") are
	// no built-in line.
	{election.Voters, []string{"виборців", "до списку"}},
	{election.IssuedOutside, []string{"отримал", "за місцем перебув"}},
	{election.IssuedInRoom, []string{"отримал", "приміщ"}},
	{election.Received, []string{"бюлетен", "отриман"}},
	{election.Received, []string{"бюлетен", "одержан"}},
	{election.Cancelled, []string{"погашен", "бюлетен"}},
	{election.Cancelled, []string{"невикор", "бюлетен"}},
	{election.Invalid, []string{"недійсн"}},
	{election.Lost, []string{"втрачен", "бюлетен"}},
	// Serbian, Croatian, Bosnian and Montenegrin forms, in Latin letters
	// (with the marks or without them, as files drop them) and in
	// Cyrillic: "Број бирача уписаних у бирачки списак", "Примљени",
	// "Неупотребљени" (unused, set apart), "Гласали" (those who voted,
	// each given a ballot: the ballots issued), "У гласачкој кутији"
	// (found in the box), "Неважећи", "Важећи". Invalid before valid:
	// "nevažeći" holds "važeći".
	{election.Voters, []string{"upisan", "birač"}},
	{election.Voters, []string{"upisan", "birac"}},
	{election.Voters, []string{"уписан", "бирач"}},
	{election.Received, []string{"primljen"}},
	{election.Received, []string{"примљен"}},
	{election.Cancelled, []string{"neupotreblj"}},
	{election.Cancelled, []string{"neupotrijeblj"}},
	{election.Cancelled, []string{"неупотребљ"}},
	{election.Cancelled, []string{"неупотријебљ"}},
	// Croatia's "Ukupno birača" (all voters: those on the register) and
	// "Glasovalo birača (po listićima)" (those who voted, counted by the
	// ballots: the ballots found in the box, invalid and valid), before
	// "glasoval", which is the ballots issued.
	{election.Voters, []string{"ukupno birača"}},
	{election.Voters, []string{"ukupno biraca"}},
	{election.Voters, []string{"укупно бирача"}},
	{election.FoundStationary, []string{"po listić"}},
	{election.FoundStationary, []string{"po listic"}},
	{election.FoundStationary, []string{"по листић"}},
	{election.IssuedInRoom, []string{"glasal"}},
	{election.IssuedInRoom, []string{"glasoval"}},
	{election.IssuedInRoom, []string{"гласал"}},
	{election.FoundStationary, []string{"kutij"}},
	{election.FoundStationary, []string{"кутиј"}},
	{election.Invalid, []string{"nevažeć"}},
	{election.Invalid, []string{"nevazec"}},
	{election.Invalid, []string{"неважећ"}},
	{election.Valid, []string{"važeć"}},
	{election.Valid, []string{"vazec"}},
	{election.Valid, []string{"важећ"}},
	// Slovenian (the DVK's results): the voters "v volilnem imeniku" (on
	// the register), "Glasovalo" (voted: "glasoval" above, as Croatian's),
	// "Neveljavne glasovnice" and "Veljavne glasovnice" (the invalid and
	// the valid ballot papers); Macedonian "Неважечки" and "Важечки";
	// Bulgarian "Недействителни" and "Действителни" (Russian's
	// "действительн" has a soft sign); Czech and Slovak "Neplatné hlasy",
	// "neplatných hlasovacích lístkov" (invalid votes, ballot papers).
	// (Their valid votes, "platné hlasy", head a long file's figure of one
	// choice too: englishLineWords, of wide files alone.)
	{election.Voters, []string{"volilnem imeniku"}},
	{election.Invalid, []string{"neveljavn"}},
	{election.Valid, []string{"veljavn"}},
	{election.Invalid, []string{"неважечк"}},
	{election.Valid, []string{"важечк"}},
	{election.Invalid, []string{"недействителн"}},
	{election.Valid, []string{"действителн"}},
	{election.Invalid, []string{"neplatn"}},
	// Hungarian (the NVI's protocols): "Választópolgárok száma" (the
	// voters), "Érvénytelen" and "Érvényes" (invalid before valid).
	{election.Voters, []string{"választópolgár"}},
	{election.Invalid, []string{"érvénytelen"}},
	{election.Valid, []string{"érvényes"}},
	// Bosnia's CIK in its tables of the turnout: "Broj birača", the
	// number of voters (on the register: those who voted are "glasali",
	// above), and "Broj listića", the number of ballots, those cast (the
	// ballots received, unused, invalid and valid are named above).
	{election.Voters, []string{"broj birača"}},
	{election.Voters, []string{"broj biraca"}},
	{election.Voters, []string{"број бирача"}},
	{election.FoundStationary, []string{"broj listića"}},
	{election.FoundStationary, []string{"broj listica"}},
	{election.FoundStationary, []string{"број листића"}},
	// Polish (the PKW's files) and German (the Bundeswahlleiter's and
	// the municipalities'): the lines that are the built-in form's. The
	// PKW's invalid ballots and invalid votes are two lines, which the
	// form's one line "invalid" is the sum of (invalidParts).
	{election.Voters, []string{"wyborców uprawnionych"}},
	{election.Received, []string{"otrzymał", "kart"}},
	{election.Cancelled, []string{"nie wykorzystano", "kart"}},
	{election.Valid, []string{"głosów ważnych"}},
	{election.Voters, []string{"wahlberechtigt"}},
	{election.Invalid, []string{"ungültig"}},
	{election.Invalid, []string{"ungueltig"}},
	{election.Valid, []string{"gültig"}},
	{election.Valid, []string{"gueltig"}},
	// Spanish (Mexico's INE: LISTA_NOMINAL, NULOS; Spain's mesas: Total
	// censo electoral, Votos válidos, Votos nulos).
	{election.Voters, []string{"lista", "nominal"}},
	// (Colombia's Registraduría: "Potencial votantes", the voters;
	// "Total Votantes", those who voted, though its words go on
	// "Validos+Nulos+No Marcados"; "Votos validos" unaccented.)
	{election.Voters, []string{"potencial", "votantes"}},
	// (Guatemala's TREP: "Votos Inválidos" beside "Votos Nulos", the
	// invalid votes, whose "válidos" is no stem: lineRule.stems.)
	{election.FoundStationary, []string{"total", "votantes"}},
	{election.Invalid, []string{"votos", "inválidos"}},
	{election.Invalid, []string{"votos", "invalidos"}},
	{election.Valid, []string{"votos", "validos"}},
	{election.Invalid, []string{"nulos"}},
	// (Uruguay's Corte Electoral: "Total_Anulados", the null ballots.)
	{election.Invalid, []string{"anulado"}},
	{election.Voters, []string{"censo", "electoral"}},
	{election.Valid, []string{"votos", "válidos"}},
	// Catalan (Catalonia's files of Spain's elections by secció:
	// NUM_ELECTORS the voters, NUM_VOTANTS those who voted, VOTS_NULS
	// the null votes; its VOTS_BLANCS are valid votes, as in Spanish).
	{election.Voters, []string{"num", "electors"}},
	{election.Voters, []string{"nombre", "electors"}},
	{election.FoundStationary, []string{"num", "votants"}},
	{election.FoundStationary, []string{"nombre", "votants"}},
	{election.Invalid, []string{"vots", "nuls"}},
	{election.Valid, []string{"vots", "vàlids"}},
	{election.Valid, []string{"vots", "valids"}},
	// Slovakia's Statistical Office by okrsok: the voters registered
	// ("Počet zapísaných voličov"), those who took part, each given an
	// envelope ("zúčastnených voličov"), the envelopes handed in
	// ("odovzdaných obálok"), the valid votes for all candidates (the
	// valid votes of one candidate head a long file's votes column).
	{election.Voters, []string{"zapísaných voličov"}},
	{election.Voters, []string{"voličov v zozname"}},
	{election.IssuedInRoom, []string{"zúčastnených voličov"}},
	{election.IssuedInRoom, []string{"vydaných obálok"}},
	{election.FoundStationary, []string{"odovzdaných obálok"}},
	{election.Valid, []string{"platných hlasov pre všetkých"}},
	// The Czech Statistical Office's open data by okrsek abbreviate the
	// lines: voters on the register (VOL_SEZNAM), envelopes issued
	// (VYD_OBALKY) and handed in (ODEVZ_OBAL), valid votes (PL_HL_CELK).
	{election.Voters, []string{"vol_seznam"}},
	{election.IssuedInRoom, []string{"vyd_obalky"}},
	{election.FoundStationary, []string{"odevz_obal"}},
	{election.Valid, []string{"pl_hl_celk"}},
	// Norwegian and Danish: "Antall stemmeberettigede", those entitled
	// to vote.
	{election.Voters, []string{"stemmeberettig"}},
	// Finnish and Swedish (Finland's two languages; Åland's results are
	// Swedish): "Äänioikeutettuja", "Röstberättigade", those entitled
	// to vote.
	{election.Voters, []string{"äänioikeutet"}},
	{election.Voters, []string{"röstberättigad"}},
	// Arabic (Egypt's and Tunisia's results by committee or district):
	// المسجلين, المقيدين, those registered; الحاضرين, المصوتين, those who
	// came and voted (their ballots found); الناخبين, the electors (those
	// on the list: Egypt's "عدد الناخبين"); الباطلة, the invalid votes,
	// الصحيحة, the valid ones.
	{election.Voters, []string{"المسجلين"}},
	{election.Voters, []string{"المقيدين"}},
	{election.FoundStationary, []string{"الحاضرين"}},
	{election.FoundStationary, []string{"المصوتين"}},
	{election.Voters, []string{"الناخبين"}},
	{election.Invalid, []string{"الباطلة"}},
	{election.Valid, []string{"الصحيحة"}},
	// Lebanon's Ministry of the Interior: عدد المقترعين, the number of
	// those who voted (their ballots found); الأوراق الملغاة, the
	// ballots annulled (invalid).
	{election.FoundStationary, []string{"المقترعين"}},
	{election.Invalid, []string{"الملغاة"}},
	// Hebrew (Israel's Central Elections Committee, by kalpi): בזב, those
	// entitled to vote; מצביעים, those who voted (their envelopes in the
	// box, as "Votants"); פסולים, the invalid; כשרים, the valid.
	{election.Voters, []string{"בזב"}},
	{election.Voters, []string{"בוחרים"}}, // (voters: 1999's file names them so)
	{election.FoundStationary, []string{"מצביעים"}},
	{election.Invalid, []string{"פסולים"}},
	{election.Valid, []string{"כשרים"}},
	// Turkish (the YSK's results and files made of them), in Turkish
	// letters or the ASCII spellings files use: "oy kullanan seçmen" and
	// "kullanılan oy" (those who voted, the votes used: the ballots
	// found), before "seçmen" ("kayıtlı seçmen", "toplam_secmen",
	// "Seçmen Sayısı": the voters on the register); "geçersiz", invalid,
	// before "geçerli", valid.
	{election.FoundStationary, []string{"kullanan"}},
	{election.FoundStationary, []string{"kullanılan"}},
	{election.FoundStationary, []string{"kullanilan"}},
	{election.Invalid, []string{"geçersiz"}},
	{election.Invalid, []string{"gecersiz"}},
	{election.Valid, []string{"geçerli"}},
	{election.Valid, []string{"gecerli"}},
	{election.Voters, []string{"seçmen"}},
	{election.Voters, []string{"secmen"}},
	// Moldova's CEC (its per-station tables, the protocol's lettered
	// lines), in Romanian, with the marks or without them, and in
	// Russian: a) the voters on the main lists ("listele electorale de
	// bază", "основные списки"; b, those on the supplementary lists, are
	// added to them: supplementaryVoters), c) those who received a
	// ballot ("au primit buletine", "получивших бюллетени"), f) the
	// ballots declared invalid ("nevalabile"), h) the valid votes
	// ("valabil exprimate"), i) the ballots received by the electoral
	// bureau ("primite"), j) those unused and cancelled ("neutilizate și
	// anulate"). (d, those who took part, is tookPartWords'.) Romania's
	// files use the same words.
	{election.Voters, []string{"alegător", "bază"}},
	{election.Voters, []string{"alegator", "baza"}},
	{election.Voters, []string{"избирател", "основн", "спис"}},
	{election.IssuedInRoom, []string{"alegător", "primit", "buletin"}},
	{election.IssuedInRoom, []string{"alegator", "primit", "buletin"}},
	{election.IssuedInRoom, []string{"избирател", "получивш", "бюллетен"}},
	{election.Invalid, []string{"nevalabil"}},
	{election.Valid, []string{"valabil"}},
	{election.Received, []string{"buletin", "primite"}},
	{election.Cancelled, []string{"buletin", "neutilizat"}},
	{election.Cancelled, []string{"buletin", "anulat"}},
	{election.Cancelled, []string{"неиспользованн", "бюллетен"}},
	// Austria's BMI: "Abgegebene" (Stimmen), the ballots cast, invalid
	// and valid (after "ungültig" and "gültig": "gültige abgegebene
	// Stimmen" are the valid ones).
	{election.FoundStationary, []string{"abgegeben"}},
	// The Russian short form of a commission's announcement: "Получили
	// бюллетени", the voters who received a ballot (issued).
	{election.IssuedInRoom, []string{"получил", "бюллетен"}},
	// Kazakh, Uzbek (Latin and Cyrillic), Azerbaijani and Tajik protocol
	// lines: the voters who received a ballot ("Сайлау бюллетеньдерін
	// алған сайлаушылар саны", "… бюллетен гирифтанд") before the voters
	// on the list ("Сайлаушылар тізіміне енгізілген сайлаушылар саны",
	// "Saylovchilar soni", "Seçicilərin sayı", "Шумораи
	// интихобкунандагон"); invalid ("жарамсыз", "haqiqiy emas", "ҳақиқий
	// эмас", "etibarsız", "беэътибор") before valid ("жарамды"). Those
	// who took part (tookPartWords) are no voters on the list.
	{election.IssuedInRoom, []string{"бюллетен", "алған", "сайлаушы"}},
	{election.IssuedInRoom, []string{"интихобкунандагон", "бюллетен", "гирифт"}},
	{election.Invalid, []string{"жарамсыз"}},
	{election.Invalid, []string{"haqiqiy emas"}},
	{election.Invalid, []string{"ҳақиқий эмас"}},
	{election.Invalid, []string{"etibarsız"}},
	{election.Invalid, []string{"etibarsiz"}},
	{election.Invalid, []string{"беэътибор"}},
	{election.Valid, []string{"жарамды"}},
	{election.Voters, []string{"сайлаушы"}},
	{election.Voters, []string{"saylovchi"}},
	{election.Voters, []string{"сайловчи"}},
	{election.Voters, []string{"seçici"}},
	{election.Voters, []string{"интихобкунандагон"}},
}

// englishLineWords recognises protocol lines as results files in English
// name them, by whole words: in a wide file only (in a long one "valid
// votes" heads the column of every choice's figure), after its choices'
// columns are told apart.
var englishLineWords = slices.Concat(formEnglishWords, englishOtherWords)

// englishOtherWords are englishLineWords' rules of other files.
var englishOtherWords = []lineRule{
	{election.Voters, []string{"registered"}},
	// (Malaysia's seat statistics: "voters_total", the voters on the
	// roll, beside "ballots_issued", those who came.)
	{election.Voters, []string{"voters", "total"}},
	{election.Voters, []string{"reg", "voters"}}, // Uganda's "REG VOTERS"
	{election.Voters, []string{"electorate"}},
	{election.Voters, []string{"electors", "list"}},
	{election.Voters, []string{"no", "of", "electors"}}, // India's Form 20
	{election.Voters, []string{"possible", "voters"}},
	{election.Voters, []string{"eligible", "voters"}},
	{election.Voters, []string{"eligible", "electors"}},
	// (The Maldives' Elections Commission by ballot box: "Eligible"
	// alone. India's ECI, statistical report 33: "Total Electors".)
	{election.Voters, []string{"eligible"}},
	{election.Voters, []string{"total", "electors"}},
	// Quebec's DGEQ by polling section abbreviates its lines: "É.I."
	// (électeurs inscrits, the register), "B.V." and "B.R." (bulletins
	// valides, rejetés), each a whole header ("=").
	{election.Voters, []string{"=é.i."}},
	{election.Valid, []string{"=b.v."}},
	{election.Invalid, []string{"=b.r."}},
	// Tunisia's "leg_reg", "pres_reg" (those registered for each
	// election); the cancelled votes of its result sheet
	// ("kCancelledVotes") and of French files ("annulés"), the null ones
	// beside the blank ones (cancelledWords).
	// ("reg" beside a code's word is a region's: lineRule.reads.)
	{election.Voters, []string{"reg"}},
	{election.Invalid, []string{"canceled"}},
	{election.Invalid, []string{"cancelled", "votes"}},
	{election.Invalid, []string{"annulés"}},
	{election.Invalid, []string{"annules"}},
	{election.Invalid, []string{"invalid"}},
	{election.Invalid, []string{"rejected"}},
	// Pakistan's ECP forms as a public copy gives them by candidate:
	// "votes_polled" (the ballots cast, found in the boxes) and
	// "votes_disq" (disqualified: the rejected ballots).
	// The DR Congo's CENI by province (a public copy's snake_case):
	// "electeurs_attendus" (expected: on the list), "total_votants",
	// "bulletins_valides", and "bulletins_blancs", blank ballots not
	// among the valid ones (total_votants = valides + blancs), the
	// form's invalid.
	{election.Voters, []string{"electeurs attendus"}},
	{election.Voters, []string{"électeurs attendus"}},
	{election.Voters, []string{"electeurs inscrits"}},
	{election.Voters, []string{"électeurs inscrits"}},
	{election.FoundStationary, []string{"total votants"}},
	{election.Valid, []string{"bulletins valides"}},
	{election.Invalid, []string{"bulletins blancs"}},
	{election.FoundStationary, []string{"votes polled"}},
	{election.Invalid, []string{"votes disq"}},
	{election.Invalid, []string{"disqualified"}},
	{election.Invalid, []string{"spoiled"}},
	{election.Invalid, []string{"spoilt"}},
	// Australia's and New Zealand's word: "Informal Candidate Votes".
	{election.Invalid, []string{"informal"}},
	{election.Valid, []string{"valid"}},
	{election.Received, []string{"ballots", "received"}},
	// Guatemala's acta: the ballots received and those not used, and
	// the citizens who came to vote, each given a ballot.
	{election.Received, []string{"papeletas", "recibidas"}},
	// Thai: those who came to vote, the good ballots, the spoilt ones.
	{election.FoundStationary, []string{"ผู้มาใช้สิทธิ์"}},
	{election.Valid, []string{"บัตรดี"}},
	{election.Invalid, []string{"บัตรเสีย"}},
	{election.Cancelled, []string{"papeletas", "no usadas"}},
	{election.Cancelled, []string{"papeletas", "sobrantes"}},
	{election.IssuedInRoom, []string{"presentaron", "a votar"}},
	{election.Received, []string{"num", "ballots"}},
	{election.IssuedInRoom, []string{"ballots", "signed", "for"}},
	{election.IssuedInRoom, []string{"ballots", "issued"}},
	{election.Cancelled, []string{"cancelled", "ballots"}},
	{election.Lost, []string{"lost", "ballots"}},
	// French (the Interior ministry's results by polling station), Czech
	// (volby.cz) and Peruvian Spanish (ONPE): whole words too.
	{election.Voters, []string{"inscrits"}},
	{election.Valid, []string{"exprimés"}},
	{election.Invalid, []string{"nuls"}},
	{election.Voters, []string{"voliči", "seznamu"}},
	{election.Valid, []string{"platné", "hlasy"}},
	{election.Valid, []string{"platne", "hlasy"}},
	{election.Valid, []string{"platných", "hlasov"}},
	{election.Voters, []string{"electores", "hábiles"}},
	// Bolivia's OEP: "Inscritos", "INSCRITOS_HABILITADOS", "HAB" (those
	// on the list, entitled to vote), "VOTO_VALIDO" or "VV", and
	// "VOTO_EMITIDO", the ballots cast (found in the box).
	{election.Voters, []string{"inscritos"}},
	{election.Voters, []string{"habilitados"}},
	// (Colombia's Registraduría: "Num_Personas_Habilitadas", the
	// number of people entitled to vote.)
	{election.Voters, []string{"personas", "habilitadas"}},
	{election.Voters, []string{"hab"}},
	{election.Valid, []string{"voto", "valido"}},
	{election.Valid, []string{"voto", "válido"}},
	{election.Valid, []string{"vv"}},
	{election.FoundStationary, []string{"voto", "emitido"}},
	{election.FoundStationary, []string{"votos", "emitidos"}},
	// Brazil's TSE (boletim de urna): "QT_APTOS", those able to vote;
	// "QT_COMPARECIMENTO", those who came.
	{election.Voters, []string{"aptos"}},
	{election.FoundStationary, []string{"comparecimento"}},
	{election.Voters, []string{"elec", "habil"}},
}

// notChoiceWords name, by whole words, columns of figures that are no
// choice's votes and no line of the built-in form: those who voted, the
// abstentions, the blank ballots (a part of a line where the form's
// invalid is their sum with the spoilt ones), the envelopes.
var notChoiceWords = []string{"participated", "majority", "margin", "votants", "abstentions", "abstencoes", "abstenções", "abstencion", "abstenciones", "blank", "blancs", "blancos", "blanco", "votantes", "obálky", "abstención", "candidaturas",
	// India's tendered votes: ballots of a voter whose vote another cast,
	// kept apart and not counted
	"tendered",
	// Thailand's vote-no ballots, marked for no one: no candidate's
	// votes, nor the good ballots'
	voteNoW[0],
	// Spain's certificates (certificaciones de alta, de corrección: voters
	// added to the register at the mesa) and the votes of its
	// interventores (party agents who vote where they serve), parts of
	// the register and of the ballots cast
	"certif", "certificados", "certificaciones", "interventores",
	// the register before them ("Censo", beside "Censo Total")
	"censo",
	// Turkey's ballot boxes (sandık: "toplam_sandik", "acilan_sandik"), a
	// count of the boxes, opened or not
	"sandık", "sandik"}

// blankWords name, by whole words, the column of the blank ballots
// ("Blancs"); nullWords the column of the null ones ("Nuls"). France
// counts both apart and neither among the valid votes (the exprimés), so a
// file that gives both gives the form's invalid ballots as their sum.
// Not so everywhere: in Spain the blank votes are valid ones (votos
// válidos = a candidaturas + en blanco), and "blank" beside "rejected" in
// English may be a part of it: those are left as they are.
var (
	blankWords = []string{"blancs", "blanc",
		// Colombia's unmarked ballots ("No_Marcados", "Tarjetas no
		// marcadas"), counted apart from the null ones ("Nulos"),
		// neither valid
		"no marcados", "no marcadas"}
	nullWords = []string{"nuls", "nul", "nulos"}
)

// draftInvalidSum maps the form's invalid ballots to the sum of a column
// of blank ballots and the column of null or spoilt ones the draft took
// for the line, when the file gives both apart (France's "Blancs" and
// "Nuls"): either alone would leave the invalid ballots short, and the
// turnout and the relations over them wrong. A blank column beside an
// invalid line named otherwise ("Invalid", "Ungültige") is left as it
// is: that line may count the blank ballots already.
func draftInvalidSum(m *Mapping, header []string, used, numeric []bool, norm func(int) string, guess func(string, ...any)) {
	inv, ok := m.Lines[election.Invalid]
	if !ok || len(inv.Columns) > 0 {
		return
	}
	null := slices.IndexFunc(header, func(h string) bool { return trimHeader(h) == inv.Header })
	if null < 0 || !anyWords(norm(null), nullWords) {
		return
	}
	blank := -1
	for i := range header {
		if !used[i] && numeric[i] && anyWords(norm(i), blankWords) && !anyWords(norm(i), nullWords) && !spanishBlank(norm(i)) {
			blank = i
			break
		}
	}
	if blank < 0 {
		return
	}
	used[blank] = true
	// The sum's note takes the place of the line's.
	alone := fmt.Sprintf("lines.%s: column %d %q", election.Invalid, null+1, trimHeader(header[null]))
	m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool { return g == alone })
	cols := []int{blank, null}
	if null < blank {
		cols = []int{null, blank}
	}
	m.Lines[election.Invalid] = Column{Columns: []Column{{Header: trimHeader(header[cols[0]])}, {Header: trimHeader(header[cols[1]])}}}
	guess("lines.invalid: the sum of columns %d %q and %d %q: the file gives the blank ballots and the null (or spoilt) ones apart, both not valid, and the form's invalid ballots are their sum; if column %q counts the blank ballots already, map invalid to it alone",
		cols[0]+1, trimHeader(header[cols[0]]), cols[1]+1, trimHeader(header[cols[1]]), trimHeader(header[null]))
}

// paperWords and machineWords tell apart, by whole words, two columns of
// one line that give the ballots voted on paper and those voted by
// machine (Bulgaria's "valid_paper_votes_for_parties" and
// "valid_machine_votes_for_parties"), whose sum is the line.
var (
	paperWords   = []string{"paper", "хартиени", "хартия"}
	machineWords = []string{"machine", "машинни", "машина", "машинно"}
)

// paperMachine returns, for each line that exactly two columns read as
// (lineOf), those columns when one says paper and the other machine and
// their headers are otherwise the same: the line is their sum.
func paperMachine(lineOf []election.Line, norm func(int) string) map[election.Line][2]int {
	cols := map[election.Line][]int{}
	for i, l := range lineOf {
		if l != "" {
			cols[l] = append(cols[l], i)
		}
	}
	out := map[election.Line][2]int{}
	for l, c := range cols {
		if len(c) != 2 {
			continue
		}
		a, b := norm(c[0]), norm(c[1])
		pa, pb := anyWords(a, paperWords), anyWords(b, paperWords)
		ma, mb := anyWords(a, machineWords), anyWords(b, machineWords)
		if pa == pb || ma == mb || pa == ma || withoutWords(a) != withoutWords(b) {
			continue
		}
		out[l] = [2]int{c[0], c[1]}
	}
	return out
}

// withoutWords is h without the words of paperWords and machineWords,
// its other words joined by single spaces.
func withoutWords(h string) string {
	var keep []string
	for _, w := range strings.FieldsFunc(h, notWordRune) {
		if !slices.Contains(paperWords, w) && !slices.Contains(machineWords, w) {
			keep = append(keep, w)
		}
	}
	return strings.Join(keep, " ")
}

// invalidParts name the columns whose sum is the form's invalid ballots
// where a file gives them apart as two lines of its own form, each by
// the words of lineWords: the PKW's invalid ballot papers ("Liczba kart
// nieważnych") and the invalid votes on valid papers ("Liczba głosów
// nieważnych"; its parts by reason, "W tym z powodu ...", stay out).
var invalidParts = [][]string{{"kart nieważnych"}, {"głosów nieważnych"}}

// draftPartsSum maps the form's invalid ballots to the sum of the
// columns invalidParts name, when the file gives each and no column was
// taken for the line: either alone leaves the invalid ballots short.
func draftPartsSum(m *Mapping, header []string, used []bool, norm func(int) string, guess func(string, ...any)) {
	if _, ok := m.Lines[election.Invalid]; ok {
		return
	}
	var cols []int
	for _, words := range invalidParts {
		c := -1
		for i := range header {
			if !used[i] && allIn(norm(i), words) && !partLine(norm(i)) {
				c = i
				break
			}
		}
		if c < 0 {
			return
		}
		cols = append(cols, c)
	}
	sum := Column{}
	var names []string
	for _, c := range cols {
		used[c] = true
		sum.Columns = append(sum.Columns, Column{Header: trimHeader(header[c])})
		names = append(names, fmt.Sprintf("%d %q", c+1, trimHeader(header[c])))
	}
	m.Lines[election.Invalid] = sum
	guess("lines.invalid: the sum of columns %s: the file gives the invalid ballot papers and the invalid votes on valid papers apart, and the form's invalid ballots are their sum (the parts of the invalid votes by reason stay out)", strings.Join(names, " and "))
}

// blankVoteWords and nullVoteWords name, by whole words, a column of the
// blank votes and one of the null votes, where a file gives them apart
// and no column of the invalid ballots: Peru's ONPE writes them
// "VOTOS_VB" and "VOTOS_VN" (voto blanco, voto nulo).
var (
	blankVoteWords = []string{"blank", "blancs", "blanc", "blancos", "blanco", "vb", "bl"}
	nullVoteWords  = []string{"null", "nuls", "nul", "nulos", "nulo", "vn", "nu"}
)

// draftBlankNull maps the form's invalid ballots to the sum of a column
// of blank votes and one of null votes (blankVoteWords, nullVoteWords)
// when no column was taken for the line: neither is a choice, and
// where the blank votes are valid ones (Spain's votos en blanco) the guess
// says to map the null column alone.
func draftBlankNull(m *Mapping, header []string, used, numeric []bool, norm func(int) string, guess func(string, ...any)) {
	if _, ok := m.Lines[election.Invalid]; ok {
		return
	}
	blank, null := -1, -1
	for i := range header {
		if used[i] || !numeric[i] {
			continue
		}
		b, n := anyWords(norm(i), blankVoteWords), anyWords(norm(i), nullVoteWords)
		switch {
		case b && !n && blank < 0:
			blank = i
		case n && !b && null < 0:
			null = i
		}
	}
	// (France's "Nuls" is read as the invalid ballots later, and
	// "Blancs" added by draftInvalidSum.)
	if blank < 0 || null < 0 || readsAsLine(election.Invalid, norm(null)) {
		return
	}
	used[blank], used[null] = true, true
	cols := []int{min(blank, null), max(blank, null)}
	m.Lines[election.Invalid] = Column{Columns: []Column{{Header: trimHeader(header[cols[0]])}, {Header: trimHeader(header[cols[1]])}}}
	guess("lines.invalid: the sum of columns %d %q and %d %q: the file gives the blank votes and the null ones apart, no choice's votes, and the form's invalid ballots are their sum; where the blank votes are valid ones (Spain's), map invalid to column %q alone and the blank votes under votes",
		cols[0]+1, trimHeader(header[cols[0]]), cols[1]+1, trimHeader(header[cols[1]]), trimHeader(header[null]))
}

// wordsIn says whether each of words is a whole word (or words) of h:
// between letters that are not of it. A "?" between letters is a letter
// a copy lost (see lossyIn): "Exprim?s" is "Exprimés".
func wordsIn(h string, words []string) bool {
	lossy := false
	// (A mark is a part of its word: Thai "ผู้มาใช้สิทธิ์", Devanagari.)
	spaced := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			return r
		}
		return ' '
	}, h)
	if strings.ContainsAny(h, "?\uFFFD") {
		var b strings.Builder
		rs := []rune(h)
		for i, r := range rs {
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
				b.WriteRune(r)
			case (r == '?' || r == utf8.RuneError) && i > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i+1]):
				b.WriteRune(r)
				lossy = true
			default:
				b.WriteByte(' ')
			}
		}
		spaced = b.String()
	}
	spaced = " " + strings.Join(strings.Fields(spaced), " ") + " "
	for _, w := range words {
		if !strings.Contains(spaced, " "+w+" ") && !(lossy && lossyIn(spaced, " "+w+" ")) {
			return false
		}
	}
	return true
}

// absenteeLines names the absentee-certificate lines of the Russian
// forms (2003 to 2016) as examples/duma2011 declares them
// (protocol.add_lines): the first rule whose every word is in the header
// names it. They are no lines of the built-in form: a count needs a rule
// set that declares them.
var absenteeLines = []lineRule{
	{"absentee_voted", []string{"проголосовавших", "открепит"}},
	{"absentee_cancelled", []string{"погашен", "открепит"}},
	{"absentee_cancelled", []string{"неиспользованн", "открепит"}},
	{"absentee_lost", []string{"утрачен", "открепит"}},
	{"absentee_lost", []string{"об утрате", "открепит"}},
	{"absentee_issued_tik", []string{"открепит", "территориальн"}},
	{"absentee_issued_tik", []string{"открепит", " тик"}},
	{"absentee_received", []string{"открепит", "получен"}},
	{"absentee_issued", []string{"открепит", "выдан"}},
}

// noAgainstAllGuess is the draft's word on a mapping without an "against
// all" column: not that the ballot has none (a file, or a commission's
// message, may leave it out), but what says so. Until the rule set (or a
// definition given) says the ballot has none, a count takes its votes as
// not given (X229) and leaves what sums them not evaluated.
func noAgainstAllGuess(ballot string) string {
	return fmt.Sprintf("no column for \"against all\": if the ballot has none, the rule set says so, \"protocol\": {\"ballots\": {%q: {\"against_all\": false}}} (a definition given: \"ballots\": {%q: {\"against_all\": false}}); until one says so, its votes are not given (X229) and a base that sums them is not evaluated; if the file gives them, map the column as votes.against_all", ballot, ballot)
}

// partLine says whether a header (lower case) gives a part of a line,
// never the line itself: ballots "not containing marks", invalid "on the
// grounds of" an article or ballots "in which" something, or a header
// that begins "of which" ("в том числе ...").
func partLine(h string) bool {
	for _, p := range []string{"в том числе", "из них", "of which", "анын ичинде", "w tym "} {
		if strings.HasPrefix(h, p) {
			return true
		}
	}
	return has(h, []string{"отметок", "на основании", "в которых"}) || anyWords(h, sexW)
}

// sexW name, by whole words, the men or the women of a line, a part of
// it: Finland's "Äänioikeutettuja miehiä" (the entitled voters, men)
// beside "Äänioikeutettuja", and Swedish "män", "kvinnor".
var sexW = []string{"miehiä", "naisia", "miehet", "naiset", "män", "kvinnor"}

var (
	absentee = []string{"открепит", "ачык күбөлүк"}
	// "Against all" as the Kyrgyz ballot prints it («БААРЫНА КАРШЫ»),
	// in Russian and Ukrainian, and in Kazakh («Барлығына қарсы» on the
	// 2022-23 ballots, «Бәріне қарсымын» in the press; Latin "barlyǵyna
	// qarsy").
	against = []string{"против всех", "против_всех", "проти всіх", "баарына каршы", "бардыгына каршы", "бардык каршы", "жалпысына каршы", "against all", "against_all",
		"барлығына қарсы", "бәріне қарсы", "barlyǵyna qarsy", "barlygyna qarsy"}
	precinctH = []string{"уик", "ушк", "uik", "precinct", "участ", "polling", "дільниц", "ward", "szavazókör",
		// the polling station of Serbian, Croatian, Bosnian and
		// Montenegrin files, in Latin letters and in Cyrillic
		"biračko mesto", "biracko mesto", "бирачко место", "biračko mjesto", "biracko mjesto", "бирачко мјесто",
		"biračkog mesta", "birackog mesta", "бирачког места", "biračkog mjesta", "birackog mjesta", "бирачког мјеста",
		// Egypt's polling committee (لجنة, "مقر اللجنة" its seat)
		"لجنة",
		// Romanian: a polling station, "secția de votare" (with a comma
		// below or a cedilla, or without the mark)
		"secția de votare", "secției de votare", "secţia de votare", "secţiei de votare", "sectia de votare", "sectiei de votare"}
	regionH = []string{"region", "регион", "область", "облус", "субъект", "county", "oblast", "gehört zu", "gehoert zu", "belongs to",
		// Thai: a province (จังหวัด)
		"จังหวัด",
		// Finland's electoral district (Finnish "vaalipiiri", Swedish
		// "valkrets"), of many members, a region of a president's
		// election
		"vaalipiiri", "valkrets",
		// the first level of a country's areas, as research files name
		// it (Kloop's "level_one" of Kyrgyzstan's oblasts)
		"level_one", "level one", "admin1",
		// the Czech okres, an administrative district
		"okres",
		// the first level of a country's areas where they are
		// provinces, departments or voivodeships (Zambia's "province",
		// Bolivia's and Peru's "departamento")
		"province", "provincia", "departamento", "województwo", "wojewodztwo", "voivodeship",
		// Arabic: a governorate (محافظة), a district of one (قسم, مركز)
		"محافظة", "قسم", "مركز",
		// Moldova's and Romania's electoral circumscription, a district
		// (raion) or a municipality: "Numărul circumscripției"
		"circumscripți", "circumscripţi", "circumscripti",
		// Spanish "depto", "dpto": a departamento, abbreviated
		// (Colombia's "Names_depto")
		"depto", "dpto"}
	// regionAlone name a region when they are a header's one word but for
	// the words of a name or a code ("state_code", "NOMBRE_ESTADO",
	// "lga_name"): "estado" is also the status of a tally sheet
	// (Peru's "DESCRIP_ESTADO_ACTA", Argentina's "mesEstado"), and a
	// state is what a column of them says of other things.
	// (Turkey's "il", a province, "il_adi" its name.)
	// (Mexico's research files: "mun", the municipio, by name.)
	regionAlone = []string{"state", "estado", "lga", "il", "mun"}
	// parentH name a column of the area a row belongs to, by the number
	// of that area's own row in the file (parentTotals).
	parentH = []string{"gehört zu", "gehoert zu", "belongs to"}
	// (Australia's electoral divisions elect a member each: the AEC's
	// "DivisionNm".)
	// (Azerbaijani "dairə" and Tajik "ҳавза": an electoral district.)
	okrugH = []string{"округ", "okrug", "district", "constituency", "division", "dairə", "ҳавза",
		// Thai: an electoral district (เขตเลือกตั้ง), a member's
		"เขตเลือกตั้ง"}
	// okrugW name the district commission of a row by whole words: the
	// short labels of research files ("oik", the Russian ОИК, "окр.").
	// (India's ECI: "PC Name", "AC Name", a parliamentary or assembly
	// constituency.)
	okrugW = []string{"oik", "оик", "окр", "okr", "одномандатн", "pc name", "ac name"}
	// idH name, by whole words, a column of numbers that numbers
	// something other than a precinct (a commission, a code, a row):
	// such a column is never a choice's votes. ("No" is not one: it is
	// an answer; and a header that ends in a list's number, "Lista nr 1",
	// names a choice: see listNumber.)
	idH = []string{"id", "code", "cod", "kod", "kód", "código", "codigo", "teryt", "nr", "num", "number", "tik", "тик", "код", "номер", "row", "numéro", "тво", "canton", "circo", "circonscription", "circunscripcion", "circunscripción", "commune", "département", "ubigeo", "siruta",
		// Croatia's "Rbr" (redni broj, an ordinal number); "nummer", as
		// norm splits it off a Norwegian, Danish or German compound
		// ("Fylkenummer", "Wahlkreisnummer")
		"rbr", "nummer",
		// the Philippines' area codes (PSGC), a P-code of the UN's
		// gazetteers
		"psgc", "pcode",
		// Turkey's provinces by their number plate code ("il_plaka")
		"plaka",
		// the Czech Statistical Office's check numbers (kontrolní
		// číslo: KC_1, KC_2)
		"kc",
		// Italian "codice" (ISTAT's code of a comune: "CODICE ISTAT")
		"codice",
		// a global ID, as GIS tables number their features (Lithuania's
		// polling stations, "minor_gid")
		"gid",
		// the codes of Mexico's municipalities by INEGI and by the IFE;
		// Vienna's Bezirk and Sprengel ("BZ", "SPR"); Italy's historical
		// codes of a circoscrizione, regione, provincia or comune
		// ("circ_sto", "comu_sto")
		"inegi", "ife", "bz", "spr", "sprengel", "sto",
		// Romanian "numărul" (the number: "Numărul secției de votare")
		"numărul", "numarul"}
	// placeW name, by whole words, a choice's place on the ballot (Italy's
	// "pos"): a number of each row, never a figure nor an area's number.
	placeW = []string{"pos", "position", "posizione", "posición", "posicion", "ballot order", "poradie",
		// CENI's "ordre_bulletin", the candidate's place on the ballot
		"ordre bulletin",
		// Thai: the rank by votes (ลำดับคะแนน)
		"ลำดับคะแนน"}
	// countedW name, by whole words, what a column of figures counts
	// (votes, ballots, voters): with an idH word, its "num" or "number"
	// is a count ("NUM_VOTOS_NULOS", "Number of voters"), which numbers no
	// area. ("Voting District Code", "Electoral District Number" and
	// "Stimmbezirk Nr" do number areas.)
	countedW = []string{"votes", "vote", "votos", "voto", "voti", "voters", "voter", "votantes", "votants", "stimmen", "głosów", "glasova", "glasovi",
		"голосов", "голоса", "голосів", "бюллетеней", "бюлетенів", "ballots", "ballot papers", "boletas", "papeletas", "bulletins",
		"electors", "electores", "électeurs", "inscrits", "избирателей", "виборців", "добуш", "шайлоочулардын", "seçmen", "secmen",
		// Arabic: voters, electors and votes (Egypt's "عدد الناخبين", "الاصوات الصحيحة")
		"الناخبين", "الناخبون", "الاصوات", "الأصوات", "اصوات", "أصوات",
		// Romanian: voters, ballots, votes ("numărul de alegători")
		"alegători", "alegatori", "buletinelor", "buletine", "voturi", "voturilor"}
	// numberH name, by whole words, the number of something ("Numer
	// obwodu", "Número de Distrito"): no choice, but not taken for the
	// precinct either (Mexico's "NUMERO_ARE" numbers an area of several).
	numberH = []string{"numer", "número", "numero"}
	// precinctW name a precinct's column by whole words, before precinctH
	// (whose "участ" is also the Ukrainian "участь", participation).
	// (Croatia's "Rbr BM", the number of a biračko mjesto.)
	// (India's Form 20 numbers its polling stations "Serial Poll",
	// "Polling station No" or "Booth".)
	// (Finland's "Alue", an area, and "Aluenumero", its number:
	// splitNumero; a voting district, "äänestysalue", "röstningsområde".)
	// (Delaware's and New York's "election district", a precinct, not
	// a member's district.)
	// (Quebec's DGEQ: "S.V.", a section de vote, beside "Secteur", an
	// area of several.)
	precinctW = []string{"вд", "mesa", "bureau", "okrsek", "okrsku", "okrsok", "bm", "serial poll", "booth", "booth no", "alue", "område", "områdes", "äänestysalue", "röstningsområde", "election district", "voting district", "s v"}
	machineH  = []string{"подсчет", "эсептөө"} // and the whole word "count" (not "country", "county")
	machineV  = []string{"асу", "коиб", "кэг", "машин", "автомат", "machine", "ashk"}
	// candidateH name a column of candidates, among those of choiceH.
	// (A candidate's surname names the choice where a party names two
	// of them: the AEC's "Independent".)
	// (Turkish "aday", a candidate, is a part of other words: choiceW,
	// candidateHeader.)
	candidateH = []string{"candidat", "kandidat", "кандидат", "талапкер", "surname", "last name", "lastname", "family name", "priezvisko", "příjmení",
		// Thai: a candidate (ผู้สมัคร, ผู้ลงสมัคร)
		"สมัคร"}
	choiceH = []string{"party", "candidate", "kandidat", "strana", "choice", "option", "партия", "партія", "кандидат", "список", "талапкер",
		"cand", // Taiwan's CEC numbers the candidates in "candNo"
		// Thai: a party (พรรค), a candidate (ผู้สมัคร, ผู้ลงสมัคร)
		"พรรค", "สมัคร",
		"surname", "last name", "lastname", "family name", "priezvisko", "příjmení"}
	// totalH names a column of a total, which is no choice: ballots
	// cast, a turnout, the votes of all choices.
	totalH = []string{"ballots cast", "votes cast", "voted", "total", "tot", "turnout", "всего", "итого", "явка", "приняли участие", "усього", "разом", "взяли участь", "бардыгы", "катышкан",
		// Finnish "yhteensä" (in all: "Ääniä yhteensä", the votes in all),
		// Swedish "sammanlagt"
		"yhteensä", "sammanlagt"}
	votesH = []string{"votes", "голос", "добуш", "count", "value", "число", "саны",
		// Thai: votes (คะแนนเสียง)
		"คะแนนเสียง"}
	// votesW name votes by whole words where a part of a word does not
	// ("voti" is in "voting booths").
	votesW = []string{"voti", "votos", "voix", "vote", "hlasov", "hlasy", "hlasů",
		// Turkish: "oy", "oylar"
		"oy", "oylar",
		// Finnish "ääniä", "äänet" (not "ääni" within a word: the
		// entitled voters, "äänioikeutettuja"); Swedish "röster"
		"ääniä", "äänet", "ääntä", "röster", "röst",
		// Albanian "vota" (votes: Kosovo's "Numri i votave", the number
		// of votes)
		"vota", "votat", "votave"}
	// municipalityW name, by whole words, a municipality (the Slovak
	// and Czech obec), in which precincts are numbered.
	municipalityW = []string{"obce", "obec", "municipality"}
	// areaCodeH name the codes of areas of the Slovak and Czech
	// statistical offices: a region, a district, a municipality.
	areaCodeH = []string{"kraj", "okres", "obce", "obec", "územn", "uzemn"}
)

// againstW name "against all" by whole words: India's "None of the
// Above" (NOTA), Nevada's "None Of These Candidates", a choice on the
// ballot that elects no one, as "against all" does (its effect is the
// rule set's: okrug.against_all). (Not a blank vote, "voto en blanco": a
// ballot that marks no one.)
var againstW = []string{"none of the above", "none of these candidates", "nota"}

// againstAll says whether a header or a cell (lower case) names "against
// all" (against, againstW).
func againstAll(h string) bool { return has(h, against) || anyWords(h, againstW) }

// namedVotes says whether h names a column of votes (votesH, votesW).
// (A stage of a count, "Count_Number" or "Occurred_On_Count", is no
// votes, though votesH has "count": see stageHeader.)
func namedVotes(h string) bool {
	return has(h, votesH) && (!stageHeader(h) || strings.Contains(h, "vote")) || anyWords(h, votesW)
}

// versionWords name, by whole words, a column of numbers that dates or
// numbers a report (Romania's "report_version"), never a choice's votes.
var versionWords = []string{"version", "year", "yr", "revision", "month", "day", "hour", "minute",
	"second", "año", "mes", "dia", "día", "hora", "minuto", "minutos", "segundo", "segundos", "год", "месяц", "день", "час",
	// a candidate's birth date (Italy's "d_nasc", 19430825000000)
	"nasc", "nascita", "birth", "born", "dob"}

// sumHolding returns a column of figures that is on every row the sum of
// a run of columns beside it that holds column c (see sumOfRun), or -1.
func sumHolding(header []string, rows [][]string, numeric, used []bool, c int) int {
	for t := range header {
		if t != c && numeric[t] && !used[t] && slices.Contains(sumOfRun(rows, numeric, used, t), c) {
			return t
		}
	}
	return -1
}

// splitNummer writes "nummer" (number) apart from the word it ends
// ("fylkenummer" as "fylke nummer"), as Norwegian, Danish and German
// write a number of something in one word: an idH word then.
func splitNummer(h string) string {
	return splitNumero(strings.ReplaceAll(h, "nummer", " nummer"))
}

// splitNumero writes a Finnish "numero" (number) apart from the word it
// ends ("aluenumero", an area's number, as "alue numero").
func splitNumero(h string) string {
	if !strings.Contains(h, "numero") {
		return h
	}
	words := strings.Fields(h)
	for k, w := range words {
		if stem, ok := strings.CutSuffix(w, "numero"); ok && stem != "" {
			if r, _ := utf8.DecodeLastRuneInString(stem); unicode.IsLetter(r) {
				words[k] = stem + " numero"
			}
		}
	}
	return strings.Join(words, " ")
}

// seatWords name, by whole words, a column of seats won ("Antall
// mandater", "Antall utjevningsmandater", "Sitze"): published figures of
// the outcome, never a choice's votes nor a long file's figure.
var seatWords = []string{"seats", "seat", "mandates", "mandater", "utjevningsmandater", "mandat", "mandaty", "mandatów", "sitze", "escaños", "zetels", "seggi", "мандатов", "мандаты", "мандатів"}

// readsAsLine says whether a rule of englishLineWords reads h as line l.
func readsAsLine(l election.Line, h string) bool {
	return slices.ContainsFunc(englishLineWords, func(lw lineRule) bool { return lw.line == l && lw.reads(h) })
}

// numbersAreas says whether a header (lower case) names a column that
// numbers or codes something, an area maybe: an idH word, and no word of
// what a figure counts (Mexico's "NUM_VOTOS_CAN_NREG" is the votes of
// candidates not registered, no precinct's number).
func numbersAreas(h string) bool {
	return anyWords(h, idH) && !anyWords(h, countedW) && !countOf(h) && !numOf(h)
}

// countOf says whether h reads "number of" things, in the plural: a count
// ("number of polling stations", "número de mesas"), not the number of
// one ("Número de Mesa", "number of the district").
func countOf(h string) bool {
	for _, p := range []string{"number of ", "no of ", "no. of ", "número de ", "numero de ", "nombre de ", "nombre d'"} {
		if _, rest, ok := strings.Cut(h, p); ok {
			w := strings.Fields(rest)
			return len(w) > 0 && strings.HasSuffix(w[len(w)-1], "s")
		}
	}
	return false
}

// stationWords name, by whole words, polling stations in the plural; a
// figure of them with a word of a count before or after it ("Nbre
// bureaux", Senegal's number of polling stations of a département;
// "number of polling stations"; Kenya's IEBC feed of 2017, "Stations
// total" and "Stations processed" of a county) counts stations, never a
// choice's votes nor a total of ballots.
var (
	stationWords = []string{"bureaux", "bureaux de vote", "polling stations", "stations", "mesas", "seksyen"}
	countWords   = []string{"nbre", "nb", "nombre", "number", "num", "no", "número", "numero", "total", "bilangan", "processed"}
)

// stationCount says whether h (lower case) names a count of polling
// stations: see stationWords.
func stationCount(h string) bool {
	return anyWords(h, stationWords) && (anyWords(h, countWords) || countOf(h)) || stationsOf(h) != ""
}

// anyWords says whether one of words is a whole word (or words) of h.
func anyWords(h string, words []string) bool {
	for _, w := range words {
		if wordsIn(h, []string{w}) {
			return true
		}
	}
	return false
}

// nameWords are the words of a header beside what it names: its name or
// code ("state_code", "NOMBRE_ESTADO").
var nameWords = []string{"name", "nombre", "code", "cod", "codigo", "código", "id", "no", "nr",
	// Turkish: "adı", "adi" (name)
	"adı", "adi"}

// oneWordOf says whether h (lower case) is one of words once the words of
// a name or a code (nameWords) are left out.
func oneWordOf(h string, words []string) bool {
	var left []string
	for _, w := range strings.FieldsFunc(h, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !slices.Contains(nameWords, w) {
			left = append(left, w)
		}
	}
	return len(left) == 1 && slices.Contains(words, left[0])
}

// totalWords are what the cell of a total row says, in lower case.
var totalWords = []string{"total", "totals", "grand total", "итого", "всего", "усього", "разом", "бардыгы", "жыйынтык", "жалпы",
	// German, Italian, Dutch, Finnish: in all (a Gemeinde's "Gesamt" row
	// above its Stimmbezirke)
	"gesamt", "insgesamt", "summe", "totale", "totaal", "yhteensä",
	// Kyrgyz (its total), Polish, Czech, Spanish and Polish
	"жыйынтыгы", "razem", "celkem", "suma",
	// Arabic: the total, with the hamza and without it
	"الإجمالي", "الاجمالي", "إجمالي", "اجمالي",
	// Greek (with its accent and, as capitals write it, without), Turkish,
	// Serbo-Croatian and Bosnian (Latin and Cyrillic), Hungarian, Swedish
	// and Norwegian, Bulgarian, Estonian, Lithuanian, Latvian, Slovak,
	// Danish: the words these countries' results files write on a total row
	"σύνολο", "συνολο", "toplam", "ukupno", "укупно", "összesen", "totalt", "общо", "kokku", "iš viso", "kopā", "spolu", "i alt"}

// totalRowCell returns the column of the cells that mark total rows
// ("Итого", "Total", "total": each way the file writes them), in the
// first column or one that names the precinct, region or district (not a
// column such as a vote type's, where "Total" is a kind of figure), and
// those cells' texts; or -1.
func totalRowCell(header []string, rows [][]string, numeric []bool) (int, []string) {
	names := map[int]bool{} // (a column of each row's name: namesRows)
	idLike := func(i int) bool {
		h := strings.ToLower(header[i])
		// (A column of text under no header names the rows too: New
		// Zealand's voting places, "Auckland Central Total".)
		if i == 0 || has(h, precinctH) || has(h, regionH) || has(h, okrugH) || numberedAreas(rows, i) || trimHeader(h) == "" {
			return true
		}
		n, ok := names[i]
		if !ok {
			n = namesRows(rows, i)
			names[i] = n
		}
		return n
	}
	col, texts := -1, []string(nil)
	for _, rec := range rows {
		for i, c := range rec {
			// (A district's own total, "Total de la circonscription",
			// may stand in any column of text: totalOfArea.)
			v := strings.TrimSpace(c)
			if i >= len(header) || numeric[i] || !totalOfArea(v) && !idLike(i) || col >= 0 && i != col {
				continue
			}
			if (totalCell(v) || totalOfArea(v)) && !slices.Contains(texts, v) {
				col, texts = i, append(texts, v)
			}
		}
	}
	return col, texts
}

// totalEnds holds the last bytes a cell that totalCell takes can end in:
// those of totalWords in either case, and of a white space (a cell not
// trimmed). Most cells (an area's name, a number) end in another, and
// are not compared with the words.
var totalEnds = func() (ends [256]bool) {
	for _, w := range totalWords {
		for _, c := range []string{w, strings.ToUpper(w), strings.ToLower(w)} {
			ends[c[len(c)-1]] = true
		}
	}
	for _, rg := range unicode.White_Space.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			s := string(r)
			ends[s[len(s)-1]] = true
		}
	}
	return ends
}()

// totalStarts holds the first bytes a cell that totalHead takes can
// begin with: those of totalHeads in either case, and of a white space (a
// key's part not trimmed). Most names begin with another.
var totalStarts = func() (starts [256]bool) {
	for _, w := range totalHeads {
		starts[w[0]] = true
		starts[strings.ToUpper(w)[0]] = true
	}
	for _, rg := range unicode.White_Space.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			starts[string(r)[0]] = true
		}
	}
	return starts
}()

// totalHeads are the words a total row's cell may begin with, before the
// name of the area it totals ("Grand TotalHamilton Twp.", as
// OpenElections' New Jersey 2014 files write a town's row), longest first.
var totalHeads = [...]string{"grand total", "totals", "total"}

// spaceAfter is the head of totalHeads that a space may follow: "Total"
// and "Totals" before a space begin a long file's line labels too ("Total
// Votos Válidos", Guatemala's valid votes), not a row of totals.
const spaceAfter = "grand total"

// totalCell says whether a cell marks a total row: a word of totalWords
// alone, after the name of the area it totals ("CUMBERLAND Total",
// as OpenElections' Maine files write a county's row), or "Total",
// "Totals" or "Grand Total" before it (totalHead).
//
// A count asks it of every row's precinct (TotalName), so it allocates
// nothing, and a cell whose first and last bytes begin and end no word
// is not compared with the words: a word's letters have one length in
// either case, and strings.EqualFold compares them as strings.ToLower
// would.
func totalCell(v string) bool {
	n := len(v)
	if n == 0 {
		return false
	}
	if totalStarts[v[0]] && totalHead(v) || totalLead(v) {
		return true
	}
	if !totalEnds[v[n-1]] {
		return false
	}
	for _, w := range totalWords {
		if len(v) == len(w) && strings.EqualFold(v, w) {
			return true
		}
	}
	// two words or more, the last "total" or "totals"
	t := strings.TrimRightFunc(v, unicode.IsSpace)
	for _, last := range [...]string{"total", "totals"} {
		if len(t) <= len(last) || !strings.EqualFold(t[len(t)-len(last):], last) {
			continue
		}
		head := t[:len(t)-len(last)]
		if r, _ := utf8.DecodeLastRuneInString(head); unicode.IsSpace(r) && strings.TrimSpace(head) != "" {
			return true
		}
	}
	return false
}

// totalHead says whether v begins with a word of totalHeads followed by a
// punctuation mark ("Total: Absecon"), a capital letter glued to a word
// written in lower case ("Grand TotalHamilton Twp."), or, after "Grand
// Total", a space: not by a small letter ("Totalville", a name) nor by a
// letter after a word in capitals ("TOTALVILLE").
func totalHead(v string) bool {
	for _, w := range totalHeads {
		if len(v) <= len(w) || !strings.EqualFold(v[:len(w)], w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(v[len(w):])
		if unicode.IsSpace(r) && w == spaceAfter || unicode.IsPunct(r) || unicode.IsUpper(r) && unicode.IsLower(rune(v[len(w)-1])) {
			return true
		}
	}
	return false
}

// totalLeads are the words, in lower case, that begin a total row's cell
// before the name of the area it totals in other forms than totalHeads':
// "Итого по району", "Всего по ТИК", "Σύνολο Δήμου Αθηναίων", "Total for
// Kent County". A preposition follows the word, or a colon, as no line's
// label and no area's name has it ("Всего бюллетеней" is a line, "Итого
// по району" a row); Greek names the area in the genitive, with no word
// between.
var totalLeads = [...]string{"итого по ", "всего по ", "усього по ", "разом по ", "итого:", "всего:", "усього:",
	"σύνολο ", "συνολο ", "total for ", "totals for "}

// leadForms are totalLeads as a cell writes them: in lower case, the
// word with a capital first letter or in capitals, and all in capitals
// ("Итого по", "ИТОГО по", "ИТОГО ПО"); leadKeys their first four bytes,
// sorted, and leadHashes those keys' hashes (leadHash), so that most
// cells are told apart by one look-up.
var leadForms, leadKeys, leadHashes = func() (forms []string, keys []uint32, hashes [256]bool) {
	for _, l := range totalLeads {
		r, size := utf8.DecodeRuneInString(l)
		word, rest, _ := strings.Cut(l, " ")
		if rest != "" || strings.HasSuffix(l, " ") {
			rest = " " + rest
		}
		for _, f := range []string{l, string(unicode.ToUpper(r)) + l[size:], strings.ToUpper(word) + rest, strings.ToUpper(l)} {
			if !slices.Contains(forms, f) {
				forms = append(forms, f)
			}
			if k := key4(f); !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		hashes[leadHash(k)] = true
	}
	return forms, keys, hashes
}()

// leadHash maps the first four bytes of a cell to one of 256.
func leadHash(k uint32) uint8 {
	return uint8((k * 0x9E3779B1) >> 24)
}

// key4 returns the first four bytes of s (at least four long) as one
// number.
func key4(s string) uint32 {
	return uint32(s[0])<<24 | uint32(s[1])<<16 | uint32(s[2])<<8 | uint32(s[3])
}

// totalLead says whether v begins with a form of totalLeads followed by
// more: the name of the area.
func totalLead(v string) bool {
	if len(v) < 4 {
		return false
	}
	k := key4(v)
	if !leadHashes[leadHash(k)] {
		return false
	}
	if _, ok := slices.BinarySearch(leadKeys, k); !ok {
		return false
	}
	for _, f := range leadForms {
		if len(v) > len(f) && v[:len(f)] == f && strings.TrimSpace(v[len(f):]) != "" {
			return true
		}
	}
	return false
}

// TotalName says whether a precinct ID names a total row: one of the
// cells of its key (joined by " / ") says total as a draft's total row
// does ("Total", "Итого", "CUMBERLAND Total"). A count checks such a row
// as a total though it has few figures (a county's total of a race of two
// candidates has two), and says it when it totals no rows.
func TotalName(id string) bool {
	for {
		part, rest, more := strings.Cut(id, headerSep)
		if totalPart(part) {
			return true
		}
		if !more {
			return false
		}
		id = rest
	}
}

// totalPart is totalCell of the part of a key, trimmed: its first and
// last bytes first, as trimming a name of another script decodes its
// runes, and most names begin and end in no total word's byte.
func totalPart(part string) bool {
	n := len(part)
	return n > 0 && (totalEnds[part[n-1]] || totalStarts[part[0]] || totalLead(part)) && totalCell(strings.TrimSpace(part))
}

// keyColumns returns the columns of key, by their headers, as one key
// (a precinct's of several columns), and their names as a guess writes
// them: `3 "town"`.
func keyColumns(header []string, key []int) (Column, []string) {
	var k Column
	names := make([]string, 0, len(key))
	for _, c := range key {
		k.Columns = append(k.Columns, Column{Header: trimHeader(header[c])})
		names = append(names, fmt.Sprintf("%d %q", c+1, trimHeader(header[c])))
	}
	return k, names
}

// quoteAll writes texts quoted, joined by " or ".
func quoteAll(texts []string) string {
	q := make([]string, len(texts))
	for i, t := range texts {
		q[i] = strconv.Quote(t)
	}
	return strings.Join(q, " or ")
}

// partyColumns says whether the headers left name party lists: a numbered
// column ("1. Party", "1 - Party", "Партия 1", "№1", "Lista nr 1") or one
// that says party.
func partyColumns(header []string, used, numeric []bool) bool {
	for i, h := range header {
		if used[i] || !numeric[i] {
			continue
		}
		// (A party's ID, "PoliticalPartyId", numbers the parties: no
		// party's votes.)
		if _, ok := listNumber(trimHeader(h)); ok || has(strings.ToLower(h), []string{"party", "партия", "партія", "партиясы"}) && !numbersAreas(strings.ToLower(splitCamel(h))) {
			return true
		}
	}
	return false
}

// saysProportional says whether a text column not used names a
// proportional (party-list) contest in every cell.
func saysProportional(used, numeric []bool, values []map[string]int) bool {
	for i := range values {
		if used[i] || numeric[i] || len(values[i]) == 0 {
			continue
		}
		all := true
		for v := range values[i] {
			all = all && has(strings.ToLower(v), []string{"proportional", "пропорцион", "пропорційн"})
		}
		if all {
			return true
		}
	}
	return false
}

// listWords come before the number of a list on the ballot in a header
// such as "Партия 1", "Lista nr 1" or "List No. 2".
var listWords = []string{"party", "partia", "list", "lista", "nr", "no", "№", "партия", "партія", "партиясы", "список", "komitet"}

// listNumber returns the number of a header that names a list by its
// number on the ballot: "3. Ata-Jurt" (numbered), "№1", or a number of 1
// to 3 digits at the end after a word of listWords or a number sign
// ("Партия 1", "Lista nr 1", "Komitet Wyborczy Lewica nr 3").
func listNumber(h string) (string, bool) {
	if no, ok := numbered(h); ok {
		return no, true
	}
	h = strings.ToLower(h)
	if rest, ok := strings.CutPrefix(h, "№"); ok && isNumber(strings.TrimSpace(rest)) {
		return strings.TrimSpace(rest), true
	}
	f := strings.FieldsFunc(strings.ReplaceAll(h, "№", " № "), func(r rune) bool {
		return notWordRune(r) && r != '№'
	})
	if n := len(f); n >= 2 && isNumber(f[n-1]) && slices.Contains(listWords, f[n-2]) {
		return f[n-1], true
	}
	return "", false
}

// isNumber says whether s is 1 to 3 ASCII digits.
func isNumber(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// mixedOkrug says whether a district column's header (lower case) names
// the single-mandate side of a mixed system, as the Russian and Kyrgyz
// files do: "oik", "окр.", "одномандатный", "округ" (not "district" or
// "constituency", which every system has).
func mixedOkrug(h string) bool {
	return anyWords(h, okrugW) || has(h, []string{"округ", "okrug"})
}

// filledEverywhere says whether the columns of numbers not yet used (the
// choices, in a wide file) are at least one and each has a cell on every
// row.
func filledEverywhere(used, numeric []bool, nonEmpty []int, rows int) bool {
	n := 0
	for i := range used {
		if used[i] || !numeric[i] {
			continue
		}
		if nonEmpty[i] < rows {
			return false
		}
		n++
	}
	return n > 0
}

// contestH names a column of the contest of each row: a file of several
// contests (OpenElections' office, an election type).
var contestH = []string{"office", "contest", "race", "election", "cargo", "вид выборов", "тип выборов", "выборы", "шайлоонун түрү"}

// contestW name a column of the contest of each row when they are its
// whole header: the Turkish "seçim" (an election; "secim" unaccented),
// also a part of words and headers that name no contest ("seçimlik", a
// district's "seçim çevresi").
var contestW = []string{"seçim", "secim"}

// choiceW name, as whole words, a column of choices: the Turkish "aday"
// (a candidate), a part of other words.
var choiceW = []string{"aday", "adayı", "adaylar"}

// choiceHeader says whether a header (lower case) names a column of
// choices: choiceH within it, or a party's or a choice's word alone
// (partyWords, choiceW: the Turkish "parti", which within a word is a
// participation's).
func choiceHeader(h string) bool {
	return has(h, choiceH) || anyWords(h, partyWords) || anyWords(h, choiceW) || listHeader(h)
}

// candidateHeader says whether a header (lower case) names a column of
// candidates (candidateH within it, or choiceW's Turkish "aday" as a word).
func candidateHeader(h string) bool {
	return has(h, candidateH) || anyWords(h, choiceW)
}

// contestHeader says whether a header (lower case) names a column of the
// contest of each row (contestH, contestW).
func contestHeader(h string) bool {
	return has(h, contestH) || slices.Contains(contestW, strings.TrimSpace(h))
}

// numbered returns the number of a header such as "3. Ata-Jurt",
// "12) Butun" or "1 - Georgian Dream": 1 to 3 digits after optional
// spaces, then "." or ")", or a dash and a space, then text. It is the
// regular expression `^\s*(\d{1,3})\s*(?:[.)]|[-–—]\s)\s*\S`
// written out, so that the page's WebAssembly carries no regexp package
// (ingest's tests check the two agree).
func numbered(h string) (string, bool) {
	i := skipSpace(h, 0)
	j := i
	for j < len(h) && h[j] >= '0' && h[j] <= '9' {
		j++
	}
	if j == i || j-i > 3 {
		return "", false
	}
	k := skipSpace(h, j)
	switch {
	case k < len(h) && (h[k] == '.' || h[k] == ')'):
		k++
	case strings.HasPrefix(h[k:], "-"):
		k++
	case strings.HasPrefix(h[k:], "–"), strings.HasPrefix(h[k:], "—"):
		k += len("–")
	default:
		return "", false
	}
	if h[k-1] != '.' && h[k-1] != ')' && (k == len(h) || skipSpace(h, k) == k) {
		return "", false // a dash is followed by a space: "1 - Party", not "1-2"
	}
	if skipSpace(h, k) == len(h) {
		return "", false
	}
	return h[i:j], true
}

// skipSpace returns the index of the first byte of s at or after i that is
// not a space as \s means it in a regular expression: tab, new line, form
// feed, carriage return or space.
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

func has(h string, words []string) bool {
	for _, w := range words {
		if strings.Contains(h, w) {
			return true
		}
	}
	return false
}

// nulsAtOdd counts the NUL bytes of b at odd offsets: those of ASCII
// text in UTF-16LE.
func nulsAtOdd(b []byte) int {
	n := 0
	for i := 1; i < len(b); i += 2 {
		if b[i] == 0 {
			n++
		}
	}
	return n
}

// draftError is the error of a draft's reading of file: the error of the
// file's encoding as it is, any other a syntax error.
func draftError(file string, err error) error {
	var pe *ParseError
	if errors.As(err, &pe) {
		return pe
	}
	return &ParseError{File: file, Err: fmt.Errorf("%w: %w", ErrSyntax, err)}
}

// draftMapping reads a protocols file (its first 10 rows to find the
// delimiter and the header row, then every row to see which columns hold
// numbers and which columns name a precinct) and drafts a mapping:
// protocol lines recognised from the usual Russian and Kyrgyz wording of
// commission forms (see lineWords), "against all", numbered party columns
// ("1. Party") and other columns of numbers as choices, and ID-like columns
// as the precinct, region, okrug or count (manual or machine). When a
// precinct number repeats under different regions, the precinct is the
// region and its number. A district column beside a region and
// numbered party lists (or choices filled on every row, when the column
// is named as a mixed system's single-mandate side: "oik", "округ") is
// the single-mandate district of a precinct whose
// rows are list ballots (the Russian Duma's files): left out, since an
// okrug mapped would make each precinct await okrug protocols that a
// file of list ballots does not hold. A header of several rows is
// drafted with HeaderRows, each column named by its joined header (see
// headerSpan and variantColumns). Each guess is said in
// Mapping.Guesses; a column left out is said too. The draft is a start,
// never a decision: counting with it unconfirmed is the user's choice,
// and a count notes the guesses left in it.
func draftMapping(r io.Reader, file string) (*Draft, error) {
	if r == nil {
		return nil, nilError(file, "reader")
	}
	br := bufio.NewReaderSize(r, 1<<16)
	// A file in UTF-16 with its byte-order mark is read as such; one that
	// is not UTF-8 is read in the encoding it looks like, a guess.
	enc, guessed := "", false
	b, _ := br.Peek(4)
	if name, n := wideEncoding(b); name == "UTF-16" {
		enc = EncodingUTF16LE
		if b[0] == 0xFE {
			enc = EncodingUTF16BE
		}
		br.Discard(n)
	} else if head, _ := br.Peek(guessHead); bytes.Count(head, []byte{0})*4 > len(head) {
		// NUL bytes, a quarter of the text or more: UTF-16 without its
		// byte-order mark, little-endian when the NULs follow the
		// letters (a count without the encoding says so too).
		enc, guessed = EncodingUTF16BE, true
		if odd := nulsAtOdd(head); odd*2 > bytes.Count(head, []byte{0}) {
			enc = EncodingUTF16LE
		}
	} else if !utf8.Valid(guessText(head)) {
		var err error
		if enc, err = draftEncoding(head, file); err != nil {
			return nil, err
		}
		guessed = true
	}
	if enc != "" {
		br = bufio.NewReaderSize(newDecodeReader(br, file, enc), 1<<16)
	}
	if b, _ := br.Peek(len(bom)); string(b) == bom {
		br.Discard(len(bom))
	}
	head, _ := br.Peek(1 << 16)
	if err := NotXML(head, file); err != nil {
		return nil, err
	}
	if bytes.IndexByte(head, '\n') < 0 && bytes.IndexByte(head, '\r') >= 0 {
		// Lines ended by CR alone (old Mac spreadsheets), which a count
		// reads and encoding/csv does not: each CR is read as a line end.
		br = bufio.NewReaderSize(crReader{br}, 1<<16)
		head, _ = br.Peek(1 << 16)
	}
	if jsonLine(head) { // JSON Lines: a cast-vote record
		return draftJSONLines(file, br)
	}
	if what := otherBallotFile(head); what != "" {
		return nil, &ParseError{File: file, Line: 1, Err: fmt.Errorf("%w: %s", ErrMapping, what)}
	}
	delim := ','
	best := 0
	text := withoutComments(head) // comment lines ("# Source: ...") say nothing of the delimiter
	for _, d := range []rune{',', ';', '\t', '|'} {
		if n := bytes.Count(text, []byte(string(d))); n > best {
			best, delim = n, d
		}
	}
	if spaceDelimited(head) {
		delim = ' '
	}
	if err := backslashQuotes(head, delim, file); err != nil {
		return nil, err
	}
	// Comment lines above the data ("#", as SAPoR's files have them) are
	// read as blank lines: the rows after them are drafted, and the lines
	// keep their numbers for skip_rows.
	comments, size := commentLines(head, delim)
	if comments > 0 {
		br.Discard(size)
		br = bufio.NewReaderSize(io.MultiReader(strings.NewReader(strings.Repeat("\n", comments)), br), 1<<16)
	}
	cr := csv.NewReader(br)
	cr.Comma = delim
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = false
	var first [][]string
	var firstLines []int
	for len(first) < 10 {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, draftError(file, err)
		}
		line, _ := cr.FieldPos(0)
		first, firstLines = append(first, rec), append(firstLines, line)
	}
	if len(first) == 0 {
		return nil, &ParseError{File: file, Err: ErrEmpty}
	}
	// The header row: the first row with as many non-empty cells as the
	// widest of the first rows has cells, less a few.
	widest := 0
	for _, rec := range first {
		widest = max(widest, len(rec))
	}
	skip := 0
	for i, rec := range first {
		n := 0
		for _, c := range rec {
			if strings.TrimSpace(c) != "" {
				n++
			}
		}
		if n*2 > widest {
			skip = i
			break
		}
	}
	header := first[skip]
	lineAt := func() int { l, _ := cr.FieldPos(0); return l } // the line of the record cr read last
	if d, err := draftCVR(file, header, first[skip+1:], firstLines[skip+1:], cr.Read, lineAt, delim); d != nil || err != nil {
		return d, err
	}
	// A row of empty cells alone (";;;;" between blocks) is no row to
	// learn from: the reader skips it too, and a count says so.
	blank := 0
	rows := slices.DeleteFunc(slices.Clone(first[skip+1:]), func(rec []string) bool {
		if blankStrings(rec) {
			blank++
			return true
		}
		return false
	})
	// A row of numbers alone above a row that names columns (pandas
	// writes the columns' numbers above its header) is skipped, and the
	// draft says so.
	numbersAbove := -1
	if numbersOnly(header) && skip+1 < len(first) && namesColumns(first[skip+1], cellRow(first, skip+2)) {
		numbersAbove, skip = skip, skip+1
		header = first[skip]
		rows = slices.DeleteFunc(slices.Clone(first[skip+1:]), blankStrings)
	}
	if numbersAbove < 0 && (skip == 0 || titleRows(first[:skip])) && headerIsData(header, rows) {
		pos := func() int { line, _ := cr.FieldPos(0); return line }
		d, err := draftNoHeader(file, first[skip:], firstLines[skip:], cr.Read, pos, delim, firstLines[skip]-1, comments > 0)
		if d != nil && guessed {
			d.Mapping.Encoding = enc
			d.Mapping.Guesses = append(d.Mapping.Guesses, fmt.Sprintf("the file is not UTF-8: read as %s (check that the names below read right)", enc))
		}
		return d, err
	}
	if numbersOnly(header) {
		return nil, &ParseError{File: file, Line: firstLines[skip], Err: fmt.Errorf("%w: line %d holds numbers alone (%s): the file has no header row? A mapping names a column by the header row's text or by its number ({\"column\": 2}): write it by hand", ErrMapping, firstLines[skip], echo.Quote(strings.Join(header, string(delim))))}
	}

	if d, err := draftTransposed(file, header, firstLines[skip], rows, cr.Read, delim, enc); d != nil || err != nil {
		return d, err
	}

	// A header row whose cells repeat under rows of text: a header of
	// several rows, each column named by its cells joined.
	top, bottom := headerSpan(first, skip)
	if top < bottom {
		if why := centredLabels(first[top:bottom+1], firstLines[top]); why != "" {
			return nil, &ParseError{File: file, Line: firstLines[top], Err: fmt.Errorf("%w: %s", ErrMapping, why)}
		}
		header = joinHeader(first[top : bottom+1])
		rows = slices.DeleteFunc(slices.Clone(first[bottom+1:]), blankStrings)
	}

	// A header one name short of its rows (R's row names): an empty name
	// heads the first column, and each name its own.
	rowNamed := rowNames(header, rows)
	if rowNamed {
		header = append([]string{""}, header...)
	}

	// A table exported with merged cells: its rows are read filled down,
	// as a count reads them (draftfilldown.go).
	var down *downFiller
	var downGuess, downAbove string
	if cols := draftFillDown(rows, len(header)); cols != nil {
		downAbove = fillDownAbove(cols, rows)
		downGuess = fillDownText(header, cols, downAbove)
		down = &downFiller{cols: cols, prev: make([]string, len(cols))}
		for _, rec := range rows {
			down.fill(rec)
		}
	}

	// skip_rows counts the file's lines above the header, as an editor
	// shows them: blank ones, and each line of a title quoted over lines.
	m := Mapping{SkipRows: firstLines[top] - 1, Delimiter: string(delim), Lines: map[election.Line]Column{}, Votes: map[string]Column{}, RowNames: rowNamed}
	// bare is the header without a number every column shares (a round's,
	// "2.K"): no list's number, and no part of a choice's ID.
	bare := withoutShared(header)
	guess := func(format string, a ...any) { m.Guesses = append(m.Guesses, fmt.Sprintf(format, a...)) }
	// leave puts columns in the mapping's ignore: figures the draft leaves
	// out on purpose, each with the reason in a guess (the parts of a
	// figure mapped, the seats won, a percentage...), which a count then
	// does not name again among the columns not read. A column left out
	// with a guess that it may be mapped (a line) is not put there: the
	// count keeps naming it.
	leave := func(cols ...int) {
		for _, i := range cols {
			c, had := columnRef(header, i), false
			for _, o := range m.Ignore {
				had = had || o.Header == c.Header && o.Index == c.Index
			}
			if !had {
				m.Ignore = append(m.Ignore, c)
			}
		}
	}
	if rowNamed {
		guess("row_names: true: every row has a cell more than the header row names (%d and %d), the first, as R's write.table writes a table with its row names (%s, %s, ...): each name of the header is the column's after the one it stands over, and column 1 holds the rows' names",
			len(header), len(header)-1, echo.Quote(cellAt(rows[0], 0)), echo.Quote(cellAt(rows[1], 0)))
	}
	if top < bottom {
		m.HeaderRows = bottom - top + 1
		example := slices.IndexFunc(header, func(h string) bool { return strings.Contains(h, headerSep) })
		if wrapped := first[bottom]; m.HeaderRows == 2 && wrappedNames(first[top], wrapped, first[bottom+1:]) {
			var cols []int
			for c := range wrapped {
				if cellAt(wrapped, c) != "" {
					cols = append(cols, c)
				}
			}
			guess("header_rows: 2: row %d holds text in column %s alone (%q), under row %d's %q and over figures: the rest of a name wrapped onto a second row of the header, not a row of the file; a column is named by its cells joined with %q, top row first (column %d %q)",
				bottom+1, columnList(cols), cellAt(wrapped, cols[0]), top+1, cellAt(first[top], cols[0]), headerSep, cols[0]+1, header[cols[0]])
		} else {
			guess("header_rows: %d: the header is rows %d to %d; a column is named by its cells joined with %q, top row first (column %d %q), a merged cell spanning the columns after it",
				m.HeaderRows, top+1, bottom+1, headerSep, example+1, header[max(example, 0)])
		}
	}
	if comments > 0 && m.SkipRows >= comments {
		guess("skip_rows: %d: %s above the header", m.SkipRows, aboveData(m.SkipRows, true))
	}
	if numbersAbove >= 0 {
		guess("skip_rows: %d: row %d holds numbers alone (%s), no names of columns (pandas writes the columns' numbers above its header), and row %d names them: the header is row %d",
			m.SkipRows, numbersAbove+1, echo.Quote(strings.Join(first[numbersAbove], string(delim))), skip+1, skip+1)
	}
	if m.SkipRows > 0 && !slices.ContainsFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, "skip_rows:") }) {
		guess("%s", titleGuess(m.SkipRows, first[:top], firstLines[top]))
	}
	if guessed {
		m.Encoding = enc
		guess("the file is not UTF-8: read as %s (check that the column names below read right)", enc)
	}
	if down != nil {
		for _, i := range down.cols {
			m.FillDown = append(m.FillDown, columnRef(header, i))
		}
		guess("%s", downGuess)
	}
	ncol := len(header)
	numeric := make([]bool, ncol) // every non-empty cell a whole number
	nonEmpty := make([]int, ncol) // cells not empty
	// pointZero: every non-empty cell a whole number written "2609.0",
	// as pandas writes a column of whole numbers with gaps in it (read as
	// whole numbers; the draft says so).
	pointZero := make([]bool, ncol)
	values := make([]map[string]int, ncol)
	for i := range values {
		values[i] = map[string]int{}
	}
	// typos holds the cell mistyped of a column of figures (typoColumns),
	// which see passes over: the column is read as the figures it holds.
	typos := map[int]string{}
	see := func(i int, c string) {
		c = strings.TrimSpace(c)
		if c == "" || typos[i] != "" && c == typos[i] {
			return
		}
		if nonEmpty[i] == 0 {
			numeric[i], pointZero[i] = true, true
		}
		nonEmpty[i]++
		if numeric[i] {
			// (A count reads "314.00" or "1.000000" as the whole
			// number; the draft takes no column written with more
			// than pandas' ".0" for whole numbers: "0.000000" is a
			// rate that is zero.)
			if _, err := parseInt([]byte(c)); err != nil || zeroFraction(c) > 2 {
				numeric[i] = false
			}
		}
		if pointZero[i] {
			w, ok := strings.CutSuffix(c, ".0")
			if _, err := parseInt([]byte(w)); !ok || err != nil {
				pointZero[i] = false
			}
		}
		if len(values[i]) < 1<<20 {
			values[i][c]++
		}
	}
	seen := func(rec []string) {
		for i := 0; i < ncol && i < len(rec); i++ {
			see(i, rec[i])
		}
	}
	for _, rec := range rows {
		seen(rec)
	}
	// Cells that are no numbers in a column of numbers ("*", a count
	// suppressed): the column is not one of figures, and the draft says
	// why.
	marks := make([]marked, ncol)
	// A row of fewer cells than the header row names: a count refuses
	// it whatever the mapping (a cell left out moves every cell after
	// it). When every row is so (a header of names the rows do not have),
	// the draft refuses the file as the count says it; a few such rows (a
	// note under the table) are said in a guess.
	named := 0
	for i, h := range header {
		if trimHeader(h) != "" {
			named = i + 1
		}
	}
	shortRows, dataRows := 0, 0
	var shortErr *ParseError // the first short row's
	// footer holds the lines of the rows of one cell of text alone at the
	// end of the file, each short: footnotes, "Source: ...".
	var footer []int
	footerText := "" // the first of them
	// tail holds the short rows after the file's last row of full width
	// (a table under the table: New Zealand's "Electorate Candidate
	// Valid Votes" and each candidate's votes and share), and titles the
	// rows of one cell of text alone before it (a section's title amid
	// the rows, "Advance Voting Places").
	var tail, titles []shortRow
	var lastFull shortRow // the last row of full width
	short := func(rec []string, line int) {
		if dataRows++; len(rec) >= named {
			footer, lastFull = nil, shortRow{line, rec}
			for _, r := range tail {
				if r.title() {
					titles = append(titles, r)
				}
			}
			tail = tail[:0]
			return
		}
		tail = append(tail, shortRow{line, rec})
		if textCells(rec) == 1 && !numbersOnly(rec) {
			if footer = append(footer, line); len(footer) == 1 {
				footerText = strings.TrimSpace(strings.Join(rec, ""))
			}
		} else {
			footer = nil
		}
		if shortRows++; shortRows == 1 {
			shortErr = &ParseError{File: file, Line: line, Column: len(rec) + 1,
				Err: fmt.Errorf("%w: the row has %d cells, the header row %d (a cell left out moves every cell after it): a count refuses it; if the header names columns the rows do not have, mend the header row", ErrShortRow, len(rec), named)}
		}
	}
	var lines rowLines // (the line of each row read, for the guesses that name one)
	for k, rec := range first[max(skip, bottom)+1:] {
		if !blankStrings(rec) {
			lines.add(rec, firstLines[max(skip, bottom)+1+k])
			short(rec, firstLines[max(skip, bottom)+1+k])
			markCells(marks, rec, firstLines[max(skip, bottom)+1+k])
		}
	}
	all := rows
	var againLines []int // the lines that repeat the header row
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, draftError(file, err)
		}
		if blankStrings(rec) {
			blank++
			continue
		}
		line, _ := cr.FieldPos(0)
		if headerAgain(rec, first[skip]) {
			// (Files joined with their header rows: read past, and
			// left out below, as a count would refuse the row.)
			againLines = append(againLines, line)
			continue
		}
		if down != nil {
			down.fill(rec)
		}
		lines.add(rec, line)
		short(rec, line)
		markCells(marks, rec, line)
		seen(rec)
		if len(all) < 1<<20 {
			all = append(all, rec)
		}
	}
	// every is the rows read, before any row filter leaves some out
	// (wholeParts).
	every := all
	// (A tail of notes alone keeps the notes' guess below.)
	table := -1         // the header row of a table under the table, in tail
	afterTotal := false // the tail follows the table's total row
	if len(footer) < len(tail) {
		table = tableUnder(tail)
		afterTotal = table < 0 && slices.ContainsFunc(lastFull.rec, func(c string) bool { return totalCell(strings.TrimSpace(c)) || totalOfArea(c) })
	}
	if w := sameWidth(all); shortRows > 0 && shortRows == dataRows && w >= 2 && w+1 == named && len(all) == dataRows {
		// Every row alike, a cell short of the header row: the last name
		// heads no cells (Taiwan's CEC writes a 28th name over 27
		// cells). The draft reads the columns the rows have, and says
		// that a count refuses the rows until the header row is mended.
		// (Of two names or more, which ones head no cells is anyone's
		// guess: Arizona's two are amid the header. The draft refuses
		// the file then, as a count does.)
		var extra []string
		for _, h := range header[w:named] {
			extra = append(extra, trimHeader(h))
		}
		guess("header: the header row names %d columns and every row has %d cells (the first at line %d): the last name, %s, heads no cells, and the mapping reads the columns without it; a count refuses every row (row too short) until the header row is mended: delete %s from it (if another name heads no cells, the columns after it are shifted here: look at them)",
			named, w, shortErr.Line, quoteAll(extra), quoteAll(extra))
		header, ncol, bare = header[:w], w, bare[:w]
		numeric, nonEmpty, pointZero, values, marks = numeric[:w], nonEmpty[:w], pointZero[:w], values[:w], marks[:w]
		shortRows, named = 0, w
	}
	switch {
	case shortRows > 0 && shortRows == dataRows:
		return nil, shortErr
	case shortRows > 0 && len(footer) > 0 && len(footer)+len(titles) == shortRows && len(all) > shortRows:
		// Notes under the table: left out below (footerRows, else
		// footer_rows).
	case shortRows > 0 && (table >= 0 || afterTotal) && len(tail)+len(titles) == shortRows && len(all) > shortRows:
		// A table under the table: skipped by footer_rows below.
		footer = footer[:0]
		for _, r := range tail {
			footer = append(footer, r.line)
		}
	case shortRows > 0 && len(titles) == shortRows && len(all) > shortRows:
		footer = nil // titles alone, left out below
	case shortRows > 0:
		titles = nil
		footer = nil
		guess("%d of the %d rows have fewer cells than the header row names (the first at line %d, %d cells of %d: a note under the table?): a count refuses such a row, and with --skip-bad-rows leaves it out (I601 at its line); if it is a protocol, mend it", shortRows, dataRows, shortErr.Line, shortErr.Column-1, named)
	}

	// Counts written as floats: a count refuses every such cell, and no
	// mapping reads them. (One such column too: taken for decimals, a
	// choice's column was left out as percentages.)
	if cols := floatCounts(marks); len(cols) > 0 {
		// (The error names the file's first such cell, by line, then
		// by column.)
		c := slices.MinFunc(cols, func(a, b int) int { return marks[a].floatLine - marks[b].floatLine })
		which := "columns " + columnList(cols) + " hold"
		if len(cols) == 1 {
			which = fmt.Sprintf("column %d holds", c+1)
		}
		return nil, &ParseError{File: file, Line: marks[c].floatLine, Column: c + 1, Field: trimHeader(header[c]),
			Err: fmt.Errorf("%w: %q: %s counts written as numbers that are not whole, as floating-point arithmetic writes them (%q for a whole number near it), and a count refuses each such cell; write the file's figures as whole numbers (take the publisher's own, or round them where you trust the rounding) and draft again", ErrNotNumber, marks[c].float, which, marks[c].float)}
	}
	// Counts written with commas between groups of thousands ("10,701"):
	// a count refuses them, the comma being a decimal one elsewhere.
	// (Taken for decimals, a votes column was left out as percentages.)
	// Where every such cell reads so, and the draft holds the whole file,
	// it proposes "thousands": ",", and reads the cells without their
	// commas.
	proven := len(groupedCounts(marks, header)) > 0
	if cols := thousandsColumns(marks); (proven || len(groupedOnly(marks, header)) > 0) && len(all) == dataRows && !decimalComma(all) {
		m.Thousands = ","
		cells, first, line := 0, marks[cols[0]].group, marks[cols[0]].groupLine
		lakhs, threes := "", "" // a cell grouped by lakh and crore alone, and one by threes alone
		for _, c := range cols {
			nonEmpty[c], numeric[c], pointZero[c], values[c] = 0, false, false, map[string]int{}
			for _, rec := range all {
				if c >= len(rec) {
					continue
				}
				if v := strings.TrimSpace(rec[c]); commaGroups(v) > 0 {
					switch by3, byLakh := groupedBy(v); {
					case byLakh && !by3 && lakhs == "":
						lakhs = v
					case by3 && !byLakh && threes == "":
						threes = v
					}
					rec[c] = strings.ReplaceAll(rec[c], ",", "")
					cells++
				}
				see(c, rec[c])
			}
			marks[c] = marked{}
		}
		which := "columns " + columnList(cols)
		if len(cols) == 1 {
			which = fmt.Sprintf("column %d", cols[0]+1)
		}
		note := ""
		if !proven {
			note = groupedOnlyNote
		}
		if lakhs != "" && threes == "" {
			m.DigitGrouping = "indian"
			note += fmt.Sprintf(`; %q groups its digits as India's tables do, by lakh and crore (the last three, then twos), and no cell by threes alone: "digit_grouping": "indian"`, lakhs)
		}
		guess("thousands: \",\": %d cells of %s are whole numbers written with commas between groups of thousands (the first %q, column %d %q, line %d), and no cell of the file reads as a decimal with a comma: a count reads them without the commas%s",
			cells, which, first, cols[0]+1, trimHeader(header[cols[0]]), line, note)
	}
	// Counts written with dots between groups of thousands ("17.513"),
	// where no cell of the file is a decimal with a point: as with
	// commas, "thousands": ".", and the cells read without their dots.
	if cols, mixed := dotThousands(all, ncol, func(i int) bool {
		h := strings.ToLower(trimHeader(header[i]))
		return namedVotes(h) || anyWords(h, countedW)
	}); m.Thousands == "" && len(cols) > 0 && len(all) == dataRows {
		m.Thousands = "."
		cells, first, line, col := 0, "", 0, -1
		bare := bareCell(all, mixed) // (before the dots go)
		for _, c := range cols {
			nonEmpty[c], numeric[c], pointZero[c], values[c] = 0, false, false, map[string]int{}
			for k, rec := range all {
				if c >= len(rec) {
					continue
				}
				if v := strings.TrimSpace(rec[c]); dotGroups(v) > 0 {
					if cells++; cells == 1 {
						first, line, col = v, k, c
					}
					rec[c] = strings.ReplaceAll(rec[c], ".", "")
				}
				see(c, rec[c])
			}
			marks[c] = marked{}
		}
		note := dotThousandsNote(all, cols)
		if len(mixed) > 0 {
			note += fmt.Sprintf("; no header says a count and no cell has two dots: the dots are read so because each is followed by three digits and the other cells of those columns are whole numbers written bare (%q beside %q), as a column of decimals would not write them: confirm it", bare, first)
		}
		guess("thousands: \".\": %d cells of %s are whole numbers written with dots between groups of thousands (the first %q, column %d %q, data row %d), and no cell of the file reads as a decimal with a point: a count reads them without the dots%s",
			cells, columnsOf(cols), first, col+1, trimHeader(header[col]), line+1, note)
	}
	if cols := groupedCounts(marks, header); len(cols) > 0 {
		c := cols[0]
		which := "columns " + columnList(cols) + " hold"
		if len(cols) == 1 {
			which = fmt.Sprintf("column %d holds", c+1)
		}
		return nil, &ParseError{File: file, Line: marks[c].groupLine, Column: c + 1, Field: trimHeader(header[c]),
			Err: fmt.Errorf("%w: %q: %s counts written with commas between groups of thousands; a count reads them when the mapping says \"thousands\": \",\", which the draft cannot propose for this file: write the mapping with it, or write the file's figures without the commas (\"10701\") and draft again", ErrNotNumber, marks[c].group, which)}
	}
	// Figures not given written "NA" (R and pandas write them so; Kenya's
	// Form 34B for the constituencies not yet in): a count reads such
	// cells as empty ones, figures not given, under "not_given"
	// (Mapping.NotGiven), and the draft reads them so too. (The file
	// whole in memory: its columns are looked at again.)
	// clearCells empties the cells of cols that is says are no figure,
	// and reads the columns again: the texts emptied, and how many cells.
	clearCells := func(cols []int, is func(string) bool) (map[string]bool, int) {
		texts, cells := map[string]bool{}, 0
		for _, c := range cols {
			nonEmpty[c], numeric[c], pointZero[c], values[c], marks[c] = 0, false, false, map[string]int{}, marked{}
			for _, rec := range all {
				if c >= len(rec) {
					continue
				}
				if v := strings.TrimSpace(rec[c]); is(v) {
					texts[v] = true
					rec[c] = ""
					cells++
				}
				see(c, rec[c])
				markCells(marks[c:c+1], rec[c:c+1], 0)
			}
		}
		return texts, cells
	}
	if cols := notGivenOf(all, notGivenColumns(marks, values, header), header); len(cols) > 0 && len(all) == dataRows {
		texts, cells := clearCells(cols, notGivenText)
		m.NotGiven = slices.Sorted(maps.Keys(texts))
		guess("not_given: %s: %d cells of %s say a figure is not given; a count reads them as empty cells (figures not given, the result provisional where they count), and says how many", quoteAll(m.NotGiven), cells, columnsOf(cols))
	}
	// Dashes in a column of figures, a candidate who did not stand there
	// (draftdash.go): read as empty cells under "not_given", the draft
	// reads them so too; empty_votes is proposed below.
	var dashCols []int
	if cols := dashColumns(marks, values, header); len(cols) > 0 && len(all) == dataRows {
		texts, cells := clearCells(cols, dashText)
		for _, v := range m.NotGiven {
			texts[v] = true
		}
		m.NotGiven = slices.Sorted(maps.Keys(texts))
		dashCols = cols
		which := "columns " + columnList(cols)
		if len(cols) == 1 {
			which = fmt.Sprintf("column %d %q", cols[0]+1, trimHeader(header[cols[0]]))
		}
		guess("not_given: %s: %d cells of %s are dashes in a column of figures (a candidate who did not stand there?); a count reads them as empty cells, and says how many", quoteAll(slices.Sorted(maps.Keys(texts))), cells, which)
	}
	// A column of figures with one cell mistyped ("84O"): figures still,
	// no names of rows; the draft says which cell, reads the column
	// without it, and a count refuses it at its line until it is mended.
	for _, c := range typoColumns(marks, values) {
		typos[c] = marks[c].typo
		nonEmpty[c], numeric[c], pointZero[c], values[c] = 0, false, false, map[string]int{}
		for _, rec := range all {
			see(c, cellAt(rec, c))
		}
		why := "a letter typed for a digit?"
		if h := sciHint(marks[c].typo); h != "" {
			why = fmt.Sprintf("%s:%d:%d: %s", file, marks[c].typoLine, c+1, h)
		}
		guess("column %d %q holds whole numbers but for the cell %q at line %d (%s): it is read as figures; a count refuses that cell until the file is mended, or with --skip-bad-rows leaves its row out (I601 at its line)",
			c+1, trimHeader(header[c]), marks[c].typo, marks[c].typoLine, why)
	}
	if blank > 0 {
		guess("%d rows hold empty cells alone (a row of delimiters): they are no protocols, and a count skips them and says so", blank)
	}
	// Rows that end with a delimiter the header row lacks: one empty
	// cell past the last column on every row.
	if len(all) > 0 && trimHeader(header[ncol-1]) != "" && !slices.ContainsFunc(all, func(rec []string) bool {
		return len(rec) != ncol+1 || strings.TrimSpace(rec[ncol]) != ""
	}) {
		m.TrailingDelimiter = true
		guess("trailing_delimiter: every row ends with a delimiter the header row lacks (an empty cell past column %d %q)", ncol, trimHeader(header[ncol-1]))
	}
	used := make([]bool, ncol)
	if rowNamed {
		used[0] = true
		guess("column 1 (the rows' names, under no header) is not mapped: they name the rows of R's table, no precinct and no figure; if they name the precincts, map it as \"precinct\": {\"column\": 1}")
	}
	// A header that repeats names no column: each is left out.
	dups, above := repeatedHeaders(header), textRowsAbove(first[:top])
	// Two ballots on each row, the second's lines named as the first's:
	// the first is drafted, its lines by number; the second left out.
	if firstSet, second := twoBallots(header, dups); second >= 0 {
		draftFirstBallot(&m, header, all, firstSet, second, used, guess)
		for i := second; i < ncol; i++ {
			used[i] = true
			leave(i)
		}
		dups = nil
	}
	for i, h := range header {
		if cols := dups[trimHeader(h)]; len(cols) > 0 {
			used[i] = true
			if cols[0] == i {
				guess("not mapped: %s", repeatedSentence(trimHeader(h), cols, bottom+1, above))
			}
		}
	}
	if i := rowIndex(header, all); i >= 0 && !used[i] {
		used[i] = true
		guess("column %d %q is not mapped: it numbers the rows (%s in the header row, then %s, %s, ...: pandas' index, the header row being its row %s), no precinct and no figure", i+1, trimHeader(header[i]), trimHeader(header[i]), cellAt(all[0], i), cellAt(all[1], i), trimHeader(header[i]))
	}
	if i := indexColumn(header, all); i >= 0 && !used[i] {
		used[i] = true
		guess("column %d %q is not mapped: its header says index and its numbers rise from row to row (%s, %s, ...): it numbers the rows, no precinct and no figure", i+1, trimHeader(header[i]), cellAt(all[0], i), cellAt(all[1], i))
	}
	draftReportCounters(header, used, guess)
	dates := dateColumns(header, all, used, values, guess)
	if first, last := noResultsYet(header, nonEmpty); first >= 0 {
		return nil, &ParseError{File: file, Line: bottom + 1, Column: first + 1, Header: trimHeader(header[first]), Err: fmt.Errorf("%w: columns %d %q to %d %q, the protocol's lines and the votes (votemanager's codes), are empty on each of the %d rows: the file was published before the count; draft the mapping from a file with results", ErrNoFigures, first+1, trimHeader(header[first]), last+1, trimHeader(header[last]), len(all))}
	}
	// Under a header of several rows, a column's words are those of the
	// parts of its header that the columns of figures do not all have:
	// "Wähler", not "Wähler / Zweitstimmen / Endgültig".
	var shared map[int]string
	// The parts are read as one text ("gehört" over "zu" is "gehört
	// zu"): the separator is no boundary for a word list.
	norm := func(i int) string {
		h := strings.ReplaceAll(shortHeader(header[i], shared), headerSep, " ")
		return splitNummer(lowerHeader(splitCamel(h)))
	}
	// ownPart is norm of a column's own part of a header of several rows,
	// its last part that holds text: a part above it that spans several
	// columns names them all ("Candidate ID and Name" over each
	// candidate, "Total No of Electors" over Male, Female and the total).
	ownPart := func(i int) string {
		parts := headerParts(header[i])
		for k := len(parts) - 1; k > 0; k-- {
			if strings.TrimSpace(parts[k]) != "" {
				return lowerHeader(splitCamel(parts[k]))
			}
		}
		return norm(i)
	}
	if m.HeaderRows > 1 {
		if s := variantColumns(header, used); s != "" {
			guess("%s", s)
		}
		// (Of the columns with a cell on every header row: "gehört"
		// over "zu" is a column of numbers too.)
		var cols []int
		for i := range header {
			if !used[i] && numeric[i] && len(headerParts(header[i])) == m.HeaderRows {
				cols = append(cols, i)
			}
		}
		shared = commonParts(header, cols)
	}
	// Several sources of one ballot side by side ("lukashenko_officialVotes",
	// "lukashenko_photoVoices"): the official one drafted, the others
	// named.
	draftSources(&m, header, used, numeric, guess)
	// Protocol lines, "against all", absentee lines. secondAt holds a
	// column that reads as a line another column gives, and that line.
	secondAt := map[int]election.Line{}
	fw := fileWord(header)
	candidateVotes := candidatesValidVotes(header, numeric, used, nonEmpty, len(all), norm)
	draftRejectReasons(&m, header, used, numeric, norm, guess)
	for i := range header {
		h := norm(i)
		if used[i] {
			continue
		}
		switch {
		case i == candidateVotes:
			// (Left for the choices' figures: candidatesValidVotes.)
		case h == "":
			used[i] = true
			if nonEmpty[i] > 0 {
				guess("%s", noHeaderColumn(all, i, numeric[i]))
			}
		case has(h, absentee):
			used[i] = true
			if l := absenteeLine(h); l != "" && m.Lines[l].Header == "" {
				m.Lines[l] = Column{Header: trimHeader(header[i])}
				guess("lines.%s: column %d %q (an absentee-certificate line: %s)", l, i+1, trimHeader(header[i]), notBuiltIn(l))
				break
			}
			guess("column %d %q is not mapped: an absentee-certificate line, which the built-in form lacks; declare it in the rule set (protocol.add_lines) and map it under that name, as examples/duma2011/rules.json does", i+1, trimHeader(header[i]))
		case partLine(h):
			used[i] = true
			guess("column %d %q is not mapped: it gives a part of a line (its words say so), not a line of the form; declare it in the rule set (protocol.add_lines) to check it", i+1, trimHeader(header[i]))
		// (India's "NOTA" over figures: "Nota", a note in Portuguese,
		// Spanish, Italian and Romanian, heads a column of text.)
		case has(h, against) || anyWords(h, againstW) && numeric[i]:
			used[i] = true
			m.Votes[election.AgainstAll] = Column{Header: trimHeader(header[i])}
			nota := ""
			if !has(h, against) {
				nota = " (none of the above, NOTA: a choice that elects no one, as \"against all\"; the rule set says what it does, okrug.against_all)"
			}
			guess("votes.against_all: column %d %q%s", i+1, trimHeader(header[i]), nota)
		case election.LineIndex(election.Line(h)) >= 0:
			// (A role taken from a header's words is a guess to confirm,
			// the line's own name too: "voters" alone is ambiguous, see
			// votersAlone.)
			used[i] = true
			m.Lines[election.Line(h)] = Column{Header: trimHeader(header[i])}
			guess("lines.%s: column %d %q (%s)", h, i+1, trimHeader(header[i]), lineNameNote)
		case headerLineAt(h, fw) >= 0 && (numeric[i] || nonEmpty[i] == 0):
			used[i] = true
			l := headerLines[headerLineAt(h, fw)].line
			if c, dup := m.Lines[l]; dup {
				guess("column %d %q is not mapped: it reads as line %s, which column %q gives", i+1, trimHeader(header[i]), l, c.Header)
				break
			}
			m.Lines[l] = Column{Header: trimHeader(header[i])}
			guess("lines.%s: column %d %q (%s)", l, i+1, trimHeader(header[i]), headerLineNote[l])
		default:
			for _, lw := range lineWords {
				if !lw.stems(h) || lw.line == election.Voters && anyWords(h, tookPartWords) {
					continue // (those of the list who took part: no voters line)
				}
				used[i] = true
				// A second column of a line already mapped (early voting
				// "in the territorial commission's room", say) is left
				// out, not taken for a later rule's line.
				if c, dup := m.Lines[lw.line]; dup {
					secondAt[i] = lw.line
					guess("column %d %q is not mapped: it reads as line %s, which column %q gives (a part of it?); declare it in the rule set (protocol.add_lines) to check it", i+1, trimHeader(header[i]), lw.line, c.Header)
					break
				}
				m.Lines[lw.line] = Column{Header: trimHeader(header[i])}
				guess("lines.%s: column %d %q%s", lw.line, i+1, trimHeader(header[i]), lineWordNote[lw.words[0]])
				break
			}
			if l := combinedLine(h); !used[i] && l != "" && m.Lines[l].Header == "" {
				used[i] = true
				m.Lines[l] = Column{Header: trimHeader(header[i])}
				guess("lines.%s: column %d %q (one line where the built-in form has several, as the 2020 vote's protocol gives it: %s)", l, i+1, trimHeader(header[i]), notBuiltIn(l))
			}
		}
	}
	draftWholeOfParts(&m, header, secondAt, norm)
	draftSupplementaryVoters(&m, header, used, numeric, norm, guess)
	emptyLines(&m, header, numeric, nonEmpty, guess)
	draftPartsSum(&m, header, used, norm, guess)
	draftItalyLines(&m, header, used, numeric, norm, guess)
	draftBlankNull(&m, header, used, numeric, norm, guess)
	if len(secondAt) == 0 {
		draftShapeLines(&m, header, all, used, numeric, norm, guess)
	}
	took, tookAt := draftTookPart(&m, header, used, numeric, nonEmpty, norm, guess)
	if took < 0 {
		took, tookAt = draftVotesCast(&m, header, all, used, numeric, nonEmpty, norm, guess)
	}
	// keepRows keeps the rows keep says (a row filter's), and looks at
	// them again.
	keepRows := func(keep func(rec []string) bool) {
		kept := all[:0:0]
		for _, rec := range all {
			if keep(rec) {
				kept = append(kept, rec)
			}
		}
		all = kept
		for i := range values {
			values[i], numeric[i], nonEmpty[i] = map[string]int{}, false, 0
		}
		for _, rec := range all {
			seen(rec)
		}
	}
	// Rows that copy an earlier row cell for cell, a third of the rows
	// or more (a scraper's blocks given twice), are drafted once: read
	// twice, each precinct would have two rows, and a wide file read as
	// a long one. The copies are said at the end, once the layout is
	// known. (A few copies are said where the layout finds them.)
	// (Rows that differ but by the time they were sent, a few, are a
	// protocol sent again: read once too.)
	dupN, dupFirst := sameRowsBut(all, dates)
	if n, _ := sameRows(all); dupN*3 < len(all) && (len(dates) == 0 || dupN == n) {
		dupN = 0
	}
	ballotRows := all // (ballots alike are many ballots: draftMarks reads every row)
	if dupN > 0 {
		ballotRows = slices.Clone(all)
		seenRow := map[string]bool{}
		keepRows(func(rec []string) bool {
			k := rowKeyBut(rec, dates)
			if seenRow[k] {
				return false
			}
			seenRow[k] = true
			return true
		})
	}
	// A team's members below its party's row, no votes and no party of
	// their own: the party is the choice, the members' rows left out
	// (draftfilldown.go).
	teamChoice := -1
	if p, person, votes := teamRows(header, all, used, numeric, norm); p >= 0 {
		teamRowsGuess(&m, header, all, p, person, votes, guess)
		keepRows(func(rec []string) bool { return cellAt(rec, p) != "" })
		teamChoice = p
	}
	if c, vs := totalRowCell(header, all, numeric); c >= 0 {
		// Total rows: left out by the filter, and of the rest of the
		// draft.
		if m.Rows == nil {
			m.Rows = &RowFilter{}
		}
		m.Rows.Where = append(m.Rows.Where, Condition{Column: columnRef(header, c), Except: vs})
		guess("rows: a row whose column %d %q says %s looks like the total of the others: the mapping leaves it out (rows.where); a count would find it (I603)", c+1, trimHeader(header[c]), quoteAll(vs))
		keepRows(func(rec []string) bool { return c >= len(rec) || !slices.Contains(vs, strings.TrimSpace(rec[c])) })
	} else if c, vs := draftLabelledTotals(&m, header, all, numeric, lines.of, guess); c >= 0 {
		keepRows(func(rec []string) bool { return !slices.Contains(vs, cellAt(rec, c)) })
	}
	if c, rows := subtotalRows(header, all, numeric, nonEmpty, func(i int) bool { return has(norm(i), precinctH) }); c >= 0 {
		// Subtotal rows, the precinct's cell empty: left out, as the
		// total rows.
		if m.Rows == nil {
			m.Rows = &RowFilter{}
		}
		m.Rows.Where = append(m.Rows.Where, Condition{Column: columnRef(header, c), Except: []string{""}})
		guess("rows: %d rows leave column %d %q empty, and the figures of each are the sums of the precincts' rows beside it (the first names itself %s): subtotals of the precincts (an area's, the whole file's), no precinct; the mapping leaves them out (rows.where[%d]), else a count finds each a total (I603) and counts its votes twice",
			len(rows), c+1, trimHeader(header[c]), echo.Quote(rowText(all[rows[0]], numeric)), len(m.Rows.Where)-1)
		keepRows(func(rec []string) bool { return cellAt(rec, c) != "" })
	}
	if c, vs := footerRows(all, ncol); c >= 0 {
		// A note under the table: left out, as the total rows.
		if m.Rows == nil {
			m.Rows = &RowFilter{}
		}
		m.Rows.Where = append(m.Rows.Where, Condition{Column: columnRef(header, c), Except: vs})
		rows := "the last row holds"
		if len(vs) > 1 {
			rows = fmt.Sprintf("the last %d rows hold", len(vs))
		}
		guess("rows: %s one cell of text alone, in column %d %q, and no figure (%s): a note under the table (a source, a footnote), no protocol; the mapping leaves it out (rows.where[%d]), else a count reads it as a precinct without figures",
			rows, c+1, trimHeader(header[c]), quoteAll(vs), len(m.Rows.Where)-1)
		keepRows(func(rec []string) bool { return !slices.Contains(vs, cellAt(rec, c)) })
	} else if len(footer) > 0 {
		// Notes under the table too short for a row filter to read
		// (Elections Canada's three footnotes, one cell each of rows of
		// 14): skipped unread. (The lines the notes take, a quoted note
		// of several lines too: the last record's line is taken for the
		// file's last.)
		m.FooterRows = footer[len(footer)-1] - footer[0] + 1
		lines := fmt.Sprintf("line %d", footer[0])
		if m.FooterRows > 1 {
			lines = fmt.Sprintf("lines %d-%d", footer[0], footer[len(footer)-1])
		}
		if table >= 0 {
			guess("footer_rows: %d: %s, the file's last, of fewer cells than the header names, hold a table of its own under the table (its header at line %d: %s): a summary, no protocols; a count skips them unread and says so (else it refuses them as rows too short)",
				m.FooterRows, lines, tail[table].line, echo.Quote(strings.Join(nonEmptyCells(tail[table].rec), ", ")))
		} else if afterTotal {
			guess("footer_rows: %d: %s, the file's last, of fewer cells than the header names, follow the row of the table's total (line %d, %s): a summary under the table, no protocols; a count skips them unread and says so (else it refuses them as rows too short)",
				m.FooterRows, lines, lastFull.line, echo.Quote(strings.Join(nonEmptyCells(lastFull.rec[:min(len(lastFull.rec), 2)]), ", ")))
		} else {
			guess("footer_rows: %d: %s, the file's last, each hold one cell of text and no figure (the first %s), fewer cells than the header names: notes under the table (footnotes, a source), no protocols; a count skips them unread and says so (else it refuses them as rows too short)",
				m.FooterRows, lines, echo.Quote(footerText))
		}
		n, keep := 0, len(all)-len(footer)
		keepRows(func([]string) bool { n++; return n <= keep })
	}
	if len(titles) > 0 {
		// The titles of the table's sections: no row filter leaves out
		// a row too short (a count refuses it, its cells moved or
		// not), so the draft says what they are.
		lines := fmt.Sprintf("line %d holds", titles[0].line)
		if len(titles) > 1 {
			lines = fmt.Sprintf("lines %s hold", joinLines(titles))
		}
		guess("rows: %s one cell of text alone amid the rows (%s), and no figure: titles of the table's sections, no protocols; a count refuses them as rows too short (I601, which says so), and with --skip-bad-rows leaves them out; or delete them from the file",
			lines, quoteAll(sectionTitles(titles)))
		keepRows(func(rec []string) bool { return !(len(rec) < named && shortTitle(rec)) })
	}
	// The stages of a count by transfers (draftstage.go): the first's
	// rows alone; a stage's number is never votes.
	if c, k := stageColumn(header, all, values, used, numeric, norm); c >= 0 {
		used[c] = true
		if m.Rows == nil {
			m.Rows = &RowFilter{}
		}
		m.Rows.Where = append(m.Rows.Where, Condition{Column: Column{Header: trimHeader(header[c])}, Values: []string{"1"}})
		guess("%s", stageGuess(header, c, k, len(m.Rows.Where)-1, stvSign(header, values, c, norm)))
		keepRows(func(rec []string) bool { return cellAt(rec, c) == "1" })
	}
	for i := range header {
		if !used[i] && numeric[i] && (anyWords(norm(i), stageRefWords) || anyWords(norm(i), stageWords) && stvSign(header, values, i, norm)) {
			used[i] = true
			guess("column %d %q is not mapped: it gives the number of a stage of a count by transfers (a candidate's last, or the one at which the candidate was elected or excluded), no votes", i+1, trimHeader(header[i]))
		} else if k, ok := stages(values[i]); !used[i] && numeric[i] && ok && k > 1 && stageNamed(header, values, used, numeric, i, norm) {
			used[i] = true
			guess("%s", stagesSummed(header, i, k))
		}
	}
	// A status that says a row's protocol was annulled (an audit's
	// "Invalidated"): its rows left out, a guess to confirm.
	if c, vs, why := statusColumn(header, values, used, numeric, norm); c >= 0 {
		used[c] = true
		if m.Rows == nil {
			m.Rows = &RowFilter{}
		}
		m.Rows.Where = append(m.Rows.Where, Condition{Column: Column{Header: trimHeader(header[c])}, Except: vs})
		guess("rows: column %d %q %s: the mapping leaves out the rows that say %s (rows.where[%d]), as the publisher's result does not count an annulled protocol; delete the condition to count them", c+1, trimHeader(header[c]), why, quoteAll(vs), len(m.Rows.Where)-1)
		keepRows(func(rec []string) bool { return !slices.Contains(vs, cellAt(rec, c)) })
	}
	for i := range header {
		if j := candidateStatus(header, i, norm); j >= 0 && !used[i] && !numeric[i] && slices.Contains(annulWords, strings.TrimSpace(norm(i))) {
			used[i] = true
			guess("column %d %q is not mapped: beside column %d %q it is a candidate's status, not a protocol's: a row filter on its %q would drop a candidate's votes", i+1, trimHeader(header[i]), j+1, trimHeader(header[j]), "YES")
		}
	}
	// The kind of results (Elections Canada's "Type of results",
	// preliminary or validated): each kind gives every row again, so the
	// rows of one kind alone, the final one first.
	if c, keep, twins := resultKind(header, values, used, numeric, norm); c >= 0 && stagesApart(header, all, used, numeric, c, twins) {
		// (Each row given once, at one stage or another: no stage to
		// choose, and no row to leave out silently.)
		used[c] = true
		for _, t := range twins {
			used[t] = true
		}
		guess("column %d %q is not mapped: it gives the stage of each row's results (%s), and no row is given again at another stage (the other columns of text name each row once): a filter on one stage would drop the rows of the others, so the mapping keeps every row; the figures are of mixed stages, the result as final as its least final row (say the provenance of the count so)",
			c+1, trimHeader(header[c]), kindCounts(values[c]))
	} else if c >= 0 {
		used[c] = true
		for _, t := range twins {
			used[t] = true
		}
		if m.Rows == nil {
			m.Rows = &RowFilter{}
		}
		// A kind of fewer rows than another (Canada's validated results of
		// 6 ridings beside the preliminary of all 18) gives not the same
		// areas again: the kind of the most rows is kept, and said.
		same := "each kind giving the same areas again"
		for _, k := range sortedKeys(values[c]) {
			if values[c][k] > values[c][keep] {
				keep = k
			}
		}
		for _, k := range sortedKeys(values[c]) {
			if values[c][k] != values[c][keep] {
				same = fmt.Sprintf("the kind of the most rows (%d); %q gives %d rows, not every area's: the rows of one kind alone leave out the areas only the other gives", values[c][keep], k, values[c][k])
				break
			}
		}
		m.Rows.Where = append(m.Rows.Where, Condition{Column: Column{Header: trimHeader(header[c])}, Values: []string{keep}})
		guess("rows: column %d %q gives the kind of results of each row (%s): the mapping keeps the rows of %q (rows.where[%d]), %s; put the kind to count there", c+1, trimHeader(header[c]), strings.Join(sortedKeys(values[c]), ", "), keep, len(m.Rows.Where)-1, same)
		keepRows(func(rec []string) bool { return cellAt(rec, c) == keep })
	}
	// A column of a few kinds that splits each area's row into one per
	// kind (Hungary's J and L ballots, each with the station's figures):
	// the rows of one kind alone, as of one contest.
	keepKind := func(k int) {
		used[k] = true
		keep, names := contests(all, k)
		if m.Rows == nil {
			m.Rows = &RowFilter{}
		}
		m.Rows.Where = append(m.Rows.Where, Condition{Column: Column{Header: trimHeader(header[k])}, Values: []string{keep}})
		guess("rows: column %d %q gives each area one row of each of its %d values (%s), the other columns of text alike: a kind of ballot or of figure; the mapping keeps the rows of %q alone (rows.where[%d]); put the kind to count there, or map the column under ballot_column if its values are the list and okrug ballots",
			k+1, trimHeader(header[k]), len(values[k]), names, keep, len(m.Rows.Where)-1)
		keepRows(func(rec []string) bool { return k < len(rec) && strings.TrimSpace(rec[k]) == keep })
	}
	// (Not yet the way the votes were cast, in a file of few columns of
	// figures, which may be long: its rows of a choice by vote mode are
	// the parts of its votes, summed below, or else the rows of one mode
	// are kept then.)
	modes := -1
	if k := kindColumn(header, all, used, numeric, nonEmpty, values, norm); k >= 0 && !votesAlone(header, used, numeric, norm) {
		figures := 0
		for i := range header {
			if !used[i] && numeric[i] {
				figures++
			}
		}
		if voteModes(values[k]) && figures <= 3 {
			used[k], modes = true, k
		} else {
			keepKind(k)
		}
	}
	// A column of a few years, each giving the areas again (Malawi's
	// turnout by district, "year", 1994 and 1999): each year is another
	// election, whose rows are no precincts of the same count; the rows of
	// the latest year alone.
	if y, keep := yearColumn(header, all, used, numeric, values, norm); y >= 0 {
		used[y] = true
		if m.Rows == nil {
			m.Rows = &RowFilter{}
		}
		m.Rows.Where = append(m.Rows.Where, Condition{Column: Column{Header: trimHeader(header[y])}, Values: []string{keep}})
		guess("rows: column %d %q gives the year of each row (%s), each year's rows giving the areas again: each year is another election; the mapping keeps the rows of %s, the latest (rows.where[%d]); put the year to count there",
			y+1, trimHeader(header[y]), strings.Join(sortedKeys(values[y]), ", "), keep, len(m.Rows.Where)-1)
		keepRows(func(rec []string) bool { return cellAt(rec, y) == keep })
	}
	// ID-like columns.
	// (A column of "NA" on every row, R's missing value, is empty: it
	// names no area. Nor does one of shares under a header that names
	// no code: Estonia's "prop_candidate_votes_constituency".)
	idCol := func(words []string) int {
		for i := range header {
			// (A column of figures named as a count is no area's key:
			// India's "Total Votes Polled In The Constituency".)
			if !used[i] && nonEmpty[i] > 0 && has(norm(i), words) && !allNotGiven(all, i) && (!rates(values[i]) || anyWords(norm(i), idH)) && !countNotKey(norm(i), numeric[i]) {
				return i
			}
		}
		return -1
	}
	precinct := -1
	// varied says whether column i names more than one area: a column of
	// one value on every row of several (Arizona's "precinct_id" of
	// "000") names none, and is taken for the precinct last.
	varied := func(i int) bool { return len(values[i]) > 1 || len(all) < 2 }
	// ratesNotCode says whether column i holds percentages or shares
	// (rates) under a header that names no number or code: Georgia's
	// "precinct_id" writes a district's precinct "64.01", its district
	// before the point, as a share would be written.
	ratesNotCode := func(i int) bool { return rates(values[i]) && !anyWords(norm(i), idH) }
	// Mexico's INE names a casilla by six columns (casillaKey): the
	// precinct is all of them, its number the casilla's, and the state
	// the region.
	casilla, casillaState := casillaKey(header, nonEmpty, len(all), norm)
	if len(casilla) > 0 {
		precinct = casilla[len(casilla)-1]
		if c := slices.IndexFunc(casilla, func(c int) bool {
			return anyWords(norm(c), []string{"casilla"}) && !anyWords(norm(c), []string{"tipo"})
		}); c >= 0 {
			precinct = casilla[c]
		}
		for _, c := range casilla {
			used[c] = true
		}
	}
	// A long file of lists' votes by area, the lists numbered anew in
	// each (Hong Kong's "gc", "list_no", "votes"): the area is the
	// precinct and the region, the list the choice.
	listAt, listJoin := -1, -1
	if a, l := listArea(header, all, used, numeric, nonEmpty, values, norm); precinct < 0 && a >= 0 {
		precinct, listAt = a, a
		m.EmptyVotes = EmptyVotesNotOnBallot
		join := fmt.Sprintf("or name the choice by both columns ({\"columns\": [%q, %q], \"join\": true})", trimHeader(header[a]), trimHeader(header[l]))
		if numberedAnew(all, a, l) {
			// (Each area's lists 1 to its last, fewer in some: Hong
			// Kong's. The choice joins both, draftAreaLists.)
			listJoin = l
			join = "the choice named by both columns (choice_column below)"
		}
		empty := fmt.Sprintf("empty_votes: %q: a list with no row in an area did not stand there, no votes missing", m.EmptyVotes)
		if inEveryArea(all, a, l) {
			// (The same lists in every area, one ballot: a row
			// missing is a figure not given, which not_on_ballot
			// would make 0.)
			m.EmptyVotes = ""
			empty = "each list has a row in every area (the same lists everywhere), so a list's row missing would be votes not given, not a list that did not stand there: empty_votes left unset"
		}
		guess("precinct: column %d %q, and region: the same column: column %d %q names a party list on each row (%d lists), numbered anew in each of the %d areas of column %d (list %q of %q is not list %q of %q): each area's rows are its result by list; count under a rule set that seats the lists of each region apart (\"list\": {\"constituency\": \"region\"}), %s; %s",
			a+1, trimHeader(header[a]), l+1, trimHeader(header[l]), len(values[l]), len(values[a]), a+1,
			cellAt(all[0], l), cellAt(all[0], a), cellAt(all[0], l), otherArea(all, a, cellAt(all[0], a)), join, empty)
	}
	// Or a place and a precinct numbered anew in it, together
	// (listAreaPair): the precinct named by both.
	listPlace := -1
	if t, p, l := listAreaPair(header, all, used, numeric, nonEmpty, values, norm); precinct < 0 && p >= 0 {
		precinct, listPlace, used[t] = p, t, true
		guess("precinct: columns %d %q and %d %q together: column %d %q names a party list on each row (%d lists), and neither column names each list's row of a precinct once alone (%d %q numbers its precincts anew in each place of column %d), together they do",
			t+1, trimHeader(header[t]), p+1, trimHeader(header[p]), l+1, trimHeader(header[l]), len(values[l]), p+1, trimHeader(header[p]), t+1)
	}
	for _, ok := range []func(int) bool{varied, func(int) bool { return true }} {
		for i := range header { // whole words first: "№ ВД", "Mesa", "Bureau"
			if precinct < 0 && !used[i] && anyWords(norm(i), precinctW) && !ratesNotCode(i) && ok(i) {
				precinct = i
			}
		}
	}
	if precinct < 0 {
		precinct = sectionColumn(header, used, norm)
	}
	if precinct < 0 {
		// Of the columns named like a precinct, a number that names each
		// row once, then one named as a number ("precinct_nr" beside
		// "precinct_county_nce", the county's number, and
		// "precinct_name"), then one that names each row once, then the
		// first.
		var named []int
		for i := range header {
			// (A count of them, "number of polling stations", is none.)
			// (Nor a column of percentages, nor the votes cast there,
			// "polling_place_votes".)
			if !used[i] && has(norm(i), precinctH) && !countOf(norm(i)) && !ratesNotCode(i) && !anyWords(norm(i), countedW) {
				if z := firstCell(all, i); len(all) >= 3 && nonEmpty[i] == len(all) && len(values[i]) == 1 && numeric[i] && strings.Trim(z, "0") == "" {
					// A precinct numbered 0 on every row names none: the
					// rows are of larger areas (Taiwan's referendum by
					// township, its polling station "0" on each). (A
					// name on every row may be a long file's one
					// precinct.)
					used[i] = true
					guess("column %d %q is not mapped: named like a precinct's, it holds %q on each of the %d rows, the number of no precinct: another column names them, or the rows are of larger areas (a file by township)", i+1, trimHeader(header[i]), z, len(all))
					continue
				}
				named = append(named, i)
			}
		}
		once := func(i int) bool { return nonEmpty[i] == len(all) && len(values[i]) == len(all) }
		number := func(i int) bool { return numbersAreas(norm(i)) }
		for _, ok := range []func(int) bool{
			func(i int) bool { return once(i) && (number(i) || numeric[i]) },
			func(i int) bool { return number(i) && varied(i) }, once, varied,
			func(int) bool { return true },
		} {
			if k := slices.IndexFunc(named, ok); k >= 0 {
				precinct = named[k]
				break
			}
		}
		precinct = finerArea(all, named, precinct, norm)
	}
	if precinct < 0 {
		// A town, where no column names a precinct (New Hampshire's
		// results by town, OpenElections'): the finest area.
		for i := range header {
			// (A name the header row repeats, over a column of the
			// towns' codes and one of their names, Taiwan's 鄉鎮市區: the
			// names, by the column's number.)
			again := used[i] && len(repeatedHeaders(header)[trimHeader(header[i])]) > 1 && len(values[i]) > 1
			if precinct < 0 && (!used[i] || again) && !numeric[i] && nonEmpty[i] == len(all) && anyWords(norm(i), []string{"town", "township"}) && !choiceHeader(norm(i)) {
				precinct, used[i] = i, false
				if again {
					for k, g := range m.Guesses {
						if strings.HasPrefix(g, "not mapped: ") && strings.Contains(g, strconv.Quote(trimHeader(header[i]))) {
							m.Guesses[k] += fmt.Sprintf("; column %d, of the towns' names, is the precinct below, named so", i+1)
						}
					}
				}
			}
		}
	}
	candRows, candPerson := false, -1 // the rows are candidates, their areas' rows together, named in candPerson (candidateRowsArea)
	candDistrict := false             // and their areas single-member districts, named so (districtRows): the okrug too
	if precinct < 0 {
		// A file of candidates, a row each (a column names a person:
		// the UK's 2024 file by candidate, "Candidate surname"): the
		// precinct is the area whose rows run together, not a column
		// that names each row once (a person's ID), and the file long.
		if a, p, district := candidateRowsArea(header, all, used, numeric, nonEmpty, values, norm); a >= 0 && district {
			precinct, candRows, candPerson, candDistrict = a, true, p, true
			guess("layout: column %d %q names a person on each row, and column %d %q a single-member district (%d in the file), whose rows run together and name each person once: the rows are the candidates of each district, the file long, its precinct and its okrug the district, each candidate a choice", p+1, trimHeader(header[p]), a+1, trimHeader(header[a]), len(values[a]))
		} else if a >= 0 {
			precinct, candRows, candPerson = a, true, p
			guess("layout: column %d %q names a person on each row, and column %d %q an area by its code (%d in the file), whose rows run together: the rows are the candidates of each area, the file long, its precinct the area", p+1, trimHeader(header[p]), a+1, trimHeader(header[a]), len(values[a]))
		}
	}
	if precinct < 0 && len(all) > 1 {
		// A column named as an ID or a code ("ons_id", "Code") that
		// names each row once, numbers or not: the rows are the
		// precincts (a file by district, say). (Not a person's ID, "DC
		// Person ID": it names each row of a file of candidates once,
		// and the rows are the candidates of the areas.)
		for i := range header {
			if !used[i] && numbersAreas(norm(i)) && !choiceHeader(norm(i)) && personHeader(header[i]) == 0 && nonEmpty[i] == len(all) && len(values[i]) == len(all) {
				precinct = i
				break
			}
		}
	}
	if own, parent := childRows(header, all, used, numeric); precinct < 0 && own >= 0 {
		used[own], precinct = true, parent
		guess("column %d %q is not mapped: each of its cells is the cell of column %d %q and a row's number (%q): it numbers the rows, and column %d names the precinct whose rows they are", own+1, trimHeader(header[own]), parent+1, trimHeader(header[parent]), cellAt(all[0], own), parent+1)
	}
	// A column whose every cell names an area, "Four Oaks Ward", on the
	// rows of its candidates, is the precinct of a long file, before any
	// column that names each row once (a candidate's).
	wardCells := false
	for i := range header {
		if precinct < 0 && !used[i] && !numeric[i] && areaCells(all, i) {
			precinct, wardCells = i, true
		}
	}
	// No column names an area, and the rows are ballots, each column a
	// candidate's 0/1 mark.
	if precinct < 0 && len(m.Lines) == 0 && m.Rows == nil && draftMarks(&m, file, header, ballotRows, used, numeric, nonEmpty, guess) {
		mappedFillDown(&m, header, downAbove)
		return &Draft{Mapping: m}, nil
	}
	// No column names an area, and the rows are one area's choices.
	if precinct < 0 && len(m.Lines) == 0 && m.Rows == nil && draftOneArea(&m, file, header, all, used, numeric, nonEmpty, values, norm, guess) {
		mappedFillDown(&m, header, downAbove)
		return &Draft{Mapping: m}, nil
	}
	// The columns of numbers left of the lines (those mapped, and those
	// English line words name: "Electorate" is the voters).
	isLine := func(i int) bool {
		if i == candidateVotes {
			return false
		}
		for _, c := range m.Lines {
			if c.Header == trimHeader(header[i]) {
				return true
			}
		}
		return slices.ContainsFunc(englishLineWords, func(lw lineRule) bool { return lw.reads(norm(i)) })
	}
	var leftNumbers []int
	for i := range header {
		if isLine(i) {
			break
		}
		// (A candidate's number, "CandidateID", numbers the choices; a
		// column of one value on every row names no one precinct:
		// Serbia's "Okrug", 0 on each row of Belgrade. Nor does a
		// person's ID: the UK's 2024 file by candidate, "DC Person ID".)
		if !used[i] && numeric[i] && !choiceHeader(norm(i)) && personHeader(header[i]) == 0 && (len(values[i]) > 1 || len(all) < 2) {
			leftNumbers = append(leftNumbers, i)
		}
	}
	if precinct < 0 {
		// One named as a number ("Nr"), though it repeats (Land 1 and
		// Wahlkreis 1 of kerg share it); or else the file's first
		// column, when its numbers rise from row to row (stations 1001,
		// 1004, ...).
		// (Of several codes of areas, the finest: the one of the most
		// values, Slovakia's municipality, "Kód obce", after its region's
		// and its district's, "Kód kraja", "Kód okresu".)
		// (Of codes of areas, one that names each row once before one
		// that repeats: ISTAT's code of a comune, "CODICE ISTAT", before
		// its region's, "cod_reg".)
		once := func(i int) bool { return nonEmpty[i] == len(all) && len(values[i]) == len(all) && len(all) > 1 }
		// (A column of 0 on most rows numbers no area: Mexico's "nr".)
		if k := slices.IndexFunc(leftNumbers, func(i int) bool { return numbersAreas(norm(i)) && !mostlyZero(values[i], len(all)) }); k >= 0 {
			precinct = leftNumbers[k]
			for _, i := range leftNumbers[k+1:] {
				if numbersAreas(norm(i)) && len(values[i]) > len(values[precinct]) && has(norm(i), areaCodeH) && has(norm(precinct), areaCodeH) {
					precinct = i
				}
			}
			if !once(precinct) {
				if k := slices.IndexFunc(leftNumbers, func(i int) bool { return numbersAreas(norm(i)) && once(i) }); k >= 0 {
					precinct = leftNumbers[k]
				}
			}
		} else if len(leftNumbers) > 0 && leftNumbers[0] == firstColumn(header) && rising(all, leftNumbers[0]) {
			// (The file's first column alone: a candidate's votes may
			// rise from row to row too.)
			precinct = leftNumbers[0]
		}
	}
	// Text columns that name each row once, alone or together (a
	// district's name that repeats across the regions that hold it:
	// "Jung-gu" of Busan and of Daegu), name the areas: they are the
	// precinct before any other column of numbers, whose figures may be
	// a choice's votes, unique on each row as large counts are.
	// A file of one district's candidates, a row each (Elections
	// Canada's, by kind of results): the district's number, one value on
	// every row, is the precinct, and the candidates' rows make the file
	// long.
	if precinct < 0 && slices.ContainsFunc(header, func(h string) bool { return candidateHeader(strings.ToLower(h)) }) {
		for i := range header {
			if precinct < 0 && !used[i] && numeric[i] && len(values[i]) == 1 && nonEmpty[i] == len(all) && len(all) > 1 && numbersAreas(norm(i)) && has(norm(i), okrugH) {
				precinct = i
			}
		}
	}
	pairRegion, keyCols := -1, []int(nil)
	if precinct < 0 {
		keyCols = textKey(header, all, used, numeric, nonEmpty, norm)
		switch len(keyCols) {
		case 0:
		case 1:
			precinct = keyCols[0]
		default:
			pairRegion, precinct = keyCols[0], keyCols[len(keyCols)-1]
			for _, c := range keyCols {
				used[c] = true
			}
		}
	}
	// A text column that names all rows but a few ("TPS 001", "TPS
	// 002", ... beside two rows of "0" where a scrape found no station)
	// names the precincts better than a column of numbers, whose cells
	// may be a choice's votes (a header that numbers the candidates 1, 2,
	// 3): the rows it repeats are said below. Only when that column is
	// such a figure, on every row a part of another's sum: a column of
	// numbers that is none (a row's order, "ORDER", with a row given
	// twice) is the precinct's, taken below, and never a choice.
	// (The column of "against all" is a part of the sum too.)
	keyFree := slices.Clone(used)
	if c, ok := m.Votes[election.AgainstAll]; ok {
		keyFree[columnOf(header, c.Header)] = false
	}
	partOfSum := -1 // the column whose sum holds leftNumbers[0], or -1
	if precinct < 0 && len(leftNumbers) > 0 {
		partOfSum = sumHolding(header, all, numeric, keyFree, leftNumbers[0])
	}
	if precinct < 0 && (len(leftNumbers) == 0 || partOfSum >= 0) {
		for i := range header {
			if !used[i] && !numeric[i] && nonEmpty[i] == len(all) && len(all) >= 10 && len(values[i])*10 >= len(all)*9 &&
				!choiceHeader(norm(i)) && !contestHeader(norm(i)) && !percents(all, i) && !colours(all, i) && !slices.ContainsFunc(all, func(rec []string) bool { return digitCode(cellAt(rec, i)) }) {
				precinct = i
				break
			}
		}
	}
	// Else a column of text under no header, filled on every row, of
	// more values than half the rows: the rows' names (New Zealand's
	// voting places, each given once among the advance votes and once
	// among the votes on the day, under the titles of their sections,
	// which no column holds). The names that repeat are said below.
	unheadedKey := false
	if precinct < 0 && (len(leftNumbers) == 0 || partOfSum >= 0) && len(all) > 1 {
		// (Such a column was said not mapped, as text under no header.)
		// (Not the first column when it names each row once: the labels
		// of a transposed table, whose header names the places, which
		// the error below says.)
		for i := range header {
			if precinct < 0 && trimHeader(header[i]) == "" && !(i == 0 && len(values[i]) == len(all)) && !numeric[i] && nonEmpty[i] == len(all) && len(values[i])*2 > len(all) &&
				!percents(all, i) && !slices.ContainsFunc(all, func(rec []string) bool { return digitCode(cellAt(rec, i)) }) {
				precinct, unheadedKey = i, true
				unheaded := fmt.Sprintf("column %d (no header) is not mapped:", i+1)
				m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, unheaded) })
			}
		}
	}
	// A column that is on every row a part of another's sum (a choice's
	// votes, the total beside them) is a figure, no precinct's number:
	// noKey says so, or "".
	noKey := ""
	boxTown := -1     // the area whose ballot boxes the precinct's column numbers anew (boxColumn), or -1
	precinctWhy := "" // why the precinct is the column it is, where a guess says no more
	if precinct < 0 && len(leftNumbers) > 0 {
		// (Not when a column names a candidate on each row: the rows
		// are one area's choices, and the figures beside them no
		// choices of their own.)
		if c := choiceRows(header, all, used, numeric, nonEmpty, values, norm); c >= 0 && areaOfChoices(header, all, used, nonEmpty, norm) < 0 {
			what := "party"
			if candidateHeader(norm(c)) {
				what = "candidate"
			}
			return nil, &ParseError{File: file, Line: firstLines[bottom], Err: fmt.Errorf("%w: no column looks like the precinct, and column %d %q names a %s on each of the %d rows: the rows are the choices of one area, not precincts (its figures would be taken for choices)%s; write the mapping by hand", ErrMapping, c+1, trimHeader(header[c]), what, len(all), choicesOfOneArea(header, all, used, numeric, values, c, m.Thousands, norm))}
		}
		if a := areaOfChoices(header, all, used, nonEmpty, norm); a >= 0 && choiceRows(header, all, used, numeric, nonEmpty, values, norm) >= 0 {
			precinct = a
			guess("precinct: column %d %q: it names an area (%d in the file) whose rows run together, beside column %d %q, which names each row's candidate once: each area's rows are its candidates, the file long", a+1, trimHeader(header[a]), len(values[a]), choiceRows(header, all, used, numeric, nonEmpty, values, norm)+1, trimHeader(header[choiceRows(header, all, used, numeric, nonEmpty, values, norm)]))
		} else if t := partOfSum; t >= 0 {
			noKey = fmt.Sprintf("; column %d %q is on every row a part of the sum in column %d %q, a figure, not a precinct's number", leftNumbers[0]+1, trimHeader(header[leftNumbers[0]]), t+1, trimHeader(header[t]))
		} else if k := textNamesRows(header, all, used, numeric, nonEmpty, values, norm); k >= 0 && (anyWords(norm(leftNumbers[0]), countedW) || len(all) == 1) {
			// (A column of figures named so, "Votes cast", is no
			// precinct's number beside text that names each row:
			// Montenegro's national totals, one row, "Constituency".)
			// (So too of one row, Fiji's national totals, "Division" of
			// "Fiji (national)" beside "Stations counted": a number of
			// one row may be any figure, and the text names the row.)
			precinct = k
			precinctWhy = fmt.Sprintf(": its text names each row once, and column %d %q, the first column of numbers, is named as a figure", leftNumbers[0]+1, trimHeader(header[leftNumbers[0]]))
			if n := leftNumbers[0]; !anyWords(norm(n), countedW) {
				precinctWhy = fmt.Sprintf(": its text names the file's one row, and column %d %q, the first column of numbers, may be any figure of it", n+1, trimHeader(header[n]))
				if stationsCounted(norm(n)) {
					used[n] = true
					guess("column %d %q is not mapped: it counts the stations or precincts the row's figures are of, not a choice's votes", n+1, trimHeader(header[n]))
				}
			}
		} else if len(leftNumbers) == 1 && namedVotes(norm(leftNumbers[0])) && !anyWords(norm(leftNumbers[0]), idH) && choicesBeside(header, used, numeric, nonEmpty, len(all), norm) {
			// (The one column of numbers named as votes beside a column
			// of the choices' names, Delhi's "Votes15" beside "Party"
			// and a "Number" of one value: each row a choice's figure,
			// no precinct's number.)
			noKey = fmt.Sprintf("; column %d %q, the one column of numbers that varies, is named as votes: a figure, not a precinct's number", leftNumbers[0]+1, trimHeader(header[leftNumbers[0]]))
		} else {
			precinct = leftNumbers[0]
			precinctWhy = ": no column is named like a precinct, none of text names each row, and this is the first column of numbers left of the lines, on no row a part of another's sum; if it holds a figure, name the precinct by hand"
			// (A number that repeats, beside one that numbers the rows,
			// each once and mostly running on by one: the latter names
			// the precinct, Israel's "ברזל" beside "סמל ועדה".)
			if s := serialKey(all, leftNumbers); s >= 0 && s != precinct && repeats(all, precinct) {
				precinctWhy = fmt.Sprintf("; column %d %q repeats on rows of different precincts (the first %q), and column %d %q names each row once, its numbers running on by one from row to row: a serial number of the row", precinct+1, trimHeader(header[precinct]), repeatedCell(all, precinct), s+1, trimHeader(header[s]))
				precinct = s
			} else if b := boxColumn(all, precinct, leftNumbers); b >= 0 && repeats(all, precinct) {
				// (Or one that numbers the ballot boxes of each of its
				// areas anew, beside it: the area and the box name the
				// precinct, Israel's "סמל ישוב" and "קלפי" of 2009.)
				boxTown, precinct = precinct, b
				used[boxTown] = true
			}
		}
	}
	// A long file's areas run together: a column of numbers whose values
	// do not, each once in every area of another that does, numbers the
	// choices, not the precincts (Lithuania's "org_id", a party's number,
	// beside "minor_gid", the polling station's).
	if precinct >= 0 && numeric[precinct] && slices.Contains(leftNumbers, precinct) && !inRuns(all, precinct) {
		for _, i := range leftNumbers {
			if i != precinct && inRuns(all, i) && !repeats(all, i, precinct) && everywhere(all, i, precinct) {
				guess("layout: column %d %q names each row of an area of column %d %q once (whose rows run together), and its values are found again in the other areas: it numbers the choices, not the precincts", precinct+1, trimHeader(header[precinct]), i+1, trimHeader(header[i]))
				precinct = i
				break
			}
		}
	}
	if precinct >= 0 {
		used[precinct] = true
	}
	// (A region's words as regionHeader reads them, over no column of
	// figures: figureCells.)
	region := -1
	for i := range header {
		if !used[i] && nonEmpty[i] > 0 && regionHeader(norm(i)) && !allNotGiven(all, i) && (!rates(values[i]) || anyWords(norm(i), idH)) && !(numeric[i] && figureCells(all, i)) {
			region = i
			break
		}
	}
	if region < 0 && casillaState >= 0 {
		region = casillaState
	}
	if region < 0 {
		for i := range header {
			// (Not a name of the precinct's own area: Turkey's il_adi
			// beside il_plaka, a row per province.)
			if !used[i] && nonEmpty[i] > 0 && (oneWordOf(norm(i), regionAlone) || regionAbbrev(norm(i), numeric[i])) && (precinct < 0 || distinct(all, i) < distinct(all, precinct)) {
				region = i
				break
			}
		}
	}
	if region >= 0 && numeric[region] {
		// A region's name beside its code ("Kód okresu", "Názov
		// okresu") names it as the voters know it.
		for i := region + 1; i < len(header); i++ {
			if !used[i] && !numeric[i] && has(norm(i), regionH) && len(values[i]) == len(values[region]) {
				used[region] = true
				guess("column %d %q is not mapped: it codes the region that column %d %q names", region+1, trimHeader(header[region]), i+1, trimHeader(header[i]))
				region = i
				break
			}
		}
	}
	// pairOkrug is the first of a pair of names, named as a district,
	// whose districts each have their own choices (ownChoices): the
	// okrug the second lies in, not a region (the Maldives'
	// constituencies and their ballot boxes, whose codes repeat across
	// them, each constituency's candidates' cells empty on the others'
	// rows); -1.
	pairOkrug := -1
	if region < 0 && pairRegion >= 0 {
		// The first of a pair of names is the area the second lies in.
		region = pairRegion
		if has(norm(pairRegion), okrugH) && ownChoices(header, all, used, numeric, pairRegion) != "" {
			region, pairOkrug = -1, pairRegion
		}
	}
	if region < 0 && boxTown >= 0 {
		// The name of the area whose boxes are the precincts.
		region = townName(all, used, numeric, nonEmpty, values, boxTown)
	}
	if region < 0 && listAt >= 0 {
		region = listAt
	}
	sameRegion := false // the precinct's column is the region's too
	if region < 0 && precinct >= 0 && anyWords(norm(precinct), regionW) && !has(norm(precinct), precinctH) && nonEmpty[precinct] == len(all) && len(values[precinct]) == len(all) {
		// A file of a row per region, its column headed so (Scotland's
		// regional lists, "region"): the region is each row's, that a
		// rule set that seats the lists of each region apart
		// ("list": {"constituency": "region"}) finds it.
		region, sameRegion = precinct, true
	}
	if region >= 0 {
		used[region] = true
		m.Region = &Column{Header: trimHeader(header[region])}
	}
	totals := ""
	if region >= 0 && precinct >= 0 && has(norm(region), parentH) {
		// Rows that others belong to are their totals: left out.
		if vs := parentTotals(all, precinct, region); len(vs) > 0 {
			if m.Rows == nil {
				m.Rows = &RowFilter{}
			}
			m.Rows.Where = append(m.Rows.Where, Condition{Column: Column{Header: trimHeader(header[region])}, Except: vs})
			totals = fmt.Sprintf("rows: column %d %q names the area each row belongs to by its number in column %d %q: the rows others belong to are the totals of those rows (whose %q is %s), which the mapping leaves out (rows.where); a count would find them (I603)",
				region+1, trimHeader(header[region]), precinct+1, trimHeader(header[precinct]), trimHeader(header[region]), quoteAll(vs))
			keepRows(func(rec []string) bool { return !slices.Contains(vs, cellAt(rec, region)) })
		}
	}
	switch {
	case sameRegion:
		guess("region: column %d %q, the precinct's too: it is headed as a region and names each of the %d rows once, a row per region; a rule set that seats the lists of each region apart (\"list\": {\"constituency\": \"region\"}) counts each row's region so", region+1, trimHeader(header[region]), len(all))
	case region >= 0:
		guess("region: column %d %q (%d regions in the file)%s", region+1, trimHeader(header[region]), len(values[region]), regionEmptyNote(all, region, precinct))
	}
	if totals != "" {
		guess("%s", totals)
	}
	// (A "division" is taken only where no column names a district or
	// a constituency: Bangladesh's divisions hold several districts, each
	// several constituencies.)
	okrug := idCol(slices.DeleteFunc(slices.Clone(okrugH), func(w string) bool { return w == "division" }))
	if okrug < 0 {
		okrug = idCol(okrugH)
	}
	if pairOkrug >= 0 {
		okrug = pairOkrug
	}
	if okrug >= 0 && numeric[okrug] {
		// A district's name beside its number ("DivisionID",
		// "DivisionNm") names it as the voters know it.
		for i := okrug + 1; i < len(header); i++ {
			if !used[i] && !numeric[i] && has(norm(i), okrugH) && len(values[i]) == len(values[okrug]) {
				okrug = i
				break
			}
		}
	}
	if okrug < 0 {
		for i := range header {
			// (Canada's words, edHeader's and riddingW, of a column
			// of more than one district where it holds numbers: not
			// Tunisia's "circonscriptionId", 1 on each row of a
			// president's election.)
			// (New Zealand's and Australia's "Electorate", a district,
			// only as names of more than one: a column of numbers so
			// headed is the voters on the list, the British sense.)
			// (A column of decimals, "Youth_Electorate_Pct" of "33.81",
			// is a share, never a district's name.)
			electorate := anyWords(norm(i), electorateW) && !numeric[i] && len(values[i]) > 1 && !decimals(values[i])
			// (A constituency's name that names the precinct too, in a
			// file of one constituency's candidates, its one protocol:
			// India's "PC Name". Of several, candDistrict below.)
			if (!used[i] || i == precinct && len(values[i]) == 1 && anyWords(norm(i), okrugW)) && (anyWords(norm(i), okrugW) || electorate || (edHeader(norm(i)) || anyWords(norm(i), ridingW)) && (!numeric[i] || len(values[i]) > 1)) && !allNotGiven(all, i) {
				okrug = i
				break
			}
		}
	}
	// A president's election is one contest of the whole country: a
	// district is where its precincts lie, no contest of its own.
	national := nationalContest(file, header, all, used, numeric, values)
	if national != "" && okrug >= 0 {
		used[okrug] = true
		guess("column %d %q is not mapped: %s, a president's election, one contest of the whole country: its districts are areas of the count, not contests; if they are, map \"okrug\" to it", okrug+1, trimHeader(header[okrug]), national)
		okrug = -1
	}
	// A district column beside numbered party lists: the single-mandate
	// district (okrug) where the row's precinct lies, in a file of list
	// ballots (the Russian Duma's mixed system, whose files give the
	// district of each precinct's party-list protocol).
	// It takes positive evidence of list ballots: numbered party lists,
	// or a district named as the single-mandate side of a mixed system
	// ("oik", "округ") with choices filled on every row of several
	// districts (the candidates of okrugs each fill the rows of their own
	// okrug alone, and a file of one okrug cannot tell). Choices filled
	// on every row alone are no evidence: a file of one row per
	// constituency with a column per party (UK-style results) is the
	// constituencies' own ballot.
	// A column that says so on every row ("proportional_electronic", as
	// Georgia's CEC writes the election type) is evidence too.
	lists := partyColumns(bare, used, numeric) || saysProportional(used, numeric, values)
	// A party's column with none of the votes of one district and many
	// of another's is its candidate's: a district of its own ballot
	// (Georgia's majoritarian files number each candidate by the party).
	own, maybeOwn := "", ""
	// okrugAt is the index of the guess of an okrug mapped without
	// evidence that it elects its own member (okrugEvidence): in a wide
	// file it is left out.
	okrugAt := -1
	if okrug >= 0 && lists {
		why, sure := ownCandidates(header, all, used, numeric, okrug)
		if sure {
			own, lists = why, false
		} else {
			maybeOwn = why
		}
	}
	if okrug >= 0 && own == "" && serboCroatian(header, norm) {
		if region = adminOkrug(&m, header, used, numeric, values, region, norm, guess); used[okrug] {
			okrug = -1
		}
	}
	listOkrug := okrug >= 0 && region >= 0 && (lists ||
		mixedOkrug(norm(okrug)) && len(values[okrug]) > 1 && filledEverywhere(used, numeric, nonEmpty, len(all)))
	switch {
	case okrug >= 0 && region < 0 && has(norm(okrug), []string{"district", "constituency"}) && lists:
		// Party lists are voted for in the whole country: a district of
		// such a file is where its precincts are, a region.
		region, okrug = okrug, -1
		used[region] = true
		m.Region = &Column{Header: trimHeader(header[region])}
		guess("region: column %d %q (%d in the file; the rows are party-list ballots: numbered lists, or a column that says proportional; so a district is taken for a region, not a single-mandate okrug)", region+1, trimHeader(header[region]), len(values[region]))
		if maybeOwn != "" {
			guess("%s: regional lists, or each district's own candidates numbered by their party's list (a majoritarian ballot, as Georgia's); if each district elects its own member, map \"okrug\" to column %d %q and \"ballot\": \"okrug\", and count under a rule set of single-member districts (examples/fptp, examples/two-round)", maybeOwn, region+1, trimHeader(header[region]))
		}
	case listOkrug:
		// Mapped, it would make each precinct a protocol awaited for an
		// okrug that a definition inferred from the mapping lacks.
		used[okrug] = true
		guess("column %d %q is not mapped: it names the single-mandate district (okrug) of each precinct (%d in the file), and the choices are numbered party lists, or fill every row beside a district named as a mixed system's single-mandate side (oik, округ), so the rows are list ballots, counted in the whole country; map it under \"okrug\" only with a definition of the okrugs and the protocols of their own ballot", okrug+1, trimHeader(header[okrug]), len(values[okrug]))
		okrug = -1
	case okrug >= 0:
		used[okrug] = true
		m.Okrug = &Column{Header: trimHeader(header[okrug])}
		if own != "" {
			guess("okrug: column %d %q: %s, so each district has a ballot of its own candidates (numbered by their party's list): count under a rule set of single-member districts (--rules examples/fptp/rules.json)", okrug+1, trimHeader(header[okrug]), own)
			break
		}
		guess("okrug: column %d %q", okrug+1, trimHeader(header[okrug]))
		if okrugEvidence(header, all, used, numeric, okrug, norm) == "" {
			okrugAt = len(m.Guesses) - 1 // decided once the layout is known
		}
	}
	if candDistrict && okrug < 0 && m.Okrug == nil {
		// (The district of a file of candidates, districtRows: the okrug
		// of each row as it is its precinct.)
		okrug, m.Okrug = precinct, &Column{Header: trimHeader(header[precinct])}
		guess("okrug: column %d %q, the precinct's too: each district elects its own member from its candidates; count under a rule set of single-member districts (--rules examples/fptp/rules.json)", precinct+1, trimHeader(header[precinct]))
	}
	// A precinct's column that holds several okrugs of a number that
	// starts again in each (Thailand's province, "จังหวัด", and its
	// districts 1, 2, 3): a precinct lies in one okrug, so the column is
	// the region, and the okrug, as the precinct, is named by both.
	// So too a precinct's column of one value on every row beside
	// several okrugs (a cut of one province's districts): it names no
	// precinct of a file of several protocols, but the region they lie
	// in; named by both, the okrug is named as in the whole file, whose
	// other regions may number their districts from 1 again.
	byBoth := -1
	// (Not a Catalan secció, numbered from 1 in each district as the
	// district's own area: the district does not lie in it.)
	if m.Okrug != nil && okrug >= 0 && precinct >= 0 && okrug != precinct && region < 0 && numeric[okrug] && !anyWords(norm(precinct), sectionW) &&
		distinct(all, precinct, okrug) > distinct(all, precinct) {
		why := ""
		switch n := distinct(all, precinct, okrug); {
		case distinct(all, okrug) < n:
			why = fmt.Sprintf("column %d holds several of the okrugs that column %d numbers from 1 in each (%d in the file), so it is the region they lie in", precinct+1, okrug+1, n)
		case distinct(all, precinct) == 1:
			why = fmt.Sprintf("column %d holds one value (%q) on every row, beside %d okrugs in column %d: it names no precinct of a file of several protocols, but the region they lie in (a file of more regions may number the okrugs from 1 in each)", precinct+1, firstCell(all, precinct), n, okrug+1)
		}
		if why != "" {
			byBoth = okrug
			m.Region = &Column{Header: trimHeader(header[precinct])}
			m.Okrug = &Column{Columns: []Column{{Header: trimHeader(header[precinct])}, {Header: trimHeader(header[okrug])}}}
			guess("region: column %d %q, and okrug: columns %d and %d together: %s", precinct+1, trimHeader(header[precinct]), precinct+1, okrug+1, why)
		}
	}
	// The kind of count: a column named so whose few values name kinds
	// (countKinds), never one of figures or decimals ("count" of
	// "foreign_background_count").
	machine := -1
	for _, named := range []func(string) bool{
		func(h string) bool { return has(h, machineH) },
		func(h string) bool { return anyWords(h, []string{"count"}) },
	} {
		for i := range header {
			if machine < 0 && !used[i] && nonEmpty[i] > 0 && named(norm(i)) && countKinds(values[i], has(norm(i), machineV)) {
				machine = i
			}
		}
	}
	if machine >= 0 {
		used[machine] = true
		m.MachineColumn = &Column{Header: trimHeader(header[machine])}
		m.MachineValues = map[string]bool{}
		for v := range values[machine] {
			// (Of 0 and 1, 1 is a machine count when the header says
			// machine.)
			m.MachineValues[v] = has(strings.ToLower(v), machineV) || v == "1" && has(norm(machine), machineV)
		}
		guess("machine_column: column %d %q, its values read as machine count (true) or manual count (false) as machine_values says", machine+1, trimHeader(header[machine]))
	}
	if precinct < 0 {
		precinct, precinctWhy = oneRowName(&m, header, all, used, numeric, nonEmpty, values, norm, precinctWhy)
	}
	if precinct < 0 {
		hint := noKey
		if region >= 0 {
			hint += fmt.Sprintf("; column %d %q names the region (%d in the file), not one precinct: if each row is a precinct, the file names none of them, and a count needs a column that does", region+1, trimHeader(header[region]), len(values[region]))
		}
		if h, cols := firstRepeated(header, dups); cols != nil {
			hint = "; " + repeatedSentence(h, cols, bottom+1, above)
		}
		for i := range header { // an ID column that names all rows but a few
			if !used[i] && anyWords(norm(i), idH) && nonEmpty[i] == len(all) && len(values[i]) < len(all) && len(values[i])*10 >= len(all)*8 {
				hint += fmt.Sprintf("; column %d %q names the rows but %d of them twice: if it is the precinct, the count will find those rows duplicates (X207)", i+1, trimHeader(header[i]), len(all)-len(values[i]))
				break
			}
		}
		labels := firstColumn(header) > 0 // no header: pandas' index
		what := "with no header"
		if !labels && (anyWords(norm(0), partyWords) || anyWords(norm(0), choiceW)) {
			labels, what = true, fmt.Sprintf("headed %q", trimHeader(header[0])) // "Partido" over the parties
		}
		if labels && len(all) > 1 && !numeric[0] && nonEmpty[0] == len(all) && len(values[0]) == len(all) {
			// A column with no header, or headed as the choices, that
			// names each row: the rows may be choices, the columns
			// precincts.
			hint += fmt.Sprintf("; column 1, %s, names each row once (%q, %q, ...): if the rows are the choices or lines and the columns the precincts (the header names places), the file is transposed: map it with \"layout\": \"transposed\", \"label_column\": {\"column\": 1}, \"precinct\": {\"column\": 1} (the header row) and the rows' labels as columns", what, cellAt(all[0], 0), cellAt(all[1], 0))
		}
		if why := notTable(first, firstLines, delim); why != "" {
			// Said first: no column of a text that is no table names
			// precincts, and a hand-written mapping would not read it.
			return nil, &ParseError{File: file, Err: fmt.Errorf("%w: %s", ErrNotTable, why)}
		}
		return nil, &ParseError{File: file, Line: firstLines[bottom], Err: fmt.Errorf("%w: no column looks like the precinct number: write the mapping's \"precinct\" by hand%s", ErrMapping, hint)}
	}
	m.Precinct = columnRef(header, precinct)
	// Rows whose ID begins the IDs of other rows (Sri Lanka's district
	// EC-01 before its polling divisions EC-01A ... EC-01P), each of
	// their figures the sum of those rows': the totals of those rows,
	// left out by a row filter, in a guess.
	if parents, fig := prefixTotals(all, precinct, numeric, used); len(parents) > 0 {
		if m.Rows == nil {
			m.Rows = &RowFilter{}
		}
		m.Rows.Where = append(m.Rows.Where, Condition{Column: Column{Header: trimHeader(header[precinct])}, Except: parents})
		guess("rows: the rows whose column %d %q says %s begin the IDs of other rows, and their column %d %q is the sum of those rows': totals of the areas within them (a district's of its divisions), which the mapping leaves out (rows.where[%d]); delete the condition if they are areas of their own",
			precinct+1, trimHeader(header[precinct]), quoteAll(parents), fig+1, trimHeader(header[fig]), len(m.Rows.Where)-1)
		keepRows(func(rec []string) bool { return !slices.Contains(parents, cellAt(rec, precinct)) })
	}
	// The contest column, the file's rows before its filter, the
	// condition that keeps the contest, and the contests that name a
	// protocol line (see contestLines).
	contest, beforeContest, contestWhere, lineContests, kept := -1, all, -1, []string(nil), ""
	// A column that says who was elected: the published outcome, never
	// a contest or a row filter (see outcomeColumn).
	outcomeKey := []int{precinct}
	if byBoth >= 0 {
		outcomeKey = append(outcomeKey, byBoth)
	}
	outcomeAt := -1
	if c := outcomeColumn(header, all, used, values, norm); c >= 0 {
		used[c], outcomeAt = true, c
		guess("%s", outcomeGuess(header, c, values[c], "its cells name candidates elected or not"))
	}
	if c := contestColumn(header, used, numeric, values, norm); c >= 0 && len(values[c]) == 2 {
		if v := leadingValue(all, c, figureColumn(header, all, used, numeric, norm), outcomeKey); v != "" {
			used[c] = true
			guess("%s", outcomeGuess(header, c, values[c], fmt.Sprintf("the rows of %q have the most votes in every precinct", v)))
		}
	}
	if c := contestColumn(header, used, numeric, values, norm); c >= 0 || protocolsColumn(header, all, used, numeric, values, precinct) >= 0 {
		if c < 0 {
			c = protocolsColumn(header, all, used, numeric, values, precinct)
		}
		// The rows of one contest: the rest of the draft looks at them
		// alone.
		used[c] = true
		_, names := contests(all, c)
		fig := figureColumn(header, all, used, numeric, norm)
		keep, n, most, lc, top := contestOf(all, c, fig)
		if m.Rows == nil {
			m.Rows = &RowFilter{}
		}
		m.Rows.Where = append(m.Rows.Where, Condition{Column: Column{Header: trimHeader(header[c])}, Values: []string{keep}})
		contest, contestWhere, lineContests, kept = c, len(m.Rows.Where)-1, lc, keep
		why := " alone"
		if len(lc) > 0 {
			why = "" // and the lines' rows, if contestLines can read them
		}
		switch {
		case len(values[c]) > len(lc)+1 && top:
			why = ", the office at the top of the ballot (a President's, else a Governor's, else a US Senator's)"
		case len(values[c]) > len(lc)+1:
			why = fmt.Sprintf(", the contest of the most rows (%d)", n)
			if fig >= 0 {
				why = fmt.Sprintf(", the contest of the most rows (%d), then votes (%d in column %d %q)", n, most, fig+1, trimHeader(header[fig]))
			}
		}
		if len(lc) > 0 {
			why += fmt.Sprintf("; %s name lines of the protocol, not contests", quoteAnd(lc))
		}
		guess("rows: column %d %q names the contest of each row (%d values: %s): the mapping keeps the rows of %q%s; put the contest to count in rows.where[%d].values (the rows left out are counted and noted), and check the columns below, drafted from the rows of %q: another contest may give its choice in another column",
			c+1, trimHeader(header[c]), len(values[c]), names, keep, why, len(m.Rows.Where)-1, keep)
		keepRows(func(rec []string) bool { return c < len(rec) && strings.TrimSpace(rec[c]) == keep })
		if okrug >= 0 && nonEmpty[okrug] == 0 { // a district of another contest
			guess("okrug: column %d %q is empty in the rows kept: not mapped", okrug+1, trimHeader(header[okrug]))
			if byBoth == okrug {
				// (Nor is the precinct's column the region of okrugs
				// these rows do not name, nor the empty column a part of
				// the precinct.)
				m.Region, byBoth = nil, -1
				m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool {
					return strings.HasPrefix(g, fmt.Sprintf("region: column %d %q, and okrug: columns", precinct+1, trimHeader(header[precinct])))
				})
			}
			m.Okrug, okrug = nil, -1
		}
		if nonEmpty[precinct] == 0 && byBoth < 0 {
			// A district of other contests, empty in the rows kept
			// (Rhode Island's by town: the State Senate's district):
			// the area each row is of is the region's column, else the
			// column of text filled on every row kept with the most
			// values (Indiana's precincts in a file with no header).
			p, why := region, "drafted as the region"
			if p < 0 || nonEmpty[p] != len(all) {
				p, why = -1, "filled on every row kept, with the most values"
				for i := range header {
					if !used[i] && !numeric[i] && nonEmpty[i] == len(all) && len(values[i]) > 1 && (p < 0 || len(values[i]) > len(values[p])) {
						p = i
					}
				}
			}
			if p >= 0 {
				guess("precinct: column %d %q is empty in the rows kept: the precinct is column %d %q, %s, the area each row of %q is of", precinct+1, trimHeader(header[precinct]), p+1, trimHeader(header[p]), why, keep)
				if p == region {
					m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool {
						return strings.HasPrefix(g, fmt.Sprintf("region: column %d %q", region+1, trimHeader(header[region])))
					})
					region, m.Region = -1, nil
				}
				used[precinct], used[p] = true, true
				precinct = p
				m.Precinct = Column{Header: trimHeader(header[precinct])}
				outcomeKey[0] = precinct
			}
		}
	}
	// A column of flags or a status (0 and 1, "has_errors") is no
	// figure: neither a choice nor a long file's votes.
	for i := range header {
		if !used[i] && numeric[i] && flagColumn(norm(i), values[i]) {
			used[i] = true
			guess("column %d %q is not mapped: its header reads as a flag or a status and its cells are codes (%s), not a choice's votes; if it is a choice, map it under votes", i+1, trimHeader(header[i]), strings.Join(sortedKeys(values[i]), ", "))
		}
	}
	// A column that is on every row the sum of the columns beside it
	// (Australia's TotalVotes of the votes by vote type) is a long
	// file's figure, whose parts are no more figures, or a wide file's
	// total, no choice.
	// Of several, the one of the most parts: the choices' total sums more
	// columns than a line that is the sum of two others (the ballots
	// issued in the room and outside it).
	// votemanager's open data: the form's lines by their codes (A, B, C,
	// D) and the choices D1, D2, ...
	vmChoices := draftVotemanager(&m, header, all, used, numeric, guess)
	total, sumParts := -1, []int(nil)
	// oddLine is a part of the total named unlike the choices, which
	// share oddPrefix: a form's line (see oddPart).
	oddLine, oddPrefix := "", ""
	// (The column of "against all" is a part of the valid votes too.)
	against := -1
	if c, ok := m.Votes[election.AgainstAll]; ok {
		against = columnOf(header, c.Header)
	}
	free := slices.Clone(used)
	if against >= 0 {
		free[against] = false
	}
	// (A column that numbers the rows or their areas is no part: see
	// serialDown.)
	for i := range header {
		if numeric[i] && serialDown(all, norm(i), i) {
			free[i] = true
		}
	}
	for i := range header {
		if !used[i] && !free[i] && numeric[i] && !isLine(i) && !lineLike(norm(i)) {
			if parts := runSum(all, numeric, free, i); len(parts) > len(sumParts) && sumTrusted(norm(i), len(all), nonZero(all, parts)) && !linesOfProtocol(all, numeric, precinct, i, parts) {
				total, sumParts = i, parts
			}
		}
	}
	// (Parts by mode of voting beside the votes that add up on most rows
	// only: the publisher's slip on a row is no choice of its own.)
	modesNoted := ""
	if total < 0 {
		if v, parts, given, differ, first := modesOfVotes(header, all, numeric, free, norm); v >= 0 {
			total, sumParts = v, parts
			modesNoted = modesNote(header, all, v, parts, given, differ, first, lines.of(all[max(first, 0)]))
		}
	}
	for _, p := range sumParts {
		used[p] = true
	}
	// left holds the columns of figures left out as totals, each with
	// its guess's index: once the choices are known, draftTotals looks
	// at them again.
	left := map[int]int{}
	// key is the columns that name a precinct: its own, and in a long
	// file the codes that tell apart the rows of a choice (longKey).
	key := []int{precinct}
	if listPlace >= 0 {
		key = []int{listPlace, precinct}
	}
	if byBoth >= 0 {
		key = append(key, byBoth)
	}
	keyed := func(cols ...int) []int { return append(slices.Clone(key), cols...) }
	once := map[int]bool{}
	// joinBy is the column that, joined with the choice's (joinOf), names
	// the choice: a party's, where one name stands twice in a precinct
	// under two parties (New Hampshire's two McGuires, R and D); -1.
	joinOf, joinBy := -1, -1
	rankJoin := false // joinBy tells namesakes apart (namesakesApart)
	unique := func(i int) bool {
		u, ok := once[i]
		if !ok {
			cols := keyed(region, machine, i)
			if i == joinOf && joinBy >= 0 {
				cols = append(cols, joinBy)
			}
			u = !repeats(all, cols...)
			once[i] = u
		}
		return u
	}
	// perProtocol says whether column i holds one figure on all the rows
	// of each precinct: a protocol's line repeated on its rows.
	perProtocol := func(i int) bool { return constantWithin(all, keyed(region, machine), i) }
	// nearly says whether column i names each row of a precinct once but
	// on a few rows (one in twenty at most): two candidates of one name
	// (Pakistan's two Independents "Jamil Hussain" in NA-46), which do
	// not make a file of candidates wide.
	nearly := func(i int) bool {
		n, _ := sameKey(all, keyed(region, machine, i)...)
		return n*20 <= len(all)
	}
	// In a file of several rows per precinct, a winner's lead
	// ("Plurality", "margin": 0 on every row but the winner's) is no
	// choice's votes; and a column mapped as a line whose figure
	// differs on the rows of each precinct is a choice's own figure, no
	// protocol line (Elections Ontario's "TotalValidBallotsCast", each
	// candidate's votes): freed for the choice's figure.
	freed, freedLine := -1, election.Line("")
	if repeats(all, keyed(region, machine)...) {
		for i := range header {
			if !used[i] && numeric[i] && marginHeader(norm(i)) && !perProtocol(i) {
				used[i] = true
				leave(i)
				guess("column %d %q is not mapped: it names a winner's lead over the next (a margin, a plurality or majority in the British sense: 0 or empty on the other rows), a difference of two choices' votes, never a choice's votes", i+1, trimHeader(header[i]))
			}
		}
		for _, l := range slices.Sorted(maps.Keys(m.Lines)) {
			c := m.Lines[l]
			if i := columnOf(header, c.Header); freed < 0 && i >= 0 && len(c.Columns) == 0 && numeric[i] && differsWithin(all, keyed(region, machine, okrug), i) {
				freed, freedLine = i, l
			}
		}
		if freed >= 0 {
			used[freed] = false
		}
	}
	namesake := namesakeColumn(header, all, used, numeric, nonEmpty, keyed(region, machine))
	choice, votes := longColumns(header, numeric, used, values, nonEmpty, len(all), norm, unique, perProtocol, nearly, namesake)
	if freed >= 0 && (choice < 0 || votes != freed) {
		used[freed] = true // (still the line)
	} else if freed >= 0 {
		delete(m.Lines, freedLine)
		prefix := fmt.Sprintf("lines.%s: column %d ", freedLine, freed+1)
		m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, prefix) })
		guess("column %d %q is not line %s: its figure differs on the rows of each precinct, as a choice's own figure does, where a protocol's line is one figure repeated on its rows: it is the choice's figure (votes_column)", freed+1, trimHeader(header[freed]), freedLine)
	}
	if c := wholeName(header, all, used, numeric, norm, choice); c != choice && unique(c) == unique(choice) {
		choice = c
	}
	if teamChoice >= 0 && choice >= 0 {
		choice = teamChoice // (the party, its team's rows left out above)
	}
	if candRows && choice >= 0 {
		// A candidate named by a surname (or a name), beside a party's
		// column: the two joined name a candidate of each area, as
		// one name may stand under two parties (draftJoinChoices), and
		// a party may have two candidates there (the UK's Independents,
		// "Ind").
		if personHeader(header[choice]) < 2 {
			choice = candPerson
		}
		if p := partyColumn(header, used, numeric, nonEmpty, len(all), norm, choice); p >= 0 {
			joinOf, joinBy = choice, p
			used[p] = candDistrict // (mapped in the choice: no party's primary; the UK's files said so as they did)
			clear(once)
		}
	}
	// (A candidate on the lines of several parties: the candidate is the
	// choice, the party rows its parts; fusionColumns.)
	fusion := -1
	fusionWhy, joinWhy := "", "" // why a name on two parties' lines is one person (the guess's), or two (onePerson)
	// (Not in a file of candidates whose name is joined with the party:
	// one surname under two parties there is two people, the UK's
	// Griffiths of Aberafan Maesteg, LD and RUK.)
	if choice >= 0 && unique(choice) && !(candRows && joinBy >= 0) {
		// (Unless the rows of a name are two people: the name joined
		// with the party then; fusionOrJoin.)
		if c, by, one, why := fusionOrJoin(header, all, used, numeric, nonEmpty, norm, keyed(region, machine), choice); c >= 0 {
			if one {
				fusion, fusionWhy = choice, why
			} else {
				joinOf, joinBy, joinWhy, used[by] = c, by, why, true
			}
			choice = c
			clear(once)
		}
	}
	if choice >= 0 && !unique(choice) && fusion < 0 {
		var more []int
		if choice != namesake { // (the namesakes' first names tell no areas apart)
			more = longKey(header, all, used, nonEmpty, norm, precinct, region, machine, choice, votes, -1)
		}
		if len(more) == 0 && candidateHeader(norm(choice)) && func() bool { n, _ := sameRows(all); return n == 0 }() {
			// One name twice in a precinct, under two parties (with the
			// codes or towns within it, if any): two people of one name,
			// whose rows summed would make one. The choice is the name
			// and the party joined (draftJoinChoices).
			for i := range header {
				if used[i] || numeric[i] || i == choice || !anyWords(norm(i), []string{"party", "parti", "partido", "partei", "partij"}) {
					continue
				}
				// (Or one person on two parties' lines, fusion voting:
				// partyLines.)
				if one, why := partyLines(header, all, keyed(region, machine), choice, i); one {
					fusion, fusionWhy = i, why
					clear(once)
					break
				} else if why != "" {
					joinWhy = why
				}
				// (Not where most of a precinct's names repeat under
				// the party: each party's primary, primaryKey below. An
				// okrug mapped tells apart the rest: okrugKey below.)
				if n, _ := sameKey(all, keyed(region, machine, choice)...); n*10 > len(all) && okrug < 0 {
					continue
				}
				// (Nor where the party splits the names into the
				// primaries a file of primaries names, a candidate in
				// two of them, Texas's Rocky De La Fuente of 2020:
				// primaryColumn below.)
				if sets, many := splits(all, i, choice, keyed(region, machine)); sets >= 2 && many == sets && okrug < 0 && saysPrimary(file, beforeContest, contest) {
					continue
				}
				if !repeats(all, keyed(region, machine, choice, i)...) || okrug >= 0 && repeats(all, keyed(region, machine, choice, okrug)...) && !repeats(all, keyed(region, machine, choice, i, okrug)...) {
					joinBy = i
				} else if k := longKey(header, all, used, nonEmpty, norm, precinct, region, machine, choice, votes, i); len(k) > 0 {
					joinBy, more = i, k
				}
				if joinBy >= 0 {
					joinOf, used[i] = choice, true
					clear(once)
					break
				}
			}
		}
		if len(more) > 0 {
			key = append(key, more...)
			clear(once)
			for _, c := range more {
				used[c] = true
			}
		}
	}
	// A precinct that lies in several okrugs gives a protocol of each
	// (New Hampshire's towns, Alton in State Representative districts 5
	// and 8, each a contest of its own; OpenElections' town files): the
	// okrug, by its region too where its numbers start again in each,
	// is a part of the precinct's key.
	okrugKey := []int(nil)
	// (Nearly: two candidates of one name in one district, McGuire of
	// D and of R, are said below.)
	if choice >= 0 && !unique(choice) && fusion < 0 && okrug >= 0 && okrug != precinct && !slices.Contains(key, okrug) && fewRepeat(all, keyed(region, machine, choice), okrug) {
		okrugKey = []int{okrug}
		if region >= 0 && region != precinct && distinct(all, region, okrug) > distinct(all, okrug) {
			okrugKey = []int{region, okrug}
		}
		key = append(slices.Clone(okrugKey), key...)
		clear(once)
	}
	// So too a party's column beside candidates, where no okrug is
	// mapped: each party's primary is a contest of its own (New
	// Hampshire's primary of 2014, a write-in candidate on the rows of
	// both parties), the okrug its contest's and the party's.
	primaryKey := -1
	if choice >= 0 && !unique(choice) && fusion < 0 && okrug < 0 && m.Okrug == nil && candidateHeader(norm(choice)) {
		for i := range header {
			if primaryKey < 0 && !used[i] && !numeric[i] && i != choice && nonEmpty[i] == len(all) && distinct(all, i) >= 2 && anyWords(norm(i), partyWords) && !anyWords(norm(i), partyKindWords) &&
				!repeats(all, keyed(region, machine, choice, i)...) {
				primaryKey = i
			}
		}
		if primaryKey >= 0 {
			used[primaryKey] = true
			okrugKey = []int{primaryKey}
			if contest >= 0 {
				okrugKey = []int{contest, primaryKey}
			}
			okrug = primaryKey
			m.Okrug = &Column{}
			for _, c := range okrugKey {
				m.Okrug.Columns = append(m.Okrug.Columns, Column{Header: trimHeader(header[c])})
			}
			if len(okrugKey) == 1 {
				m.Okrug = &m.Okrug.Columns[0]
			}
			also := ""
			if contest >= 0 {
				also = "; the okrug names the contest too, so the row filter on it may be deleted to count every contest's primaries"
			}
			guess("okrug: %s: the party's column splits each precinct's candidates of column %d %q into the contests of each party (%s), a write-in now and then on both: a party's primary each, electing its own nominee; count under a rule set of single-member districts (examples/fptp/rules.json) or of the seats each contest elects%s",
				columnNames(header, okrugKey), choice+1, trimHeader(header[choice]), quoteAll(sortedKeys(values[primaryKey])), also)
			key = append(slices.Clone(okrugKey), key...)
			clear(once)
		}
	}
	copies, copied := 0, 0
	if choice >= 0 && !unique(choice) {
		copies, copied = sameRows(all)
	}
	// sumBy is the column that tells apart the rows of a precinct and
	// choice whose sum is the choice's votes ("choice_rows": "sum"), or
	// -1; sumWhy says why they are parts: a US precinct's rows by the
	// way the votes were cast (Election Day, Absentee, Early,
	// Provisional), say.
	sumBy, sumWhy := -1, ""
	// sumNote is the guess of a file that gives a choice of a few
	// precincts again, no column telling the rows apart, whose votes
	// are summed (choice_rows) with no column to say why; or "".
	sumNote := ""
	// totalsAgain says that the rows given again are the file's totals
	// (repeatedTotals), said so.
	totalsAgain := false
	labelAgain := 0 // rows that give one label again in a precinct, said by oneChoiceAgain
	if choice >= 0 && !unique(choice) {
		cols := []int{modes}
		for i := range header {
			if !used[i] && !numeric[i] && i != choice && voteModes(values[i]) {
				cols = append(cols, i)
			}
		}
		if sumBy = rowsApart(all, keyed(region, machine, choice), cols); sumBy >= 0 {
			used[sumBy] = true
			sumWhy = "a way of casting the votes each"
		} else if fusion >= 0 {
			sumBy, used[fusion] = fusion, true
			sumWhy = fusionWhy
		}
	}
	ballotCol := -1
	switch {
	case choice >= 0 && !repeats(all, keyed(region, machine)...):
		choice, votes = -1, -1 // one row per precinct: wide
	case sumBy >= 0: // the parts of a choice's votes, summed
	case choice >= 0 && !unique(choice) && copies == 0:
		// Two rows of one precinct and choice: a column of the ballots
		// ("list", "okrug") tells them apart, or it is not a long file's
		// (Hungary's J and L ballots, their choice column a guess).
		// (Rows given again in a few precincts only, no column telling
		// them apart: the parts of a choice's votes, summed, as said.)
		if ballotCol = ballotKinds(header, all, used, numeric); ballotCol < 0 || repeats(all, keyed(region, machine, choice, ballotCol)...) {
			ballotCol = -1
			if t, kinds := ballotTypes(header, all, used, numeric, values, norm); t >= 0 && !repeats(all, keyed(region, machine, choice, t)...) {
				// A ballot's type by its own words (South Africa's
				// BallotType, PR and Ward): the ballot of each row,
				// with the okrug of its okrug ballots; or, where the
				// draft cannot tell the kinds or the okrug, the rows of
				// one type alone.
				keepBallotType(&m, header, all, t, kinds, wardOf(header, all, used, numeric, key, precinct, norm), guess)
				used[t] = true
				keepRows(func(rec []string) bool { return cellAt(rec, t) == m.Rows.Where[len(m.Rows.Where)-1].Values[0] })
				clear(once)
			} else if n, at := repeatedTotals(all, keyed(region, machine), choice, votes); n > 0 {
				totalsAgain = true
				// (Not parts to sum: the sum would count every vote twice.)
				guess("rows: %d rows give a choice of precinct %q again, each with the sum of that choice's figures in column %d %q over every other row: the file's totals, tagged with a precinct; a count refuses each as a second row of the precinct and choice: count with --skip-bad-rows to leave them out (I601 findings), or delete them from the file",
					n, at, votes+1, trimHeader(header[votes]))
			} else if apart, by := namesakesApart(header, all, used, numeric, values, keyed(region, machine), choice, votes); apart != "" {
				// (Two candidates of one name in a precinct, told apart
				// by another column, joined with the name: the file is
				// long all the same.)
				guess("%s", apart)
				if by >= 0 {
					joinOf, joinBy, used[by], rankJoin = choice, by, true, true
					clear(once)
				}
			} else if sumNote = repeatedParts(header, all, numeric, keyed(region, machine), choice); sumNote == "" && len(okrugKey) > 0 {
				// (Long all the same: the districts told the rest of
				// the rows apart.)
				n, _ := sameKey(all, keyed(region, machine, choice)...)
				name, at := firstRepeat(all, keyed(region, machine, choice), choice, key)
				guess("choice_column: %d rows give a choice of column %d %q again in one precinct and district (the first %q, in precinct %q): two candidates of one name there (of two parties?) or a row given twice; a count refuses the second row: give one of them another name in the file, or leave its rows out (rows.where)",
					n, choice+1, trimHeader(header[choice]), name, at)
			} else if again, n := oneChoiceAgain(header, all, keyed(region, machine, choice), choice); sumNote == "" && again != "" {
				guess("%s", again) // (long all the same: one label repeated)
				labelAgain = n
			} else if n, later, earlier, again := givenTwice(all, keyed(region, machine, choice), []int{votes}); sumNote == "" && n > 0 && n == again && 2*n < len(all) {
				// (A block of rows given twice, each figure the same:
				// long all the same, the copy said.)
				guess("%s", blockGivenTwice(n, lines.of(later), lines.of(earlier), cellAt(later, choice), keyText(later, key)))
			} else if sumNote == "" {
				choice, votes = -1, -1
			}
		} else {
			used[ballotCol] = true
		}
	case choice >= 0 && !unique(choice):
		guess("%d rows are copies of an earlier row, cell for cell (the first at data row %d): read long, each is a second row for the same precinct and choice, an error; count with --skip-bad-rows to leave them out (I601 findings), or delete them from the file", copies, copied+1)
	}
	if modes >= 0 && sumBy != modes {
		// No long file's parts by vote mode: the rows of one mode, as of
		// one kind of figure.
		keepKind(modes)
		clear(once)
	}
	// Text columns that named each row together, read long: those that
	// go with the choice (each of their values with one choice: Denmark's
	// list letter, "Bogstavbetegnelse", and candidate, "Navn", beside the
	// list's name) name no area, and the precinct is the others (the
	// afstemningsområde), no more the region too.
	keyNote := ""
	if choice >= 0 && len(keyCols) > 1 {
		var own, ofChoice []int
		for _, c := range keyCols {
			// (Mostly: Denmark's "Navn" says "Listestemmer" on each
			// list's row of its list votes.)
			if c != choice && distinct(all, c, choice) >= 2*distinct(all, c) {
				own = append(own, c)
			} else {
				ofChoice = append(ofChoice, c)
			}
		}
		if len(own) > 0 && len(ofChoice) > 0 {
			for _, c := range ofChoice {
				used[c] = false
			}
			keyCols, precinct, key = own, own[len(own)-1], own
			clear(once)
			if len(own) == 1 {
				keyCols = nil
			}
			if region >= 0 && slices.Contains(own, region) {
				m.Region, region = nil, -1
				m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, "region: ") })
			}
			var names []string
			for _, c := range ofChoice {
				names = append(names, fmt.Sprintf("%d %q", c+1, trimHeader(header[c])))
			}
			m.Precinct = Column{Header: trimHeader(header[precinct])}
			if len(own) > 1 {
				m.Precinct = Column{}
				for _, c := range own {
					m.Precinct.Columns = append(m.Precinct.Columns, Column{Header: trimHeader(header[c])})
				}
			}
			keyNote = fmt.Sprintf("precinct: column %d %q; columns %s name each row once with it, but each of their values goes with one choice of column %d %q: they name the choices (a list's letter, a candidate), no area", precinct+1, trimHeader(header[precinct]), strings.Join(names, ", "), choice+1, trimHeader(header[choice]))
			if n, _ := sameKey(all, key[0], machine, choice); n > 0 && sumBy < 0 {
				// A choice given on several rows of a precinct (Denmark's
				// list votes and each candidate's, told apart by the
				// candidate's name): the parts of its votes, summed; rows
				// no column tells apart are a row given twice, a mistake.
				if sumBy = rowsApart(all, []int{key[0], machine, choice}, ofChoice); sumBy >= 0 {
					used[sumBy] = true
					sumWhy = "the rows of a choice differ there, each naming a part of its votes: a list's own votes and each of its candidates', say"
				}
			}
			if n, first := sameKey(all, key[0], machine, choice); n > 0 && sumBy < 0 {
				// Rows of one precinct and choice that no column tells
				// apart: the file does not say which rows make its votes.
				return nil, &ParseError{File: file, Line: firstLines[bottom], Err: fmt.Errorf("%w: %s; but %d rows give a choice of a precinct again (the first in %q), a choice's votes given in several rows (a list's own votes and each of its candidates', say): a long mapping reads one row per precinct and choice, and sums rows only of distinct cells that choice_values gives one ID; write the mapping by hand (choice_column the column that names each row's candidate, each candidate's list in choice_values), or sum the rows in the file first",
					ErrMapping, keyNote, n, first)}
			}
		}
	}
	if keyNote != "" {
		guess("%s", keyNote)
	}
	if okrug >= 0 && okrug != precinct && choice < 0 && region < 0 && m.Okrug != nil && len(m.Okrug.Columns) == 0 && len(m.Precinct.Columns) == 0 && m.Precinct.Header == trimHeader(header[precinct]) {
		// A wide file's district whose rows do not share a ballot
		// (Sri Lanka's local authorities): each row is its own
		// contest, in the district, its region.
		if why := rowContest(header, all, figureColumns(unusedOf(numeric, used), precinct, okrug), okrug, precinct); why != "" {
			was := fmt.Sprintf("okrug: column %d %q", okrug+1, trimHeader(header[okrug]))
			m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, was) })
			region, m.Region = okrug, &Column{Header: trimHeader(header[okrug])}
			okrug, m.Okrug, okrugAt = precinct, &Column{Header: trimHeader(header[precinct])}, -1
			guess("okrug: column %d %q, the precinct's: %s; count under a rule set of its seats (examples/fptp/rules.json for one member each)", precinct+1, trimHeader(header[precinct]), why)
			guess("region: column %d %q (%d in the file): the district where each row's contest lies", region+1, trimHeader(header[region]), distinct(all, region))
		}
	}
	hinted := -1 // a district said not mapped, whose name may be a part of the precinct's key
	if okrugAt >= 0 && okrug >= 0 && choice < 0 {
		// A wide file's district with every choice given on its rows,
		// named as no single-member district: where its precincts lie,
		// as party lists are voted for everywhere (Sweden's
		// valdistrikt). A count of it as okrugs would seat a member
		// per district.
		// (An "Electorate" is a member's district by its name, but a
		// party vote is cast in every one: New Zealand's.)
		why := "its header names no constituency or single-member district, and no choice is left empty in one district and given in another (each district's own candidates)"
		if anyWords(norm(okrug), electorateW) {
			why = "no choice is left empty in one district and given in another (each district's own candidates): every choice is given in every district, as a party vote cast everywhere is"
		}
		m.Guesses[okrugAt] = fmt.Sprintf("column %d %q is not mapped: it names a district (%d in the file), and nothing says that each elects its own member: %s; if each district elects its own member, map \"okrug\" to it and \"ballot\": \"okrug\", and count under a rule set of single-member districts (examples/fptp/rules.json)",
			okrug+1, trimHeader(header[okrug]), len(values[okrug]), why)
		m.Okrug, okrug, hinted = nil, -1, okrug
	}
	// A long file's station numbered within the precinct's column (a
	// polling centre and its stations, Afghanistan's PC and PS), which a
	// figure repeated on each station's rows tells apart.
	station := ""
	if choice >= 0 && len(key) == 1 {
		if q, r := stationColumn(header, all, used, numeric, nonEmpty, key, choice, votes, norm); q >= 0 {
			used[q] = true
			key = append(key, q)
			clear(once)
			station = fmt.Sprintf("precinct: columns %d and %d (%q, %q) together: the %d values of column %d make %d pairs with column %d, and column %d %q, a figure of a station's protocol repeated on its rows, is the same on the rows of each pair and differs between pairs of one value of column %d: each pair is a station",
				precinct+1, q+1, trimHeader(header[precinct]), trimHeader(header[q]), distinct(all, precinct), precinct+1, distinct(all, key...), q+1, r+1, trimHeader(header[r]), precinct+1)
		}
	}
	if choice >= 0 {
		draftLongLines(&m, header, all, used, numeric, key, norm, guess)
	}
	// (Most candidates in two districts or more, or some beside a
	// province that holds each candidate: the district is no
	// constituency. A few names in two, and no such province, are
	// candidates of one name, one in each district, Saint Lucia's two
	// JOSEPHs: the guess says them.)
	// (A district numbered in each region is named by both: okrugKey.
	// Names of several people's votes, "Scatter", are in every
	// district: no candidate's.)
	okrugCols := []int{okrug}
	if len(okrugKey) > 0 {
		okrugCols = okrugKey
	}
	// (A party's primaries: a write-in may be on both parties' rows.)
	// (A value the draft maps as a line, the AEC's "Informal" in every
	// division, is no candidate: its rows are left out of the test.)
	cand := all
	if choice >= 0 && okrug >= 0 && primaryKey < 0 && candidateHeader(norm(choice)) {
		if nc := notChoices(&m, header, all, values, numeric, choice, votes); len(nc) > 0 {
			cand = slices.DeleteFunc(slices.Clone(all), func(rec []string) bool { _, ok := nc[cellAt(rec, choice)]; return ok })
		}
	}
	if choice >= 0 && okrug >= 0 && primaryKey < 0 && candidateHeader(norm(choice)) && distinct(cand, append([]int{choice}, okrugCols...)...) > distinct(cand, choice) {
		holds := false
		for i := range header {
			holds = holds || i != okrug && i != choice && !numeric[i] && has(norm(i), provinceH) && distinct(cand, choice, i) == distinct(cand, choice)
		}
		across := slices.DeleteFunc(namesAcross(cand, choice, okrugCols), func(v string) bool { return slices.Contains(aggregateTexts, lowerHeader(v)) })
		// (Not for one name of many across two districts, which one
		// province holds as it holds every name: Pakistan's "Muhammad
		// Shehzad" of NA-45 and NA-46, 1 of 101 names.)
		holds = holds && len(across)*20 > distinct(cand, choice)
		switch {
		case holds || 2*len(across) > distinct(cand, choice):
			okrug, region = candidatesAcross(&m, header, cand, used, numeric, choice, okrug, region, norm)
		case len(across) > 0:
			was := fmt.Sprintf("okrug: column %d %q", okrug+1, trimHeader(header[okrug]))
			if k := slices.Index(m.Guesses, was); k >= 0 {
				m.Guesses[k] = sameNames(header, cand, numeric, choice, okrug, okrugCols, across)
			} else {
				guess("%s", sameNames(header, cand, numeric, choice, okrug, okrugCols, across))
			}
		}
	}
	// A long file whose precinct is a constituency (Zambia's National
	// Assembly, a row per constituency and candidate): each elects its
	// member, so the constituency is the okrug too, not a district of
	// several constituencies.
	// So too when each candidate stands in one precinct alone, and the
	// precincts lie each in one district of fewer (Tanzania's "const"
	// within its "district"): the precinct is where the candidates stand.
	ownSeat := func() bool {
		return candidateHeader(norm(choice)) && len(key) == 1 && distinct(all, choice, precinct) == distinct(all, choice) &&
			distinct(all, precinct, okrug) == distinct(all, precinct) && distinct(all, okrug) < distinct(all, precinct)
	}
	if choice >= 0 && okrug >= 0 && okrug != precinct && !anyWords(norm(okrug), constituencyW) && distinct(all, okrug) <= distinct(all, precinct) && (anyWords(norm(precinct), constituencyW) || ownSeat()) {
		m.Okrug = &Column{Header: trimHeader(header[precinct])}
		held := "is not mapped"
		if region < 0 && distinct(all, precinct, okrug) == distinct(all, precinct) {
			// (Each constituency in one district: the district is
			// where it lies, a region.)
			m.Region, region, held = &Column{Header: trimHeader(header[okrug])}, okrug, "is the region"
		}
		guess("okrug: column %d %q, the precinct's: each constituency elects its own member; column %d %q (%d in the file) names the larger area that holds constituencies, and %s", precinct+1, trimHeader(header[precinct]), okrug+1, trimHeader(header[okrug]), distinct(all, okrug), held)
		m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool {
			return g == fmt.Sprintf("okrug: column %d %q", okrug+1, trimHeader(header[okrug]))
		})
		okrug = precinct
	}
	if choice >= 0 && okrug < 0 && national == "" && len(key) == 1 && candidateHeader(norm(choice)) && anyWords(norm(precinct), constituencyW) && distinct(all, choice, precinct) == distinct(all, choice) {
		// Candidates by constituency, each in one (Afghanistan's Wolesi
		// Jirga of 2018, a row per province's constituency and
		// candidate): each constituency elects its own.
		m.Okrug, okrug = &Column{Header: trimHeader(header[precinct])}, precinct
		guess("okrug: column %d %q, the precinct's: the choices are candidates, each in one constituency, and each constituency elects its own; count under a rule set of its seats (examples/fptp/rules.json for one)", precinct+1, trimHeader(header[precinct]))
	}
	if choice >= 0 && okrug < 0 && national == "" && len(key) == 1 && !candidateHeader(norm(choice)) && anyWords(norm(precinct), constituencyW) &&
		!repeats(all, precinct, choice) && distinct(all, choice) < distinct(all, precinct, choice) {
		// Parties by constituency, each constituency electing its own
		// by plurality (Singapore's general elections: see
		// ownWinners).
		if why, c := ownWinners(header, all, numeric, norm, precinct, outcomeAt); why != "" {
			m.Okrug, okrug = &Column{Header: trimHeader(header[precinct])}, precinct
			used[c] = true // (said here, not mapped)
			leave(c)
			guess("okrug: column %d %q, the precinct's: the rows are parties by constituency, and column %d %q (not mapped: a published figure) says that each constituency elects its own by plurality: %s; count under a rule set of single-member districts (examples/fptp/rules.json: a constituency's winner is its party, whatever seats its team takes), or say \"ballot\": \"list\" and delete \"okrug\" if the seats are shared among the parties in proportion",
				precinct+1, trimHeader(header[precinct]), c+1, trimHeader(header[c]), why)
		}
	}
	if choice >= 0 && okrug < 0 && len(key) == 1 && distinct(all, choice, precinct) == distinct(all, choice) &&
		(wardCells || anyWords(norm(precinct), []string{"ward"}) && candidateHeader(norm(choice)) && distinct(all, precinct) > 1) {
		// Wards named in the cells or the header, each candidate in one
		// of them: each ward elects its own members.
		m.Okrug, okrug = &Column{Header: trimHeader(header[precinct])}, precinct
		what := fmt.Sprintf("column %d %q, the precinct's", precinct+1, trimHeader(header[precinct]))
		if c := areaName(header, all, used, numeric, precinct, norm); c >= 0 {
			// (Named by the ward's name beside its code: the result
			// says "Altrincham", not "E05000819".)
			used[c] = true
			m.Okrug, okrug = &Column{Header: trimHeader(header[c])}, c
			what = fmt.Sprintf("column %d %q, the name of each precinct of column %d %q", c+1, trimHeader(header[c]), precinct+1, trimHeader(header[precinct]))
		}
		guess("okrug: %s: each of its %d wards has its own candidates, who stand in no other; a ward that elects several members is counted under a rule set of that many seats per okrug", what, distinct(all, precinct))
	}
	// (The party may name the choice with the candidate, joined: two
	// candidates of one name in an area, under two parties.)
	besideParty := partyBesideCandidates(header, all, used, numeric, norm, choice)
	if besideParty < 0 && joinBy >= 0 && joinOf == choice && anyWords(norm(joinBy), partyWords) {
		besideParty = joinBy
	}
	if p := besideParty; choice >= 0 && okrug < 0 && m.Okrug == nil && national == "" && len(key) == 1 && p >= 0 && candidateHeader(norm(choice)) &&
		distinct(all, precinct) > 1 && len(namesAcross(all, choice, []int{precinct}))*10 < distinct(all, choice) && distinct(all, p, precinct) > distinct(all, p) {
		// Candidates each in one area, beside the party each stands
		// for, a party in several areas (India's assembly results by
		// constituency, "ac_name"): each area elects its own. (A name
		// in several, one in ten at most, is "NOTA", none of the
		// above, on every constituency's ballot, or namesakes.)
		m.Okrug, okrug = &Column{Header: trimHeader(header[precinct])}, precinct
		guess("okrug: column %d %q, the precinct's: each of its %d areas has its own candidates (column %d %q), who stand in no other, while a party of column %d %q stands in several: each area is a constituency that elects its own; count under a rule set of its seats (examples/fptp/rules.json for one)",
			precinct+1, trimHeader(header[precinct]), distinct(all, precinct), choice+1, trimHeader(header[choice]), p+1, trimHeader(header[p]))
	}
	if choice >= 0 && okrug < 0 && m.Okrug == nil && national == "" && len(key) == 1 && candidateHeader(norm(choice)) && okrugHeader(norm(precinct)) && fewPlaces(all, choice, precinct) {
		// Candidates by district, each in a few districts at most
		// (Bangladesh's 2026 results by constituency, namesakes in
		// two or three): each district elects its own.
		m.Okrug, okrug = &Column{Header: trimHeader(header[precinct])}, precinct
		guess("okrug: column %d %q, the precinct's too: its header names a district, and each candidate of column %d %q stands in a few of its %d districts at most: each district elects its own member from its candidates; count under a rule set of single-member districts (--rules examples/fptp/rules.json)",
			precinct+1, trimHeader(header[precinct]), choice+1, trimHeader(header[choice]), distinct(all, precinct))
	}
	// votesTotal are the parts of a long file's figure beside their
	// total, the figure's column (votes): the mapping sums the parts and
	// names the total (Mapping.Totals), checked on every row (I616).
	var votesTotal []int
	switch {
	case total < 0:
	case choice >= 0 && len(every) > 0 && partsGap(every, total, sumParts) < 0 && partsOfVotes(sumParts, norm):
		votes, votesTotal = total, sumParts
		guess("%s", totalsNote(header, all, total, sumParts, lines.of))
	case choice >= 0 && modesNoted != "":
		votes = total
		leave(sumParts...)
		guess("%s are not mapped: the votes by mode of voting; %s", partsNamed(header, sumParts), modesNoted)
	case modesNoted != "":
		// (Not a long file: the columns are read as before.)
		for _, p := range sumParts {
			used[p] = false
		}
		total, sumParts = -1, nil
	case choice >= 0 && anyWords(norm(total), idH) && !namedVotes(norm(total)) && perProtocol(total) && repeats(all, keyed(region, machine)...):
		// A code, one on all the rows of each precinct (an area's
		// number, Niger's "commune_id"), is no choice's votes, whatever
		// columns add up to it.
		for _, p := range sumParts {
			used[p] = false
		}
		total, sumParts = -1, nil
	case choice >= 0:
		votes = total
		leave(sumParts...)
		// (Some row gives the total alone, a protocol line's: the
		// parts are not its figure there.)
		alone, rows := "", "every row"
		if k := partsGap(every, total, sumParts); k >= 0 {
			rows = "every row that gives them"
			alone = fmt.Sprintf("; not summed (totals): line %d leaves some of them or the total empty", lines.of(every[k]))
		}
		guess("columns %s are not mapped: on %s their sum is column %d %q, the figure (they give it by a kind of vote)%s", columnList(sumParts), rows, total+1, trimHeader(header[total]), alone)
	case modeParts(header, sumParts):
		// The ways of voting of one figure (North Carolina's Election
		// Day, One Stop, Absentee by Mail, Provisional beside Total
		// Votes), in a file whose rows are not told apart as a long
		// file's: they are no choices, nor is their sum.
		used[total] = true
		leave(sumParts...)
		guess("columns %s are not mapped: each names a way of voting, and on every row their sum is column %d %q: the parts of one figure, not choices", columnList(sumParts), total+1, trimHeader(header[total]))
		// (A cut of one choice's rows names it in a column of one value:
		// the sum is its votes.)
		one := -1
		for i := range header {
			if one < 0 && !used[i] && !numeric[i] && nonEmpty[i] == len(all) && len(values[i]) == 1 && (has(norm(i), choiceH) || anyWords(norm(i), choiceW)) && slug(firstCell(all, i)) != "" {
				one = i
			}
		}
		if one >= 0 {
			id := slug(firstCell(all, one))
			m.Votes[id] = Column{Header: trimHeader(header[total])}
			guess("votes.%s: column %d %q, the votes of %q, the one choice column %d %q names on every row (rename the ID as you like); with rows of more choices the file is long: \"layout\": \"long\", choice_column %q, votes_column %q",
				id, total+1, trimHeader(header[total]), firstCell(all, one), one+1, trimHeader(header[one]), trimHeader(header[one]), trimHeader(header[total]))
			break
		}
		left[total] = len(m.Guesses)
		guess("column %d %q is not mapped: on every row the sum of the ways of voting, the votes of the choice a row names; if each row gives one choice's votes, the file is long: map \"layout\": \"long\", the choice's column as choice_column and this one as votes_column", total+1, trimHeader(header[total]))
	default:
		for _, p := range sumParts {
			used[p] = p == against
		}
		used[total] = true
		if odd, prefix := oddPart(header, sumParts); odd >= 0 {
			// A part named unlike the choices is no choice: the sum is
			// of the choices and another line (the invalid ballots).
			used[odd] = true
			oddLine, oddPrefix = trimHeader(header[odd]), prefix
			guess("column %d %q is not mapped: on every row it is the sum of columns %s, a total, not a choice; of them, column %d %q is named unlike the others (%q...): if those are the choices' votes and it is the invalid ballots, this column is those who took part (invalid and valid ballots: the form's found_stationary, with found_mobile not given), not the valid votes%s",
				total+1, trimHeader(header[total]), columnList(sumParts), odd+1, trimHeader(header[odd]), prefix, sumRowsNote(len(all)))
			guess("column %d %q is not mapped: it is a part of the total of column %d %q, named unlike the choices beside it (%q...): the invalid ballots? Map it under lines.invalid if so, or under votes if it is a choice", odd+1, trimHeader(header[odd]), total+1, trimHeader(header[total]), prefix)
			break
		}
		left[total] = len(m.Guesses)
		if k := slices.IndexFunc(sumParts, func(p int) bool { return lineLike(norm(p)) }); k >= 0 {
			// (Costa Rica's "votos", the sum of blanco_y_nulo and the
			// parties': mapped as the valid votes, as the hint said,
			// P103 failed on 176 JRVs of 179.)
			guess("column %d %q is not mapped: on every row it is the sum of columns %s, a total, not a choice; column %d %q among them reads as a protocol line, no choice (the blank or null ballots): with the choices' votes it makes the ballots found, those who took part (valid and invalid ballots: the form's found_stationary, with found_mobile not given, where column %d is all the invalid ballots), not the valid votes; map it under lines so%s",
				total+1, trimHeader(header[total]), columnList(sumParts), sumParts[k]+1, trimHeader(header[sumParts[k]]), sumParts[k]+1, sumRowsNote(len(all)))
			break
		}
		guess("column %d %q is not mapped: on every row it is the sum of columns %s, a total, not a choice; map it under lines if it is a protocol line (valid, say)%s", total+1, trimHeader(header[total]), columnList(sumParts), sumRowsNote(len(all)))
	}
	// votesParts are the columns whose sum is a long file's figure, a
	// choice's votes spread over them (Georgia's county-level file: a
	// column per vote mode, no total); nil for one column.
	var votesParts []int
	if votesTotal != nil {
		votesParts = votesTotal
		m.Totals = map[string]Column{"votes_column": {Header: trimHeader(header[votes])}}
	} else if choice >= 0 {
		var others []int
		for i := range header {
			if i != votes && i != choice && !used[i] && numeric[i] && !anyWords(norm(i), idH) && !choiceHeader(norm(i)) && !anyWords(norm(i), seatWords) && !anyWords(norm(i), placeW) && !choiceNumber(all, choice, i) {
				others = append(others, i)
			}
		}
		// Named as ways of voting or as votes, each varying within a
		// precinct (not a protocol's line repeated on its rows, nor a
		// total): the parts of one figure, never one of them alone.
		part := func(i int) bool {
			h := norm(i)
			return (modeHeader(h) || namedVotes(h)) && !perProtocol(i) && !lineRepeated(h) && !has(h, totalH)
		}
		switch {
		case len(others) > 0 && part(votes) && !slices.ContainsFunc(others, func(i int) bool { return !part(i) }):
			votesParts = append(others, votes)
			slices.Sort(votesParts)
			spread := 0
			for _, rec := range all {
				n := 0
				for _, c := range votesParts {
					if v, err := parseInt([]byte(cellAt(rec, c))); err == nil && v != 0 {
						n++
					}
				}
				if n >= 2 {
					spread++
				}
			}
			how := fmt.Sprintf("on %d of the %d rows the figure is spread over two of them or more", spread, len(all))
			if spread == 0 {
				how = "no row gives a figure in two of them (are they parts of one figure? if each is another kind of result, count the rows of one kind alone)"
			}
			guess("votes_column: the sum of %s: each is named as a way of voting or as votes, and %s: a choice's votes are their total, none of them alone", partsNamed(header, votesParts), how)
		case len(others) > 0 && !namedVotes(norm(votes)):
			// A figure chosen among others by its place alone is said.
			// A column of one figure on all the rows of each precinct
			// is a protocol's line repeated on its rows (the DRC's
			// province totals beside each candidate's votes), never a
			// part of a choice's votes: summed, it adds the line to
			// every choice.
			others = slices.DeleteFunc(others, perProtocol)
			others = slices.DeleteFunc(others, func(i int) bool { return fewEach(all, i, votes) })
			if len(others) == 0 {
				break
			}
			parts := append(slices.Clone(others), votes)
			slices.Sort(parts)
			var names []string
			for _, c := range parts {
				names = append(names, strconv.Quote(trimHeader(header[c])))
			}
			guess("votes_column: column %d %q is the column of figures of the most votes (%d), and %s figures too: if a choice's votes are their total (the votes of two kinds of ballot), their total is needed: map \"votes_column\": {\"columns\": [%s]}", votes+1, trimHeader(header[votes]), cellSum(values[votes]), columnsHeld(header, others), strings.Join(names, ", "))
		}
	}
	// A column of one figure, the same on every row of several precincts
	// (Elections Canada's riding totals, repeated on each poll's row; a
	// census's population), is a figure of the file's whole area: no
	// precinct's line, no choice's votes.
	// (Only while other figures vary: rows of one figure each say
	// nothing of the kind.)
	varies := false
	for i := range header {
		h := norm(i)
		if numeric[i] && len(values[i]) > 1 && i != precinct && !anyWords(h, idH) && !anyWords(h, okrugW) && !has(h, okrugH) && !has(h, precinctH) && !has(h, regionH) {
			varies = true
		}
	}
	// The whole area's figure is larger than any one row's of another
	// column, or the same on five rows or more: a candidate with 1 vote
	// on each of three rows is a candidate. A figure of 0 on every row
	// ("0", "0.0") is none: beside the choices it is a choice that no
	// one voted for (Sri Lanka's SLFP in Colombo, 2018).
	largest := int64(0)
	for i := range header {
		if numeric[i] && len(values[i]) > 1 && i != precinct {
			for _, rec := range all {
				if v, err := parseInt([]byte(cellAt(rec, i))); err == nil {
					largest = max(largest, v)
				}
			}
		}
	}
	same := func(i int) bool {
		if !varies || len(all) < 3 || nonEmpty[i] != len(all) || len(values[i]) != 1 || values[i]["0"] != 0 {
			return false
		}
		v, err := parseInt([]byte(cellAt(all[0], i)))
		return err == nil && v != 0 && (v > largest || len(all) >= 5)
	}
	votersAlone(&m, header, used, numeric, norm, choice < 0)
	// Of two columns that read as one line ("pre_registered_voters",
	// "registered_voters"), the one that varies from row to row, then
	// the one of fewer words, is it.
	lineOf, fewest := make([]election.Line, ncol), map[election.Line]int{}
	// (Under a header of several rows, the one whose own part reads as
	// the line before those of a part above it: "Total No. of electors"
	// before "Male" under "Total No of Electors".)
	better := func(i, b int, l election.Line) bool {
		if si, sb := spoiledOnly(norm(i)), spoiledOnly(norm(b)); l == election.Invalid && si != sb {
			return sb // (spoiled ballots beside invalid votes: spoiledWords)
		}
		if same(i) != same(b) {
			return same(b)
		}
		if oi, ob := readsAsLine(l, ownPart(i)), readsAsLine(l, ownPart(b)); oi != ob {
			return oi
		}
		return wordCount(norm(i)) < wordCount(norm(b))
	}
	for i := range header {
		// (Votes "cast in favour of" someone are a choice's, whatever
		// else the header says: India's Form 20 gives the elected
		// person's so.)
		if choice >= 0 || used[i] || !numeric[i] || i == candidateVotes || anyWords(norm(i), []string{"in favour of", "in favor of"}) {
			continue
		}
		for _, lw := range englishLineWords {
			if _, dup := m.Lines[lw.line]; !dup && lw.reads(norm(i)) {
				if b, ok := fewest[lw.line]; !ok || better(i, b, lw.line) {
					fewest[lw.line] = i
				}
				lineOf[i] = lw.line
				break
			}
		}
	}
	givenWhy := preferGiven(&m, fewest, lineOf, header, all)
	parts := paperMachine(lineOf, norm)
	for i, l := range lineOf {
		switch {
		case l == "":
		case parts[l] != [2]int{}:
			if used[i] {
				break
			}
			p := parts[l]
			used[p[0]], used[p[1]] = true, true
			m.Lines[l] = Column{Columns: []Column{{Header: trimHeader(header[p[0]])}, {Header: trimHeader(header[p[1]])}}}
			guess("lines.%s: the sum of columns %d %q and %d %q: the file gives the ballots voted on paper and by machine apart, each kind counted once (as Bulgaria's CIK publishes them), and the line is their sum; if the machine column counts the same paper ballots again, map line %s to the paper column alone",
				l, p[0]+1, trimHeader(header[p[0]]), p[1]+1, trimHeader(header[p[1]]), l)
		case fewest[l] == i:
			used[i] = true
			m.Lines[l] = Column{Header: trimHeader(header[i])}
			guess("lines.%s: column %d %q", l, i+1, trimHeader(header[i]))
		default:
			used[i] = true
			why := "of the two, the one of fewer words, or the first"
			if givenWhy[i] != "" {
				why = givenWhy[i]
			} else if l == election.Invalid && spoiledOnly(norm(i)) && !spoiledOnly(norm(fewest[l])) {
				why = "that one counts the invalid votes; spoiled ballots beside them are the papers a voter spoiled and was given another for, set apart unused"
			} else if same(i) && !same(fewest[l]) {
				why = fmt.Sprintf("this one's figure is %s on every row, a total of the file's whole area", firstCell(all, i))
			} else if !readsAsLine(l, ownPart(i)) && readsAsLine(l, ownPart(fewest[l])) {
				why = fmt.Sprintf("that one's own header %q reads as the line, this one's a part above it", ownPart(fewest[l]))
			}
			guess("column %d %q is not mapped: it reads as line %s, which column %q gives (%s); swap them under lines if this one is the line", i+1, trimHeader(header[i]), l, trimHeader(header[fewest[l]]), why)
		}
	}
	if choice < 0 {
		draftInvalidSum(&m, header, used, numeric, norm, guess)
		draftDeclinedSum(&m, header, used, numeric, norm, guess)
		draftBlankIntoInvalid(&m, header, all, used, numeric, norm, guess)
		draftBlankCancelled(&m, header, all, used, numeric, norm, guess)
		draftValidParts(&m, header, all, secondAt)
	}
	draftVotedFound(&m, header, all, norm)
	// Does the number name one precinct? Rows of one precinct differ by
	// their count (machine column) at most, and in a long file by their
	// choice.
	// A name that repeats (France's "Bureau" names a polling station by
	// its building, which may hold two) is told apart by a number beside
	// it ("Numéro"): a precinct is its number and its name.
	number := -1
	// (A choice joined with another column, joinBy, is told apart by
	// both: the UK's "Griffiths" under LD and RUK.)
	againCols := []int{precinct, machine, choice}
	if joinBy >= 0 {
		againCols = append(againCols, joinBy)
	}
	if precinct >= 0 && !numeric[precinct] && repeats(all, againCols...) {
		for i := range header {
			if _, list := listNumber(bare[i]); i != precinct && !used[i] && numeric[i] && !list && anyWords(norm(i), idH) && !repeats(all, i, precinct, machine, choice) && !figureNotNumber(all, numeric, i, precinct) {
				number = i
				break
			}
		}
	}
	// A number that repeats, told apart by the code of a municipality
	// (Slovakia's okrsky are numbered in each obec): a precinct is the
	// municipality and its number, before a region that may hold several.
	muni := -1
	if precinct >= 0 && len(m.Precinct.Columns) == 0 && repeats(all, precinct, machine, choice) {
		for i := range header {
			if !used[i] && numbersAreas(norm(i)) && anyWords(norm(i), municipalityW) && nonEmpty[i] == len(all) && !repeats(all, i, precinct, machine, choice) {
				muni = i
				break
			}
		}
	}
	// A number that repeats in a wide file, told apart by a column left
	// of it: the area it is numbered in.
	area := -1
	if choice < 0 && number < 0 && len(keyCols) <= 2 && repeats(all, precinct, machine) {
		area = precinctArea(header, all, used, numeric, nonEmpty, values, precinct, machine)
	}
	// filled is the key that names every row once where the precinct
	// drafted does not, and filledWhy why (filledKey).
	var filled []int
	filledWhy := ""
	fillKey := func() bool {
		var lines []int
		for _, l := range slices.Sorted(maps.Keys(m.Lines)) {
			// (A line's column empty on every row tells no rows apart.)
			if c := columnOf(header, m.Lines[l].Header); c >= 0 && nonEmpty[c] > 0 {
				lines = append(lines, c)
			}
		}
		// (A district, mapped or said not mapped, names the rows with
		// the columns of its polls: Alberta's electoral division and its
		// polls' names, numbered anew in each.)
		free := slices.Clone(used)
		for _, c := range []int{hinted, okrug} {
			if c >= 0 && c != precinct {
				free[c] = false
			}
		}
		filled, filledWhy = filledKey(header, all, free, numeric, nonEmpty, values, norm, precinct, machine, lines)
		return filled != nil
	}
	if station == "" {
		// A column empty in every row kept names no part of a precinct:
		// a count would refuse each row.
		key = slices.DeleteFunc(key, func(c int) bool { return c != precinct && nonEmpty[c] == 0 })
	}
	switch {
	case len(casilla) > 0:
		m.Precinct, _ = keyColumns(header, casilla)
		guess("%s", casillaGuess(header, casilla, all, precinct))
	case station != "":
		m.Precinct = Column{Columns: []Column{columnRef(header, key[0]), columnRef(header, key[1])}}
		guess("%s", station)
	case len(okrugKey) > 0 && choice >= 0:
		var names []string
		m.Precinct, names = keyColumns(header, key)
		n, first := sameKey(all, precinct, region, machine, choice)
		by, what := okrugKey[len(okrugKey)-1], "district"
		if primaryKey >= 0 {
			what = "party's primary"
		}
		guess("precinct: columns %s together: under column %d %q alone %d rows give a choice again (the first in %q), each in another %s of column %d %q: an area in several contests gives a protocol of each", strings.Join(names, ", "), precinct+1, trimHeader(header[precinct]), n, first, what, by+1, trimHeader(header[by]))
		if okrug := by; len(okrugKey) > 1 && primaryKey < 0 && m.Okrug != nil && len(m.Okrug.Columns) == 0 {
			m.Okrug = &Column{Columns: []Column{columnRef(header, region), columnRef(header, okrug)}}
			was := fmt.Sprintf("okrug: column %d %q", okrug+1, trimHeader(header[okrug]))
			k := slices.Index(m.Guesses, was)
			now := fmt.Sprintf("okrug: columns %d and %d (%q, %q) together: the numbers of column %d start again in each value of column %d (%d pairs, %d numbers)", region+1, okrug+1, trimHeader(header[region]), trimHeader(header[okrug]), okrug+1, region+1, distinct(all, region, okrug), distinct(all, okrug))
			if k >= 0 {
				m.Guesses[k] = now
			} else {
				guess("%s", now)
			}
		}
	case len(key) > 1 && choice >= 0:
		var names []string
		m.Precinct, names = keyColumns(header, key)
		if listPlace < 0 || len(key) > 2 { // (else said above)
			guess("precinct: columns %s together: under column %d alone the rows of a choice repeat, and the codes after it tell them apart (the areas within it: a village, a station), so each precinct gives each choice once", strings.Join(names, ", "), precinct+1)
		}
	case len(keyCols) > 2:
		var names []string
		m.Precinct = Column{}
		for _, c := range keyCols {
			m.Precinct.Columns = append(m.Precinct.Columns, columnRef(header, c))
			names = append(names, fmt.Sprintf("%d %q", c+1, trimHeader(header[c])))
		}
		guess("precinct: columns %s together: no column names each row once, and these do", strings.Join(names, ", "))
	case muni >= 0:
		used[muni] = true
		m.Precinct = Column{Columns: []Column{columnRef(header, muni), columnRef(header, precinct)}}
		guess("precinct: columns %d and %d (%q, %q): precinct numbers repeat, and column %d, the municipality's code, tells them apart: they are numbered in each municipality", muni+1, precinct+1, trimHeader(header[muni]), trimHeader(header[precinct]), muni+1)
	case boxTown >= 0:
		n, first := sameKey(all, boxTown)
		m.Precinct = Column{Columns: []Column{columnRef(header, boxTown), columnRef(header, precinct)}}
		guess("precinct: columns %d and %d (%q, %q): %d rows repeat the number of an earlier row in column %d (the first %q), and column %d numbers the ballot boxes of each anew, running on by one from row to row: a precinct is its area and its box",
			boxTown+1, precinct+1, trimHeader(header[boxTown]), trimHeader(header[precinct]), n, boxTown+1, first, precinct+1)
	case choice >= 0 && len(key) == 1 && okrug >= 0 && okrug != precinct && m.Okrug != nil && len(m.Okrug.Columns) == 0 && len(pollsAcross(all, precinct, okrug, votes)) > 0:
		// A long file's polls numbered anew in each district (Nova
		// Scotia's and British Columbia's poll "001" in every riding):
		// the precinct is the district and its poll, or a count takes
		// the two districts' polls for one precinct.
		m.Precinct = Column{Columns: []Column{columnRef(header, okrug), columnRef(header, precinct)}}
		across := pollsAcross(all, precinct, okrug, votes)
		guess("precinct: columns %d and %d (%q, %q): %d of column %d's values (the first %q) stand in more than one district of column %d: the polls are numbered in each district, so a precinct is its district and its poll", okrug+1, precinct+1, trimHeader(header[okrug]), trimHeader(header[precinct]), len(across), precinct+1, across[0], okrug+1)
	case region >= 0 && repeats(all, precinct, machine, choice) && !repeats(all, precinct, machine, choice, region):
		m.Precinct = Column{Columns: []Column{columnRef(header, region), columnRef(header, precinct)}}
		guess("precinct: columns %d and %d (%q, %q): precinct numbers repeat across regions, so a precinct is its region and its number", region+1, precinct+1, trimHeader(header[region]), trimHeader(header[precinct]))
	case pairOkrug >= 0 && okrug == pairOkrug && repeats(all, precinct, machine, choice) && !repeats(all, precinct, machine, choice, okrug):
		m.Precinct = Column{Columns: []Column{columnRef(header, okrug), columnRef(header, precinct)}}
		n, first := sameKey(all, precinct, machine, choice)
		guess("precinct: columns %d and %d (%q, %q): %d rows repeat a number of column %d (the first %q) in another district, so a precinct is its district and its number", okrug+1, precinct+1, trimHeader(header[okrug]), trimHeader(header[precinct]), n, precinct+1, first)
	case number >= 0:
		used[number] = true
		n, first := sameKey(all, precinct, machine, choice)
		m.Precinct = Column{Columns: []Column{columnRef(header, number), columnRef(header, precinct)}}
		guess("precinct: columns %d and %d (%q, %q): %d rows repeat a name of column %d (the first %q), which the numbers of column %d tell apart, so a precinct is its number and its name", number+1, precinct+1, trimHeader(header[number]), trimHeader(header[precinct]), n, precinct+1, first, number+1)
	case area >= 0 && (region < 0 || repeats(all, precinct, machine, region)):
		used[area] = true
		n, first := sameKey(all, precinct, machine)
		m.Precinct = Column{Columns: []Column{columnRef(header, area), columnRef(header, precinct)}}
		guess("precinct: columns %d and %d (%q, %q): %d rows repeat a number of column %d (the first %q), which column %d, the area it is numbered in, tells apart, so a precinct is its area and its number",
			area+1, precinct+1, trimHeader(header[area]), trimHeader(header[precinct]), n, precinct+1, first, area+1)
	case choice < 0 && keyNote == "" && len(keyCols) <= 1 && fillKey():
		// (A key names every row once: filledKey.)
		m.Precinct = Column{}
		for _, c := range filled {
			used[c] = true
			m.Precinct.Columns = append(m.Precinct.Columns, Column{Header: trimHeader(header[c])})
		}
		if len(filled) == 1 {
			m.Precinct = m.Precinct.Columns[0]
		}
		precinct = filled[len(filled)-1]
		guess("%s", filledWhy)
		// (The precinct taken first gave way to the key: a column named
		// as a region, "mun", of fewer values than the key's first, is
		// the region it could not be beside that precinct.)
		if m.Region == nil && len(filled) > 1 {
			for i := range header {
				if !used[i] && !numeric[i] && nonEmpty[i] == len(all) && oneWordOf(norm(i), regionAlone) && distinct(all, i) < distinct(all, filled[0]) {
					used[i] = true
					m.Region = &Column{Header: trimHeader(header[i])}
					guess("region: column %d %q (%d regions in the file)", i+1, trimHeader(header[i]), len(values[i]))
					break
				}
			}
		}
	default:
		switch {
		case keyNote != "": // (which says it)
		case unheadedKey:
			guess("precinct: column %d (no header): its cells are text that names the rows (the first %s), and the columns of figures are a sum's parts, no precinct's number", precinct+1, echo.Quote(firstCell(all, precinct)))
		default:
			guess("precinct: column %d %q%s", precinct+1, trimHeader(header[precinct]), precinctWhy)
		}
		// A number that repeats, where no text (a ballot, a count)
		// tells its rows apart, names no precinct (a state's, whose
		// polling stations are told by the columns after it, as
		// Mexico's casillas): a count would find duplicates (X207).
		// (Not where the rows that repeat it are all one label's given
		// again, which choice_column's guess says: Delhi's "Independent"
		// rows, whose precinct is the column.)
		// Rows that repeat the cell and every figure of an earlier row
		// are a row given twice (a long file's said above), not two
		// precincts to name apart.
		copies, later, earlier, again := givenTwice(all, []int{precinct, machine, choice, ballotCol}, figureColumns(numeric, precinct, machine, choice, ballotCol))
		if copies > 0 && choice < 0 && sumNote == "" && !totalsAgain {
			guess("precinct: %d rows repeat the cell of an earlier row in column %d %q and every figure of it (the first at line %d, %s, as line %d gives them): a row given twice, a copy, not a second precinct to name apart; a count finds each copy a duplicate protocol (X207), the result provisional: delete the copies from the file",
				copies, precinct+1, trimHeader(header[precinct]), lines.of(later), echo.Quote(cellAt(later, precinct)), lines.of(earlier))
		}
		if copies > 0 && copies == again {
			// (Said.)
		} else if n, first := sameKey(all, append([]int{precinct, machine, choice, ballotCol}, textColumns(numeric, nonEmpty, precinct)...)...); n > 0 && sumNote == "" && !totalsAgain && !labelOnly(all, labelAgain, precinct, machine, choice, ballotCol) {
			cell := "number"
			if !numeric[precinct] {
				cell = "name" // (a town's, "Alton", is no number)
			}
			// (The rows that repeat the cell, not those that repeat
			// every column of text too: Delhi's 190 rows of "Number", of
			// which one alone repeats its party as well.)
			n, first = sameKey(all, precinct, machine, choice, ballotCol)
			guess("precinct: %d rows repeat the %s of an earlier row in column %d %q (the first %q): it names no one precinct; name the precinct by the columns that do, together ({\"columns\": [...]}), or a count finds the rows duplicates (X207)", n, cell, precinct+1, trimHeader(header[precinct]), first)
		} else if n, first := sameKey(all, precinct, machine, choice, ballotCol); n > 0 && n != labelAgain && keyNote == "" && sumBy < 0 && sumNote == "" && !totalsAgain && joinBy < 0 {
			// Told apart by text the mapping does not read (a name, a
			// date): still duplicates to a count, unless their figures
			// are summed (choice_rows).
			guess("precinct: %d rows repeat the cell of an earlier row in column %d %q (the first %q), told apart only by columns the mapping does not map: name the precinct by the columns that name each row once, together ({\"columns\": [...]}), or a count finds the rows duplicates (X207)", n, precinct+1, trimHeader(header[precinct]), first)
		}
	}
	if n := emptyCells(all, precinct); n > 0 && choice >= 0 && len(m.Precinct.Columns) == 0 {
		// A long file's row is one figure of a protocol, which a row
		// with no precinct joins to none (a count refuses it): such rows
		// (Iowa's county totals, OpenElections') are left out.
		if m.Rows == nil {
			m.Rows = &RowFilter{}
		}
		m.Rows.Where = append(m.Rows.Where, Condition{Column: Column{Header: trimHeader(header[precinct])}, Except: []string{""}})
		guess("rows: %d rows have no precinct in column %d %q (a total of the precincts, or figures of no precinct): a row of a long file is one figure of a precinct's protocol, and these join none; the mapping leaves them out (rows.where[%d]), and a count says how many", n, precinct+1, trimHeader(header[precinct]), len(m.Rows.Where)-1)
		keepRows(func(rec []string) bool { return cellAt(rec, precinct) != "" })
	} else if n > 0 {
		guess("%d rows have no precinct number: each is named by its line", n)
	}
	// A last row that totals the others, named as a total in the
	// precinct's column (Bogotá's "TOTAL BOGOTÁ D.C.", its code cell
	// empty): left out, as a count would take it for a precinct.
	if choice < 0 && len(m.Precinct.Columns) == 0 && m.Precinct.Header == trimHeader(header[max(precinct, 0)]) {
		var sep byte
		if m.Thousands != "" {
			sep = m.Thousands[0]
		}
		if v := totalLastRow(all, numeric, precinct, sep); v != "" {
			if m.Rows == nil {
				m.Rows = &RowFilter{}
			}
			m.Rows.Where = append(m.Rows.Where, Condition{Column: columnRef(header, precinct), Except: []string{v}})
			guess("rows: the last row, %q in column %d %q, is the sum of the rows above it in most columns of figures: the whole area's total, no precinct; the mapping leaves it out (rows.where[%d])", v, precinct+1, trimHeader(header[precinct]), len(m.Rows.Where)-1)
			keepRows(func(rec []string) bool { return strings.TrimSpace(cellAt(rec, precinct)) != v })
		}
	}
	if v, ok := m.Lines[election.Voters]; ok && choice < 0 {
		if n, median, first := giants(all, slices.IndexFunc(header, func(h string) bool { return trimHeader(h) == v.Header }), precinct); n > 0 {
			guess("%d rows have over 100 times the median number of voters on the list (%d), the first at precinct %q: pseudo-precincts (remote electronic voting, say) or totals? They are counted as precincts; leave them out with rows.where if they are not", n, median, first)
		}
	}
	// Choices: numbered columns, then the other columns of numbers; in a
	// long file, the values of its choice column.
	ids := map[string]bool{}
	var choiceCols []int
	validBlank := -1   // the column of the blank votes (spanishBlank), for draftValidBlank
	var together []int // columns of several choices' votes together (togetherNote)
	// votesAt holds each choice's column and its guess's index; slugged
	// the choices named by their header alone.
	votesAt, slugged := map[int]int{}, map[int]bool{}
	if choice >= 0 {
		// (A choice column of codes beside one of their names: the
		// names key choice_values, the codes make the IDs.)
		code := -1
		if n := longNameColumn(header, all, used, numeric, norm, choice); n >= 0 {
			choice, code = n, choice
		}
		draftLong(&m, header, values, choice, votes, votesParts, guess)
		if code >= 0 {
			idsOfCodes(&m, header, all, choice, code, guess)
			used[code] = true
		}
		blankNamedRows(&m, header, all, used, numeric, choice, guess)
		namedLines(&m, header, notChoices(&m, header, all, values, numeric, choice, votes))
		used[choice], used[votes] = true, true
		for _, c := range votesParts {
			used[c] = true
		}
		if g := partyOfNumbers(header, all, used, numeric, nonEmpty, norm, choice); g >= 0 {
			guess("column %d %q names one party for each number of column %d %q, the choice: if the seats go to the parties, not to their lists, map choice_column to column %d with \"choice_rows\": \"sum\" (a party's votes in a precinct the sum of its lists' rows), and choice_values to the parties", g+1, trimHeader(header[g]), choice+1, trimHeader(header[choice]), g+1)
		}
		// (A party's candidates in different districts are each one
		// district's: the district is a part of the key.)
		p, maybe := primaryColumn(header, all, used, numeric, nonEmpty, norm, choice, keyed(region, machine, okrug))
		if p >= 0 && !saysPrimary(file, beforeContest, contest) {
			p, maybe = -1, p // (a general election's, or an open primary's)
		}
		if p < 0 && maybe < 0 && joinBy >= 0 && okrug < 0 {
			// (The party joined with a name that stands under two of
			// them may still split the rest into primaries, a file not
			// named as one's: said, as of a column not joined.)
			if sets, many := splits(all, joinBy, choice, keyed(region, machine)); sets >= 2 && many >= 2 {
				maybe = joinBy
			}
		}
		switch {
		case p >= 0:
			draftPrimaries(&m, header, all, p, contest, choice, guess)
			used[p], okrug = true, p // (each contest's own ballot)
		case maybe >= 0:
			maybePrimaries(header, all, maybe, choice, guess)
			used[maybe] = true // (said)
		}
		if primaryKey >= 0 {
			p = primaryKey
		}
		switch {
		case contest >= 0 && p >= 0 && len(lineContests) > 0:
			// (Texas's primaries: "Registered Voters" under no party,
			// "Ballots Cast" under each, in the office's column: the
			// okrug is the office and the party, and a line's rows are
			// of no primary's contest.)
			guess("rows of %s in column %d %q (protocol lines) are left out: each party's primary is a protocol of its own (the okrug above), and these rows name no contest of the ones kept, a line of the whole precinct or of a party under an office of its own, which no primary's protocol reads: a count gives each primary's votes without them (to count one primary with its lines, keep its party's rows alone, rows.where on column %d, and map the lines by hand)",
				quoteAll(lineContests), contest+1, trimHeader(header[contest]), p+1)
		case contest >= 0:
			contestLines(&m, header, beforeContest, all, contest, contestWhere, lineContests, choice, values[choice], []int{precinct, region, machine}, guess)
			noContestLines(&m, header, beforeContest, all, contest, contestWhere, choice, values[choice], []int{precinct, region, machine}, guess)
		}
		if sumBy >= 0 {
			rows := all
			if contest >= 0 {
				rows = beforeContest // (the lines' rows are of no contest)
			}
			draftChoiceRows(&m, header, rows, keyed(region, machine, choice), choice, sumBy, sumWhy, guess)
		}
		if sumNote != "" {
			m.ChoiceRows = ChoiceRowsSum
			guess("%s", sumNote)
		}
	}
	// Under a header of several rows, a choice's ID leaves out the parts
	// every choice's header has ("Zweitstimmen / Endgültig").
	var common map[int]string
	if m.HeaderRows > 1 {
		var cols []int
		for i := range header {
			if !used[i] && numeric[i] {
				cols = append(cols, i)
			}
		}
		common = commonParts(header, cols)
	}
	// Codes among the columns of figures: written zero-padded to one
	// width, or of a scale no votes reach; unless every column of
	// figures is written so (a file that pads all its figures).
	var figureCols []int
	padded := 0
	for i := range header {
		if choice < 0 && !used[i] && numeric[i] {
			figureCols = append(figureCols, i)
			if paddedCodes(values[i]) {
				padded++
			}
		}
	}
	scale := codeScale(values, figureCols)
	var bareCols []int
	if choice < 0 {
		bareCols = bareNumbers(header, used, numeric, left)
	}
	bareNote := noteOnce(guess, bareNumbersNote(header, bareCols))
	// Columns of votes named by rank ("votes_winner", "votes_runnerup")
	// beside columns of names drawn from one set: the choices are named
	// in cells by rank, and no column is a choice's (draftrank.go).
	var ranked []int
	rankedWhy := ""
	if choice < 0 {
		ranked, rankedWhy = rankedColumns(header, all, numeric, nonEmpty, used, norm)
	}
	if len(ranked) > 0 && okrug < 0 && m.Okrug == nil && len(key) == 1 && okrugHeader(norm(precinct)) {
		// A row per district, its winner's votes and the next's: each
		// district is a contest of its own.
		okrug, m.Okrug = precinct, &Column{Header: trimHeader(header[precinct])}
		guess("okrug: column %d %q, the precinct's too: its header names a district, and each row names its own winner: each district elects its own member from its candidates; count under a rule set of single-member districts (--rules examples/fptp/rules.json)", precinct+1, trimHeader(header[precinct]))
	}
	rankedSaid := false // (said once, at the first ranked column no other guess takes)
	for i := range header {
		if choice >= 0 || used[i] || !numeric[i] {
			continue
		}
		h := trimHeader(header[i])
		if slices.Contains(bareCols, i) {
			used[i] = true
			bareNote()
			continue
		}
		if j := namedFigure(header, numeric, nonEmpty, i); j >= 0 {
			used[i] = true
			guess("column %d %q is not mapped: its header is column %d's, %q, with more words: on each row the figure of whoever that column names there, a different choice from row to row, which repeats that choice's own figure: no choice of its own", i+1, h, j+1, trimHeader(header[j]))
			continue
		}
		if slices.Contains(ranked, i) {
			used[i] = true
			leave(i)
			if !rankedSaid {
				rankedSaid = true
				guess("%s", rankedWhy)
			}
			if p := rankPlace(norm(i)); p > 0 {
				guess("column %d %q is not mapped: it gives the votes of whoever stands at place %d in each row, a different choice from row to row (the choices are named in cells by rank): no choice of its own", i+1, h, p)
			} else {
				guess("column %d %q is not mapped: it gives the votes of the choices below the places named, together, in each row: no choice of its own", i+1, h)
			}
			continue
		}
		// (The header first: differenceOf tries every pair of columns,
		// for each column a cube of a wide file's columns.)
		if marginHeader(norm(i)) {
			if a, b := differenceOf(all, numeric, i); a >= 0 {
				used[i] = true
				leave(i)
				guess("column %d %q is not mapped: on every row it is column %d %q minus column %d %q, %s", i+1, h, a+1, trimHeader(header[a]), b+1, trimHeader(header[b]), derivedNote)
				continue
			}
		}
		if marginHeader(norm(i)) && !anyWords(norm(i), []string{"majority"}) {
			used[i] = true
			leave(i)
			guess("column %d %q is not mapped: it names a winner's lead over the next (a margin, a plurality), a difference of two choices' votes, not a protocol line nor a choice's votes", i+1, h)
			continue
		}
		if j := numberOf(header, numeric, i); j >= 0 {
			used[i] = true
			guess("column %d %q is not mapped: its header is column %d's, %q, and a letter or a code's word: the number of what that column names (an area), not a choice's votes", i+1, h, j+1, trimHeader(header[j]))
			continue
		}
		// (Italy's Eligendo: "tot_vot_lis", the valid votes of all
		// lists, in a wide file; a long file gives it on each list's row.)
		if norm(i) == "tot_vot_lis" && m.Lines[election.Valid].Header == "" {
			used[i] = true
			m.Lines[election.Valid] = Column{Header: h}
			guess("lines.valid: column %d %q, the valid votes of all lists (totale voti di lista)", i+1, h)
			continue
		}
		// (The long draft's words: an area's numbers, challenged
		// ballots.)
		if areaNumbers(norm(i)) {
			used[i] = true
			guess("column %d %q is not mapped: %s", i+1, h, areaNote)
			continue
		}
		if challengedCell(norm(i)) {
			used[i] = true
			guess("column %d %q is not mapped: %s and map it under lines if the form has it", i+1, h, challengedNote)
			continue
		}
		if why := roleNote(withoutFileWord(norm(i), fw), values[i], len(all)); why != "" {
			used[i] = true
			guess("column %d %q is not mapped: %s", i+1, h, why)
			continue
		}
		// A column of the votes for a choice ("Number of votes Yes") is
		// that choice's, whatever other words its header has.
		name := votesFor(norm(i))
		if negativeCell(all, i) {
			used[i] = true
			leave(i)
			guess("column %d %q is not mapped: it has negative figures (the first %s), which no choice's votes are: a difference or a score", i+1, h, negativeFirst(all, i))
			continue
		}
		if ageRange(h) {
			used[i] = true
			leave(i)
			guess("column %d %q is not mapped: its header reads as a range of ages (the voters of that age), not a choice", i+1, h)
			continue
		}
		if j := derivedOf(header, i); j >= 0 {
			used[i] = true
			leave(i)
			guess("column %d %q is not mapped: its header is column %d's, %q, with a prefix: a figure derived from it (an expected value, a difference), not a choice", i+1, h, j+1, trimHeader(header[j]))
			continue
		}
		if anyWords(norm(i), percentW) {
			used[i] = true
			leave(i)
			guess("column %d %q is not mapped: its header says a percentage or a share, not a choice's votes", i+1, h)
			continue
		}
		if j := modePartOf(header, i); j >= 0 && numeric[j] {
			used[i] = true
			leave(i)
			guess("column %d %q is not mapped: its header is column %d's, %q, with a way of voting (in advance, by post): the votes of that way alone, a part of that column's, not a choice of its own", i+1, h, j+1, trimHeader(header[j]))
			continue
		}
		if anyWords(norm(i), placeW) {
			used[i] = true
			leave(i)
			guess("column %d %q is not mapped: its numbers look like a choice's place on the ballot, not its votes", i+1, h)
			continue
		}
		if countOfChoices(norm(i)) {
			used[i] = true
			leave(i)
			guess("column %d %q is not mapped: its header counts the candidates or the lists (how many stood), not a choice's votes", i+1, h)
			continue
		}
		// Spanish blank votes: valid ones in Spain (votos válidos = a
		// candidaturas + en blanco), apart from them in Chile; never a
		// candidate. ("En blanco" says so alone, after "Total_" as
		// Uruguay's Corte Electoral writes it; "Blancos" alone is also
		// Uruguay's Partido Nacional.)
		blankParty := spanishBlank(norm(i)) && (!blankHead(withoutFileWord(norm(i), fw)) || emptyOnSome(all, i))
		if blankParty {
			// A party's name with the word ("ESCAÑOS EN BLANCO"), or a
			// column empty where the party did not stand: a choice.
			guess("column %d %q: its header has the words of the blank votes, but %s: the votes of a party so named, mapped below as a choice", i+1, h, notBlankWhy(withoutFileWord(norm(i), fw), all, i))
		} else if spanishBlank(norm(i)) {
			used[i] = true
			if validBlank < 0 {
				validBlank = i
			}
			guess("column %d %q is not mapped: the blank votes, no candidate's; Spain and Colombia count them among the valid votes (votos válidos = a candidaturas + en blanco), other countries apart from them: map it under votes (\"en_blanco\") and list that ID in blank_votes where they are valid (valid votes that take no seat), or declare it as a line (protocol.add_lines) and map it under lines", i+1, h)
			continue
		}
		// Uruguay's observed votes (votos observados: of voters not on the
		// circuit's list, cast in a sealed envelope and checked apart)
		// and the others, the two parts of the ballots cast: no choice,
		// and no line of the built-in form.
		if anyWords(norm(i), observedW) {
			used[i] = true
			what := "the observed votes (votos observados: of voters not on the circuit's list, cast in a sealed envelope and checked apart)"
			if anyWords(norm(i), []string{"no"}) {
				what = "the votes not observed (of voters on the circuit's list)"
			}
			guess("column %d %q is not mapped: %s, a part of the ballots cast, not a choice; declare it in the rule set (protocol.add_lines) and map it under lines to check it", i+1, h, what)
			continue
		}
		// (A line whose header says total, "voters_total", is the line's:
		// mapped below.)
		if _, ok := numbered(bare[i]); !ok && name == "" && anyWords(norm(i), totalH) && !readsAsLine(election.Voters, norm(i)) && !stationCount(norm(i)) {
			used[i] = true
			if inv, val, ok := linesSum(m, header, all, i); ok {
				m.Lines[election.FoundStationary] = Column{Header: h}
				guess("lines.found_stationary: column %d %q: on every row the sum of the invalid ballots (column %d %q) and the valid votes (column %d %q): the ballots cast, found in the boxes (with found_mobile not given)", i+1, h, inv+1, trimHeader(header[inv]), val+1, trimHeader(header[val]))
				continue
			}
			if inv, val, ok := invalidPlusValid(m, header, all, i); ok && m.Lines[election.FoundStationary].Header != "" {
				guess("%s", sumOfLinesNote(m, header, i, inv, val))
				continue
			}
			left[i] = len(m.Guesses)
			guess("column %d %q is not mapped: it looks like a total (of ballots cast or of a turnout), not a choice; map it under lines if it is a protocol line", i+1, h)
			continue
		}
		if oddLine != "" && codedLike(h, oddLine, oddPrefix) {
			used[i] = true
			guess("column %d %q is not mapped: it is named as column %q is, a letter and a number, as the form codes its lines, and unlike the choices (%q...): %s", i+1, h, oddLine, oddPrefix, formLineNote)
			continue
		}
		if anyWords(norm(i), seatWords) && !blankParty { // ("ESCAÑOS EN BLANCO", a party: "Blank Seats")
			used[i] = true
			leave(i)
			guess("column %d %q is not mapped: %s", i+1, h, seatsNote)
			continue
		}
		if anyWords(norm(i), quotaWords) {
			used[i] = true
			leave(i)
			guess("column %d %q is not mapped: %s", i+1, h, quotaNote)
			continue
		}
		if anyWords(norm(i), voteForW) && smallNumbers(all, i) {
			used[i] = true
			leave(i)
			guess("column %d %q is not mapped: %s", i+1, h, voteForNote)
			continue
		}
		if anyWords(norm(i), factWords) {
			used[i] = true
			leave(i)
			guess("column %d %q is not mapped: its numbers describe a candidate or a row (an age, a rank, a serial number), not a choice's votes", i+1, h)
			continue
		}
		if stationCount(norm(i)) {
			used[i] = true
			leave(i)
			guess("column %d %q is not mapped: it counts polling stations (of the row's area), not a choice's votes", i+1, h)
			continue
		}
		if anyWords(withoutFileWord(norm(i), fw), versionWords) {
			used[i] = true
			leave(i)
			guess("column %d %q is not mapped: its numbers look like a version or a date or time, not a choice's votes", i+1, h)
			continue
		}
		if same(i) {
			used[i] = true
			guess("column %d %q is not mapped: its figure is %s on every row, a figure of the file's whole area (a total, a census), not a choice's votes", i+1, h, firstCell(all, i))
			continue
		}
		if why := sheetNotChoice(h, norm(i), values[i]); why != "" {
			used[i] = true
			guess("column %d %q is not mapped: %s", i+1, h, why)
			continue
		}
		if atTime(norm(i)) {
			used[i] = true
			guess("column %d %q is not mapped: it gives a figure at a time of day (those who had voted by then, a turnout), not a choice's votes", i+1, h)
			continue
		}
		// (A numbered header whose words read as a line is a line: the
		// CVK numbers its lines, "9.К-сть виборців, які взяли участь".)
		if lineLike(strings.TrimLeft(norm(i), "0123456789.)- ")) && !blankParty {
			used[i] = true
			// (Looked at again once the choices are known: the sum of
			// their votes on every row is the valid votes, draftTotals.)
			left[i] = len(m.Guesses)
			guess("column %d %q is not mapped: it reads as a protocol line the draft does not know (or a second column of one it mapped), not a choice; declare it in the rule set (protocol.add_lines) and map it under lines", i+1, h)
			continue
		}
		// "NUM VOTOS" (Chile's ballots cast by mesa) is a sum of others.
		if from, to, ok := idTotal(all, numeric, i, anyWords(ownPart(i), idH)); ok {
			used[i] = true
			left[i] = len(m.Guesses)
			guess("column %d %q is not mapped: on nearly every row it is the sum of columns %d to %d (%q to %q): a total (of ballots cast, or of voters), not a choice's votes nor a code; map it under lines if it is a protocol line", i+1, h, from+1, to+1, trimHeader(header[from]), trimHeader(header[to]))
			continue
		}
		// "Nr", "Nr komisji" number something; "Lista nr 1" is a list.
		if _, ok := listNumber(bare[i]); !ok && name == "" && !countOfVotes(norm(i)) && (anyWords(ownPart(i), idH) || anyWords(ownPart(i), numberH) || codePrefix(norm(i)) || typeCode(norm(i), values[i]) || numbersRows(all, i)) {
			used[i] = true
			guess("column %d %q is not mapped: its numbers look like the number of a commission, a code or a row, not a choice's votes", i+1, h)
			continue
		}
		if padded < len(figureCols) && paddedCodes(values[i]) {
			used[i] = true
			guess("column %d %q is not mapped: its numbers are written with leading zeros to one width (%s), as codes are and counts never: a code, not a choice's votes", i+1, h, firstCell(all, i))
			continue
		}
		if name == "" && codeWord(norm(i)) {
			used[i] = true
			guess("column %d %q is not mapped: its header reads as a code (\"cod\" and an abbreviation: Spain's Codmun, the municipality's), not a choice's votes", i+1, h)
			continue
		}
		if name == "" && giantCodes(values[i], scale) && !votesNotCode(&m, header, all, unusedBut(figureCols, used, i), i) {
			used[i] = true
			lo, _, _ := columnRange(values[i])
			guess("column %d %q is not mapped: its smallest number, %d, is over a thousand times the largest of most columns of figures (%d): a code, not a choice's votes", i+1, h, lo, scale)
			continue
		}
		id := ""
		switch no, ok := numbered(bare[i]); {
		case ok:
			id = "p" + no
		case name != "":
			id = slug(name)
		default:
			id = slug(shortHeader(bare[i], common))
			slugged[i] = true
		}
		for base, k := id, 2; id == "" || ids[id] || id == election.AgainstAll; k++ {
			id = base + "-" + strconv.Itoa(k)
		}
		ids[id] = true
		used[i] = true
		m.Votes[id] = Column{Header: h}
		votesAt[i] = len(m.Guesses)
		// (A column of the other choices' votes together, India's Form
		// 20 "Other Candidate Votes" beside the elected person's: a
		// count takes it for one choice, which may win what none of them
		// won.)
		others := togetherNote(norm(i), "header")
		what := "a choice on the ballot"
		if len(all) > 1 && nonEmpty[i] == len(all) && len(values[i]) == 1 && zeroCell(firstCell(all, i)) {
			what = "a choice on the ballot, with 0 votes on every row"
		}
		if digitsHeader(h) {
			// (The DR Congo's pivot by province: "1_1_1_150_270", a
			// candidate's code, and "1_1_1_999_999", none's.)
			what += "; but its header is digits and underscores, a code, not named like a candidate or a list: check which it is, or leave it out"
		}
		guess("votes.%s: column %d %q (%s; rename the ID as you like)%s", id, i+1, h, what, others)
		if others != "" {
			together = append(together, i) // (written under aggregates below, once the IDs are final)
		}
		choiceCols = append(choiceCols, i)
	}
	for c, at := range vmChoices {
		votesAt[c] = at
		choiceCols = append(choiceCols, c)
	}
	slices.Sort(choiceCols)
	choiceCols, coded := draftFormLines(&m, header, all, choiceCols, votesAt)
	if coded && len(m.Lines) == 0 && len(m.Votes) == 0 {
		var names []string
		for i := range header {
			if numeric[i] && formCode(trimHeader(header[i])) {
				names = append(names, strconv.Quote(trimHeader(header[i])))
			}
		}
		return nil, &ParseError{File: file, Line: firstLines[bottom], Err: fmt.Errorf("%w: every column of figures left (%s) is named as a paper form codes its lines, a letter and a number, and none as a candidate or a party: the file gives a protocol's lines alone, whose meaning is the form's, not the header's; map each under lines by hand (the choices under votes, if the file has them)", ErrMapping, strings.Join(names, ", "))}
	}
	choiceCols = draftLineParts(&m, header, all, choiceCols, votesAt)
	choiceCols, leading := draftLeadingCodes(&m, header, all, choiceCols, votesAt)
	leave(leading...)
	choiceCols = draftTotals(&m, header, all, choiceCols, against, votesAt, left, took, tookAt)
	draftVotedFound(&m, header, all, norm) // (the valid and invalid lines found by the rows)
	draftBlankInValid(&m, header, all, guess)
	if choice < 0 {
		draftBlankInvalid(&m, header, all, choiceCols, against, norm)
		draftValidBlank(&m, header, all, choiceCols, against, validBlank)
	}
	// A file of a precinct's lines whose one choice would be a column
	// named "votes" alone (Lithuania's stations, "registered_voters"
	// and "votes" beside their names): no choice, the valid votes.
	if _, ok := m.Lines[election.Voters]; ok && choice < 0 && len(m.Votes) == 1 && len(choiceCols) == 1 && norm(choiceCols[0]) == "votes" && m.Lines[election.Valid].Header == "" {
		i := choiceCols[0]
		clear(m.Votes)
		m.Lines[election.Valid] = Column{Header: trimHeader(header[i])}
		m.Guesses[votesAt[i]] = fmt.Sprintf("lines.valid: column %d %q, the only column of figures left and named \"votes\" alone, beside the protocol's lines: the file names no choice, and it reads as the valid votes of each precinct (the choices' votes in another file?); map it under votes if it is one choice's", i+1, trimHeader(header[i]))
		choiceCols = nil
	}
	// A file of lines alone whose column of a total stays unmapped
	// (Malawi's "total" beside "reg", the registered voters): the
	// ballots cast, where it is at most the voters on every row.
	if v, ok := m.Lines[election.Voters]; ok && choice < 0 && len(choiceCols) == 0 && len(m.Votes) == 0 && m.Lines[election.FoundStationary].Header == "" {
		for _, i := range slices.Sorted(maps.Keys(left)) {
			if vc := columnOf(header, v.Header); vc >= 0 && slices.Contains([]string{"total", "total votes", "votes cast", "ballots cast", "total ballots"}, norm(i)) && atLeast(all, vc, i) {
				m.Lines[election.FoundStationary] = Column{Header: trimHeader(header[i])}
				m.Guesses[left[i]] = fmt.Sprintf("lines.found_stationary: column %d %q: the file gives no choice's votes, and this total is at most the voters on the list (column %d %q) on every row: the ballots cast (found in the boxes), or the valid votes? Map it under lines.valid if so", i+1, trimHeader(header[i]), vc+1, v.Header)
				break
			}
		}
	}
	if choice < 0 && len(choiceCols) == 0 && len(m.Votes) == 0 {
		// (Rows that repeat the precinct may each be one choice's: a
		// long file whose choice column the draft did not read, as
		// Paraguay's TREP "numero_lista".)
		also := ""
		if n, first := sameKey(all, precinct, machine); len(m.Precinct.Columns) == 0 && n > 0 {
			also = fmt.Sprintf("; but %d rows repeat the precinct of an earlier row (the first %q): if each row gives one choice's votes, the file is long: map it by hand with \"layout\": \"long\", its choice_column and votes_column", n, first)
		}
		guess("no column is drafted as a choice's votes: the file gives a protocol's lines alone, so a count of it checks its lines and fills no seat (no_choices); map the choices under votes if the file has them%s", also)
	}
	nameIDs(&m, choiceCols, slugged, votesAt, header, bare, common)
	votesAffixIDs(&m, choiceCols, slugged, votesAt, header, bare)
	// The PKW's and the Bundeswahlleiter's files of one row per
	// precinct leave a list's cell empty where it was not on the
	// ballot, and a row empty where no figure came: a count finds the
	// votes not given (X229), unless the mapping says that the empty
	// cells of a row that gives other votes are lists not on its
	// ballot (empty_votes), which the draft proposes for the user to
	// confirm.
	none := ""
	if n, _ := sameKey(all, precinct, machine); okrug < 0 && n == 0 {
		// (A file of several ballots or of okrugs leaves the cells of
		// the choices not on a row's ballot empty.)
		var each []string
		var some int
		none, each, some = emptyChoices(all, choiceCols)
		if some > 0 {
			m.EmptyVotes = EmptyVotesNotOnBallot
			guess("empty_votes: %q: %d rows give some choices' votes and leave the cells of others empty (%s), as a file leaves empty the cell of a list that did not stand there: each such cell is read as 0 votes, a choice not on that row's ballot. If an empty cell is a figure that did not come, delete empty_votes: each is then votes missing (X229) and the result provisional", EmptyVotesNotOnBallot, some, strings.Join(each, ", "))
		}
	}
	if m.EmptyVotes == "" && dashVotes(m, header, dashCols) {
		// (Dashes of a choice's votes, read as empty cells: a choice not
		// on the row's ballot, whatever else the file leaves empty.)
		m.EmptyVotes = EmptyVotesNotOnBallot
		guess("empty_votes: %q: the dashes of %s, read as empty cells (not_given), are each read as 0 votes, a choice not on that row's ballot. If a dash is a figure that did not come, delete empty_votes: each is then votes missing (X229) and the result provisional", EmptyVotesNotOnBallot, columnsOf(dashCols))
	}
	if sep := separatorRows(&m, header, all, precinct, choiceCols); none != "" && len(sep) > 0 {
		// Rows of one cell of text and every figure empty (Form 20's
		// "1 01-ABADASA" between blocks of polling stations): headings,
		// no protocols.
		if m.Rows == nil {
			m.Rows = &RowFilter{}
		}
		m.Rows.Where = append(m.Rows.Where, Condition{Column: m.Precinct, Except: sep})
		guess("rows: %s, every figure cell empty, their column %d %q text (%s): headings between blocks of rows, no protocols; the mapping leaves them out (rows.where[%d]), else a count finds them protocols without votes (X229) and the result provisional",
			none, precinct+1, trimHeader(header[precinct]), quoteAll(sep), len(m.Rows.Where)-1)
	} else if none != "" {
		guess("%s: an empty cell is not given, never 0, so a count finds those protocols without the votes (X229) and the result provisional", none)
	}
	// A wide file that never writes 0 in its figures and leaves cells of
	// its lines empty too writes 0 as an empty cell (Peru's ONPE:
	// ";3;;1;"): every empty figure cell is 0, which the draft proposes
	// for the user to confirm.
	if choice < 0 {
		if empty, cells, small, lineEmpty := zeroAsEmpty(&m, header, all); empty > 0 && lineEmpty && cells >= 20 && small >= 5 {
			if m.EmptyVotes != "" {
				m.EmptyVotes = ""
				m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool { return strings.HasPrefix(g, "empty_votes: ") })
			}
			m.EmptyCells = EmptyCellsZero
			guess("empty_cells: %q: of the %d cells of the columns mapped, %d are empty and none says 0 (%d say 1, 2 or 3), empty cells of the lines among them: the file writes 0 as an empty cell, and each is read as 0. If an empty cell is a figure that did not come, delete empty_cells: each is then a figure not given",
				EmptyCellsZero, cells, empty, small)
		}
	}
	// A long file's row of a choice with its votes cell empty
	// (OpenElections' "WRITE IN VOTES" rows of Virginia): a choice not
	// on that precinct's ballot, or votes that did not come. The draft
	// proposes the first, for the user to confirm, where other rows give
	// votes.
	if choice >= 0 && votes >= 0 && m.ChoiceValues != nil && m.EmptyCells == "" && !draftModeGaps(&m, header, all, votesParts, guess) {
		n, firstChoice := 0, ""
		for _, rec := range all {
			if _, ok := m.ChoiceValues[cellAt(rec, choice)]; ok && cellAt(rec, votes) == "" {
				if n++; n == 1 {
					firstChoice = cellAt(rec, choice)
				}
			}
		}
		key := []int{precinct}
		if len(m.Precinct.Columns) > 0 {
			key = key[:0]
			for _, c := range m.Precinct.Columns {
				if k := columnOf(header, c.Header); c.Header != "" && k >= 0 {
					key = append(key, k)
				} else if c.Index > 0 {
					key = append(key, c.Index-1)
				}
			}
		}
		if machine >= 0 {
			key = append(key, machine)
		}
		whole, protocols := emptyProtocols(all, key, choice, votes, m.ChoiceValues)
		named := quoteList(protocols, 5)
		switch {
		// (Each in a district whose every row in its precinct is empty:
		// the candidates of the other districts, listed in every
		// precinct of the county, Mississippi's State House. Read as 0,
		// each would make the precinct a protocol of a district it does
		// not lie in: they are left out.)
		case n > 0 && n < len(all) && okrug >= 0 && m.Okrug != nil && otherDistricts(all, keyed(region, machine, okrug), votes):
			if m.Rows == nil {
				m.Rows = &RowFilter{}
			}
			m.Rows.Where = append(m.Rows.Where, Condition{Column: Column{Header: trimHeader(header[votes])}, Except: []string{""}})
			guess("rows: %d rows name a choice and leave column %d %q empty (the first for %q), and in each of their precincts every row of their district (column %d %q) is so: the candidates of districts the precinct does not lie in; the mapping leaves them out (rows.where[%d]), or each would make the precinct a protocol of a district it is not in. If an empty cell is a figure that did not come, delete the condition and map \"empty_votes\"",
				n, votes+1, trimHeader(header[votes]), firstChoice, okrug+1, trimHeader(header[okrug]), len(m.Rows.Where)-1)
			keepRows(func(rec []string) bool { return cellAt(rec, votes) != "" })
		case n > whole && n < len(all):
			m.EmptyVotes = EmptyVotesNotOnBallot
			missing := ""
			if whole > 0 {
				missing = fmt.Sprintf("; but the %d of %d precinct(s) (%s) whose every row leaves it empty are votes missing (X229), and the result provisional: nothing says which choices were on their ballot", whole, len(protocols), named)
			}
			guess("empty_votes: %q: %d rows name a choice and leave column %d %q empty (the first for %q), in a file whose other rows give votes: each is read as 0 votes where the precinct's other rows give votes, a choice not on that precinct's ballot (no write-ins there, say)%s. If an empty cell is a figure that did not come, delete empty_votes: each is then votes missing (X229) and the result provisional",
				EmptyVotesNotOnBallot, n, votes+1, trimHeader(header[votes]), firstChoice, missing)
		case whole > 0:
			guess("%d rows name a choice and leave column %d %q empty (the first for %q), all of them the rows of %d precinct(s) (%s) that give no votes at all: nothing says which choices were on their ballot, so a count finds their votes missing (X229) and the result provisional (empty_votes reads an empty cell as 0 only in a precinct whose other rows give votes)", n, votes+1, trimHeader(header[votes]), firstChoice, len(protocols), named)
		}
	}
	if m.long() && okrug >= 0 && ballotCol < 0 {
		draftChoiceList(&m, header, all, used, numeric, choice, okrug, norm, guess)
	}
	draftLongValid(&m, header, all, used, numeric, keyed(region, machine), choice, votes, guess)
	for i := range header {
		if !used[i] && attribute(norm(i)) && (numeric[i] || marks[i].numbers > 0) {
			// (A candidate's age of "NA" on NOTA's row: no cell to
			// mend, and no figure a count reads.)
			used[i] = true
			leave(i)
			guess("column %d %q is not mapped: a candidate's attribute, not a figure", i+1, trimHeader(header[i]))
			continue
		}
		coded := "" // the guess of a code with gaps, where the choices make the valid votes without it
		if !used[i] && marks[i].note(i, trimHeader(header[i])) != "" {
			if ok, but := choicesMakeValid(m, header, all); ok {
				coded = markedCodeNote(m, header, marks[i], i, but)
			}
		}
		switch {
		case used[i] && pointZero[i] && !slices.Contains(leading, i):
			// (Not a code left out before the protocol's lines: "קלפי",
			// a ballot box's number "1.0", "1.1". A column left out
			// otherwise, or mapped, is said: Iowa's "absentee", "160.0".)
			guess("column %d %q: its whole numbers are written with a point and a zero (%q, as pandas writes a column with gaps): each is read as the whole number (a cell such as \"12.5\" would be refused)", i+1, trimHeader(header[i]), firstCell(all, i))
		case used[i]:
		case numeric[i] && anyWords(norm(i), seatWords):
			leave(i)
			guess("column %d %q is not mapped: %s", i+1, trimHeader(header[i]), seatsNote)
		case numeric[i] && anyWords(norm(i), quotaWords):
			leave(i)
			guess("column %d %q is not mapped: %s", i+1, trimHeader(header[i]), quotaNote)
		case numeric[i] && anyWords(norm(i), voteForW) && smallNumbers(all, i):
			leave(i)
			guess("column %d %q is not mapped: %s", i+1, trimHeader(header[i]), voteForNote)
		case numeric[i] && anyWords(norm(i), voteNoW):
			guess("column %d %q is not mapped: the ballots marked for no one (a vote-no box), no candidate's votes and no line of the built-in form; declare it in the rule set (protocol.add_lines) and map it under lines", i+1, trimHeader(header[i]))
		case numeric[i] && precinct >= 0 && has(norm(i), precinctH) && constantWithin(all, []int{precinct}, i):
			// (Washington DC's ward beside its precinct.)
			guess("column %d %q is not mapped: named like an area, it holds one value on all the rows of each precinct of column %d %q: the larger area that holds the precinct (a ward of several precincts), no figure; map it under region if its votes are counted apart", i+1, trimHeader(header[i]), precinct+1, trimHeader(header[precinct]))
		case numeric[i] && areaNumbers(norm(i)):
			guess("column %d %q is not mapped: %s", i+1, trimHeader(header[i]), areaNote)
		case numeric[i] && paddedCodes(values[i]):
			// (Kansas's "vtd", 000010: a voting district's code.)
			guess("column %d %q is not mapped: its cells are digits of one width with leading zeros (%q): a code, no figure", i+1, trimHeader(header[i]), firstCell(all, i))
		case numeric[i] && choice >= 0 && choiceNumber(all, choice, i):
			guess("column %d %q is not mapped: it holds one number for each choice of column %d %q, the same on every row (%q for %q): a number of the choice's own (its place on the ballot, a code), no votes and no part of them", i+1, trimHeader(header[i]), choice+1, trimHeader(header[choice]), firstCell(all, i), firstCell(all, choice))
		case numeric[i] && choice >= 0 && votes >= 0 && precinct >= 0 && fewEach(all, i, votes) && !constantWithin(all, []int{precinct}, i):
			guess("column %d %q is not mapped: each of its cells is a number from 1 to 9, never 0 (%q), and they differ between the rows of a precinct, beside votes in the hundreds and more in column %d %q: a number of the choice's own on its row (its candidates, its place, its rank), no votes", i+1, trimHeader(header[i]), firstCell(all, i), votes+1, trimHeader(header[votes]))
		case numeric[i] && anyWords(norm(i), votedW) && anyWords(norm(i), []string{"inscrits", "registered", "électeurs", "electeurs"}):
			// (Niger's "Nombre d'inscrits ayant voté": lineRule.reads.)
			guess("column %d %q is not mapped: those of the register who voted, a part of those who took part, not the register; declare it in the rule set (protocol.add_lines) and map it under lines to check it", i+1, trimHeader(header[i]))
		case numeric[i] && anyWords(norm(i), placeW):
			leave(i)
			guess("column %d %q is not mapped: its numbers look like a choice's place on the ballot, not its votes", i+1, trimHeader(header[i]))
		case numeric[i] && stationCount(norm(i)):
			leave(i)
			guess("column %d %q is not mapped: it counts polling stations (of the row's area), no votes and no protocol line%s", i+1, trimHeader(header[i]), partialStations(header, all, norm, i))
		case numeric[i]: // a long file's
			guess("column %d %q is not mapped: if it is a protocol line repeated on the rows of a precinct, map it under lines", i+1, trimHeader(header[i]))
		case nonEmpty[i] == 0:
			guess("column %d %q is not mapped: each of its cells is empty", i+1, trimHeader(header[i]))
		case len(all) > 0 && allNotGiven(all, i):
			guess("column %d %q is not mapped: each of its cells says %q, a missing value (as R writes one): empty", i+1, trimHeader(header[i]), firstCell(all, i))
		case decimals(values[i]):
			guess("column %d %q is not mapped: decimals, not whole numbers: percentages or rates, not votes", i+1, trimHeader(header[i]))
		case coded != "":
			// (A code with gaps, Chile's "cod_com" of "NA" abroad,
			// Israel's "סמל ישוב" of "#N/A": no figure the count
			// needs, and no file to mend.)
			used[i] = true
			leave(i)
			guess("%s", coded)
		case m.Abroad == nil && abroadColumn(&m, header, all, i):
			used[i] = true
			guess("abroad: column %d %q, its cells %s: yes for a precinct abroad (the voters abroad, in no region), no for one at home (abroad_values)", i+1, trimHeader(header[i]), quoteAll(slices.Sorted(maps.Keys(m.AbroadValues))))
		default:
			if c := otherDigitsCell(all, i); c != "" {
				_, ascii, _ := otherDigits([]byte(c))
				guess("column %d %q is not mapped: its cells write digits of another script than 0 to 9 (%q, %q in those), which a count does not read: write the file's figures with the digits 0 to 9 and draft again", i+1, trimHeader(header[i]), c, ascii)
				break
			}
			guess("column %d %q is not mapped (it does not hold numbers)", i+1, trimHeader(header[i]))
		}
	}
	if choice < 0 {
		draftNOTALine(&m, header, all, guess)
	}
	switch {
	case ballotCol >= 0:
		m.BallotColumn = &Column{Header: trimHeader(header[ballotCol])}
		guess("ballot_column: column %d %q names the ballot of each row (%q or %q)", ballotCol+1, trimHeader(header[ballotCol]), election.ListBallot, election.OkrugBallot)
	case okrug >= 0:
		m.Ballot = string(election.OkrugBallot)
		guess("ballot: %q for every row", m.Ballot)
	case choice >= 0 && contest >= 0 && candidateHeader(norm(choice)) && oneSeatOffice(kept) && slug(kept) != "":
		// One office of one seat, with no district (a state's
		// President's electors, its Governor): one single-member
		// contest, whose candidates a list ballot would seat by party.
		m.Ballot, m.OkrugID = string(election.OkrugBallot), slug(kept)
		guess("ballot: %q for every row, okrug_id %q: the rows kept are of one office, %q, that one candidate wins, and no column names its district; "+oneWinnerRules, m.Ballot, m.OkrugID, kept)
	case choice < 0 && region < 0 && m.HeaderRows > 1 && candidatesUnder(m.Votes) != "" && slug(fileStem(file)) != "":
		// Candidates named under a header that says so (Form 20's "No.
		// of Valid votes cast in favour of"), in a file of one
		// constituency: its okrug ballot, not party lists.
		m.Ballot, m.OkrugID = string(election.OkrugBallot), slug(fileStem(file))
		guess("ballot: %q for every row, okrug_id %q (the file's name: put the constituency's ID as the definition names it): the choices are candidates, under %q, and no column names a district or a region, so the file is one constituency's; "+oneWinnerRules, m.Ballot, m.OkrugID, candidatesUnder(m.Votes))
	case choice < 0 && region < 0 && okrug < 0 && national == "" && surnamesInCapitals(m.Votes) && slug(fileStem(file)) != "":
		// Candidates headed as the UK writes them, the surname in
		// capitals ("Andrew Hartley DISMORE"), in a file of one
		// constituency: its okrug ballot, not party lists.
		m.Ballot, m.OkrugID = string(election.OkrugBallot), slug(fileStem(file))
		guess("ballot: %q for every row, okrug_id %q (the file's name: put the constituency's ID as the definition names it): each choice's header names a person, the surname in capitals (%d of them), and no column names a district or a region, so the file is one constituency's candidates; "+oneWinnerRules, m.Ballot, m.OkrugID, len(m.Votes))
	case national != "":
		// A president's: a ballot of candidates, whichever party each
		// stands for (Sri Lanka's NDF, UPFA).
		m.Ballot, m.OkrugID = string(election.OkrugBallot), "president"
		guess("ballot: %q for every row, okrug_id %q: %s, a president's election, one contest of the whole country that one candidate wins; "+oneWinnerRules, m.Ballot, m.OkrugID, national)
	case choice >= 0 && candidateHeader(norm(choice)) && oneValue(header, all, used, numeric, values, contestHeader) >= 0:
		// A long file of one office's candidates, named in a column of
		// one value (Louisiana's "U.S. Senate" of 2002): one contest of
		// candidates, whichever party each stands for.
		c := oneValue(header, all, used, numeric, values, contestHeader)
		office := firstCell(all, c)
		m.Ballot, m.OkrugID = string(election.OkrugBallot), slug(office)
		guess("ballot: %q for every row, okrug_id %q: the choices are candidates, and column %d %q names one office, %q, on every row: one contest; for one seat, "+oneWinnerRules+" (for more, a rule set of its seats)", m.Ballot, m.OkrugID, c+1, trimHeader(header[c]), office)
	case choice >= 0 && okrug < 0 && candidateHeader(norm(choice)) && oneContest(all, keyed(region, machine), choice) && slug(fileStem(file)) != "":
		// A long file whose choices are candidates, each precinct's
		// rows naming them all, whatever column names a party beside
		// them (Taiwan's president, 候選人 beside 推薦政黨): one contest
		// of candidates, a single winner's, not party lists.
		m.Ballot, m.OkrugID = string(election.OkrugBallot), slug(fileStem(file))
		guess("ballot: %q for every row, okrug_id %q (the file's name: rename it as the definition names the contest): the choices are candidates (column %d %q), and every precinct's rows name the same %d of them, so the file is one contest that one candidate wins, whichever party each stands for; "+oneWinnerRules+", or say \"ballot\": \"list\" if the candidates head party lists",
			m.Ballot, m.OkrugID, choice+1, trimHeader(header[choice]), distinct(all, choice))
	case choice >= 0 && okrug < 0 && personCells(values[choice]) != "" && oneContest(all, keyed(region, machine), choice) && slug(fileStem(file)) != "":
		// A column of choices whose cells name persons under a header
		// that does not say so (Puerto Rico's "name", "Pedro Pierluisi
		// (PNP)"): candidates, one contest as above.
		m.Ballot, m.OkrugID = string(election.OkrugBallot), slug(fileStem(file))
		guess("ballot: %q for every row, okrug_id %q (the file's name: rename it as the definition names the contest): column %d %q names persons (%q), so the choices are candidates, and every precinct's rows name the same %d of them: one contest that one candidate wins, whichever party each stands for; "+oneWinnerRules+", or say \"ballot\": \"list\" if the names are party lists",
			m.Ballot, m.OkrugID, choice+1, trimHeader(header[choice]), personCells(values[choice]), distinct(all, choice))
	default:
		m.Ballot = string(election.ListBallot)
		guess("ballot: %q for every row", m.Ballot)
	}
	if _, ok := m.choiceColumns()[election.AgainstAll]; !ok {
		ballot := m.Ballot
		if ballot == "" { // a ballot column: both ballots
			ballot = string(election.ListBallot)
		}
		guess("%s", noAgainstAllGuess(ballot))
	} else if m.Ballot == string(election.OkrugBallot) {
		guess("%s", againstAllRules())
	}
	note := ""
	for i := range header {
		if !used[i] && !numeric[i] {
			if n := marks[i].note(i, trimHeader(header[i])); n != "" {
				note = n
				break
			}
		}
	}
	// (Not where a cell is a whole number beside cells of its column that
	// are none: "954" under "9.269".)
	if len(m.Votes) == 0 && choice < 0 && !slices.Contains(numeric, true) && !slices.ContainsFunc(marks, func(k marked) bool { return k.numbers > 0 }) && !wholeCell(all) &&
		(len(m.Lines) == 0 || !slices.ContainsFunc(marks, func(k marked) bool { return k.group != "" })) {
		// A file of no figures at all (Nigeria's IReV list of polling
		// units and the addresses of their result sheets): nothing to
		// count, whatever the mapping, and whatever lines the headers
		// name (Egypt's, in Arabic-Indic digits), unless its figures
		// group their thousands ("92,263": a count reads them so).
		var names []string
		for i := range header {
			if h := trimHeader(header[i]); h != "" {
				names = append(names, strconv.Quote(h))
			}
		}
		return nil, &ParseError{File: file, Line: firstLines[bottom], Err: fmt.Errorf("%w: the file has no column of figures: no cell of its columns (%s) is a whole number, so there is no vote or protocol line to count; a file of the areas alone, or of links to result sheets, is no results file", ErrMapping, strings.Join(names, ", "))}
	}
	if len(m.Lines) == 0 && len(m.Votes) == 0 && !m.long() && rankedSaid {
		// (Nothing but the ranked columns: the draft refuses the file,
		// saying why and how to reshape it.)
		why := rankedWhy
		for _, g := range m.Guesses {
			if strings.Contains(g, derivedNote) {
				why += "; " + g
			}
		}
		return nil, &ParseError{File: file, Line: firstLines[bottom], Err: fmt.Errorf("%w: %s", ErrMapping, why)}
	}
	if len(m.Lines) == 0 && len(m.Votes) == 0 && !m.long() {
		return nil, nothingDrafted(file, m, all, bottom+1, note)
	}
	draftCoalitions(&m, file, header, all, guess)
	draftOutsideValid(&m, header, all, leave, guess)
	draftChoiceTotals(&m, header, all, guess)
	draftChoiceParts(&m, header, all, guess)
	draftVotesTotal(&m, header, all)
	draftNamesInCells(&m, header, all)
	draftLongLineSums(&m, guess)
	if m.long() && m.EmptyVotes == "" && m.Ballot == string(election.ListBallot) && m.ChoiceColumn != nil {
		// A party with no row in some precincts: the count's note
		// (votes_no_row) proposes not_on_ballot; the draft says so, and
		// leaves the choice to the user (the file cannot tell).
		if n, c, at := absentChoices(&m, header, all, keyed(region, machine)); n > 0 {
			guess("empty_votes: not set: %d precincts have no row of a choice that others have (the first: %s in precinct %q): a long file leaves out the rows of a party that did not stand there, or a row was lost, and the file cannot tell which. If the parties stood in some places only, add \"empty_votes\": \"not_on_ballot\" (a choice no row of a protocol names is then not on its ballot, 0 votes, said in the count's notes); without it a count finds those votes not given (X229) and leaves what rests on them not evaluated", n, c, at)
		}
	}
	draftTogether(&m, header, together, guess)
	if joinBy >= 0 && m.long() && m.ChoiceColumn != nil && m.ChoiceColumn.Header == trimHeader(header[joinOf]) {
		joinGuess := guess
		if rankJoin {
			joinGuess = func(string, ...any) {} // (namesakesApart's guess says it)
		}
		draftJoinChoices(&m, header, all, joinOf, joinBy, joinWhy, joinGuess)
	}
	if listJoin >= 0 && m.long() && m.ChoiceColumn != nil && m.ChoiceColumn.Header == trimHeader(header[listJoin]) && len(m.LineValues) == 0 {
		draftAreaLists(&m, header, all, listAt, listJoin, guess)
	}
	draftPlaceCells(&m, header, all, guess)
	headerRowsAgain(&m, header, values, againLines, guess)
	if err := m.Validate(); err != nil {
		if note != "" {
			err = fmt.Errorf("%w; %s", err, note)
		}
		// Rows given twice (Fanø's with one candidate's row again) leave
		// no column that names each row once: no long file is found,
		// and the copies are what to fix.
		if n, first := sameRows(all); n > 0 || dupN > 0 {
			if dupN > 0 {
				n, first = dupN, dupFirst
			}
			err = fmt.Errorf("%w; but rows that copy an earlier row, cell for cell: %d (the first at data row %d): does the file list its rows twice? Delete the copies and draft again", err, n, first+1)
		}
		return nil, &ParseError{File: file, Err: err}
	}
	if note != "" {
		guess("%s", note)
	}
	switch {
	case dupN > 0 && m.long():
		guess("%d rows are copies of an earlier row, cell for cell (the first at data row %d)%s: read long, each is a second row for the same precinct and choice, an error; count with --skip-bad-rows to leave them out (I601 findings), or delete them from the file", dupN, dupFirst+1, butDates(header, dates))
	case dupN > 0:
		guess("%d rows copy an earlier row, cell for cell (the first at data row %d)%s: the draft read each once; a count reads each a protocol given twice (X207, every copy counted): delete the copies from the file", dupN, dupFirst+1, butDates(header, dates))
	}
	mappedFillDown(&m, header, downAbove)
	return &Draft{Mapping: m}, nil
}

// contestColumn returns the column not yet used that names the contest of
// each row (named like contestH, text of at least two values), or -1.
// A column that names an officer ("ReturningOfficerName": "office"
// within "officer", one name per district) is a district's own, no
// contest: a row filter on it would keep one district.
func contestColumn(header []string, used, numeric []bool, values []map[string]int, norm func(int) string) int {
	for i := range header {
		if !used[i] && !numeric[i] && len(values[i]) >= 2 && contestHeader(norm(i)) &&
			!anyWords(norm(i), []string{"officer", "officers"}) {
			return i
		}
	}
	return -1
}

// contests returns the first value of column c in rows, and its values
// in the order they first come, quoted (the first 10, and how many more).
func contests(rows [][]string, c int) (first, list string) {
	var vs []string
	seen := map[string]bool{}
	n := 0
	for _, rec := range rows {
		if c >= len(rec) {
			continue
		}
		v := strings.TrimSpace(rec[c])
		if v == "" || seen[v] {
			continue
		}
		seen[v] = true
		if n++; n <= 10 {
			vs = append(vs, strconv.Quote(v))
		}
		if first == "" {
			first = v
		}
	}
	list = strings.Join(vs, ", ")
	if n > 10 {
		list += fmt.Sprintf(" and %d more", n-10)
	}
	return first, list
}

// longColumns finds the choice and votes columns of a long file (one row
// per precinct and choice), or -1, -1 for a wide one: a long file has one
// to three columns of numbers not yet taken, and a text column of a few
// values that repeat (at most one distinct value in two rows), the one
// named like a choice ("party", "кандидат") or else the one of fewest
// values. The votes column is the column of numbers named like votes, or
// else the last one.
// A column of candidates' names that names a precinct's rows once but for
// two namesakes (namesake, namesakeColumn; or -1) is the choice before a
// label of theirs that names each row once.
func longColumns(header []string, numeric, used []bool, values []map[string]int, nonEmpty []int, rows int, norm func(int) string, unique, perProtocol, nearly func(int) bool, namesake int) (choice, votes int) {
	choice, votes = -1, -1
	nums, modeSeen := 0, false
	// varying: some column of figures is not the same on all the rows of
	// each precinct (one figure alone may be so by chance: two choices
	// tied in a precinct of two rows).
	varying, partyBeside := false, false
	for i := range header {
		if !used[i] && numeric[i] && !perProtocol(i) {
			varying = true
		}
		if !used[i] && !numeric[i] && anyWords(norm(i), []string{"party", "parti", "partido", "partei"}) {
			partyBeside = true
		}
	}
	// listNumbers says whether column i, of numbers, names the choices
	// by their numbers (Uruguay's lists, "Descripcion1", beside
	// "CantidadVotos"): a figure would be named like votes, or the same
	// for two choices of a precinct now and then; a list's number is the
	// same on its rows in each precinct, and named once in each. So a
	// column not named like votes beside one that is, of fewer values
	// than half the rows, each named once in each precinct, and not the
	// same on all the rows of a precinct.
	votesBeside := false
	for j := range header {
		votesBeside = votesBeside || !used[j] && numeric[j] && namedVotes(norm(j))
	}
	listNumbers := func(i int) bool {
		n := len(values[i])
		return votesBeside && !namedVotes(norm(i)) && n >= 2 && n*2 <= rows && nonEmpty[i] == rows && unique(i) && !perProtocol(i)
	}
	// namesBeside says whether a column of text names each row of a
	// precinct once, of fewer values than half the rows: the choices'
	// names.
	namesBeside := false
	for j := range header {
		n := len(values[j])
		namesBeside = namesBeside || !used[j] && !numeric[j] && n >= 2 && n*2 <= rows && unique(j)
	}
	for i := range header {
		// (A candidate's rank or age, a share of the votes in decimals,
		// names no choice, though "candidate_rank" and
		// "candidate_share" are named by a choice's word: a figure of
		// each row, unique on each where no two tie.)
		if used[i] || numeric[i] && anyWords(norm(i), factWords) || !numeric[i] && decimals(values[i]) {
			continue
		}
		// A column of numbers named by a word or two like a choice and
		// not like votes ("party" of Bulgaria's section_id;party;votes;
		// not "Party of Regions") numbers the choices: a choice column.
		// (Ecuador's CNE codes the party, "COD_PARTIDO": a code's word
		// and a choice's alone.)
		codes := numeric[i] && (anyWords(norm(i), choiceH) || anyWords(norm(i), choiceW) || anyWords(norm(i), []string{"partido"}) || listHeader(norm(i))) && !namedVotes(norm(i)) &&
			(!anyWords(norm(i), idH) || codePrefix(norm(i)) && wordCount(norm(i)) == 2) && len(strings.Fields(norm(i))) <= 2 &&
			!cvrFirstChoice(cvrNorm(header[i])) // (a first choice's votes, NYC's "first_choice": a figure)
		// (Named as a code or an ID, its numbers named once in each
		// precinct and found again in the others beside a column named
		// votes: the choices' numbers, Lithuania's "org_id",
		// Afghanistan's "candidate_code".)
		// (Not beside a column of names that does so too: Australia's
		// "Surname" before its "CandidateID".)
		codes = codes || numeric[i] && anyWords(norm(i), idH) && listNumbers(i) && !namesBeside
		if numeric[i] && (anyWords(norm(i), idH) && !countOfVotes(norm(i)) || anyWords(norm(i), versionWords) || anyWords(norm(i), placeW) || anyWords(norm(i), seatWords) || anyWords(norm(i), quotaWords) || anyWords(norm(i), factWords)) && !codes {
			continue // a number of a row, a code, a date, a place on the ballot: no figure
		}
		if numeric[i] && !codes && lineRepeated(norm(i)) {
			continue // a protocol line repeated on the rows of a precinct (Afghanistan's "Total_Invalid_Votes"): no choice's figure
		}
		if numeric[i] && !codes && listNumbers(i) {
			codes = true
		}
		if numeric[i] && !codes {
			// (A protocol's lines repeated on its rows are no more
			// figures of the choice: OneGov's entity_* beside
			// candidate_votes.)
			// (Columns named as ways of voting are the parts of one
			// figure, summed below: Kentucky's absentee_mail,
			// absentee_person, eslate and escan count once.)
			if (!perProtocol(i) || !varying) && (!modeHeader(norm(i)) || !modeSeen) {
				nums++
				modeSeen = modeSeen || modeHeader(norm(i))
			}
			// Named like votes, and not like a total before one that
			// is: Wisconsin's "total votes" is the contest's, the same
			// on each of its rows; "votes" is the choice's. Of columns
			// named neither way, the one of the most votes: Lithuania's
			// votes in the ballot box ("balsadezeje") before those by
			// post ("pastu"), its last column.
			// (A figure the same on all the rows of each precinct is a
			// protocol's line, Honduras's valid votes of the table,
			// "cant_votos_positivos", beside each party's "cant_votos".)
			switch {
			case votes < 0:
				votes = i
			case perProtocol(votes) != perProtocol(i):
				if perProtocol(votes) {
					votes = i
				}
			case !namedVotes(norm(votes)) && namedVotes(norm(i)):
				votes = i
			case !namedVotes(norm(votes)) && cellSum(values[i]) >= cellSum(values[votes]):
				votes = i
			case namedVotes(norm(votes)) && anyWords(norm(votes), totalH) && namedVotes(norm(i)) && !anyWords(norm(i), totalH):
				votes = i
			}
			continue
		}
		// (A column of marks, "*" beside "NA", names no choice: it
		// marks the elected. Nor does a sex: Ecuador's juntas of women
		// and of men, "SEX_JUNTA".)
		if marks(values[i]) || digitCodes(values[i]) || anyWords(norm(i), []string{"sex", "sexo", "gender", "genero", "género"}) {
			continue
		}
		// Fewer values than half the rows, or a column named like a
		// choice: a candidate stands in one district, so in a file of
		// districts' ballots the candidates may be nearly as many as the
		// rows (the caller keeps the layout wide unless rows repeat a
		// precinct).
		// (A column headed "name" alone, or another person's whole
		// name (personHeader), that names each row of a precinct once,
		// beside a party's column, names its candidates: Kedah's seats,
		// a row per candidate, some parties twice.)
		n := len(values[i])
		if n < 2 || n*2 > rows && !choiceHeader(norm(i)) && (personHeader(header[i]) < 3 || !unique(i) && !nearly(i) || !partyBeside) {
			continue
		}
		// A column that names each choice of a precinct once before one
		// that repeats (a party of several candidates), then a column
		// with a cell on every row before one with empty cells (a
		// write-in row without a party), then one named like a
		// candidate (a party's column names each choice once too where
		// no party has two candidates, and its cells, "D" and "R", are
		// no choice's name), then one named like a choice, then the one
		// of fewest values.
		// (Nearly once, two persons of one name in a precinct, is once,
		// but after a column that names each row exactly once: Trafford's
		// surnames, unique in every ward, before its forenames, "Steve"
		// twice in one; the namesakes are Pakistan's, where no column
		// names each candidate once.)
		// (Not a label of the candidate beside the namesakes' column,
		// unique in these rows by chance: the AEC's "PartyAb" and
		// "GivenNm", where a division has two Independents, "IND", or
		// two Davids. The candidates are the choices, the namesakes
		// told apart below.)
		once := func(k int) int {
			switch {
			case unique(k) && namesake >= 0 && k != namesake && nameLabel(norm(k)):
				return 0
			case unique(k):
				return 2
			case personHeader(header[k]) > 0 && (nearly(k) || k == namesake):
				return 1
			}
			return 0
		}
		full := nonEmpty[i] == rows
		// (A candidate's whole name before a part of it: Zambia's
		// "candidate" before "lastname", which two candidates share.)
		cand := func(k int) int {
			switch {
			case anyWords(norm(k), firstNameW):
				return -1 // a first name, which two candidates share: the UK's "Candidate first name"
			case anyWords(norm(k), []string{"candidate", "candidate name", "candidato", "kandidat"}):
				return 2
			case candidateHeader(norm(k)):
				return 1
			}
			return 0
		}
		if choice < 0 || once(i) > once(choice) ||
			once(i) == once(choice) && (full && nonEmpty[choice] < rows ||
				full == (nonEmpty[choice] == rows) && (cand(i) > cand(choice) ||
					cand(i) == cand(choice) && (choiceHeader(norm(i)) && !choiceHeader(norm(choice)) ||
						n < len(values[choice]) && choiceHeader(norm(i)) == choiceHeader(norm(choice))))) {
			choice = i
		}
	}
	if nums == 0 || nums > 3 || choice < 0 {
		return -1, -1
	}
	return choice, votes
}

// wholeName returns the column of rows whose every cell holds the cell of
// column part as a word, under a header of a whole name (personHeader 3:
// "Name", "Candidate"), where
// part's header names a part of a name ("Surname" beside "Name", Sutton
// Coldfield's: two candidates may share a surname); or part.
func wholeName(header []string, rows [][]string, used, numeric []bool, norm func(int) string, part int) int {
	if part < 0 || !anyWords(norm(part), []string{"surname", "lastname", "last name", "family name", "nachname", "familienname", "apellido", "apellidos", "cognome"}) {
		return part
	}
	for j := range header {
		if j == part || used[j] || numeric[j] || personHeader(header[j]) < 3 {
			continue
		}
		if !slices.ContainsFunc(rows, func(rec []string) bool {
			p := cellAt(rec, part)
			return p == "" || !slices.Contains(strings.Fields(cellAt(rec, j)), p)
		}) {
			return j
		}
	}
	return part
}

// lineRepeated says whether a header (lower case) of a long file's column
// of figures reads as the invalid ballots or the voters on the list, a
// protocol's line repeated on its rows, never the column of every
// choice's votes. (The valid votes may head that column: not so.)
func lineRepeated(h string) bool {
	return readsAsLine(election.Invalid, h) || readsAsLine(election.Voters, h) || readsAsLine(election.FoundStationary, h) ||
		anyWords(h, notChoiceWords) || codePrefix(h)
}

// codePrefix says whether a header (lower case) begins with a word that
// makes it a code of what the rest names ("CD_TIPO_VOTAVEL", Brazil's
// TSE's códigos), of two words or more: a code, never a figure. (A header
// "CD" alone may be a party's.)
func codePrefix(h string) bool {
	w := strings.FieldsFunc(h, notWordRune)
	return len(w) >= 2 && slices.Contains([]string{"cd", "id", "cod", "código", "codigo"}, w[0])
}

// zeroAsEmpty counts the cells of the columns m maps as lines and votes
// in rows: how many are empty, how many there are, how many say 1, 2 or
// 3, and whether a line's column has an empty one; a cell that says 0
// makes it none (0, 0, 0, false), a file that writes 0 as "0". (Small
// figures with no 0 among them: a file of large areas may have no 0 to
// write.)
func zeroAsEmpty(m *Mapping, header []string, rows [][]string) (empty, cells, small int, lineEmpty bool) {
	var cols []int
	isLine := map[int]bool{}
	add := func(c Column, line bool) {
		for _, p := range append([]Column{c}, c.Columns...) {
			if i := columnOf(header, p.Header); p.Header != "" && i >= 0 {
				cols, isLine[i] = append(cols, i), isLine[i] || line
			}
		}
	}
	for _, c := range m.Lines {
		add(c, true)
	}
	for _, c := range m.Votes {
		add(c, false)
	}
	for _, rec := range rows {
		for _, i := range cols {
			v := cellAt(rec, i)
			switch {
			case v == "":
				empty++
				lineEmpty = lineEmpty || isLine[i]
			case strings.Trim(v, "0") == "":
				return 0, 0, 0, false
			case v == "1" || v == "2" || v == "3":
				small++
			}
			cells++
		}
	}
	return empty, cells, small, lineEmpty
}

// digitCodes says whether every cell of a column (values) is a string of
// digits too long for a figure (the Czech Statistical Office's
// ZAKRSTRANA, a 0 or 1 for each party, 60 digits): a code, which names
// neither a choice nor a precinct.
func digitCodes(values map[string]int) bool {
	if len(values) == 0 {
		return false
	}
	for v := range values {
		if !digitCode(v) {
			return false
		}
	}
	return true
}

// digitCode says whether a cell is a string of digits too long for a
// figure (past int64's 18 digits).
func digitCode(v string) bool {
	return len(v) > 18 && strings.Trim(v, "0123456789") == ""
}

// cellSum returns the sum of a column's cells (values: each cell and how
// many times it comes) that are whole numbers, not negative: at most
// math.MaxInt64, a sum that would pass it stops there.
func cellSum(values map[string]int) int64 {
	var sum int64
	for c, n := range values {
		v, err := parseInt([]byte(c))
		if err != nil || v <= 0 {
			continue
		}
		if v > (math.MaxInt64-sum)/int64(n) {
			return math.MaxInt64
		}
		sum += v * int64(n)
	}
	return sum
}

// draftJoinChoices names a long file's choices by the cells of column
// choice and column by (a party's) joined ("choice_column": {"columns":
// [...], "join": true}), where one name stands twice in a precinct under
// two parties: the keys of choice_values and line_values become the
// joined texts of the rows, a name of one party keeping its ID, a name
// of several taking the party's after it; a guess names the names.
func draftJoinChoices(m *Mapping, header []string, rows [][]string, choice, by int, why string, guess func(string, ...any)) {
	parties := map[string][]string{} // a name -> its parties, in file order
	for _, rec := range rows {
		n, p := cellAt(rec, choice), cellAt(rec, by)
		if !slices.Contains(parties[n], p) {
			parties[n] = append(parties[n], p)
		}
	}
	joined := func(n, p string) string {
		if p == "" {
			return n
		}
		if n == "" {
			return p
		}
		return n + " / " + p
	}
	var twice []string
	cv := map[string]string{}
	for _, k := range sortedKeys(m.ChoiceValues) {
		id, ps := m.ChoiceValues[k], parties[strings.TrimSpace(k)]
		if len(ps) > 1 {
			twice = append(twice, strconv.Quote(strings.TrimSpace(k)))
		}
		for _, p := range ps {
			if len(ps) > 1 && slug(p) != "" {
				cv[joined(strings.TrimSpace(k), p)] = id + "-" + slug(p)
			} else {
				cv[joined(strings.TrimSpace(k), p)] = id
			}
		}
	}
	lv := map[string]election.Line{}
	for _, k := range sortedKeys(m.LineValues) {
		for _, p := range parties[strings.TrimSpace(k)] {
			lv[joined(strings.TrimSpace(k), p)] = m.LineValues[k]
		}
	}
	m.ChoiceValues, m.LineValues = cv, lv
	m.ChoiceColumn = &Column{Columns: []Column{{Header: trimHeader(header[choice])}, {Header: trimHeader(header[by])}}, Join: true}
	if len(twice) == 0 {
		// (A file of candidates, candidateRowsArea: no name stands
		// twice, but a party may stand two.)
		guess("choice_column: columns %d %q and %d %q joined (\"join\": true, \" / \" between the cells, an empty one left out): the rows are candidates, each named in column %d beside its party: a party may stand two candidates in one district, and Independents share a cell of column %d, so by the party alone several people's votes would be summed into one candidate's; each candidate is a choice of its own (one choice_values entry each)",
			choice+1, trimHeader(header[choice]), by+1, trimHeader(header[by]), choice+1, by+1)
		return
	}
	if why != "" {
		why = "; " + why
	}
	guess("choice_column: columns %d %q and %d %q joined (\"join\": true, \" / \" between the cells, an empty one left out): a name stands twice in a precinct under two parties, two people of one name, whose rows summed would make one (names under several parties: %s%s); if they are one person on two parties' lines (fusion voting), name the choice by column %d alone with \"choice_rows\": %q",
		choice+1, trimHeader(header[choice]), by+1, trimHeader(header[by]), strings.Join(twice, ", "), why, choice+1, ChoiceRowsSum)
}

// partsNamed names columns (0-based) of a sum with their headers:
// `columns 7 "election_day_votes" + 8 "advanced_votes"`.
func partsNamed(header []string, cols []int) string {
	ns, hs := make([]int, len(cols)), make([]string, len(cols))
	for i, c := range cols {
		ns[i], hs[i] = c+1, trimHeader(header[c])
	}
	return sumHeaders(ns, hs)
}

// draftLong drafts the long layout: the choice and votes columns, and a
// choice, a protocol line or "against all" for each value of the choice
// column, recognised as headers of wide files are.
func draftLong(m *Mapping, header []string, values []map[string]int, choice, votes int, parts []int, guess func(string, ...any)) {
	m.Shape = "long"
	m.ChoiceColumn = &Column{Header: trimHeader(header[choice])}
	m.VotesColumn = &Column{Header: trimHeader(header[votes])}
	figure := fmt.Sprintf("in column %d %q", votes+1, trimHeader(header[votes]))
	if len(parts) > 0 {
		// (A choice's votes spread over columns: their sum.)
		m.VotesColumn = &Column{}
		for _, c := range parts {
			m.VotesColumn.Columns = append(m.VotesColumn.Columns, Column{Header: trimHeader(header[c])})
		}
		figure = "the sum of " + partsNamed(header, parts)
	}
	m.ChoiceValues, m.LineValues = map[string]string{}, map[string]election.Line{}
	guess("layout: long, one row per precinct and choice: the choice in column %d %q (%d values), its figure %s",
		choice+1, trimHeader(header[choice]), len(values[choice]), figure)
	for id, c := range m.Votes { // a wide file's "against all" column
		guess("column %q (votes.%s) is not mapped: a long file gives the votes in rows", c.Header, id)
	}
	m.Votes = nil
	cells := sortedKeys(values[choice])
	ids := map[string]bool{}
	taken := map[election.Line]bool{}
	for l := range m.Lines {
		taken[l] = true
	}
	yesNo := answerPair(cells)
	// leaveOut leaves the rows of a cell out, with why: a figure of no
	// choice, which as a choice would be votes that could win a seat.
	leaveOut := func(v, why string) {
		if m.Rows == nil {
			m.Rows = &RowFilter{}
		}
		k := slices.IndexFunc(m.Rows.Where, func(c Condition) bool { return c.Column.Header == m.ChoiceColumn.Header && len(c.Values) == 0 })
		if k < 0 {
			m.Rows.Where = append(m.Rows.Where, Condition{Column: *m.ChoiceColumn})
			k = len(m.Rows.Where) - 1
		}
		m.Rows.Where[k].Except = append(m.Rows.Where[k].Except, v)
		guess("rows: %q is left out (rows.where[%d]): %s; as a choice its figure would be votes, and could win a seat", v, k, why)
	}
	// nulls is the cell of the null votes, if a cell says so alone.
	nulls := ""
	for _, v := range cells {
		if slices.Contains(nullValues, lowerHeader(v)) || wordsIn(lowerHeader(v), []string{"votos", "nulos"}) {
			nulls = v
			break
		}
	}
	for _, v := range cells {
		h := lowerHeader(v)
		line := election.Line("")
		if election.LineIndex(election.Line(h)) >= 0 {
			line = election.Line(h)
		}
		if invalidCell(h) {
			line = election.Invalid // (not the "válidos" within it)
		}
		if yesNo && slices.Contains(noAnswers, h) {
			// "Rejected" beside "Approved": the No answer, a choice.
			line = "-"
		}
		if line == "" && slices.Contains(nullValues, h) && !taken[election.Invalid] {
			// Honduras's "NUL" rows: the null votes.
			line = election.Invalid
		}
		if line == "" && slices.Contains(blankValues, h) && !taken[election.Invalid] && (nulls == "" || nulls == v) {
			taken[election.Invalid] = true
			m.LineValues[v] = election.Invalid
			guess("line_values: %q is line invalid: blank ballots, which mark no choice, no candidate's votes", v)
			continue
		}
		for _, lw := range lineWords {
			if line == "" && !taken[lw.line] && lw.stems(h) {
				line = lw.line
			}
		}
		for _, lw := range slices.Concat(englishLineWords, longLineWords) {
			if line == "" && !taken[lw.line] && lw.reads(h) {
				line = lw.line
			}
		}
		if line == "" && blankCell(h) && nulls != "" && nulls != v {
			// Spanish blank votes beside the null ones ("Votos en
			// Blanco", "Votos Nulos"): the form's invalid is their sum,
			// as the wide draft takes it (draftBlankNull).
			m.LineValues[v] = election.Invalid
			guess("line_values: %q is a part of line invalid, with %q: blank ballots, which mark no choice, and the null ones are summed; where blank votes are valid (Spain's), map it as a choice listed in blank_votes (valid votes that take no seat)", v, nulls)
			continue
		}
		switch {
		case underVotes(h):
			// The marks a contest's ballots left unmade: votes for no
			// one and no ballots, which no line of the form counts; as a
			// choice they would be votes and could win a seat.
			leaveOut(v, fmt.Sprintf("under votes count the marks a contest's ballots left unmade, votes for no one and no ballots of the protocol (no line of the built-in form counts them); where the form balances with them (ballots cast = the candidates' votes + over votes + under votes, as Alabama's), keep them: declare a line \"under\" in the rule set (protocol.add_lines, that relation in add_relations), map it here (line_values {%q: \"under\"}) and delete this condition", v))
		case invalidCell(h) && nulls != "" && nulls != v:
			leaveOut(v, fmt.Sprintf("it reads as the invalid votes, but the rows of %q (null) are line invalid; if this row is the form's invalid line, map it so in line_values and leave those out", nulls))
		case line != "" && line != "-" && taken[line]:
			leaveOut(v, fmt.Sprintf("it reads as line %s, which another row gives; declare a line of its own (protocol.add_lines) and map it in line_values if the form has it", line))
		case line == "" && challengedCell(h):
			leaveOut(v, challengedNote+" and map it in line_values if the form has it")
		case line == "" && !taken[election.Valid] && slices.Contains([]string{"total", "totals", "total votes"}, h):
			// A contest's row of its votes' total (Rhode Island's by
			// town, a "Total" row per contest): the valid votes, which a
			// count checks against the choices' sum, not a choice.
			taken[election.Valid] = true
			m.LineValues[v] = election.Valid
			guess("line_values: %q is line valid: the total of the choices' votes, no choice; a count checks it against their sum (if it counts more, the blank or invalid ballots, say, map it as a line the rule set declares, or leave its rows out)", v)
		case line == "" && strings.HasPrefix(h, "total "):
			leaveOut(v, "a total of the protocol's figures, no choice's votes; declare it as a line (protocol.add_lines) and map it in line_values if the form has it")
		case againstAll(h):
			m.ChoiceValues[v] = election.AgainstAll
			nota := ""
			if !has(h, against) {
				nota = " (none of the above, NOTA: a choice that elects no one, as \"against all\")"
			}
			guess("choice_values: %q is against all%s", v, nota)
		case has(h, absentee):
			guess("choice %q is not mapped: an absentee-certificate line, which the built-in form lacks; declare it in the rule set (protocol.add_lines, as examples/duma2011/rules.json does) and add it to line_values", v)
		case line != "" && line != "-" && !taken[line]:
			taken[line] = true
			m.LineValues[v] = line
			guess("line_values: %q is line %s", v, line)
		default:
			id := slug(v)
			if n, ok := numbered(v); ok {
				id = "p" + n
			} else if _, err := strconv.ParseUint(v, 10, 32); err == nil {
				id = "p" + v // a choice's number ("17")
			}
			for base, k := id, 2; id == "" || ids[id] || id == election.AgainstAll; k++ {
				id = base + "-" + strconv.Itoa(k)
			}
			ids[id] = true
			m.ChoiceValues[v] = id
			guess("choice_values: %q is the choice %s (rename the ID as you like)%s", v, id, togetherNote(h, "name"))
			if spanishBlank(h) && blankHead(h) {
				// As a choice the blank votes are valid votes, as Spain
				// counts them: they must take no seat.
				m.BlankVotes = append(m.BlankVotes, id)
				guess("blank_votes: %q (the choice %s) reads as the blank votes: a choice counted among the valid votes (Spain's: votos válidos = a candidaturas + en blanco), in every threshold base, that is no list and takes no seat; where the blank votes are not valid votes, delete it from choice_values and blank_votes and map it in line_values as a line (the invalid ballots, or one the rule set declares)", v, id)
			}
			if slices.Contains(aggregateTexts, strings.TrimSpace(h)) || togetherNote(h, "name") != "" {
				m.Aggregates = append(m.Aggregates, id)
				guess("%s", aggregateGuess(id, strconv.Quote(v)))
			} else if slices.Contains(pooledTexts, strings.TrimSpace(h)) {
				// (Guyana's "rest": all other parties together.)
				m.Aggregates = append(m.Aggregates, id)
				guess("aggregates: %q (the choice %s) names no party: it pools the votes of the other parties together; counted as valid votes, it takes no seat (a list that is an aggregate and passes the threshold leaves the list seats not apportioned, an okrug where it leads is not decided); delete it from aggregates if it is one party", v, id)
			}
			if notGivenText(v) {
				// (Afghanistan's 2009 final results: "NA" beside the
				// candidates' codes, the votes of codes not in the
				// file's key.)
				guess("choice_values: %q, kept as the choice %s, is how a table says \"not available\" or \"not attributed\": its rows may be the votes of no one choice (of codes the file's key lacks, say), which as a choice could win a seat; the draft cannot tell: if they are no choice's votes, delete it from choice_values and leave its rows out (rows.where, column %d %q, except [%q])", v, id, choice+1, trimHeader(header[choice]), v)
			}
		}
	}
}

// aggregateTexts are the choice cells (in lower case) the draft proposes
// as aggregates (Mapping.Aggregates): rows of several people's votes
// (US write-ins, the UK's "Others", Italy's "Altri", Spain's "Otros",
// Russia's "Прочие", Uzbekistan's "Boshqalar") and rows of no candidate.
var aggregateTexts = []string{"write-in", "write-ins", "write in", "write ins", "writein", "writeins", "write-in votes",
	"scattering", "scatterings", "others", "other", "all others", "other candidates", "altri", "otros", "прочие", "boshqalar",
	"no candidate filed", "no candidate", "vacant",
	// New Hampshire's "Scatter", the scattered write-ins
	"scatter"}

// notBuiltIn says of a line the draft maps beyond the built-in form that
// no built-in rule set declares it, and how to count the file: under an
// example's rule set that declares it, or without the line. (A count under
// a rule set that lacks it fails with an UnknownLineError.)
func notBuiltIn(l election.Line) string {
	x := exampleRules(l)
	if len(x) == 0 {
		return "no built-in rule set declares it: count with a rule set that declares it in protocol.add_lines, or delete it here to count without it"
	}
	or := ""
	for _, r := range x[1:] {
		or += r + ", or "
	}
	return fmt.Sprintf("the built-in rule sets (kg2021 and the others) do not declare it: count with --rules %s (or %sanother rule set that declares it in protocol.add_lines), or delete it here to count without it", x[0], or)
}

// combinedLine returns the line h (lower case) names when a form gives
// as one line what the built-in form splits (the 2020 vote: the ballots
// issued, the ballots in the boxes), by the names examples/ru-referendum2020
// declares; "" for any other header. Only a header no rule of lineWords
// names comes here.
func combinedLine(h string) election.Line {
	switch {
	case allIn(h, []string{"бюллетен", "ящик"}):
		return "found_all"
	case allIn(h, []string{"бюллетен", "выдан"}) && !strings.Contains(h, "комисси"):
		return "issued_all"
	}
	return ""
}

// lineLike says whether a header (lower case) reads as a protocol line:
// "Число ...", "Number of ...", "Liczba ...", "Broj ...", "... саны", "...
// ballots", as the forms word them; a choice is named by a name, and a
// header of the votes for a choice ("Number of votes Yes") is no line (see
// votesFor).
func lineLike(h string) bool {
	if votesFor(h) != "" {
		return false
	}
	for _, p := range []string{"число ", "кількість ", "number of ", "liczba ", "broj ", "број "} {
		if strings.HasPrefix(h, p) {
			return true
		}
	}
	if strings.Contains(h, "к-сть ") { // the CVK's "1.К-сть одержаних бюлетенів"
		return true
	}
	// A column of "ballots" counts ballots, not a choice's votes
	// (Bulgaria's "distributed_ballots", "unused_paper_ballots").
	return strings.HasSuffix(h, " саны") || anyWords(h, notChoiceWords) || underOver(h) || namesVoters(h)
}

// voterWords name, by whole words, voters or ballots: a column of
// figures whose header's own words say so counts people or papers, never
// a choice's votes ("onsite_listed_voters", "unused_paper_ballots",
// "Liczba wyborców ..."). voterHeaders are such headers whole, where a
// word alone would name a party too ("FREIE WÄHLER").
var (
	voterWords = []string{"voters", "voter", "electors", "electorate", "ballots", "ballot papers", "wyborców", "wyborcy", "kart", "karty", "избирателей", "избиратели", "бюллетеней", "бюллетени", "виборців", "бюлетенів", "électeurs", "electores", "bulletins", "papeletas", "boletas", "voliči", "voličů",
		// Kazakh, Uzbek, Azerbaijani and Tajik: voters and ballots
		"сайлаушылар", "бюллетень", "бюллетеньдер", "saylovchilar", "сайловчилар", "byulleten", "byulletenlar", "бюллетенлар", "seçicilər", "seçicilərin", "bülleten", "bülletenlər", "bülletenlərin", "интихобкунандагон", "бюллетен", "бюллетенҳо", "бюллетенҳои"}
	voterHeaders = []string{"wähler", "waehler", "wählende", "waehlende", "wahlberechtigte", "stimmzettel"}
)

// partyWords name, by whole words, a party or a committee (Uruguay's
// "lema"), whose name may hold a word of voterWords: Poland's voters'
// committees ("Komitet Wyborczy Wyborców Mniejszość Niemiecka") stand in
// every PKW file. ("Affiliation" heads the party's column in British
// Columbia's and Nova Scotia's poll-by-poll files, "Political
// affiliation" in Elections Canada's.)
var partyWords = []string{"komitet", "committee", "party", "partia", "partei", "партия", "партія", "parti", "partido", "lema", "affiliation",
	// Argentina's lists and alliances (the DINE's "agrupacion_nombre")
	"agrupacion", "agrupación"}

// namesVoters says whether a header (lower case, its shared parts left
// out) names voters or ballots: see voterWords. A header that names a
// party (partyWords) does not.
func namesVoters(h string) bool {
	if anyWords(h, partyWords) {
		return false
	}
	return anyWords(h, voterWords) || slices.Contains(voterHeaders, strings.TrimSpace(h)) || voterHeaderFirst(h)
}

// voterHeaderFirst says whether the first word of h (lower case) is one
// of voterHeaders and a line's code in brackets ends it: Statistik Nord's
// "Waehler mit Wahlschein (B1)" and "Stimmzettel gesamt (B4)", the parts
// of those who voted and the ballots, never a party's name.
func voterHeaderFirst(h string) bool {
	first, _, ok := strings.Cut(strings.TrimSpace(h), " ")
	if !ok || !slices.Contains(voterHeaders, first) {
		return false
	}
	open := strings.LastIndexByte(h, '(')
	code := strings.TrimSuffix(strings.TrimSpace(h[max(open, 0):]), ")")
	return open > 0 && strings.HasSuffix(strings.TrimSpace(h), ")") && len(code) >= 2 && len(code) <= 4 && strings.Trim(code[1:], "abcdefghijklmnopqrstuvwxyz0123456789") == ""
}

// votesFor returns the choice a header (lower case) gives the votes of, or
// "": the name after the last "votes" ("Number of votes Yes", "Votes for
// Jane Doe") or "голосов за" ("Число голосов за ДА"). A protocol line ends
// with "votes" ("Number of valid votes") or names a kind of votes after it
// ("votes cast", "votes counted"), which is no choice.
func votesFor(h string) string {
	name := ""
	for _, w := range []string{"votes ", "голосов, поданных за ", "голосов за ", "голосів за "} {
		if i := strings.LastIndex(h, w); i >= 0 && (i == 0 || h[i-1] == ' ') {
			name = strings.TrimSpace(h[i+len(w):])
			break
		}
	}
	name = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(name, "for "), "cast for "))
	// ("Votes Cast in Favour of Elected Person", India's Form 20.)
	for _, p := range []string{"cast in favour of ", "cast in favor of ", "in favour of ", "in favor of "} {
		name = strings.TrimPrefix(name, p)
	}
	if atTime(h) {
		return ""
	}
	if name == "" || anyWords(name, []string{"cast", "counted", "polled", "received", "valid", "invalid", "rejected", "total", "all", "each", "каждого", "каждый", "каждую"}) {
		return ""
	}
	return name
}

// percentW name, by whole words, a column of percentages or shares
// ("ballots_not_returned_perc", written "0.0" on every row of 1955).
// (Finnish "osuus", a share, "prosentti", a percentage, which ends
// words: "äänestysprosentti", the turnout; Swedish "andel", "procent".)
// (Albanian "përqindja", Serbian "procenat".)
var percentW = []string{"perc", "percent", "percentage", "pct", "share", "%", "osuus", "prosentti", "andel", "procent", "përqindja", "perqindja", "procenat"}

// countOfChoices says whether a header (lower case) counts the
// candidates or the lists that stood ("n_candidates", "num_parties"): a
// word for "number" and then theirs, in the plural.
func countOfChoices(h string) bool {
	w := strings.FieldsFunc(h, notWordRune)
	return len(w) >= 2 && slices.Contains([]string{"n", "nb", "num", "no", "number", "count"}, w[0]) &&
		slices.Contains([]string{"candidates", "parties", "lists", "candidatos", "partidos", "kandidaten", "candidats"}, w[len(w)-1])
}

// absenteeLine returns the absentee-certificate line h names (see
// absenteeLines), or "".
func absenteeLine(h string) election.Line {
	if strings.Contains(h, "талон") { // the tear-off coupons of the certificates
		return ""
	}
	for _, r := range absenteeLines {
		if allIn(h, r.words) {
			return r.line
		}
	}
	return ""
}

// allIn says whether h holds each of words, lossyIn reading a "?" of h
// as a letter that a copy lost.
func allIn(h string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(h, w) && !lossyIn(h, w) {
			return false
		}
	}
	return true
}

// lossyIn says whether h holds w where each "?" (or U+FFFD) of h stands
// for a letter of w outside ASCII, one at least: a copy that lost its
// encoding writes "G?ltige" for "Gültige", and the rest of the word still
// says which line it is.
func lossyIn(h, w string) bool {
	if !strings.ContainsAny(h, "?\uFFFD") {
		return false
	}
	hr, wr := []rune(h), []rune(w)
	for i := 0; i+len(wr) <= len(hr); i++ {
		ok, lost := true, false
		for j, r := range wr {
			switch c := hr[i+j]; {
			case c == r:
			case (c == '?' || c == utf8.RuneError) && r > unicode.MaxASCII && unicode.IsLetter(r):
				lost = true
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if ok && lost {
			return true
		}
	}
	return false
}

// firstColumn returns the first column with a header (an index column
// with an empty header before it is none), or -1.
func firstColumn(header []string) int {
	return slices.IndexFunc(header, func(h string) bool { return trimHeader(h) != "" })
}

// rising says whether the cells of column c are whole numbers that rise
// from row to row (each greater than the one before), on three rows or
// more: numbers of the rows, not figures.
func rising(rows [][]string, c int) bool {
	if len(rows) < 3 {
		return false
	}
	last := int64(math.MinInt64)
	for _, rec := range rows {
		v, err := parseInt([]byte(cellAt(rec, c)))
		if err != nil || v <= last {
			return false
		}
		last = v
	}
	return true
}

// allWords name, as whole words, a column of the sum of the others.
var allWords = []string{"all", "sum", "summe", "suma", "gesamt"}

// ballotKinds returns the column not used whose every cell names a
// ballot as a mapping's ballot_column reads it without ballot_values
// ("list", "okrug"), both of them given; -1 when none does.
func ballotKinds(header []string, rows [][]string, used, numeric []bool) int {
	for i := range header {
		if used[i] || numeric[i] {
			continue
		}
		kinds := map[string]bool{}
		for _, rec := range rows {
			kinds[cellAt(rec, i)] = true // as the reader reads them, case and all
		}
		if len(kinds) == 2 && kinds[string(election.ListBallot)] && kinds[string(election.OkrugBallot)] {
			return i
		}
	}
	return -1
}

// repeats says whether two rows have the same cells in the columns cols
// (a negative column is left out).
func repeats(rows [][]string, cols ...int) bool {
	seen := map[string]bool{}
	var b strings.Builder
	for _, rec := range rows {
		b.Reset()
		for _, c := range cols {
			if c >= 0 && c < len(rec) {
				b.WriteString(strings.TrimSpace(rec[c]))
			}
			b.WriteByte(0)
		}
		if c := cols[0]; c >= len(rec) || strings.TrimSpace(rec[c]) == "" {
			continue // no number: named by its line
		}
		if seen[b.String()] {
			return true
		}
		seen[b.String()] = true
	}
	return false
}

// giants returns how many rows hold in column col over 100 times the
// median of its numbers (and over 10,000), the median, and the cell of
// column key of the first of them.
func giants(rows [][]string, col, key int) (n int, median int64, first string) {
	if col < 0 {
		return 0, 0, ""
	}
	var vs []int64
	for _, rec := range rows {
		if col < len(rec) {
			if v, err := parseInt([]byte(strings.TrimSpace(rec[col]))); err == nil {
				vs = append(vs, v)
			}
		}
	}
	if len(vs) < 10 {
		return 0, 0, ""
	}
	slices.Sort(vs)
	median = vs[len(vs)/2]
	for _, rec := range rows {
		if col >= len(rec) {
			continue
		}
		v, err := parseInt([]byte(strings.TrimSpace(rec[col])))
		if err != nil || v <= 10_000 || v/100 <= median {
			continue
		}
		if n++; n == 1 && key < len(rec) {
			first = strings.TrimSpace(rec[key])
		}
	}
	return n, median, first
}

// firstCell returns the first non-empty cell of column col.
func firstCell(rows [][]string, col int) string {
	for _, rec := range rows {
		if col < len(rec) && strings.TrimSpace(rec[col]) != "" {
			return strings.TrimSpace(rec[col])
		}
	}
	return ""
}

func emptyCells(rows [][]string, col int) int {
	n := 0
	for _, rec := range rows {
		if col >= len(rec) || strings.TrimSpace(rec[col]) == "" {
			n++
		}
	}
	return n
}

// translit is the Latin spelling of Russian, Kyrgyz, Ukrainian, Kazakh,
// Uzbek and Tajik Cyrillic letters, and the base letter of Latin letters
// with marks, for IDs: never an ID of Latin and Cyrillic mixed.
var translit = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z", 'и': "i", 'й': "i",
	'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f",
	'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	'ң': "ng", 'ө': "o", 'ү': "u",
	// Kazakh (қ ғ ұ ә һ), Uzbek (ў, ҳ), Tajik (ҳ ҷ ӣ ӯ)
	'қ': "q", 'ғ': "gh", 'ұ': "u", 'ә': "a", 'һ': "h", 'ҳ': "h", 'ў': "o", 'ҷ': "j", 'ӣ': "i", 'ӯ': "u",
	// Azerbaijani ə; Uzbek Latin's oʻ and gʻ (U+02BB) and the sign ʼ
	'ə': "a", 'ʻ': "", 'ʼ': "",
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g",
	// Latin letters with marks, as Polish, German, Czech, Romanian,
	// Turkish, Portuguese and Spanish write them: their base letter.
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a", 'ă': "a", 'ą': "a", 'æ': "ae",
	'ç': "c", 'ć': "c", 'č': "c", 'ď': "d", 'đ': "d", 'ð': "d",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ė': "e", 'ę': "e", 'ě': "e",
	'ğ': "g", 'ǵ': "g", 'ģ': "g", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i", 'į': "i", 'ı': "i",
	'ķ': "k", 'ĺ': "l", 'ļ': "l", 'ľ': "l", 'ł': "l", 'ñ': "n", 'ń': "n", 'ņ': "n", 'ň': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o", 'ő': "o", 'œ': "oe",
	'ŕ': "r", 'ř': "r", 'ś': "s", 'ş': "s", 'š': "s", 'ș': "s", 'ß': "ss", 'ţ': "t", 'ť': "t", 'ț': "t", 'þ': "th",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ů': "u", 'ű': "u", 'ų': "u",
	'ý': "y", 'ÿ': "y", 'ź': "z", 'ż': "z", 'ž': "z",
}

// slug makes an ID of a header: lower-case Latin letters and digits,
// words joined by "-", at most 32 bytes.
func slug(h string) string {
	var b strings.Builder
	dash, n := false, 0
	for _, r := range strings.ToLower(h) {
		var s string
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			s = string(r)
		case translit[r] != "" || r == 'ъ' || r == 'ь':
			s = translit[r]
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			s = string(r) // a script without a Latin spelling here: Greek, Armenian, Georgian...
		case unicode.IsMark(r):
			// A vowel or tone mark within a word (Thai, Devanagari,
			// Bengali, Khmer) is a part of it, no separator; after a
			// Latin letter (an accent written apart) it is dropped.
			if last, _ := utf8.DecodeLastRuneInString(b.String()); last >= 0x80 && last != utf8.RuneError && !dash {
				b.WriteRune(r)
			}
			continue
		default:
			if b.Len() > 0 {
				dash = true
			}
			continue
		}
		if s == "" {
			continue
		}
		if dash {
			b.WriteByte('-')
			dash, n = false, n+1
		}
		b.WriteString(s)
		if n += utf8.RuneCountInString(s); n >= 32 {
			break // 32 letters, of any script (not bytes: "οχι" kept whole)
		}
	}
	return strings.Trim(b.String(), "-")
}

// draftValidParts maps the valid votes to the sum of the column mapped
// and the others that read as the valid votes too (secondAt: each
// column and its guess's index) when, on every row, the ballots found are
// the invalid ballots plus that sum and not plus the first column alone
// (secondAt: each column that reads as a line another gives, and that
// line):
// Colombia's Senate gives the valid votes of its two circumscriptions,
// each voter's ballot in one of them, on two rows.
func draftValidParts(m *Mapping, header []string, rows [][]string, secondAt map[int]election.Line) {
	valid, ok := m.Lines[election.Valid]
	found, okf := m.Lines[election.FoundStationary]
	inv, oki := m.Lines[election.Invalid]
	if !ok || !okf || !oki || valid.Header == "" || found.Header == "" || len(rows) < 2 {
		return
	}
	var seconds []int
	for c, l := range secondAt {
		if l == election.Valid {
			seconds = append(seconds, c)
		}
	}
	if len(seconds) == 0 {
		return
	}
	slices.Sort(seconds)
	var invCols []int
	for _, p := range append([]Column{inv}, inv.Columns...) {
		if p.Header != "" {
			invCols = append(invCols, columnOf(header, p.Header))
		}
	}
	v, f := columnOf(header, valid.Header), columnOf(header, found.Header)
	parts := append([]int{v}, seconds...)
	if sumHolds(rows, f, slices.Concat(invCols, []int{v}), -1) || !sumHolds(rows, f, slices.Concat(invCols, parts), -1) {
		return
	}
	var cols []Column
	var names []string
	for _, c := range parts {
		cols = append(cols, Column{Header: trimHeader(header[c])})
		names = append(names, fmt.Sprintf("%d %q", c+1, trimHeader(header[c])))
	}
	m.Lines[election.Valid] = Column{Columns: cols}
	sum := fmt.Sprintf("lines.valid: the sum of columns %s: each reads as the valid votes, and on every row the ballots found (column %q) are the invalid ballots plus their sum, not plus column %q alone: the valid votes of several ballots (Colombia's two circumscriptions)", strings.Join(names, " and "), found.Header, valid.Header)
	m.Guesses = slices.DeleteFunc(m.Guesses, func(g string) bool {
		for _, c := range seconds {
			if strings.HasPrefix(g, fmt.Sprintf("column %d %q is not mapped: it reads as line valid,", c+1, trimHeader(header[c]))) {
				return true
			}
		}
		return strings.HasPrefix(g, "lines.valid: column ")
	})
	m.Guesses = append(m.Guesses, sum)
}

// underVotes says whether a long file's choice cell (lower case) names
// the under votes of a contest ("Under Votes", "Undervotes"), marks left
// unmade.
func underVotes(h string) bool {
	return allIn(h, []string{"under", "votes"}) || anyWords(h, []string{"undervotes", "undervote", "under vote"})
}

// blankCell says whether a long file's choice cell (lower case) names the
// blank votes ("Votos en Blanco", "Blank").
func blankCell(h string) bool {
	return slices.Contains(blankValues, h) || anyWords(h, []string{"en blanco", "blancos", "blank votes"})
}

// invalidCell says whether a cell (lower case) names invalid votes in
// Spanish ("Votos Inválidos", whose "válidos" is no valid line) or English.
func invalidCell(h string) bool {
	return anyWords(h, []string{"inválidos", "invalidos", "invalid"})
}

// challengedCell says whether a cell (lower case) names challenged
// ballots ("Impugnaciones"), a figure of the protocol, no choice's.
func challengedCell(h string) bool {
	return anyWords(h, []string{"impugnaciones", "impugnados", "impugnadas", "challenged"})
}

// voteNoW name, by whole words, the ballots of a vote-no box, marked for
// no one (Thailand's บัตรไม่เลือกผู้ใด).
var voteNoW = []string{"บัตรไม่เลือกผู้ใด"}
