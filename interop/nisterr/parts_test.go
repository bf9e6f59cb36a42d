package nisterr_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/interop/nisterr"
)

// TestPartsNotGuessed: counts in parts that could overlap, with no total,
// are an error naming their place, never summed nor one of them taken:
// two of one device class, "absentee" beside "absentee-mail", parts by
// device beside parts by vote type, a part of Type other.
func TestPartsNotGuessed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "cambridge2022", "vote-types.err.json"))
	if err != nil {
		t.Fatal(err)
	}
	base := string(b)
	if _, err := nisterr.ReadSummary(strings.NewReader(base), "v.json"); err != nil {
		t.Fatalf("the parts, distinct: %v", err)
	}
	for name, tc := range map[string]struct{ old, new, want string }{
		"absentee twice": {`"election-day"`, `"absentee-mail"`, `counts "absentee-mail" and "absentee"`},
		"other":          {`"election-day"`, `"other"`, "a count of Type other or write-in beside counts in parts"},
		"device and type": {`"Type": "election-day"`, `"Type": "total", "DeviceClass": {"@type": "ElectionResults.DeviceClass", "Type": "opscan-precinct"}`,
			"by device class and by vote type, and no total"},
	} {
		_, err := nisterr.ReadSummary(strings.NewReader(strings.Replace(base, tc.old, tc.new, 1)), "v.json")
		if err == nil || !errors.Is(err, nisterr.ErrReport) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "v.json:") {
			t.Errorf("%s: %v, want an error with %q", name, err, tc.want)
		}
	}
	dev, err := os.ReadFile(filepath.Join("testdata", "cambridge2022", "device-parts.err.json"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = nisterr.ReadSummary(strings.NewReader(strings.Replace(string(dev), `"manual-count"`, `"opscan-precinct"`, 1)), "d.json")
	if err == nil || !strings.Contains(err.Error(), `counts "opscan-precinct" and "opscan-precinct"`) {
		t.Errorf("two counts of one device class: %v", err)
	}
}

// TestReadPublishedContestOfSummary: a contest named for shailoo's own
// summary (not a report) is an error, not ignored.
func TestReadPublishedContestOfSummary(t *testing.T) {
	_, err := nisterr.ReadPublished([]byte(`{"lists": []}`), "s.json", nisterr.ReadOptions{Contest: "c"})
	if !errors.Is(err, nisterr.ErrContestNotReport) {
		t.Errorf("%v", err)
	}
}
