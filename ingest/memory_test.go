package ingest

import (
	"bytes"
	"fmt"
	"runtime"
	"testing"
)

// Part of issue 12's standing attack suite (resources): reading an election
// definition stays within a small multiple of its size, whether its
// precinct list is plain (read in one pass, plainPrecincts) or is not
// (one escaped ID sends the whole file to the strict walker and
// json.Unmarshal), or gives every precinct a region and okrug of its own
// (names the plain reader no longer keeps in a map past maxNames). The
// bounds are in multiples of the file's size:
//
//   - alloc: every byte allocated while reading, garbage included (the
//     plain reader allocates about twice the file: its copy of the bytes
//     and the precincts; the walker about 18 times, nearly all of it
//     garbage of encoding/json's Decoder.Token, which the GC takes back as
//     it goes);
//   - live: what the election keeps once read (its precincts and IDs,
//     about the size of the file).
func TestReadElectionMemory(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates beside every allocation counted")
	}
	data := benchElection(t, 50_000)
	escaped := bytes.Replace(data, []byte(`"id": "0000001"`), []byte(`"id": "\u00300000001"`), 1)
	var distinct bytes.Buffer
	distinct.WriteString(`{"id": "x", "name": "x", "precincts": [`)
	for i := range 50_000 {
		if i > 0 {
			distinct.WriteString(",\n")
		}
		fmt.Fprintf(&distinct, `{"id": "p%07d", "region": "r%07d", "okrug": "o%07d"}`, i, i, i)
	}
	distinct.WriteString("]}\n")
	for _, c := range []struct {
		name        string
		data        []byte
		alloc, live float64
	}{
		{"plain", data, 3, 1.5},
		{"walker", escaped, 24, 1.5},
		{"distinct names", distinct.Bytes(), 3, 1.5},
	} {
		var before, after, live runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		e, err := ReadElection(bytes.NewReader(c.data), "election.json")
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&live)
		if len(e.Precincts) != 50_000 {
			t.Fatalf("%s: %d precincts", c.name, len(e.Precincts))
		}
		size := float64(len(c.data))
		alloc := float64(after.TotalAlloc-before.TotalAlloc) / size
		kept := float64(int64(live.HeapAlloc)-int64(before.HeapAlloc)) / size
		t.Logf("%s: %d bytes; allocated %.2f×, kept %.2f×", c.name, len(c.data), alloc, kept)
		if alloc > c.alloc || kept > c.live {
			t.Errorf("%s: allocated %.2f× the file (at most %g×), kept %.2f× (at most %g×)", c.name, alloc, c.alloc, kept, c.live)
		}
		runtime.KeepAlive(e)
	}
}
