//go:build !js

package feed

import (
	"fmt"
	"net/http"
	"sync"
	"time"
)

// followers are the open event streams. Each has a channel of one slot:
// a change while the stream is still sending the last one is folded into
// the next event, so that a slow reader delays only itself and every
// event carries the latest version.
type followers struct {
	fmu   sync.Mutex
	chans map[chan struct{}]struct{}
	max   int
	ended chan struct{}
	once  sync.Once
}

func (s *followers) init(max int) {
	if max <= 0 {
		max = 1000
	}
	s.chans, s.max, s.ended = map[chan struct{}]struct{}{}, max, make(chan struct{})
}

func (s *followers) subscribe() (chan struct{}, bool) {
	s.fmu.Lock()
	defer s.fmu.Unlock()
	if len(s.chans) >= s.max {
		return nil, false
	}
	select {
	case <-s.ended:
		return nil, false
	default:
	}
	c := make(chan struct{}, 1)
	s.chans[c] = struct{}{}
	return c, true
}

func (s *followers) unsubscribe(c chan struct{}) {
	s.fmu.Lock()
	delete(s.chans, c)
	s.fmu.Unlock()
}

func (s *followers) notify() {
	s.fmu.Lock()
	defer s.fmu.Unlock()
	for c := range s.chans {
		select {
		case c <- struct{}{}:
		default:
		}
	}
}

func (s *followers) end() { s.once.Do(func() { close(s.ended) }) }

// keepAlive is how often an idle event stream gets a comment line, so that
// proxies and the server's write timeout do not close it.
const keepAlive = 15 * time.Second

// events serves GET /results/events: Server-Sent Events, one "change"
// event when the stream opens and one after every change, its data the
// progress JSON ({"version": N, "progress": {...}}) and its id the
// version. A client fetches /results when it wants the whole result.
func (f *Feed) events(w http.ResponseWriter, r *http.Request) {
	lang := language(r.Header.Get("Accept-Language"))
	c, ok := f.followers.subscribe()
	if !ok {
		f.fail(w, lang, http.StatusServiceUnavailable, msgSubscribers, nil)
		return
	}
	defer f.followers.unsubscribe(c)
	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	send := func(text string) bool {
		rc.SetWriteDeadline(time.Now().Add(keepAlive))
		if _, err := fmt.Fprint(w, text); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	change := func() bool {
		s, err := f.progressJSON()
		if err != nil {
			return send(": " + err.Error() + "\n\n")
		}
		return send(fmt.Sprintf("id: %d\nevent: change\ndata: %s\n\n", s.version, s.body))
	}
	if !send("retry: 3000\n\n") || !change() {
		return
	}
	tick := time.NewTicker(keepAlive)
	defer tick.Stop()
	for {
		select {
		case <-c:
			if !change() {
				return
			}
		case <-tick.C:
			if !send(": keep-alive\n\n") {
				return
			}
		case <-r.Context().Done():
			return
		case <-f.followers.ended:
			return
		}
	}
}
