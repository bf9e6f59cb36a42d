package synth

import (
	"errors"
	"math/big"
	"slices"
	"testing"

	"github.com/leanovate/gopter"
	"github.com/leanovate/gopter/gen"
	"github.com/leanovate/gopter/prop"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name    string
		total   int64
		weights []int64
		want    []int64
	}{
		{"even", 10, []int64{1, 1}, []int64{5, 5}},
		{"remainder to the largest fraction", 10, []int64{1, 2}, []int64{3, 7}},
		{"tie to the lower index", 1, []int64{1, 1, 1}, []int64{1, 0, 0}},
		{"hare 2021 shape", 54, []int64{222005, 174470, 141009, 106955, 90223, 79025}, []int64{15, 12, 9, 7, 6, 5}},
		{"zero weight gets nothing", 7, []int64{0, 3, 4}, []int64{0, 3, 4}},
		{"zero total", 0, []int64{0, 0}, []int64{0, 0}},
		{"many leftovers sorted", 40, []int64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
			[]int64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
		{"huge values", 1 << 62, []int64{1 << 61, 1 << 61}, []int64{1 << 61, 1 << 61}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Split(tt.total, tt.weights)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%d, %v) = %v, want %v", tt.total, tt.weights, got, tt.want)
			}
		})
	}
}

func TestSplitErrors(t *testing.T) {
	tests := []struct {
		name    string
		total   int64
		weights []int64
	}{
		{"negative total", -1, []int64{1}},
		{"negative weight", 1, []int64{-1, 2}},
		{"no weight", 3, []int64{0, 0}},
		{"no parts", 3, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Split(tt.total, tt.weights); !errors.Is(err, ErrInfeasible) {
				t.Errorf("err = %v, want ErrInfeasible", err)
			}
		})
	}
}

func TestSplitCapped(t *testing.T) {
	tests := []struct {
		name           string
		total          int64
		weights, caps  []int64
		want           []int64
		wantInfeasible bool
	}{
		{"no cap binds", 10, []int64{1, 1}, []int64{9, 9}, []int64{5, 5}, false},
		{"cap binds and the rest moves", 10, []int64{8, 1, 1}, []int64{4, 10, 10}, []int64{4, 3, 3}, false},
		{"cascade", 12, []int64{10, 5, 1}, []int64{2, 3, 100}, []int64{2, 3, 7}, false},
		{"exactly full", 6, []int64{1, 1, 1}, []int64{1, 2, 3}, []int64{1, 2, 3}, false},
		{"zero cap", 4, []int64{5, 1}, []int64{0, 9}, []int64{0, 4}, false},
		{"too little room", 7, []int64{1, 1, 1}, []int64{1, 2, 3}, nil, true},
		{"room only at zero weight", 2, []int64{0, 1}, []int64{5, 1}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := SplitCapped(tt.total, tt.weights, tt.caps)
			if tt.wantInfeasible {
				if !errors.Is(err, ErrInfeasible) {
					t.Fatalf("err = %v, want ErrInfeasible", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// Split is exact (parts add up), never negative, and each part is within
// one unit of its exact quota total*w/W.
func TestSplitProperties(t *testing.T) {
	params := gopter.DefaultTestParametersWithSeed(1234)
	params.MinSuccessfulTests = 500
	props := gopter.NewProperties(params)
	props.Property("parts sum to total and stay within one of the quota", prop.ForAll(
		func(total int64, weights []int64) bool {
			weights = append(weights, 1)
			got, err := Split(total, weights)
			if err != nil {
				return false
			}
			var sum int64
			var w big.Int
			for _, x := range weights {
				w.Add(&w, big.NewInt(x))
			}
			for i, x := range got {
				sum += x
				q := new(big.Rat).SetFrac(new(big.Int).Mul(big.NewInt(total), big.NewInt(weights[i])), &w)
				d := new(big.Rat).Sub(q, new(big.Rat).SetInt64(x))
				if x < 0 || d.Abs(d).Cmp(big.NewRat(1, 1)) >= 0 {
					return false
				}
			}
			return sum == total
		},
		gen.Int64Range(0, 1<<40),
		gen.SliceOf(gen.Int64Range(0, 1<<40)),
	))
	props.Property("capped parts sum to total and respect caps", prop.ForAll(
		func(weights, caps []int64, frac int64) bool {
			n := min(len(weights), len(caps))
			weights, caps = weights[:n], caps[:n]
			var room int64
			for i := range n {
				if weights[i] > 0 {
					room += caps[i]
				}
			}
			total := room * frac / 100
			got, err := SplitCapped(total, weights, caps)
			if err != nil {
				return false
			}
			var sum int64
			for i, x := range got {
				if x < 0 || x > caps[i] || (weights[i] == 0 && x != 0) {
					return false
				}
				sum += x
			}
			return sum == total
		},
		gen.SliceOf(gen.Int64Range(0, 1000)),
		gen.SliceOf(gen.Int64Range(0, 1000)),
		gen.Int64Range(0, 100),
	))
	props.Property("fill meets rows and columns", prop.ForAll(
		func(cols []int64, nrows int, seed uint64) bool {
			var total int64
			for _, c := range cols {
				total += c
			}
			r := NewRand(seed, 0)
			w := make([]int64, nrows)
			for i := range w {
				w[i] = 1 + r.Int64N(10)
			}
			rows, err := Split(total, w)
			if err != nil {
				return false
			}
			m, err := Fill(r, rows, cols, 30)
			if err != nil {
				return false
			}
			cs := make([]int64, len(cols))
			for i, row := range m {
				var s int64
				for j, x := range row {
					if x < 0 {
						return false
					}
					s += x
					cs[j] += x
				}
				if s != rows[i] {
					return false
				}
			}
			return slices.Equal(cs, cols)
		},
		gen.SliceOf(gen.Int64Range(0, 100000)),
		gen.IntRange(1, 40),
		gen.UInt64(),
	))
	props.TestingRun(t)
}

func TestBalance(t *testing.T) {
	cols := []int64{222005, 174470, 141009, 106955, 90223, 79025}
	rows := []int64{300000, 400000, 113687}
	tilt := [][]int64{{100, 150, 60, 90, 120, 100}, {70, 100, 170, 110, 80, 90}, {130, 60, 80, 100, 100, 160}}
	m, err := Balance(rows, cols, tilt)
	if err != nil {
		t.Fatal(err)
	}
	for j := range cols {
		var s int64
		for i := range rows {
			s += m[i][j]
		}
		if s != cols[j] {
			t.Errorf("column %d sums to %d, want %d", j, s, cols[j])
		}
	}
	for i := range rows {
		var s int64
		for _, x := range m[i] {
			s += x
		}
		if d := s - rows[i]; d < -int64(len(cols)) || d > int64(len(cols)) {
			t.Errorf("row %d sums to %d, want about %d", i, s, rows[i])
		}
	}
	if _, err := Balance([]int64{1}, []int64{2}, [][]int64{{1}}); !errors.Is(err, ErrInfeasible) {
		t.Errorf("unequal sums: err = %v, want ErrInfeasible", err)
	}
}

func FuzzSplit(f *testing.F) {
	f.Add(int64(54), int64(222005), int64(174470), int64(141009))
	f.Add(int64(0), int64(0), int64(0), int64(1))
	f.Add(int64(1<<62), int64(1<<61), int64(3), int64(0))
	f.Fuzz(func(t *testing.T, total, a, b, c int64) {
		got, err := Split(total, []int64{a, b, c})
		if err != nil {
			if !errors.Is(err, ErrInfeasible) {
				t.Fatalf("error %v does not wrap ErrInfeasible", err)
			}
			return
		}
		var sum int64
		for _, x := range got {
			if x < 0 {
				t.Fatalf("negative part in %v", got)
			}
			sum += x
		}
		if sum != total {
			t.Fatalf("Split(%d, %d %d %d) = %v: sum %d", total, a, b, c, got, sum)
		}
	})
}

// Split is the largest-remainder method with ties to the lower index: the
// same as a plain reference (exact quotas, one pass a seat), with weights
// that tie often and remainders left over in both of Split's ways (up to
// 16 of them, and more).
func TestSplitIsLargestRemainder(t *testing.T) {
	reference := func(total int64, w []int64) []int64 {
		var sum int64
		for _, x := range w {
			sum += x
		}
		out := make([]int64, len(w))
		rem := make([]int64, len(w))
		var given int64
		for i, x := range w {
			out[i], rem[i] = total*x/sum, total*x%sum
			given += out[i]
		}
		for ; given < total; given++ {
			best := -1
			for i, r := range rem {
				if r > 0 && (best < 0 || r > rem[best]) {
					best = i
				}
			}
			out[best]++
			rem[best] = 0
		}
		return out
	}
	params := gopter.DefaultTestParametersWithSeed(4321)
	params.MinSuccessfulTests = 1000
	props := gopter.NewProperties(params)
	props.Property("Split = reference", prop.ForAll(
		func(total int64, weights []int64) bool {
			weights = append(weights, 1)
			got, err := Split(total, weights)
			return err == nil && slices.Equal(got, reference(total, weights))
		},
		gen.Int64Range(0, 1000),
		gen.SliceOf(gen.Int64Range(0, 5)),
	))
	props.TestingRun(t)
}
