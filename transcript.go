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
	Schema   string  `json:"schema"`
	Library  string  `json:"library"`
	Rules    string  `json:"rules"`
	Version  string  `json:"rules_version"`
	Election string  `json:"election"`
	Inputs   []Input `json:"inputs"`
	// LotSeed is the public seed lots were drawn from, if one was given.
	LotSeed string `json:"lot_seed,omitempty"`
	// Ties are the contexts of the ties that await lots.
	Ties  []string        `json:"unresolved_ties,omitempty"`
	Steps []election.Step `json:"steps"`

	// Provisional says, one reason each, what the count rests on that was
	// not evaluated (Result.ProvisionalReasons); empty when nothing.
	Provisional []string `json:"provisional,omitempty"`
}

// Transcript returns the transcript of res; for a nil res, a transcript
// of no steps and no inputs.
func (res *Result) Transcript() Transcript {
	if res == nil {
		return Transcript{Schema: TranscriptSchema}
	}
	t := Transcript{
		Schema:   TranscriptSchema,
		Library:  res.Library,
		Rules:    res.Rules.ID,
		Version:  res.Rules.Version,
		Election: res.Election.ID,
		Inputs:   res.Inputs,
		LotSeed:  res.LotSeed,
		Steps:    res.Steps,
	}
	for _, tie := range res.Ties {
		if tie.Awaiting() {
			t.Ties = append(t.Ties, tie.Context)
		}
	}
	for _, u := range res.ProvisionalReasons {
		t.Provisional = append(t.Provisional, u.Kind+": "+u.Reason)
	}
	return t
}
