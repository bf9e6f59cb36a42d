package shailoo

import (
	"testing"

	"github.com/shailoo/shailoo/validate"
)

// TestFormNoteAllLines: the note of relations not evaluated names every
// line they lack, in the form's order (a file of no protocol lines lacks
// them all), not only the lines many forms do not have; and none when
// only other lines are lacking.
func TestFormNoteAllLines(t *testing.T) {
	rep := validate.Report{NotEvaluated: []validate.NotEvaluated{
		{Code: "P101", Reason: "the protocol lacks line(s) received, issued_in_room, issued_outside, issued_early, cancelled, lost, unaccounted"},
		{Code: "P102", Reason: "the protocol lacks line(s) voters, issued_in_room"},
		{Code: "P103", Reason: "the protocol lacks line(s) found_mobile, found_stationary, invalid, valid, absentee_voted"},
		{Code: "X216", Reason: "the protocol lacks line(s) voters"},
	}}
	want := "Relations of the protocol form are not evaluated: the protocols do not give line(s) voters, received, issued_in_room, issued_outside, issued_early, cancelled, found_mobile, found_stationary, invalid, valid, lost, unaccounted, absentee_voted. "
	if got := formNote(formLinesLacked(rep), Rules{}); len(got) < len(want) || got[:len(want)] != want {
		t.Errorf("formNote = %q, want it to begin %q", got, want)
	}
	rep = validate.Report{NotEvaluated: []validate.NotEvaluated{{Code: "P104", Reason: "the protocol lacks line(s) valid"}}}
	if got := formNote(formLinesLacked(rep), Rules{}); got != "" {
		t.Errorf("formNote of a lacking valid line alone = %q, want none", got)
	}
}

// TestFormNoteP111Reason: P111's reason joins its lines with "and"; the
// note names each line once, never "and found_mobile and found_stationary".
func TestFormNoteP111Reason(t *testing.T) {
	rep := validate.Report{NotEvaluated: []validate.NotEvaluated{
		{Code: "P102", Reason: "the protocol lacks line(s) found_mobile, found_stationary, invalid, valid"},
		{Code: "P101", Reason: "the protocol lacks line(s) lost"},
		{Code: "P111", Reason: "the protocol lacks line(s) valid, and found_mobile and found_stationary"},
	}}
	want := "Relations of the protocol form are not evaluated: the protocols do not give line(s) found_mobile, found_stationary, invalid, valid, lost. "
	if got := formNote(formLinesLacked(rep), Rules{}); len(got) < len(want) || got[:len(want)] != want {
		t.Errorf("formNote = %q, want it to begin %q", got, want)
	}
}
