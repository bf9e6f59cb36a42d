package validate_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/validate"
)

func finding(t *testing.T, rep validate.Report, code validate.Code, party string) validate.Finding {
	t.Helper()
	for _, f := range rep.Findings {
		if f.Code == code && f.Place.Party == party {
			return f
		}
	}
	require.Failf(t, "no finding", "%s of %q in %v", code, party, codes(rep))
	return validate.Finding{}
}

// Every finding of a published summary names a list as the tables do: by
// the name the summary gives it, or for a list it lacks (S311) the
// recount's name, in each language the recount gives; by its ID only
// when there is no name.
func TestPublishedFindingsNameLists(t *testing.T) {
	s := validate.Summary{Lists: []validate.PublishedList{
		{ID: "da", Name: "DEMOCRATIC ALLIANCE", Votes: i64(163)},
		{ID: "x", Name: "NOT IN THE RECOUNT", Votes: i64(1)},
		{ID: "y", Name: "TWICE", Votes: i64(1)},
		{ID: "y", Votes: i64(2)},
	}}
	rc := validate.Recount{Lists: []validate.RecountList{
		{ID: "da", Name: "DEMOCRATIC ALLIANCE", Votes: 162},
		{ID: "acu", Name: "ACADEMIC CONGRESS UNION", NameRu: "АКАДЕМИЧЕСКИЙ КОНГРЕСС", Votes: 5},
		{ID: "bare", Votes: 1},
		{ID: "y", Name: "TWICE", Votes: 1},
	}}
	rep := validate.CheckPublished(s, rc, kg2021)
	assert.True(t, strings.HasPrefix(finding(t, rep, validate.PublishedVotes, "da").Message().En, "List «DEMOCRATIC ALLIANCE»: "))
	assert.True(t, strings.HasPrefix(finding(t, rep, validate.PublishedUnknownList, "x").Message().En, "List «NOT IN THE RECOUNT»: "))
	assert.True(t, strings.HasPrefix(finding(t, rep, validate.PublishedDuplicate, "y").Message().En, "List «TWICE»: "))
	acu := finding(t, rep, validate.PublishedMissingList, "acu")
	// (its sentence opens with the list, by its name in each language,
	// the English name where the recount gives none in it; never its ID)
	assert.Equal(t, "List «ACADEMIC CONGRESS UNION» is in the recount but not in the published summary.", acu.Message().En)
	assert.Equal(t, "Список «АКАДЕМИЧЕСКИЙ КОНГРЕСС» есть в пересчёте, но его нет в опубликованных итогах.", acu.Message().Ru)
	assert.Equal(t, "«ACADEMIC CONGRESS UNION» тизмеси кайра эсептөөдө бар, бирок жарыяланган жыйынтыкта жок.", acu.Message().Ky)
	assert.Equal(t, "АКАДЕМИЧЕСКИЙ КОНГРЕСС", acu.PlaceIn("ru")[len("список "):])
	assert.Equal(t, "List «bare» is in the recount but not in the published summary.", finding(t, rep, validate.PublishedMissingList, "bare").Message().En)
}
