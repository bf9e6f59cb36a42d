package shailoo_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"testing"

	"github.com/leanovate/gopter/prop"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/ingest"
)

// transpose turns a comma-separated file: its columns become rows.
func transpose(t testing.TB, data []byte) []byte {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	for j := range rows[0] {
		rec := make([]string, len(rows))
		for i, row := range rows {
			rec[i] = row[j]
		}
		w.Write(rec)
	}
	w.Flush()
	return b.Bytes()
}

// A wide file transposed (its first column, the precinct's, naming the
// rows) counts as the wide file does, to the byte of the Result but for
// the rows the findings name, under the same mapping with "layout":
// "transposed": the turned table is the wide file.
func TestTransposedCountsAsWide(t *testing.T) {
	props := newProps(t, 40)
	same := func(w world) string {
		e, err := w.election()
		if err != nil {
			return err.Error()
		}
		r, err := w.rules()
		if err != nil {
			return err.Error()
		}
		def := *e
		def.Protocols = nil
		var wide, turned []shailoo.CSVInput
		for _, f := range ingest.BallotFiles(e) {
			var b bytes.Buffer
			if err := ingest.WriteCSV(&b, f.Protocols, f.Precincts, f.Mapping); err != nil {
				return err.Error()
			}
			tm := f.Mapping
			tm.Shape = "transposed"
			name := string(f.Ballot) + ".csv"
			wide = append(wide, shailoo.CSVInput{Name: name, R: bytes.NewReader(b.Bytes()), Mapping: f.Mapping})
			turned = append(turned, shailoo.CSVInput{Name: name, R: bytes.NewReader(transpose(t, b.Bytes())), Mapping: tm})
		}
		return countsAlike(t, &def, r, wide, turned, "transposed")
	}
	props.Property("wide and transposed count the same", prop.ForAll(func(w world) (bool, error) {
		if msg := same(w); msg != "" {
			return false, errors.New(msg)
		}
		return true, nil
	}, genWorld(true)))
	props.TestingRun(t)
}
