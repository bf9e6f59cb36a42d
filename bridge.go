package shailoo

import (
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/bridge"
	"github.com/shailoo/shailoo/internal/dense"
	"github.com/shailoo/shailoo/tally"
	"github.com/shailoo/shailoo/validate"
)

// The dense-form entry points of validate's Stream and tally's
// Accumulator, which the pipeline feeds (internal/bridge: they take
// internal types, so they are not part of those packages' public API).
var (
	newStream        = bridge.NewStream.(func(*election.Election, validate.Rules, *dense.Keys, *dense.Precincts, validate.StreamOptions) (*validate.Stream, error))
	streamAdd        = bridge.StreamAdd.(func(*validate.Stream, *dense.Protocol, int32))
	streamAddPlaced  = bridge.StreamAddPlaced.(func(*validate.Stream, *dense.Protocol, *election.Precinct))
	streamOwn        = bridge.StreamOwn.(func(*validate.Stream, *dense.Protocol, int32) validate.Report)
	streamCross      = bridge.StreamCross.(func(*validate.Stream, *dense.Protocol, int32))
	streamResetSlot  = bridge.StreamResetSlot.(func(*validate.Stream, int32))
	streamSlotReport = bridge.StreamSlotReport.(func(*validate.Stream, int32) validate.Report)
	streamRecorded   = bridge.StreamRecorded.(func(*validate.Stream) validate.Report)
	streamOwnFound   = bridge.StreamOwnFound.(func(*validate.Stream) []validate.Finding)
	streamFailing    = bridge.StreamFailing.(func(*validate.Stream) int)

	newAccumulator    = bridge.NewAccumulator.(func(*election.Election, *dense.Keys, *dense.Precincts, bool) (*tally.Accumulator, error))
	accumulatorAdd    = bridge.AccumulatorAdd.(func(*tally.Accumulator, int, *dense.Protocol, *election.Precinct) error)
	accumulatorRemove = bridge.AccumulatorRemove.(func(*tally.Accumulator, *dense.Protocol, *election.Precinct) error)
)
