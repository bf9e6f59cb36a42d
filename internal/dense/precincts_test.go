package dense

import (
	"fmt"
	"hash/maphash"
	"math/rand/v2"
	"strconv"
	"sync"
	"testing"
	"unsafe"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
	"github.com/stretchr/testify/require"

	"github.com/shailoo/shailoo/election"
)

// refPrecincts is Precincts as a map: what every table must agree with.
type refPrecincts struct {
	slot  map[string]int32
	ids   []string
	first []int32
}

func newRef(ps []election.Precinct) *refPrecincts {
	r := &refPrecincts{slot: map[string]int32{}}
	for i, p := range ps {
		if _, ok := r.slot[p.ID]; !ok {
			r.slot[p.ID] = int32(len(r.ids))
			r.ids = append(r.ids, p.ID)
			r.first = append(r.first, int32(i))
		}
	}
	return r
}

// agree checks t against the reference for the IDs asked.
func agree(t *testing.T, tab *Precincts, ps []election.Precinct, ask []string) {
	t.Helper()
	ref := newRef(ps)
	require.Equal(t, len(ref.ids), tab.Defined)
	require.Equal(t, len(ref.ids), tab.Len())
	require.Equal(t, ref.ids, tab.IDs)
	require.Equal(t, ref.first, tab.First)
	for _, id := range ask {
		want, ok := ref.slot[id]
		if !ok {
			want = -1
		}
		require.Equal(t, want, tab.Find(id), "Find(%q)", id)
		got, s := tab.Lookup([]byte(id))
		require.Equal(t, id, got)
		require.Equal(t, int(want), s, "Lookup(%q)", id)
	}
}

func precinctsOf(ids ...string) []election.Precinct {
	ps := make([]election.Precinct, len(ids))
	for i, id := range ids {
		ps[i].ID = id
	}
	return ps
}

func TestPrecincts(t *testing.T) {
	// many is long enough for the table to be built on two goroutines.
	many := make([]string, twoAt+5)
	for i := range many {
		many[i] = strconv.Itoa(i * 7)
	}
	manyDup := append(append([]string(nil), many...), many[12345], "new", many[0])
	manyDupEarly := append([]string{many[len(many)-1]}, many...)
	cases := map[string]struct {
		ids []string
		ask []string
	}{
		"none":                 {nil, []string{"", "1"}},
		"one":                  {[]string{"1"}, []string{"1", "2", ""}},
		"empty ID":             {[]string{"", "a"}, []string{"", "a", "b"}},
		"defined twice":        {[]string{"a", "b", "a", "c", "b"}, []string{"a", "b", "c", "d"}},
		"same hash prefix":     {[]string{"ab", "ba", "a\x00b", "abc"}, []string{"ab", "ba", "a", "abc", "a\x00b"}},
		"unicode":              {[]string{"Бишкек-1", "Ош-2"}, []string{"Бишкек-1", "Ош-2", "Ош"}},
		"long":                 {many, []string{many[0], many[len(many)-1], "1", "x"}},
		"long, defined twice":  {manyDup, []string{many[12345], "new", many[0], "x"}},
		"long, first repeated": {manyDupEarly, []string{many[0], many[len(many)-1], "x"}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			ps := precinctsOf(c.ids...)
			tab := NewPrecincts(ps)
			agree(t, tab, ps, append(c.ask, c.ids...))
			// An ID met only in a protocol takes the next slot, once.
			s := tab.Slot("not defined")
			require.Equal(t, int32(tab.Defined), s)
			require.Equal(t, s, tab.Slot("not defined"))
			require.Equal(t, s, tab.Find("not defined"))
			require.Equal(t, tab.Defined+1, tab.Len())
			require.Equal(t, "not defined", tab.IDs[s])
			id, slot := tab.Lookup([]byte("not defined"))
			require.Equal(t, "not defined", id)
			require.Equal(t, -1, slot, "Lookup knows only the defined IDs")
			if len(c.ids) > 0 {
				require.Equal(t, int32(0), tab.Slot(c.ids[0]))
			}
		})
	}
}

// The table built on two goroutines finds what the one built on one finds,
// and gives up on an ID defined twice, in either half or across them. The
// table here is fuller than NewPrecincts makes it and its regions are
// few, so that probes run past a goroutine's regions and past the table's
// end.
func TestPrecinctsBuildUnique(t *testing.T) {
	ps := benchPrecincts(5000)
	newTable := func() *Precincts {
		return &Precincts{table: make([]uint64, 1<<13), seed: maphash.MakeSeed(), extra: map[string]int32{}}
	}
	for range 20 { // seeds
		one, two := newTable(), newTable()
		one.build(ps)
		require.True(t, two.buildUnique(ps))
		require.Equal(t, one.IDs, two.IDs)
		require.Equal(t, one.First, two.First)
		one.defIDs, two.defIDs = one.IDs, two.IDs
		for i, p := range ps {
			require.Equal(t, int32(i), one.Find(p.ID))
			require.Equal(t, int32(i), two.Find(p.ID))
		}
		require.Equal(t, int32(-1), two.Find("x"))
	}
	for _, dup := range [][2]int{{0, 1}, {5, len(ps) / 2}, {len(ps) - 1, 0}, {len(ps) - 2, len(ps) - 1}} {
		for range 5 {
			qs := append([]election.Precinct(nil), ps...)
			qs[dup[1]].ID = qs[dup[0]].ID
			require.False(t, newTable().buildUnique(qs), "%v", dup)
		}
	}
}

// Lookup gives the definition's own string for a defined ID, so that rows
// share it.
func TestPrecinctsLookupSharesTheID(t *testing.T) {
	ps := precinctsOf("0001", "0002")
	tab := NewPrecincts(ps)
	for _, order := range [][]int{{0, 1}, {1, 0}, {1, 1}, {0, 0}} {
		for _, i := range order {
			id, s := tab.Lookup([]byte(ps[i].ID))
			require.Equal(t, i, s)
			require.True(t, unsafeSame(id, ps[i].ID))
		}
	}
}

// unsafeSame says whether a and b are one string in memory.
// Lookup is right whatever the order of the rows: in order, repeated,
// backwards, with gaps, at random, and with IDs not defined in between.
func TestPrecinctsLookupOrders(t *testing.T) {
	n := 500
	ps := benchPrecincts(n)
	rng := rand.New(rand.NewPCG(3, 4))
	orders := map[string][]int{}
	for k := range 3 * n {
		orders["in order"] = append(orders["in order"], k%n)
		orders["each twice"] = append(orders["each twice"], k/2%n)
		orders["backwards"] = append(orders["backwards"], n-1-k%n)
		orders["gaps"] = append(orders["gaps"], k*k%7+k%n)
		orders["at random"] = append(orders["at random"], rng.IntN(n))
		orders["runs"] = append(orders["runs"], (k/10*97+k%10)%n)
		orders["not defined"] = append(orders["not defined"], k%n, -1)
	}
	for name, order := range orders {
		t.Run(name, func(t *testing.T) {
			tab := NewPrecincts(ps)
			for k, i := range order {
				if i < 0 || i >= n {
					id, s := tab.Lookup([]byte("none"))
					require.Equal(t, "none", id)
					require.Equal(t, -1, s)
					continue
				}
				id, s := tab.Lookup([]byte(ps[i].ID))
				require.Equal(t, i, s, "row %d", k)
				require.Equal(t, ps[i].ID, id)
			}
		})
	}
}

// A defined ID is looked up without allocating, in order or not.
func TestPrecinctsLookupAllocs(t *testing.T) {
	ps := benchPrecincts(1000)
	tab := NewPrecincts(ps)
	cells := make([][]byte, len(ps))
	for i := range ps {
		cells[i] = []byte(ps[i].ID)
	}
	k := 0
	allocs := testing.AllocsPerRun(1000, func() {
		k = (k + 337) % len(cells)
		if _, s := tab.Lookup(cells[k]); s != k {
			t.Fatalf("slot %d, want %d", s, k)
		}
		if s := tab.Find(ps[k].ID); s != int32(k) {
			t.Fatalf("slot %d, want %d", s, k)
		}
	})
	require.Zero(t, allocs)
}

func unsafeSame(a, b string) bool {
	return a == b && unsafe.StringData(a) == unsafe.StringData(b)
}

// Several goroutines may look up at once, in any order, while another one
// gives slots to new IDs (run with -race).
func TestPrecinctsConcurrentLookup(t *testing.T) {
	ids := make([]string, twoAt+100)
	for i := range ids {
		ids[i] = fmt.Sprintf("p%06d", i)
	}
	tab := NewPrecincts(precinctsOf(ids...))
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(g), 1))
			for k := range 20000 {
				i := k
				if g%2 == 1 {
					i = rng.IntN(len(ids))
				}
				i %= len(ids)
				if id, s := tab.Lookup([]byte(ids[i])); s != i || id != ids[i] {
					t.Errorf("Lookup(%q) = %q, %d", ids[i], id, s)
					return
				}
				if _, s := tab.Lookup([]byte("q" + ids[i])); s != -1 {
					t.Errorf("Lookup of an ID not defined gave slot %d", s)
					return
				}
			}
		})
	}
	for i := range 1000 {
		tab.Slot(fmt.Sprintf("x%d", i))
	}
	wg.Wait()
	require.Equal(t, len(ids)+1000, tab.Len())
}

// Whatever the IDs, and however often each is defined, the table agrees
// with a map.
func TestPrecinctsProperty(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(1234)
	params.MinSuccessfulTests = 200
	props := gopter.NewProperties(params)
	props.Property("agrees with a map", prop.ForAll(
		func(ids []string, ask []string) bool {
			ps := precinctsOf(ids...)
			ok := t.Run("", func(t *testing.T) { agree(t, NewPrecincts(ps), ps, append(ask, ids...)) })
			if !ok {
				t.Logf("seed 1234: ids %q", ids)
			}
			return ok
		},
		gen.SliceOf(gen.OneGenOf(gen.AlphaString(), gen.NumString(), gen.Const("1"), gen.Const(""))),
		gen.SliceOf(gen.NumString()),
	))
	props.TestingRun(t)
}

func benchPrecincts(n int) []election.Precinct {
	ps := make([]election.Precinct, n)
	for i := range ps {
		ps[i] = election.Precinct{ID: fmt.Sprintf("%07d", i+1), Region: "r1", Okrug: "1"}
	}
	return ps
}

func BenchmarkNewPrecincts(b *testing.B) {
	for _, n := range []int{10000, 1000000} {
		ps := benchPrecincts(n)
		b.Run(fmt.Sprintf("precincts=%d", n), func(b *testing.B) {
			cpu := cpuTime()
			defer func() { b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op") }()
			for b.Loop() {
				if t := NewPrecincts(ps); t.Defined != n {
					b.Fatal(t.Defined)
				}
			}
		})
	}
}

// BenchmarkLookup looks up rows in the order of the definition, in two
// such orders at once, and at random.
func BenchmarkLookup(b *testing.B) {
	n := 1000000
	ps := benchPrecincts(n)
	tab := NewPrecincts(ps)
	random := rand.New(rand.NewPCG(1, 2)).Perm(n)
	for _, c := range []struct {
		name  string
		order func(k int) int
	}{
		{"in order", func(k int) int { return k }},
		// Two readers of one file, each in order, take turns.
		{"two streams", func(k int) int { return k%2*(n/2) + k/2 }},
		{"at random", func(k int) int { return random[k] }},
	} {
		// The cells of the rows, one after the other, as in a file.
		var buf []byte
		for k := range n {
			buf = append(buf, ps[c.order(k)].ID...)
		}
		rows := make([][]byte, n)
		for k, at := 0, 0; k < n; k++ {
			l := len(ps[c.order(k)].ID)
			rows[k], at = buf[at:at+l:at+l], at+l
		}
		b.Run(c.name, func(b *testing.B) {
			k := 0
			for b.Loop() {
				if _, s := tab.Lookup(rows[k]); s < 0 {
					b.Fatal(s)
				}
				if k++; k == n {
					k = 0
				}
			}
		})
	}
}
