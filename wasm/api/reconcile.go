package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/reconcile"
)

// Reconciliation is what Reconcile compares: a definition, a rule set for
// the seat impact and two or more sources, as `shailoo reconcile
// [--election E] --source NAME=FILE[:MAPPING],... [--time NAME=T] [--base
// NAME]` gives them. Without Election the definition is inferred from the
// first CSV file's mapping.
type Reconciliation struct {
	Election     string `json:"election,omitempty"`
	ElectionName string `json:"election_name,omitempty"`
	Rules        string `json:"rules,omitempty"`
	RulesName    string `json:"rules_name,omitempty"`
	Base         string `json:"base,omitempty"`
	// NoImpact leaves out the seat impact (`--no-impact`).
	NoImpact    bool              `json:"no_impact,omitempty"`
	SkipBadRows bool              `json:"skip_bad_rows,omitempty"`
	Sources     []ReconcileSource `json:"sources"`
}

// ReconcileSource is one source: its name, time (RFC 3339, optional) and
// files. A file with a mapping is a protocols CSV file; a file without is
// a JSON file, a citizen's copy of one protocol or an election with
// protocols (see reconcile.File).
type ReconcileSource struct {
	Name  string    `json:"name"`
	Time  string    `json:"time,omitempty"`
	Files []CSVFile `json:"files"`
}

// Reconcile reads the JSON text of a Reconciliation and returns the
// report as `shailoo reconcile --format json` prints it.
func Reconcile(text string) ([]byte, error) {
	var in Reconciliation
	d := json.NewDecoder(bytes.NewReader([]byte(text)))
	d.DisallowUnknownFields()
	if err := d.Decode(&in); err != nil {
		return nil, fmt.Errorf("%w: reconciliation: %v", ErrInput, err)
	}
	return ReconcileWith(in)
}

// ReconcileWith is Reconcile of a Reconciliation value.
func ReconcileWith(in Reconciliation) ([]byte, error) {
	rules, e, srcs, err := readReconciliation(in)
	if err != nil {
		return nil, err
	}
	o := reconcile.Options{Base: in.Base, Rules: rules}
	if in.NoImpact {
		o.Rules.ID = ""
	}
	r, err := reconcile.Reconcile(e, srcs, o)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := reconcile.WriteJSON(&b, r); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// readReconciliation reads the files of in through reconcile.Read.
func readReconciliation(in Reconciliation) (shailoo.Rules, *election.Election, []reconcile.Source, error) {
	rules, err := loadRules(in.Rules, in.RulesName)
	if err != nil {
		return rules, nil, nil, err
	}
	var ins []reconcile.Input
	for _, s := range in.Sources {
		ri := reconcile.Input{Name: s.Name, Time: s.Time}
		for _, f := range s.Files {
			rf := reconcile.File{Name: or(f.Name, defaultCSV), Data: []byte(f.Text)}
			if f.Mapping != "" {
				rf.Mapping = &reconcile.File{Name: or(f.MappingName, defaultMapping), Data: []byte(f.Mapping)}
			}
			ri.Files = append(ri.Files, rf)
		}
		ins = append(ins, ri)
	}
	o := reconcile.ReadOptions{Rules: rules, SkipBadRows: in.SkipBadRows, NoImpact: in.NoImpact}
	if in.Election != "" { // else inferred from the first CSV file's mapping
		o.Definition = reconcile.File{Name: or(in.ElectionName, defaultElection), Data: []byte(in.Election)}
	}
	e, srcs, err := reconcile.Read(o, ins)
	if errors.Is(err, reconcile.ErrNoDefinition) {
		err = fmt.Errorf("%w: %v", ErrInput, err)
	}
	return rules, e, srcs, err
}

// SourceProtocols is what one source gives of one precinct: its
// protocols, each with the file and line it came from.
type SourceProtocols struct {
	Source    string           `json:"source"`
	Protocols []PlacedProtocol `json:"protocols"`
}

// PlacedProtocol is a protocol and where it came from.
type PlacedProtocol struct {
	election.Protocol
	File string `json:"file"`
	Line int    `json:"line,omitempty"`
}

// ReconcilePrecinct returns, for each source of the Reconciliation text,
// its protocols of precinct id, in source and file order: the page shows
// them side by side.
func ReconcilePrecinct(text, id string) ([]byte, error) {
	var in Reconciliation
	d := json.NewDecoder(bytes.NewReader([]byte(text)))
	d.DisallowUnknownFields()
	if err := d.Decode(&in); err != nil {
		return nil, fmt.Errorf("%w: reconciliation: %v", ErrInput, err)
	}
	_, _, srcs, err := readReconciliation(in)
	if err != nil {
		return nil, err
	}
	out := []SourceProtocols{}
	found := false
	for _, s := range srcs {
		sp := SourceProtocols{Source: s.Name, Protocols: []PlacedProtocol{}}
		for _, p := range s.Protocols {
			if p.Precinct == id {
				sp.Protocols = append(sp.Protocols, PlacedProtocol{Protocol: p.Protocol, File: p.File, Line: p.Line})
				found = true
			}
		}
		out = append(out, sp)
	}
	if !found {
		return nil, fmt.Errorf("%w: %q", ErrNoPrecinct, id)
	}
	return indent(out)
}
