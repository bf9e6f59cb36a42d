package validate

import "testing"

// A severity is said from the catalog in each report's language, and one
// the catalog lacks stays as it is.
func TestSeverityIn(t *testing.T) {
	for _, tc := range []struct {
		s          Severity
		lang, want string
	}{
		{Error, "en", "error"},
		{Warning, "en", "warning"},
		{Error, "ru", "ошибка"},
		{Warning, "ky", "эскертүү"},
		{Severity("notice"), "ru", "notice"},
	} {
		if got := tc.s.In(tc.lang); got != tc.want {
			t.Errorf("%q.In(%q) = %q, want %q", tc.s, tc.lang, got, tc.want)
		}
	}
}
