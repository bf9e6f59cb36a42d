package ingest

import (
	"fmt"
	"reflect"
	"testing"
)

// FuzzPlainPrecinctsSplit reads arbitrary bytes as an election file's
// precinct list on two goroutines (splitting any list) and on one: both
// must agree on whether the list is plain, on its place and on every
// precinct, in order. And the file reads the same, error included, with
// the list read apart or by the walker.
func FuzzPlainPrecinctsSplit(f *testing.F) {
	for _, s := range []string{
		`{"precincts": [{"id": "1"}, {"id": "2", "region": "r"}, {"id": "3", "okrug": "o", "abroad": false}]}`,
		`{"precincts": [{"id": "1"}, {"id": "x}, {y"}, {"id": "3"}], "protocols": []}`,
		`{"precincts": [{"id": "]"}, {"id": "2"}, {"id": "3"}]}`,
		`{"precincts": [{"id": "1"},{"id": "2"},{"id": "3"},{"id": "4"}]}`,
		`{"precincts": [{"id": "1"}, {"id": "2", "zone": 1}, {"id": "3"}]}`,
		`{"precincts": [{"id": "1"}, {"id": "2"}, {"id": "3\u0031"}]}`,
		`{"precincts": [{"id": "1"}, {"id": "2"}, {"id": "3"}], "precincts": []}`,
		"{\"precincts\": [{\"id\": \"Бишкек\"}, {\"id\": \"\xff\"}, {\"id\": \"3\"}]}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s1, e1, ps1, ok1 := plainPrecinctsSplit(data, len(data)+1)
		s2, e2, ps2, ok2 := plainPrecinctsSplit(data, 0)
		if ok1 != ok2 || s1 != s2 || e1 != e2 {
			t.Fatalf("one reader: %v [%d:%d], two: %v [%d:%d]", ok1, s1, e1, ok2, s2, e2)
		}
		if len(ps1) != len(ps2) && ok1 {
			t.Fatalf("one reader read %d precincts, two %d", len(ps1), len(ps2))
		}
		for i := range ps1 {
			if ok1 && ps1[i] != ps2[i] {
				t.Fatalf("precinct %d: %+v, %+v", i, ps1[i], ps2[i])
			}
		}
		want, wantErr := readElection(data, "f.json", false)
		got, gotErr := readElection(data, "f.json", true)
		if fmt.Sprint(wantErr) != fmt.Sprint(gotErr) || !reflect.DeepEqual(want, got) {
			t.Fatalf("the walker read %+v, %v; with the list apart %+v, %v", want, wantErr, got, gotErr)
		}
	})
}
