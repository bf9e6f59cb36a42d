//go:build !js

package feed

import (
	"context"
	"maps"
	"path/filepath"
	"testing"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
)

// resendTally is a fakeTally that answers a replacement with the figures
// counted as shailoo.Tally does: ErrCounted, nothing changed.
type resendTally struct{ fakeTally }

func (t *resendTally) Replace(p election.Protocol) error {
	t.mu.Lock()
	q, ok := t.ps[KeyOf(&p)]
	t.mu.Unlock()
	if ok && maps.Equal(q.Lines, p.Lines) && maps.Equal(q.Votes, p.Votes) {
		return shailoo.ErrCounted
	}
	return t.fakeTally.Replace(p)
}

// TestReplayResentCorrection: a resend that an earlier version took as a
// correction, and journaled, replays as no change; a resent correction
// now is answered 409 and not journaled.
func TestReplayResentCorrection(t *testing.T) {
	db := filepath.Join(t.TempDir(), "j.sqlite")
	f, _ := openFake(t, db) // takes every replacement
	do(t, f, "POST", "/protocols", good)
	if w := do(t, f, "PUT", "/protocols", good); w.Code != 200 {
		t.Fatalf("PUT: %d", w.Code)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	open := func() *Feed {
		g, err := Open(context.Background(), Config{
			NewTally: func() (Tally, error) { return &resendTally{fakeTally{ps: map[Key]election.Protocol{}}}, nil },
			Journal:  db, Identity: Identity{"d", "r"}, Tokens: []Token{{"aigul", secret}},
		})
		if err != nil {
			t.Fatalf("replay of a journaled resend: %v", err)
		}
		return g
	}
	g := open()
	if g.Replayed() != 2 {
		t.Errorf("replayed %d entries, want 2", g.Replayed())
	}
	if w := do(t, g, "PUT", "/protocols", good); w.Code != 409 {
		t.Errorf("resent correction: %d, want 409\n%s", w.Code, w.Body)
	}
	if err := g.Close(); err != nil {
		t.Fatal(err)
	}
	h := open()
	defer h.Close()
	if h.Replayed() != 2 {
		t.Errorf("after a refused resend, replayed %d entries, want 2", h.Replayed())
	}
}
