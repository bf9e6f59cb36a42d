package validate_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/internal/faults"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

// Every code has its title and sentence in the catalog of words.
func TestCodesInCatalog(t *testing.T) {
	for _, c := range validate.Codes() {
		for _, k := range []string{"finding." + string(c.Code), "finding." + string(c.Code) + ".title"} {
			if _, ok := words.Lookup(k); !ok {
				t.Errorf("%s: no %q in the catalog", c.Code, k)
			}
		}
	}
}

// A finding's sentence is made when it is shown: Sentence in one language
// is Message in that language, every {figure} is filled, and the JSON
// carries the sentence and reads back to the same bytes.
func TestSentenceMadeWhenShown(t *testing.T) {
	e := faults.Sample(60)
	if _, err := faults.Inject(e, 7); err != nil {
		t.Fatal(err)
	}
	rep, err := validate.Check(e, validate.Rules{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) < 20 {
		t.Fatalf("%d findings: the planted faults were not found", len(rep.Findings))
	}
	for _, f := range rep.Findings {
		m := f.Message()
		for _, lang := range []string{"en", "ru", "ky"} {
			s := f.Sentence(lang)
			if s != m.In(lang) || s == "" {
				t.Errorf("%s: Sentence(%s) = %q, Message().In = %q", f.Code, lang, s, m.In(lang))
			}
			if strings.Contains(s, "{") {
				t.Errorf("%s: a figure left unfilled: %q", f.Code, s)
			}
		}
	}
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var back validate.Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	b2, err := json.Marshal(back)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, b2) {
		t.Errorf("JSON read back and written again differs")
	}
	if !strings.Contains(string(b), `"message":{"en":"`) || back.Findings[0].Message() != rep.Findings[0].Message() {
		t.Errorf("the JSON does not carry the sentence: %.300s", b)
	}
}
