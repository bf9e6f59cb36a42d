package shailoo_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/threshold"
)

// voters2010 is the number of voters on the list used for the 2010 test
// election. The CEC's final result gives each seated list's share of the
// voters on the list to two decimals (8.47, 7.83, 7.57, 6.93, 5.49); with
// their official votes these allow any total from 3,036,683 to 3,036,856,
// and the exact total was not found. 3,036,750 is inside that range, so the
// published percentages come out as published.
const voters2010 = 3_036_750

// kg2010Parties are the five lists seated on 10 October 2010 with their
// national votes in the CEC's final result of 1 November 2010 (after the
// precincts it annulled), as Wikipedia's infobox gives them; the
// percentages of the voters on the list that gazeta.ru reported on 1
// November 2010 agree with them (see voters2010). "others" stands for the
// 24 lists below the line and is synthetic: 4.94% of the voters on the
// list, under "more than 5%" of the voters on the list, though well over
// 5% of the voters who took part.
func kg2010Parties() []party2015 {
	return []party2015{
		{id: "ata-jurt", name: "Ata-Jurt", votes: 257100, prov: election.Official},
		{id: "sdpk", name: "Social Democratic Party of Kyrgyzstan", votes: 237634, prov: election.Official},
		{id: "ar-namys", name: "Ar-Namys", votes: 229916, prov: election.Official},
		{id: "respublika", name: "Respublika", votes: 210594, prov: election.Official},
		{id: "ata-meken", name: "Ata-Meken", votes: 166714, prov: election.Official},
		{id: "others", name: "The 24 other lists (synthetic)", votes: 150000},
	}
}

// kg2010Election is the 2010 test election: the official national votes
// above, split evenly over the 9 regions (synthetic), voters2010 voters on
// the list split evenly too, and no candidates: the lists were closed and
// the definition gives no roster, so the deputies are "not given".
func kg2010Election() *election.Election {
	e := byRegion("kg2010", "Jogorku Kenesh, 10 October 2010 (national votes of the seated lists official; the rest synthetic)",
		"national votes of the five seated lists: official (CEC final result of 1 Nov 2010, via Wikipedia; their shares of the voters on the list as published, gazeta.ru 1 Nov 2010); "+
			"voters on the list 3,036,750: inside the range 3,036,683..3,036,856 the five published percentages allow; "+
			"regional split, voters per region, invalid ballots, the other lists: synthetic; no candidates (closed lists, roster not given)",
		kg2010Parties(), 60000)
	e.Date = "2010-10-10"
	for i := range e.Parties {
		e.Parties[i].Candidates = nil
	}
	n := int64(len(e.Protocols))
	for i := range e.Protocols {
		l := e.Protocols[i].Lines
		v := int64(voters2010) / n
		if i == len(e.Protocols)-1 {
			v = voters2010 - v*(n-1)
		}
		l[election.Voters], l[election.Received] = v, v
		l[election.Cancelled] = v - l[election.IssuedInRoom]
	}
	return e
}

// TestKG2010ReproducesThe2010Parliament counts the official national votes
// of 2010 under kg2010: 28/26/25/23/18, each list's percentage of the
// voters on the list as the CEC published it, and, with no roster given,
// every seat won and counted with its deputies "not given", not unfilled.
func TestKG2010ReproducesThe2010Parliament(t *testing.T) {
	e := kg2010Election()
	r, err := shailoo.Preset("kg2010")
	require.NoError(t, err)
	res, err := shailoo.Count(e, r)
	require.NoError(t, err)
	require.NoError(t, res.Findings.Err())
	require.Empty(t, res.Ties, "closed lists: list order is the rule, not a tie")
	require.False(t, res.AwaitingLots())
	require.Equal(t, map[string]int{"ata-jurt": 28, "sdpk": 26, "ar-namys": 25, "respublika": 23, "ata-meken": 18, "others": 0}, seatsOf(res))

	require.Equal(t, int64(voters2010), res.Totals.ThresholdBase, "the base is the voters on the list")
	published := map[string]string{"ata-jurt": "8.47", "sdpk": "7.83", "ar-namys": "7.57", "respublika": "6.93", "ata-meken": "5.49", "others": "4.94"}
	for _, l := range res.Lists {
		require.Equal(t, published[l.ID], l.Percent, l.ID)
		require.Empty(t, l.Deputies, l.ID)
		require.Equal(t, l.Seats, l.DeputiesNotGiven, l.ID)
		if l.ID == "others" {
			require.Equal(t, threshold.Failed, l.National.Status)
			require.Equal(t, int64(151838), l.National.Needed, "more than 5% of 3,036,750 = 151,837.5")
		}
	}
	require.Equal(t, shailoo.SeatTally{List: 120, ListOf: 120, NotGiven: 120, Total: 120, Of: 120}, res.Seats)
	for _, n := range res.Notes {
		require.NotContains(t, n, "not filled")
	}
	roundTrip(t, "kg2010-official.json", e)
}

// TestKG2010VotersBase: the base matters. The synthetic "others" list has
// 4.94% of the voters on the list but more than 10% of the voters who took
// part; counted against participants, it would pass and take seats.
func TestKG2010VotersBase(t *testing.T) {
	r, err := shailoo.Preset("kg2010")
	require.NoError(t, err)
	r, err = r.Set("threshold.base", "participants")
	require.NoError(t, err)
	r, err = r.Set("regional_threshold.base", "participants")
	require.NoError(t, err)
	res, err := shailoo.Count(kg2010Election(), r)
	require.NoError(t, err)
	require.Greater(t, seatsOf(res)["others"], 0)
}
