//go:build unix

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/feed"
	"github.com/shailoo/shailoo/ingest"
	"github.com/shailoo/shailoo/internal/feedload"
)

// buildShailoo builds the command into dir and returns its path.
func buildShailoo(t testing.TB, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "shailoo")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// feedProcess is shailoo feed running as a process of its own.
type feedProcess struct {
	cmd    *exec.Cmd
	url    string
	stderr bytes.Buffer
}

var feedURL = regexp.MustCompile(`feed at (http://\S+/) `)

// startFeed starts bin feed with args and waits for the line that names
// its URL.
func startFeed(t testing.TB, bin string, args ...string) *feedProcess {
	t.Helper()
	p := &feedProcess{cmd: exec.Command(bin, append([]string{"feed", "--addr", "127.0.0.1:0"}, args...)...)}
	p.cmd.Stderr = &p.stderr
	out, err := p.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	m := feedURL.FindStringSubmatch(line)
	if err != nil || m == nil {
		p.cmd.Process.Kill()
		p.cmd.Wait()
		t.Fatalf("feed did not start: %q %v\n%s", line, err, p.stderr.String())
	}
	go io.Copy(io.Discard, out)
	p.url = m[1]
	return p
}

// stop ends the feed with SIGTERM and checks that it exits 0.
func (p *feedProcess) stop(t testing.TB) {
	t.Helper()
	p.cmd.Process.Signal(syscall.SIGTERM)
	if err := p.cmd.Wait(); err != nil {
		t.Errorf("feed exit: %v\n%s", err, p.stderr.String())
	}
}

// TestFeedKill kills the feed process with SIGKILL in the middle of a
// load and restarts it on the same journal: every protocol whose 201 came
// back is there, as it was sent; the others are sent again (201, or 409
// for one the journal had when the process died, its answer lost), and
// the final result equals shailoo count's on the same protocols.
func TestFeedKill(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	dir := t.TempDir()
	bin := buildShailoo(t, dir)
	db, tokens := filepath.Join(dir, "results.sqlite"), writeTokens(t, dir)
	args := []string{"--db", db, "--tokens", tokens}
	p := startFeed(t, bin, args...)
	posts, good, countArgs := loadPlan(t, dir)
	rep, err := feedload.Run(context.Background(), feedload.Plan{URL: p.url, Token: feedToken, Posts: posts, Clients: 50, Seed: 16,
		Stop: func(acked int) bool {
			if acked == min(1500, len(good)/3) {
				p.cmd.Process.Signal(syscall.SIGKILL)
				return true
			}
			return false
		}})
	if err != nil {
		t.Fatal(err)
	}
	p.cmd.Wait()
	acked, unanswered := checkOutcomes(t, posts, rep, true)
	t.Logf("killed after %d acknowledged; %d posts without an answer", len(acked), len(unanswered))
	if len(acked) < min(1500, len(good)/3) {
		t.Fatalf("only %d acknowledged before the kill", len(acked))
	}

	p = startFeed(t, bin, args...)
	defer p.stop(t)
	sent := map[feed.Key]election.Protocol{}
	for _, q := range posts {
		if !q.Bad {
			sent[feed.KeyOf(&q.Protocol)] = q.Protocol
		}
	}
	for k := range acked {
		q := url.Values{"precinct": {k.Precinct}, "ballot": {string(k.Ballot)}, "count": {map[bool]string{true: "machine", false: "manual"}[k.Machine]}}
		resp, err := http.Get(p.url + "protocols?" + q.Encode())
		if err != nil {
			t.Fatal(err)
		}
		var e struct{ Protocol json.RawMessage }
		err = json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		if resp.StatusCode != 200 || err != nil {
			t.Fatalf("acknowledged %s lost after SIGKILL: %d %v", k, resp.StatusCode, err)
		}
		have, err := ingest.ReadProtocol(bytes.NewReader(e.Protocol), "journal")
		if err != nil {
			t.Fatal(err)
		}
		want := sent[k]
		hb, _ := json.Marshal(&have)
		wb, _ := json.Marshal(&want)
		if !bytes.Equal(hb, wb) {
			t.Fatalf("acknowledged %s changed after SIGKILL:\n%s\nsent:\n%s", k, hb, wb)
		}
	}
	// Send what was not acknowledged again, as a clerk would.
	var rest []feedload.Post
	for k, q := range sent {
		if acked[k] == 0 {
			rest = append(rest, feedload.Post{Protocol: q})
		}
	}
	rep, err = feedload.Run(context.Background(), feedload.Plan{URL: p.url, Token: feedToken, Posts: rest, Clients: 50, Seed: 17})
	if err != nil {
		t.Fatal(err)
	}
	lost := 0
	for _, o := range rep.Outcomes {
		switch o.Status {
		case http.StatusCreated:
		case http.StatusConflict:
			lost++ // in the journal, its answer lost with the process
		default:
			t.Errorf("resent %s: %d\n%s", feed.KeyOf(&rest[o.Post].Protocol), o.Status, o.Body)
		}
	}
	t.Logf("resent %d: %d recorded before the kill without an answer", len(rest), lost)
	if len(rest)+len(acked) != len(good) {
		t.Errorf("%d + %d protocols, want %d", len(rest), len(acked), len(good))
	}
	sameAsCount(t, p.url, countArgs...)
}

// TestFeedBench is the full load of scripts/bench-feed: the protocols of
// the synthetic election in $SHAILOO_FEED_BENCH (shailoo synth --out),
// plus duplicates and bad ones, from 50 clients to the feed as a process.
func TestFeedBench(t *testing.T) {
	dir := os.Getenv("SHAILOO_FEED_BENCH")
	if dir == "" {
		t.Skip("set SHAILOO_FEED_BENCH to a folder of shailoo synth (scripts/bench-feed)")
	}
	work := t.TempDir()
	bin := buildShailoo(t, work)
	def, files := filepath.Join(dir, "election.json"), []string{"list", "okrug"}
	countArgs := []string{"--election", def}
	var inputs []shailoo.CSVInput
	for _, name := range files {
		csv, mf := filepath.Join(dir, name+".csv"), filepath.Join(dir, name+"-mapping.json")
		countArgs = append(countArgs, "--protocols", csv, "--mapping", mf)
		b, err := os.ReadFile(mf)
		if err != nil {
			t.Fatal(err)
		}
		m, err := ingest.ReadMapping(bytes.NewReader(b), mf)
		if err != nil {
			t.Fatal(err)
		}
		r, err := os.Open(csv)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		inputs = append(inputs, shailoo.CSVInput{Name: csv, R: r, Mapping: m})
	}
	db, err := os.ReadFile(def)
	if err != nil {
		t.Fatal(err)
	}
	e, err := ingest.ReadElection(bytes.NewReader(db), def)
	if err != nil {
		t.Fatal(err)
	}
	all, _, err := shailoo.MergeCSV(e, inputs, shailoo.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var posts []feedload.Post
	for i, p := range all.Protocols {
		posts = append(posts, feedload.Post{Protocol: p})
		if i%100 == 0 {
			posts = append(posts, feedload.Post{Protocol: p})
		}
		if i%1000 == 1 {
			b := cloneProtocol(p)
			b.Precinct = "no-such-precinct-" + p.Precinct
			posts = append(posts, feedload.Post{Protocol: b, Bad: true})
		}
	}
	p := startFeed(t, bin, "--db", filepath.Join(work, "results.sqlite"), "--tokens", writeTokens(t, work), "--election", def)
	defer p.stop(t)
	t0 := time.Now()
	rep, err := feedload.Run(context.Background(), feedload.Plan{URL: p.url, Token: feedToken, Posts: posts, Clients: 50, Seed: 15})
	if err != nil {
		t.Fatal(err)
	}
	acked, _ := checkOutcomes(t, posts, rep, false)
	if len(acked) != len(all.Protocols) {
		t.Errorf("%d protocols accepted, want %d", len(acked), len(all.Protocols))
	}
	t.Logf("feed bench: %d protocols of %d precincts, %d posts with duplicates and bad ones, 50 clients: %s", len(all.Protocols), len(all.Precincts), len(posts), rep.Summary())
	t1 := time.Now()
	sameAsCount(t, p.url, countArgs...)
	t.Logf("load %v; GET /results and shailoo count compared in %v", t1.Sub(t0).Round(time.Millisecond), time.Since(t1).Round(time.Millisecond))
	// The feed's peak memory, where the system says it (Linux).
	if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", p.cmd.Process.Pid)); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "VmHWM:") {
				t.Logf("feed bench: the feed's peak resident memory %s", strings.Join(strings.Fields(line)[1:], " "))
			}
		}
	}
}
