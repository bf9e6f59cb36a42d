package ingest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"
)

// splitDoc is an election file whose precinct list is made of the given
// objects, with a protocol list after it.
func splitDoc(objs []string) []byte {
	return []byte(`{"id": "e", "precincts": [` + strings.Join(objs, ", ") + `],` +
		"\n" + `"protocols": [{"precinct": "1", "ballot": "list", "lines": {"valid": 1}}]}`)
}

// A precinct list read by two goroutines gives what one reader gives, in
// order and content, wherever its middle falls: between two objects, in
// an ID that looks like a boundary, at an escape or an error in either
// half; and the file reads as the walker reads it.
func TestPlainPrecinctsSplitReadAsOneReader(t *testing.T) {
	plain := func(i int) string {
		return fmt.Sprintf(`{"id": "%04d", "region": "r%d", "okrug": "%d"}`, i, i%3, i%5)
	}
	traps := map[string]string{
		"nothing":            "",
		"boundary in an ID":  `{"id": "x}, {y"}`,
		"boundaries in IDs":  `{"id": "}, {}, {}, {"}`,
		"bracket in an ID":   `{"id": "]"}`,
		"escape":             `{"id": "a\"b"}`,
		"unknown key":        `{"id": "x", "zone": "z"}`,
		"no id":              `{"region": "r"}`,
		"control character":  "{\"id\": \"a\tb\"}",
		"invalid utf-8":      "{\"id\": \"\xff\"}",
		"nested object":      `{"id": "x", "region": {"id": "r"}}`,
		"abroad":             `{"id": "x", "abroad": true}`,
		"abroad not a bool":  `{"id": "x", "abroad": 1}`,
		"runes":              `{"id": "Бишкек-1", "region": "Чүй", "okrug": "Ош"}`,
		"duplicate precinct": `{"id": "0001"}`,
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for name, trap := range traps {
		t.Run(name, func(t *testing.T) {
			for round := range 60 {
				n := 2 + rng.IntN(40)
				objs := make([]string, n)
				for i := range objs {
					objs[i] = plain(i)
				}
				if trap != "" {
					objs[rng.IntN(n)] = trap
				}
				doc := splitDoc(objs)
				s1, e1, ps1, ok1 := plainPrecinctsSplit(doc, len(doc)+1)
				s2, e2, ps2, ok2 := plainPrecinctsSplit(doc, 0)
				require.Equal(t, ok1, ok2, "round %d: %s", round, doc)
				if ok1 {
					require.Equal(t, []int{s1, e1}, []int{s2, e2}, "round %d", round)
					require.Equal(t, ps1, ps2, "round %d", round)
				}
				want, wantErr := readElection(doc, "e.json", false)
				got, gotErr := readElection(doc, "e.json", true)
				if wantErr != nil {
					require.Error(t, gotErr)
					require.Equal(t, wantErr.Error(), gotErr.Error())
					continue
				}
				require.NoError(t, gotErr)
				require.Equal(t, want, got)
			}
		})
	}
}

// The split is taken in a long list, and the halves join without a seam.
func TestPlainPrecinctsSplitJoins(t *testing.T) {
	data := benchElection(t, 50000)
	start, end, ps, ok := plainPrecinctsSplit(data, 0)
	require.True(t, ok)
	require.Equal(t, byte('['), data[start])
	require.Equal(t, byte(']'), data[end-1])
	require.Len(t, ps, 50000)
	for i, p := range ps {
		if p.ID != fmt.Sprintf("%07d", i+1) {
			t.Fatalf("precinct %d has ID %q", i, p.ID)
		}
	}
	_, _, seq, ok := plainPrecinctsSplit(data, len(data))
	require.True(t, ok)
	require.Equal(t, seq, ps)
}

// Equal region and okrug names are one string for each reader, short or
// long.
func TestPlainPrecinctsShareNames(t *testing.T) {
	names := []string{"r1", "1", "1234567", "12345678", "Бишкек", "Чүй облусу", "r1x"}
	var objs []string
	for i := range 200 {
		objs = append(objs, fmt.Sprintf(`{"id": "%d", "region": %q, "okrug": %q}`, i, names[i%len(names)], names[(i*3)%len(names)]))
	}
	for split, readers := range map[int]int{0: 2, 1 << 30: 1} {
		_, _, ps, ok := plainPrecinctsSplit(splitDoc(objs), split)
		require.True(t, ok)
		copies := map[string]map[*byte]bool{}
		for i, p := range ps {
			require.Equal(t, fmt.Sprint(i), p.ID)
			require.Equal(t, names[i%len(names)], p.Region)
			require.Equal(t, names[(i*3)%len(names)], p.Okrug)
			for _, n := range []string{p.Region, p.Okrug} {
				if copies[n] == nil {
					copies[n] = map[*byte]bool{}
				}
				copies[n][unsafe.StringData(n)] = true
			}
		}
		for n, c := range copies {
			require.LessOrEqual(t, len(c), readers, "name %q", n)
		}
	}
}
