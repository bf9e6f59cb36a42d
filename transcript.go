package shailoo

import "github.com/shailoo/shailoo/election"

// TranscriptSchema names the JSON schema of a Transcript (docs/transcript.md).
// It changes only when the schema does.
const TranscriptSchema = "shailoo.transcript/1"

// Transcript is every step of a count in order, with what is needed to
// redo it: the library version, the rule set ID and version, and the
// SHA-256 of each input. Its JSON is byte-identical across runs and
// platforms for the same inputs.
type Transcript struct {
	Schema   string          `json:"schema"`
	Library  string          `json:"library"`
	Rules    string          `json:"rules"`
	Version  string          `json:"rules_version"`
	Election string          `json:"election"`
	Inputs   []Input         `json:"inputs"`
	Ties     []string        `json:"unresolved_ties,omitempty"`
	Steps    []election.Step `json:"steps"`

	// Provisional says, one reason each, what the count rests on that was
	// not evaluated (Result.ProvisionalReasons); empty when nothing.
	Provisional []string `json:"provisional,omitempty"`
}

// Transcript returns the transcript of res.
func (res *Result) Transcript() Transcript {
	t := Transcript{
		Schema:   TranscriptSchema,
		Library:  res.Library,
		Rules:    res.Rules.ID,
		Version:  res.Rules.Version,
		Election: res.Election.ID,
		Inputs:   res.Inputs,
		Steps:    res.Steps,
	}
	for _, tie := range res.Ties {
		t.Ties = append(t.Ties, tie.Context)
	}
	for _, u := range res.ProvisionalReasons {
		t.Provisional = append(t.Provisional, u.Kind+": "+u.Reason)
	}
	return t
}
