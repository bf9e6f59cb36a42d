package api

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/shailoo/shailoo/forensics"
	"github.com/shailoo/shailoo/forensics/svg"
	"github.com/shailoo/shailoo/internal/loader"
	"github.com/shailoo/shailoo/internal/sha"
)

// ForensicsParams are the parameters of Forensics, as `shailoo forensics`
// takes them: Seed is a decimal text (a JavaScript number cannot hold
// every uint64), "" for the command's default 1; zero Draws and Alpha
// take the defaults; Lang is the charts' language (en, ru, ky).
type ForensicsParams struct {
	Seed   string  `json:"seed,omitempty"`
	Draws  int     `json:"draws,omitempty"`
	Choice string  `json:"choice,omitempty"`
	Alpha  float64 `json:"alpha,omitempty"`
	Lang   string  `json:"lang,omitempty"`
}

// ForensicChart is one chart as the page shows it.
type ForensicChart struct {
	Name  string `json:"name"`
	Title string `json:"title"`
	Desc  string `json:"desc"`
	SVG   string `json:"svg"`
}

// Forensics runs the analyses of package forensics on the protocols of s
// (with every CSV file merged, as `shailoo forensics` reads them) and
// returns {"report": the JSON `shailoo forensics --format json` prints,
// "charts": [...the SVG charts in p.Lang]}.
func Forensics(s Source, p ForensicsParams) ([]byte, error) {
	seed := uint64(1)
	if p.Seed != "" {
		var err error
		if seed, err = strconv.ParseUint(p.Seed, 10, 64); err != nil {
			return nil, fmt.Errorf("%w: seed %q: want a whole number from 0 to 18446744073709551615", ErrInput, p.Seed)
		}
	}
	last.mu.Lock()
	l, err := load(s)
	if err != nil {
		last.mu.Unlock()
		return nil, err
	}
	e, err := l.all()
	inputs := append([]forensics.Input(nil), nil...)
	for _, in := range l.opts.Inputs {
		inputs = append(inputs, forensics.Input{Name: in.Name, SHA256: in.SHA256})
	}
	// The CSV files are hashed as the command's count hashes them.
	for i, f := range l.files {
		for j := range inputs {
			if inputs[j].Name == f.Name && inputs[j].SHA256 == "" {
				sum := sha.Sum256([]byte(l.texts[i]))
				inputs[j].SHA256 = hex.EncodeToString(sum[:])
				break
			}
		}
	}
	last.mu.Unlock()
	if err != nil {
		return nil, err
	}
	d, err := loader.Forensics(e, l.opts.Annul)
	if err != nil {
		return nil, err
	}
	r, err := forensics.Analyze(d, forensics.Params{Seed: seed, Draws: p.Draws, Choice: p.Choice, Alpha: p.Alpha})
	if err != nil {
		return nil, err
	}
	r.Inputs = append(r.Inputs, inputs...)
	out := struct {
		Report *forensics.Report `json:"report"`
		Charts []ForensicChart   `json:"charts"`
	}{Report: r}
	for _, c := range svg.Charts(r, svg.Lang(p.Lang)) {
		out.Charts = append(out.Charts, ForensicChart{c.Name, c.Title, c.Desc, string(c.SVG)})
	}
	return json.Marshal(out)
}
