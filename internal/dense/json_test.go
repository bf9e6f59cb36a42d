package dense

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/shailoo/shailoo/election"
)

func TestJSONIsEncodingJSON(t *testing.T) {
	cases := map[string]election.Protocol{
		"plain": {Precinct: "1001", Ballot: election.ListBallot,
			Lines: map[election.Line]int64{election.Valid: 97, election.Invalid: 3, "zzz": -1},
			Votes: map[string]int64{"b": 1, "a": 2, election.AgainstAll: 0}},
		"machine, preferences": {Precinct: "7", Ballot: election.ListBallot, Machine: true,
			Lines: map[election.Line]int64{}, Votes: map[string]int64{"x": 9223372036854775807},
			Preferences: map[string]int64{"c2": 1, "c10": -9223372036854775808}},
		"nil maps":         {Precinct: "", Ballot: "weird\"kind"},
		"empty prefs":      {Precinct: "p", Ballot: election.OkrugBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{}, Preferences: map[string]int64{}},
		"escapes":          {Precinct: "<a&b>\u2028\n\xff\"\\é", Ballot: election.OkrugBallot, Votes: map[string]int64{"é<": 1, "\x01": 2}},
		"unicode precinct": {Precinct: "Бишкек-1", Ballot: election.ListBallot, Lines: map[election.Line]int64{"ё": 1}},
	}
	many := election.Protocol{Precinct: "m", Ballot: election.ListBallot, Votes: map[string]int64{}, Lines: map[election.Line]int64{}, Preferences: map[string]int64{}}
	for i := range 100 {
		many.Preferences[string(rune('a'+i%26))+strconv.Itoa(i*37%101)] = int64(i)
		many.Votes[strconv.Itoa(i)] = int64(-i)
	}
	cases["many keys"] = many
	for name, p := range cases {
		t.Run(name, func(t *testing.T) {
			k := NewKeys()
			var d Protocol
			k.Load(&d, &p)
			SortByKey(&d, k)
			got := string(NewJSON(k).Append(nil, &d))
			want, err := json.Marshal(&p)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("got  %s\nwant %s", got, want)
			}
		})
	}
}

func TestAppendPrecinctIsEncodingJSON(t *testing.T) {
	for _, p := range []election.Precinct{{}, {ID: "1"}, {ID: "<1>", Region: "r", Okrug: "o\u2028", Abroad: true}, {ID: "x", Abroad: true}} {
		want, err := json.Marshal(&p)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(AppendPrecinct(nil, &p)); got != string(want) {
			t.Errorf("got %s, want %s", got, want)
		}
	}
}
