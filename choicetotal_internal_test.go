package shailoo

import "testing"

func eq(t *testing.T, want, got string) {
	t.Helper()
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// choiceAsTotal on sums: exactly the others', the others' and the invalid
// ballots (over 10 protocols or more: over 1, a candidate may have half
// the votes), at least the others' and named a total; a majority alone
// is not a total.
func TestChoiceAsTotal(t *testing.T) {
	votes := map[string]int64{"a": 30, "b": 20, "t": 50}
	eq(t, "sum", choiceAsTotal("t", "", 50, votes, 0, 10))
	eq(t, "", choiceAsTotal("t", "", 50, votes, 0, 1))
	votes["t"] = 55
	eq(t, "sum_invalid", choiceAsTotal("t", "", 55, votes, 5, 10))
	votes["t"] = 57
	eq(t, "named", choiceAsTotal("t", "Total votes", 57, votes, 5, 1))
	eq(t, "", choiceAsTotal("t", "Sheinbaum", 57, votes, 5, 10))
	eq(t, "", choiceAsTotal("a", "Total", 30, votes, 5, 10))
}
