package scratch

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"testing"
	"time"

	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/faults"
)

func slow(e *election.Election) string {
	b, _ := json.Marshal(e)
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func TestSame(t *testing.T) {
	d, _ := datasets.KG2021()
	es := []*election.Election{d.Election, faults.Sample(30), {}, {Protocols: []election.Protocol{}}, {Protocols: []election.Protocol{{Precinct: "<a&b>\"é", Lines: map[election.Line]int64{"x<": -3}}}}}
	for i, e := range es {
		t0 := time.Now()
		want := slow(e)
		t1 := time.Now()
		got, err := HashElection(e)
		t2 := time.Now()
		if err != nil || got != want {
			t.Errorf("%d: %s != %s (%v)", i, got, want, err)
		}
		if i == 0 {
			t.Log("json.Marshal", t1.Sub(t0), "by hand", t2.Sub(t1))
		}
	}
}
