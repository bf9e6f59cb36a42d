// Package bridge lets the root package reach the dense-form entry points
// of validate (the Stream) and tally (the Accumulator): they take the
// internal types of internal/dense, so they are unexported there and no
// public signature names an internal type. validate and tally set these
// variables in their init functions, each to a function of the type its
// comment gives; the root package asserts them once. Nothing else sets
// them.
package bridge

// Set by validate.
var (
	// func(*election.Election, validate.Rules, *dense.Keys, *dense.Precincts, validate.StreamOptions) (*validate.Stream, error)
	NewStream any
	// func(*validate.Stream, *dense.Protocol, int32)
	StreamAdd any
	// func(*validate.Stream, *dense.Protocol, *election.Precinct)
	StreamAddPlaced any
	// func(*validate.Stream, *dense.Protocol, int32) validate.Report
	StreamOwn any
	// func(*validate.Stream, *dense.Protocol, int32)
	StreamCross any
	// func(*validate.Stream, int32)
	StreamResetSlot any
	// func(*validate.Stream, int32) validate.Report
	StreamSlotReport any
	// func(*validate.Stream) validate.Report
	StreamRecorded any
	// func(*validate.Stream) []validate.Finding
	StreamOwnFound any
	// func(*validate.Stream) int
	StreamFailing any
)

// Set by tally.
var (
	// func(*election.Election, *dense.Keys, *dense.Precincts, bool) (*tally.Accumulator, error)
	NewAccumulator any
	// func(*tally.Accumulator, int, *dense.Protocol, *election.Precinct) error
	AccumulatorAdd any
	// func(*tally.Accumulator, *dense.Protocol, *election.Precinct) error
	AccumulatorRemove any
)
