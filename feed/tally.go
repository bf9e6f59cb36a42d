//go:build !js

package feed

import (
	"errors"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/validate"
)

// rejection returns the findings of a protocol the tally refused for them.
func rejection(err error) ([]validate.Finding, bool) {
	var r *shailoo.RejectedError
	if errors.As(err, &r) {
		return r.Findings, true
	}
	return nil, false
}
