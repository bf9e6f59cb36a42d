package zeroed

import "testing"

func TestMake(t *testing.T) {
	type pair struct {
		a int64
		b bool
	}
	s := Make[pair](100_000)
	if len(s) != 100_000 || cap(s) != 100_000 {
		t.Fatalf("len %d, cap %d", len(s), cap(s))
	}
	for i, v := range s {
		if v != (pair{}) {
			t.Fatalf("s[%d] = %v", i, v)
		}
	}
	if Make[int](0) == nil {
		t.Fatal("Make(0) is nil; make([]T, 0) is not")
	}
}
