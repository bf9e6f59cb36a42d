package feed

import (
	"errors"

	"github.com/shailoo/shailoo/validate"
)

// rejection returns the findings of a protocol the tally refused.
func rejection(err error) ([]validate.Finding, bool) {
	var r interface{ RejectedFindings() []validate.Finding }
	if errors.As(err, &r) {
		return r.RejectedFindings(), true
	}
	return nil, false
}
