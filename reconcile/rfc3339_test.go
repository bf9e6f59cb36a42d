package reconcile

import (
	"testing"
	"time"
)

// TestParseRFC3339 checks the reader against package time on good times,
// and that it refuses what RFC 3339 does not allow.
func TestParseRFC3339(t *testing.T) {
	good := []string{"2021-11-29T08:00:00+06:00", "2021-11-29T02:00:00Z", "2021-11-28T20:00:00-06:00", "2020-02-29T23:59:59.5+00:00",
		"1969-12-31T23:59:59Z", "2021-12-15T12:00:00.000+06:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59-23:59"}
	for _, s := range good {
		got, ok := parseRFC3339(s)
		want, err := time.Parse(time.RFC3339, s)
		if !ok || err != nil || got.sec != want.Unix() {
			t.Errorf("%s: %+v %v, want %d (%v)", s, got, ok, want.Unix(), err)
		}
	}
	for _, s := range []string{"", "2021-11-29", "29.11.2021", "2021-11-29T08:00:00", "2021-02-29T08:00:00Z", "2021-11-29 08:00:00Z",
		"2021-13-01T00:00:00Z", "2021-11-29T24:00:00Z", "2021-11-29T08:00:00+6:00", "2021-11-29T08:00:00.Z", "2021-11-29T08:00:00Zx", "２021-11-29T08:00:00Z"} {
		if _, ok := parseRFC3339(s); ok {
			t.Errorf("%q read as a time", s)
		}
	}
	if z, ok := parseRFC3339("2000-03-01t00:00:00z"); !ok || z.sec != 951868800 {
		t.Errorf("lower-case t and z, which RFC 3339 allows: %+v %v", z, ok)
	}
	a, _ := parseRFC3339("2021-11-29T08:00:00+06:00")
	b, _ := parseRFC3339("2021-11-29T02:00:00.000Z")
	c, _ := parseRFC3339("2021-11-29T02:00:00.25Z")
	if a.compare(b) != 0 || b.compare(c) != -1 || c.compare(a) != 1 {
		t.Error("compare")
	}
}
