package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"testing"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/dense"
)

// benchElection builds an election file as shailoo synth writes it (indented
// by one space) with n precincts, 9 regions, 36 okrugs and 21 parties, and
// one abroad precinct in a hundred.
func benchElection(tb testing.TB, n int) []byte {
	tb.Helper()
	e := &election.Election{ID: "bench", Name: "Bench", Precincts: []election.Precinct{}}
	for i := range 9 {
		e.Regions = append(e.Regions, election.Region{ID: fmt.Sprintf("r%d", i+1), Name: fmt.Sprintf("Region %d", i+1)})
	}
	for i := range 36 {
		o := election.Okrug{ID: strconv.Itoa(i + 1), Name: fmt.Sprintf("Okrug %d", i+1), Region: fmt.Sprintf("r%d", i%9+1)}
		for j := range 10 {
			o.Candidates = append(o.Candidates, election.Candidate{ID: fmt.Sprintf("o%d-c%d", i+1, j+1), Name: "Candidate", Sex: election.Female})
		}
		e.Okrugs = append(e.Okrugs, o)
	}
	for i := range 21 {
		p := election.Party{ID: fmt.Sprintf("party-%02d", i+1), Name: "Party"}
		for j := range 30 {
			p.Candidates = append(p.Candidates, election.Candidate{ID: fmt.Sprintf("p%d-c%d", i+1, j+1), Name: "Candidate", Sex: election.Male})
		}
		e.Parties = append(e.Parties, p)
	}
	head, err := json.MarshalIndent(e, "", " ")
	if err != nil {
		tb.Fatal(err)
	}
	i := bytes.Index(head, []byte(`"precincts": []`))
	if i < 0 {
		tb.Fatal("no precinct list")
	}
	i += len(`"precincts": [`)
	var b bytes.Buffer
	b.Grow(len(head) + 64*n)
	b.Write(head[:i])
	for k := range n {
		if k > 0 {
			b.WriteByte(',')
		}
		id := fmt.Sprintf("%07d", k+1)
		if k%100 == 99 {
			fmt.Fprintf(&b, "\n  {\n   \"id\": %q,\n   \"abroad\": true\n  }", id)
		} else {
			fmt.Fprintf(&b, "\n  {\n   \"id\": %q,\n   \"region\": \"r%d\",\n   \"okrug\": \"%d\"\n  }", id, k%9+1, k%36+1)
		}
	}
	b.WriteString("\n ")
	b.Write(head[i:])
	return b.Bytes()
}

// BenchmarkReadElection reads an election file from a bytes.Reader (its
// bytes copied first) and from a bytes.Buffer (read in place, as the
// command line does).
func BenchmarkReadElection(b *testing.B) {
	for _, n := range []int{10000, 1000000} {
		data := benchElection(b, n)
		for _, src := range []string{"reader", "buffer"} {
			b.Run(fmt.Sprintf("precincts=%d/%s", n, src), func(b *testing.B) {
				cpu := cpuTime()
				defer func() { b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op") }()
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					var r io.Reader = bytes.NewReader(data)
					if src == "buffer" {
						r = bytes.NewBuffer(data)
					}
					e, err := ReadElection(r, "election.json")
					if err != nil || len(e.Precincts) != n {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkLoadDefinition is what a count does with an election file
// before its first row: read it, and index its precincts.
func BenchmarkLoadDefinition(b *testing.B) {
	n := 1000000
	data := benchElection(b, n)
	b.Run(fmt.Sprintf("precincts=%d", n), func(b *testing.B) {
		cpu := cpuTime()
		defer func() { b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op") }()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			e, err := ReadElection(bytes.NewReader(data), "election.json")
			if err != nil {
				b.Fatal(err)
			}
			if t := dense.NewPrecincts(e.Precincts); t.Defined != n {
				b.Fatal(t.Defined)
			}
		}
	})
}

// BenchmarkPlainPrecincts reads the precinct list alone, by one reader and
// by two.
func BenchmarkPlainPrecincts(b *testing.B) {
	n := 1000000
	data := benchElection(b, n)
	for _, c := range []struct {
		name  string
		split int
	}{{"readers=1", len(data)}, {"readers=2", splitAt}} {
		b.Run(c.name, func(b *testing.B) {
			cpu := cpuTime()
			defer func() { b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op") }()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, _, ps, ok := plainPrecinctsSplit(data, c.split); !ok || len(ps) != n {
					b.Fatal(ok, len(ps))
				}
			}
		})
	}
}
