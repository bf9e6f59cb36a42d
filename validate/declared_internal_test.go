package validate

import (
	"regexp"
	"testing"
)

// declaredCode is the regular expression it replaces, written out.
func TestDeclaredCodeIsTheRegexp(t *testing.T) {
	re := regexp.MustCompile(`^F[1-9][0-9]{0,3}$`)
	for _, c := range []string{"", "F", "F0", "F1", "F9", "F10", "F9999", "F10000", "F01", "f1", "F1a", "F1\n", "FF1", "E1", "F１", "F123"} {
		if got := declaredCode(c); got != re.MatchString(c) {
			t.Errorf("declaredCode(%q) = %v, the regexp says %v", c, got, !got)
		}
	}
}
