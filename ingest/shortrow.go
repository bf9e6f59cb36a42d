package ingest

import (
	"fmt"

	"github.com/shailoo/shailoo/internal/echo"
)

// rowEnds is the error of a row of cells cells that ends before a mapped
// column; alone is its one cell of text, when it holds no other (a title
// of a section of the table, "Advance Voting Places", or a note), which
// the error names.
func rowEnds(cells int, alone []byte) error {
	if alone == nil {
		return fmt.Errorf("%w: the row ends at column %d", ErrShortRow, cells)
	}
	return fmt.Errorf("%w: the row ends at column %d, and holds one cell of text alone, no figure (%s): the title of a section of the table, or a note, no protocol", ErrShortRow, cells, echo.Quote(alone))
}

// aloneCell returns the one cell of rec that is not empty, trimmed, when
// it is text (no whole number), or nil.
//
//go:noinline
func aloneCell(rec [][]byte) []byte {
	var alone []byte
	for _, c := range rec {
		if c = trimBytes(c); len(c) == 0 {
			continue
		}
		if alone != nil {
			return nil
		}
		alone = c
	}
	if _, err := parseInt(alone); alone == nil || err == nil {
		return nil
	}
	return alone
}
