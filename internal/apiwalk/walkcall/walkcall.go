// Package walkcall runs one call of the nil/zero API walk (see
// internal/apiwalk): every generated apiwalk_test.go calls Call, so that the
// way a call is run and judged is written once.
package walkcall

import (
	"runtime/debug"
	"testing"
	"time"
)

// Limit is how long a call may take before it counts as hanging.
const Limit = time.Minute

type panicked struct {
	value any
	stack []byte
}

// Call calls f and reports a panic, or a call that has not returned within
// Limit (f is then left running), as a failure of name.
func Call(t *testing.T, name string, f func()) {
	t.Helper()
	done := make(chan any, 1)
	go func() {
		ok := false
		defer func() {
			if !ok {
				done <- panicked{recover(), debug.Stack()}
			}
		}()
		f()
		ok = true
		done <- nil
	}()
	select {
	case r := <-done:
		if p, isPanic := r.(panicked); isPanic {
			t.Errorf("%s panics: %v\n%s", name, p.value, p.stack)
		}
	case <-time.After(Limit):
		t.Errorf("%s has not returned within %v", name, Limit)
	}
}
