// Package feedload sends protocols to a results feed (package feed) from
// concurrent clients, as data-entry clerks would, and measures it: what
// each request got and how long it took. The feed's tests and
// scripts/bench-feed use it; it checks nothing itself.
package feedload

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/shailoo/shailoo/election"
)

// Post is one request to send: a protocol and what it is meant to get.
type Post struct {
	Protocol election.Protocol
	// Bad: it must be refused (422); otherwise it must be accepted
	// (201) or, if the same protocol is sent twice, refused as a
	// duplicate (409) all but once.
	Bad bool
}

// Plan is a load: the posts, shuffled, from Clients clients.
type Plan struct {
	URL     string // the feed's root, "http://127.0.0.1:8090/"
	Token   string
	Posts   []Post
	Clients int
	Seed    uint64
	// Stop, when set, is called after every acknowledged post with the
	// number acknowledged so far; Run stops sending once it returns true.
	Stop func(acked int) bool
}

// Outcome is what one post got: its HTTP status (0 when no answer came),
// the answer's body and how long it took.
type Outcome struct {
	Post    int // index in Plan.Posts
	Status  int
	Body    []byte
	Err     error
	Latency time.Duration
}

// Report is the outcome of every post sent, in the order sent, and the
// time the load took.
type Report struct {
	Outcomes []Outcome
	Elapsed  time.Duration
}

// Run sends the plan's posts, shuffled by its seed, from its clients, each
// waiting for its answer before it sends its next post, until all are sent
// or ctx is done or Stop says so.
func Run(ctx context.Context, p Plan) (*Report, error) {
	if ctx == nil {
		return nil, errors.New("feedload: no context")
	}
	if p.Clients <= 0 {
		return nil, errors.New("feedload: no clients")
	}
	order := make([]int, len(p.Posts))
	for i := range order {
		order[i] = i
	}
	rand.New(rand.NewPCG(p.Seed, 0x5eed)).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	bodies := make([][]byte, len(p.Posts))
	for i := range p.Posts {
		b, err := json.Marshal(&p.Posts[i].Protocol)
		if err != nil {
			return nil, err
		}
		bodies[i] = b
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: p.Clients, MaxConnsPerHost: p.Clients}, Timeout: time.Minute}
	defer client.CloseIdleConnections()
	url := p.URL + "protocols"
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var mu sync.Mutex
	next, acked := 0, 0
	rep := &Report{Outcomes: make([]Outcome, 0, len(order))}
	take := func() (int, bool) {
		mu.Lock()
		defer mu.Unlock()
		if next == len(order) || ctx.Err() != nil {
			return 0, false
		}
		next++
		return order[next-1], true
	}
	start := time.Now()
	var wg sync.WaitGroup
	for range p.Clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i, ok := take()
				if !ok {
					return
				}
				o := Outcome{Post: i}
				t0 := time.Now()
				req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(bodies[i]))
				if err == nil {
					req.Header.Set("Authorization", "Bearer "+p.Token)
					req.Header.Set("Content-Type", "application/json")
					var resp *http.Response
					if resp, err = client.Do(req); err == nil {
						o.Status = resp.StatusCode
						o.Body, err = io.ReadAll(resp.Body)
						resp.Body.Close()
					}
				}
				o.Err, o.Latency = err, time.Since(t0)
				mu.Lock()
				rep.Outcomes = append(rep.Outcomes, o)
				if o.Status == http.StatusCreated {
					acked++
					if p.Stop != nil && p.Stop(acked) {
						cancel()
					}
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	rep.Elapsed = time.Since(start)
	return rep, nil
}

// Percentile returns the latency at or under which the fraction q (0..1)
// of the answered posts fall.
func (r *Report) Percentile(q float64) time.Duration {
	if r == nil {
		return 0
	}
	var ls []time.Duration
	for _, o := range r.Outcomes {
		if o.Status != 0 {
			ls = append(ls, o.Latency)
		}
	}
	if len(ls) == 0 {
		return 0
	}
	slices.Sort(ls)
	i := int(q*float64(len(ls))+0.999999) - 1
	return ls[min(max(i, 0), len(ls)-1)]
}

// Summary is one line: posts answered, per second, p50 and p99.
func (r *Report) Summary() string {
	if r == nil {
		return "no report"
	}
	n := 0
	for _, o := range r.Outcomes {
		if o.Status != 0 {
			n++
		}
	}
	return fmt.Sprintf("%d posts answered in %v (%.0f/s), latency p50 %v, p99 %v, max %v",
		n, r.Elapsed.Round(time.Millisecond), float64(n)/r.Elapsed.Seconds(),
		r.Percentile(0.5).Round(10*time.Microsecond), r.Percentile(0.99).Round(10*time.Microsecond), r.Percentile(1).Round(10*time.Microsecond))
}
