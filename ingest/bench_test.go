package ingest

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/shailoo/shailoo/election"
)

// benchFile builds a list-ballot protocols CSV of n rows with 21 parties,
// every protocol line and a machine column, as WriteCSV writes it, and its
// mapping.
func benchFile(tb testing.TB, n int) ([]byte, Mapping) {
	tb.Helper()
	e := &election.Election{}
	for i := range 21 {
		e.Parties = append(e.Parties, election.Party{ID: fmt.Sprintf("party-%02d", i+1)})
	}
	m := MappingFor(e, election.ListBallot)
	rng := rand.New(rand.NewPCG(1, 2))
	var ps []election.Protocol
	var prs []election.Precinct
	for i := range n {
		id := strconv.Itoa(10000 + i)
		prs = append(prs, election.Precinct{ID: id, Region: fmt.Sprintf("region-%d", i%9), Okrug: strconv.Itoa(1 + i%36)})
		p := election.Protocol{Precinct: id, Ballot: election.ListBallot, Lines: map[election.Line]int64{}, Votes: map[string]int64{}}
		var valid int64
		for _, party := range e.Parties {
			v := rng.Int64N(400)
			p.Votes[party.ID] = v
			valid += v
		}
		p.Votes[election.AgainstAll] = rng.Int64N(20)
		valid += p.Votes[election.AgainstAll]
		invalid := rng.Int64N(60)
		issued := valid + invalid
		for _, l := range election.AllLines() {
			p.Lines[l] = 0
		}
		p.Lines[election.Voters] = issued * 3
		p.Lines[election.Received] = issued + 200
		p.Lines[election.IssuedInRoom] = issued
		p.Lines[election.Cancelled] = 200
		p.Lines[election.FoundStationary] = issued
		p.Lines[election.Invalid] = invalid
		p.Lines[election.Valid] = valid
		ps = append(ps, p)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, ps, prs, m); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes(), m
}

// BenchmarkScan streams a 10,000-row file and sums the votes.
func BenchmarkScan(b *testing.B) {
	data, m := benchFile(b, 10000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var total int64
	for b.Loop() {
		_, err := Scan(bytes.NewReader(data), "bench.csv", m, Options{}, func(line int, p *election.Protocol, pr election.Precinct) error {
			for _, v := range p.Votes {
				total += v
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	_ = total
}

// BenchmarkReadCSV reads the same file whole.
func BenchmarkReadCSV(b *testing.B) {
	data, m := benchFile(b, 10000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadCSV(bytes.NewReader(data), "bench.csv", m, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNaiveCSV is the floor issue 7 compares with: encoding/csv and
// strconv summing every numeric column.
func BenchmarkNaiveCSV(b *testing.B) {
	data, _ := benchFile(b, 10000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var total int64
	for b.Loop() {
		r := csv.NewReader(bytes.NewReader(data))
		if _, err := r.Read(); err != nil {
			b.Fatal(err)
		}
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			for _, c := range rec[5:] {
				if c == "" {
					continue
				}
				v, err := strconv.ParseInt(c, 10, 64)
				if err != nil {
					b.Fatal(err)
				}
				total += v
			}
		}
	}
	_ = total
}

// TestScanAllocs checks that Scan's per-row work does not allocate beyond
// what encoding/csv does per record (one string per row).
func TestScanAllocs(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation count")
	}
	small, m := benchFile(t, 100)
	big, _ := benchFile(t, 1100)
	count := func(data []byte) float64 {
		return testing.AllocsPerRun(5, func() {
			_, _ = Scan(bytes.NewReader(data), "a.csv", m, Options{}, func(int, *election.Protocol, election.Precinct) error { return nil })
		})
	}
	perRow := (count(big) - count(small)) / 1000
	if perRow > 1.01 {
		t.Errorf("Scan allocates %.2f times per row, want at most 1 (the record string)", perRow)
	}
}

// BenchmarkScanRows streams the same file in dense rows and sums the votes.
func BenchmarkScanRows(b *testing.B) {
	data, m := benchFile(b, 10000)
	scanRowsBench(b, data, m, Options{})
}

// BenchmarkScanRowsConcurrent is BenchmarkScanRows with the parsing in a
// second goroutine.
func BenchmarkScanRowsConcurrent(b *testing.B) {
	data, m := benchFile(b, 10000)
	scanRowsBench(b, data, m, Options{Concurrent: true})
}

// BenchmarkScanRowsSums is BenchmarkScanRows and its concurrent kin on a
// mapping with sums: the found ballots of the stationary and the mobile
// boxes as one line, and the invalid ballots with the lost ones (columns
// of the same file), what a file that splits its lines costs.
func BenchmarkScanRowsSums(b *testing.B) {
	data, m := benchFile(b, 10000)
	m.Lines[election.FoundStationary] = Column{Columns: []Column{{Header: "found_stationary"}, {Header: "found_mobile"}}}
	m.Lines[election.Invalid] = Column{Columns: []Column{{Header: "invalid"}, {Header: "lost"}}}
	delete(m.Lines, election.FoundMobile)
	delete(m.Lines, election.Lost)
	for _, concurrent := range []bool{false, true} {
		b.Run(fmt.Sprintf("concurrent=%v", concurrent), func(b *testing.B) {
			scanRowsBench(b, data, m, Options{Concurrent: concurrent})
		})
	}
}

// scanRowsBench streams data in dense rows with ScanRows under m and o,
// summing the votes: the loop of the ScanRows benchmarks.
func scanRowsBench(b *testing.B, data []byte, m Mapping, o Options) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var total int64
	for b.Loop() {
		_, err := ScanRows(bytes.NewReader(data), "bench.csv", m, o, func(row *Row) error {
			for _, v := range row.Votes {
				total += v.N
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	_ = total
}
