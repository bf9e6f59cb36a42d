package ingest

import (
	"errors"
	"fmt"
)

// ErrNil: a nil reader, writer, protocol or function was given where one
// is needed, or a Writer was not made by NewWriter. Issue 12: library code
// returns an error for nil input, never a panic.
var ErrNil = errors.New("nil argument")

// nilError is the *ParseError for a nil argument what of a reader of file.
func nilError(file, what string) *ParseError {
	return &ParseError{File: file, Err: fmt.Errorf("%w: %s", ErrNil, what)}
}
