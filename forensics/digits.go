package forensics

// Digits is the last-digit analysis: for each choice, the last digits of
// its vote counts of at least Params.MinCount, against uniform.
type Digits struct {
	Choices []DigitTest `json:"choices"`
	Notes   []string    `json:"notes"`
}

// DigitTest is the last-digit test of one choice.
type DigitTest struct {
	Choice string `json:"choice"`
	Name   string `json:"name"`
	// Counts is the number of precincts whose count of the choice is at
	// least MinCount; Digits[d] those ending in d.
	Counts int     `json:"counts"`
	Digits [10]int `json:"digits"`
	// Chi2 = Σ (observed − Counts/10)² / (Counts/10), computed from the
	// exact integer Σ (10·observed − Counts)² / (10·Counts); DF = 9; P the
	// chi-square p-value; Rejected is P < Alpha. Tested is false with
	// fewer than 50 counts (P is then 1).
	Chi2     float64 `json:"chi2"`
	DF       int     `json:"df"`
	P        float64 `json:"p"`
	Tested   bool    `json:"tested"`
	Rejected bool    `json:"rejected"`
}

// minDigits is the fewest counts a last-digit test is made on (5 per
// digit expected, the chi-square's usual rule).
const minDigits = 50

func digits(d *Data, p Params) Digits {
	var out Digits
	for j, id := range d.Choices {
		t := DigitTest{Choice: id, Name: at(d.Names, j), DF: 9, P: 1}
		for i := range d.Precincts {
			if v := d.Precincts[i].Votes[j]; v >= p.MinCount {
				t.Counts++
				t.Digits[v%10]++
			}
		}
		if t.Counts >= minDigits {
			t.Tested = true
			n := int64(t.Counts)
			var s float64
			for _, o := range t.Digits {
				dv := float64(10*int64(o) - n)
				s += float64(dv * dv)
			}
			t.Chi2 = s / float64(10*n)
			t.P = chiSquareP(t.Chi2, 9)
			t.Rejected = t.P < p.Alpha
		}
		out.Choices = append(out.Choices, t)
	}
	out.Notes = []string{
		"measures: whether the last digits of each choice's vote counts (counts of at least min_count only) are as even as chance makes them",
		"cannot tell: a count made up by a person need not have uneven last digits, and uneven ones have ordinary causes: small or similar counts are not uniform in their last digit, and one test per choice means some reject by chance (at alpha 0.05, one in twenty)",
		"following Beber and Scacco (2012), with Mebane's cautions on when last digits are uniform",
	}
	return out
}
