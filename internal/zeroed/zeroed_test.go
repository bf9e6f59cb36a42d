package zeroed

import "testing"

func TestMake(t *testing.T) {
	type pair struct {
		a int64
		b bool
	}
	for _, n := range []int{0, 1, 1<<16 - 1, 1 << 16, 3<<16 + 1} {
		s := Make[pair](n)
		if len(s) != n || cap(s) != n {
			t.Fatalf("n %d: len %d, cap %d", n, len(s), cap(s))
		}
		for i, v := range s {
			if v != (pair{}) {
				t.Fatalf("n %d: s[%d] = %v", n, i, v)
			}
		}
	}
	if Make[int](0) == nil {
		t.Fatal("Make(0) is nil; make([]T, 0) is not")
	}
}
