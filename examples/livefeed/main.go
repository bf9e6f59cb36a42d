//go:build !js

// Command livefeed runs a results feed in-process, as a Go service would:
// it opens a feed of the 2021 election (the embedded definition, no
// protocols yet) on a journal in a temporary folder, serves it on
// 127.0.0.1, posts the protocols of a few precincts as a clerk
// would, one of them twice and one with its votes mistyped, and prints
// what the feed answered and the partial result it publishes.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/datasets"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/feed"
)

func main() {
	dir, err := os.MkdirTemp("", "livefeed")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer os.RemoveAll(dir)
	if err := run(os.Stdout, filepath.Join(dir, "results.sqlite")); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

const token = "clerk-token-0123456789abcdef"

func run(w io.Writer, journal string) error {
	d, err := datasets.KG2021()
	if err != nil {
		return err
	}
	rules, err := shailoo.Preset("kg2021")
	if err != nil {
		return err
	}
	def := *d.Election
	def.Protocols = nil // the protocols come from the clerks
	id, err := feed.Identify(&def, rules)
	if err != nil {
		return err
	}
	f, err := feed.Open(context.Background(), feed.Config{
		NewTally: func() (feed.Tally, error) { return shailoo.NewTally(&def, rules, shailoo.Options{}) },
		Journal:  journal, Identity: id, Tokens: []feed.Token{{Name: "aigul", Secret: token}},
	})
	if err != nil {
		return err
	}
	defer f.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: f}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String() + "/"

	// The protocols (list and okrug ballot) of the first five precincts.
	five := map[string]bool{}
	for _, pr := range d.Election.Precincts[:5] {
		five[pr.ID] = true
	}
	var ps []election.Protocol
	for _, p := range d.Election.Protocols {
		if five[p.Precinct] && !p.Machine {
			ps = append(ps, p)
		}
	}
	bad := ps[0]
	bad.Precinct += "0000" // a precinct number mistyped
	for _, p := range append(ps, ps[0], bad) {
		status, a, err := post(base, p, "ru")
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "POST precinct %s, %s ballot: %d %s\n", p.Precinct, p.Ballot, status, a.Message)
		for _, x := range a.Findings {
			fmt.Fprintf(w, "  %s %s: %s\n", x.Code, x.Severity, x.Message)
		}
	}

	resp, err := http.Get(base + "results")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var res shailoo.Result
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		return err
	}
	if res.Reporting != nil {
		r := res.Reporting
		fmt.Fprintf(w, "partial: %d of %d precincts reporting (protocols: list %d of %d, okrug %d of %d)\n",
			r.Reporting, r.Precincts, r.ListCounted, r.ListExpected, r.OkrugCounted, r.OkrugExpected)
	}
	fmt.Fprintf(w, "provisional: %v\n", res.Provisional)
	for _, l := range res.Lists[:3] {
		fmt.Fprintf(w, "  %-28s %6d votes\n", l.Name, l.Votes)
	}
	return nil
}

type answer struct {
	Message  string
	Findings []struct{ Code, Severity, Message string }
}

// post sends p as a clerk, asking for the answer in lang.
func post(base string, p election.Protocol, lang string) (int, answer, error) {
	b, err := json.Marshal(&p)
	if err != nil {
		return 0, answer{}, err
	}
	req, err := http.NewRequest(http.MethodPost, base+"protocols", strings.NewReader(string(b)))
	if err != nil {
		return 0, answer{}, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept-Language", lang)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, answer{}, err
	}
	defer resp.Body.Close()
	var a answer
	err = json.NewDecoder(resp.Body).Decode(&a)
	return resp.StatusCode, a, err
}
