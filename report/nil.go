package report

import "errors"

// ErrNil is returned for a nil writer, or a nil result or comparison to
// write (a WhatIf without both of its results). Issue 12: library code
// returns an error for nil input, never a panic.
var ErrNil = errors.New("report: nil writer or result")
