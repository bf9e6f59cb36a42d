package validate_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/faults"
	"github.com/shailoo/shailoo/validate"
)

// A copy's findings name a list, a candidate and a choice as the
// definition does, in the reader's language: name_ru, name_ky where it
// gives them, its name where it gives none in that language, the ID
// only where it gives no name at all (ata-jurt said «ata-jurt» in ru and
// ky, its Cyrillic names given).
func TestCopyFindingsNameChoices(t *testing.T) {
	e := sample()
	e.Parties[0].NameRu, e.Parties[0].NameKy = "Партия один", "Бир партия"
	e.Parties[1].NameKy = "Эки партия" // no name_ru: Russian says the name
	e.Parties[2].Name = ""             // no name at all: its ID
	published := *proto(t, e, "1002", L, false)
	cp := faults.Clone(published)
	cp.Votes["p1"] -= 40
	cp.Votes["p2"] += 40
	cp.Votes["p3"]++
	cp.Votes["p4"]--
	cp.Votes["p4"]++
	cp.Preferences["p2-1"]++
	cp.Lines[election.Valid]++ // no list: said as it was
	rep, err := validate.CompareCopyIn(e, cp)
	require.NoError(t, err)
	byPlace := map[string]validate.Finding{}
	for _, f := range rep.Findings {
		byPlace[f.Place.Choice+f.Place.Candidate+f.Place.Line] = f
	}
	for _, c := range []struct{ key, lang, sentence, place string }{
		{"p1", "ru", "голоса за «Партия один»", "вариант Партия один"},
		{"p1", "ky", "«Бир партия» үчүн добуштар", "Бир партия тандоосу"},
		{"p1", "en", "votes for «Party 1»", "choice Party 1"},
		{"p2", "ru", "голоса за «Party 2»", "вариант Party 2"},
		{"p2", "ky", "«Эки партия» үчүн добуштар", "Эки партия тандоосу"},
		{"p3", "ky", "«p3» үчүн добуштар", "p3 тандоосу"},
		{"p2-1", "ky", "«List candidate 2-1» үчүн преференциялык добуштар", "List candidate 2-1 талапкери"},
		{"valid", "ky", "жарактуу бюллетендер", "протоколдун valid сабы"},
	} {
		f, ok := byPlace[c.key]
		require.True(t, ok, "no finding of %s in %+v", c.key, rep.Findings)
		assert.Contains(t, f.Sentence(c.lang), c.sentence, c.lang)
		assert.Contains(t, f.Message().In(c.lang), c.sentence, c.lang)
		assert.Contains(t, f.PlaceIn(c.lang), c.place, c.lang)
		assert.Equal(t, c.key, f.Place.Choice+f.Place.Candidate+f.Place.Line, "the place keeps the ID")
	}
	// CompareCopy, given no definition, names by the IDs as before.
	plain := validate.CompareCopy(cp, published)
	for _, f := range plain.Findings {
		assert.NotContains(t, f.Message().Ky, "Бир партия")
		assert.NotContains(t, f.Message().Ky, "Эки партия")
	}
}

// A finding about an ID as such (X209: votes for a choice that is no
// party of the ballot) says the ID even where the definition names it
// elsewhere; a report keeps the names it was given.
func TestNamedKeepsIDsOfUnknownChoices(t *testing.T) {
	n := validate.NamesOf(&election.Election{Parties: []election.Party{{ID: "a", Name: "Alpha", NameKy: "Альфа"}}})
	f, err := validate.NewFinding(validate.CopyVotes, validate.Place{Level: validate.LevelPrecinct, Precinct: "1", Choice: "a"}, "1", "2", 1, nil)
	require.NoError(t, err)
	rep := validate.Report{Findings: []validate.Finding{f}}.Named(n)
	assert.Contains(t, rep.Findings[0].Sentence("ky"), "«Альфа»")
	assert.NotContains(t, f.Sentence("ky"), "Альфа", "the finding named is a copy")
	assert.Same(t, n, rep.Names())
	assert.Equal(t, "Альфа тизмеси", validate.Place{Level: validate.LevelList, Party: "a"}.InNamed("ky", rep.Names()))
	assert.Equal(t, "a тизмеси", validate.Place{Level: validate.LevelList, Party: "a"}.InNamed("ky", nil))
	x, err := validate.NewFinding(validate.UnknownParty, validate.Place{Level: validate.LevelPrecinct, Precinct: "1", Ballot: election.ListBallot, Choice: "a"}, "", "2", 0, nil)
	require.NoError(t, err)
	x = validate.Report{Findings: []validate.Finding{x}}.Named(n).Findings[0]
	assert.Contains(t, x.Sentence("ky"), "«a»")
	assert.NotContains(t, x.Sentence("ky")+x.PlaceIn("ky"), "Альфа")
}
