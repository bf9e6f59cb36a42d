package ingest

import (
	"bytes"
	"fmt"
)

// headlessAdvice says why the first row of a file read without a header
// row (src, a headless source; its line line) has fewer columns than the
// mapping names, when the file says it: the row begins with "#", a
// comment line above the data, which "skip_rows" skips (and the lines
// below it up to the first that is not one nor blank, found among the
// size bytes after it); or the row splits into enough columns at another
// delimiter than the mapping's. Else nil: the error of each column
// missing stands.
func (s *scanner) headlessAdvice(src recordSource, line, size int) *ParseError {
	h, ok := src.(*headless)
	if !ok {
		return nil
	}
	need := 0
	for _, f := range s.fields {
		need = max(need, f.col.Index)
	}
	if len(h.first) >= need {
		return nil
	}
	delim := s.delimiter()
	row := bytes.Join(h.first, []byte{delim})
	now := ""
	if s.m.SkipRows > 0 {
		now = fmt.Sprintf(" (it is %d)", s.m.SkipRows)
	}
	if bytes.HasPrefix(bytes.TrimSpace(row), []byte("#")) {
		if la, ok := h.recordSource.(lookahead); ok {
			rest, _ := la.ahead(size)
			for n := line + 1; len(rest) > 0 && n <= line+maxTitleLines; n++ {
				l, after, _ := bytes.Cut(rest, []byte{'\n'})
				rest = after
				l = bytes.TrimSpace(l)
				if len(l) == 0 || l[0] == '#' {
					continue
				}
				if cells := bytes.Count(l, []byte{delim}) + 1; cells >= need {
					return &ParseError{File: s.file, Line: line, Field: "skip_rows",
						Err: fmt.Errorf("%w: the first row, line %d, begins with \"#\", a comment line, and so does each line below it up to line %d but the blank ones, and line %d, split at %q, has %s: the lines above it look like comments above the data: say \"skip_rows\": %d in the mapping%s (it counts the lines above the first row of data, blank ones too)",
							ErrMissingHeader, line, n-1, n, string(delim), columns(cells), n-1, now)}
				}
				break
			}
		}
		return &ParseError{File: s.file, Line: line, Field: "skip_rows",
			Err: fmt.Errorf("%w: the first row, line %d, has %s and begins with \"#\", a comment line above the data?: say in \"skip_rows\" how many lines are above the first row of data%s (blank ones too)", ErrMissingHeader, line, columns(len(h.first)), now)}
	}
	for _, d := range []byte{',', ';', '\t', '|'} {
		if d == delim {
			continue
		}
		if cells := bytes.Count(row, []byte{d}) + 1; cells >= need {
			set := fmt.Sprintf("set \"delimiter\": %q in the mapping", string(d))
			if d == ',' {
				set = "leave \"delimiter\" out of the mapping (or set it to \",\")"
			}
			return &ParseError{File: s.file, Line: line, Field: "delimiter",
				Err: fmt.Errorf("%w: the first row, line %d, split at %q, has %s, fewer than the mapping names (column %d), and split at %q it has %s: the file looks %q-separated: %s", ErrMissingHeader, line, string(delim), columns(len(h.first)), need, string(d), columns(cells), string(d), set)}
		}
	}
	return nil
}

// rowNumbers says whether a and b, the cells of one column on the rows of
// lines first and second, number the rows: they differ as the lines do
// (7 on line 8, 8 on line 9: R's and pandas' row index), as a choice's
// votes on two rows seldom do. Such a column is never a votes_column.
func rowNumbers(a, b int64, first, second int) bool {
	return a >= 0 && b-a == int64(second-first)
}
