// Command naive is the floor issue 7 measures `shailoo count` against: it
// reads protocols CSV files with encoding/csv and sums every figure with
// strconv, checking nothing. Columns headed precinct, region, okrug,
// abroad, machine or ballot (and tik, uik and url, the text and key
// columns of the Russian commission's file) hold text and are skipped; an
// empty cell is skipped. It prints the sum of all figures, a checksum that naive.py
// must print too.
//
//	naive list.csv okrug.csv
package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"
)

var text = map[string]bool{"precinct": true, "region": true, "okrug": true, "abroad": true, "machine": true, "ballot": true,
	"tik": true, "uik": true, "url": true}

func main() {
	var total int64
	for _, name := range os.Args[1:] {
		n, err := sum(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "naive:", err)
			os.Exit(2)
		}
		total += n
	}
	fmt.Println(total)
}

func sum(name string) (int64, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReaderSize(f, 64<<10))
	header, err := r.Read()
	if err != nil {
		return 0, err
	}
	skip := make([]bool, len(header))
	for i, h := range header {
		skip[i] = text[h]
	}
	var total int64
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return total, nil
		}
		if err != nil {
			return 0, err
		}
		for i, c := range rec {
			if c == "" || (i < len(skip) && skip[i]) {
				continue
			}
			v, err := strconv.ParseInt(c, 10, 64)
			if err != nil {
				return 0, fmt.Errorf("%s: %v", name, err)
			}
			total += v
		}
	}
}
