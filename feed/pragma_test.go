//go:build !js

package feed

import (
	"context"
	"path/filepath"
	"testing"
)

// TestPragmas checks that the journal runs as its documentation says:
// WAL, synchronous=FULL, locking_mode=EXCLUSIVE.
func TestPragmas(t *testing.T) {
	j, err := openJournal(context.Background(), filepath.Join(t.TempDir(), "j.sqlite"))
	if err != nil {
		t.Fatal(err)
	}
	defer j.close()
	for pragma, want := range map[string]string{"journal_mode": "wal", "synchronous": "2", "locking_mode": "exclusive"} {
		var got string
		if err := j.db.QueryRow("PRAGMA " + pragma).Scan(&got); err != nil || got != want {
			t.Errorf("PRAGMA %s = %q (%v), want %q", pragma, got, err, want)
		}
	}
}
