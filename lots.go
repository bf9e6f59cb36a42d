package shailoo

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/election"
	"github.com/shailoo/shailoo/internal/strictjson"
	"github.com/shailoo/shailoo/seats"
)

// ErrLots is wrapped by every error about lots given as input: a context
// that names no tie the count can have, an empty or repeated draw.
var ErrLots = errors.New("invalid lots")

// LotsError is what is wrong with the lots given as input: the context
// ("list", "list/<party ID>", "okrug/<okrug ID>"), the place in its draw
// when one name is concerned, and why. It wraps ErrLots.
type LotsError struct {
	Context string
	Index   int // the place in the draw concerned, or -1
	Err     error
}

func (e *LotsError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%v: %s: %v", ErrLots, e.path(), e.Err)
}

// path is the JSON path of the place: the context, or one of its names.
func (e *LotsError) path() string {
	if e.Index < 0 {
		return e.Context
	}
	return strictjson.Index(e.Context, e.Index)
}

// Unwrap returns ErrLots and the cause.
func (e *LotsError) Unwrap() []error {
	if e == nil {
		return nil
	}
	return []error{ErrLots, e.Err}
}

// CheckLots checks lots given as input (Options.Lots) against the election
// e: every context is "list", "list@<region ID>" (a constituency's list
// seats), "list/<party ID>" or "okrug/<okrug ID>" naming a region, party
// or okrug of e (with e nil, only the form is checked), and every draw names at least one option, none twice and none empty. A lot
// that would settle nothing is an error, not a silent no-op: a misspelt
// context ("lsit") would otherwise leave its tie open, or let --lot-seed
// draw it. Each name drawn must be one of the context's candidates (an
// okrug's, when the definition gives them: learnt from the files, they are
// checked once known). Whether it was among the tied is known only when
// the tie is: the count reports that naming the tied set (seats.ErrBadLot),
// as it reports lots that order some of the tied and not the others.
func CheckLots(e *election.Election, lots map[string][]string) error {
	return checkLots(e, lots, false)
}

// checkLots is CheckLots; with okrugsLater, an okrug's context is checked
// for its form alone: the okrugs are learnt from the rows of the files,
// and the count checks it again once it knows them (newPipeline).
func checkLots(e *election.Election, lots map[string][]string, okrugsLater bool) error {
	ctxs := make([]string, 0, len(lots))
	for ctx := range lots {
		ctxs = append(ctxs, ctx)
	}
	slices.Sort(ctxs) // the first error is the same every time
	for _, ctx := range ctxs {
		def := e
		if okrugsLater && strings.HasPrefix(ctx, "okrug/") {
			def = nil
		}
		options, err := checkContext(def, ctx)
		if err != nil {
			return &LotsError{Context: ctx, Index: -1, Err: err}
		}
		draw := lots[ctx]
		if len(draw) == 0 {
			return &LotsError{Context: ctx, Index: -1, Err: errors.New("an empty draw settles nothing")}
		}
		for i, name := range draw {
			switch {
			case name == "":
				return &LotsError{Context: ctx, Index: i, Err: errors.New("empty name")}
			case slices.Index(draw, name) < i:
				return &LotsError{Context: ctx, Index: i, Err: fmt.Errorf("%q is drawn twice", name)}
			case options != nil && !slices.Contains(options, name):
				// No candidate there at all: said at its place in the file.
				// (One of the okrug's candidates not among the tied, the
				// count says naming the tied set: seats.ErrBadLot.)
				return &LotsError{Context: ctx, Index: i, Err: notAnOption(fmt.Sprintf("%q cannot be drawn in %q (%sits options: %s)", name, ctx, nearOption(name, options), clip(options, 20)))}
			}
		}
	}
	return nil
}

// nearOption is "did you mean X? " when an option is name but for case
// and spaces, else "".
func nearOption(name string, options []string) string {
	fold := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), "")) }
	for _, o := range options {
		if fold(o) == fold(name) {
			return fmt.Sprintf("did you mean %q? ", o)
		}
	}
	return ""
}

// notAnOption is a lot that draws someone who cannot be drawn there; it is
// a seats.ErrBadLot, as the count would find it.
type notAnOption string

func (e notAnOption) Error() string { return string(e) }
func (e notAnOption) Unwrap() error { return seats.ErrBadLot }

// checkContext checks that ctx names a context of e and returns what may be
// drawn in it: the parties ("list", "list@<region>"), a party's candidates ("list/<party>"),
// an okrug's candidates ("okrug/<okrug>"); nil when e is nil.
func checkContext(e *election.Election, ctx string) ([]string, error) {
	const form = `want "list", "list@<region ID>", "list/<party ID>" or "okrug/<okrug ID>"`
	if region, ok := strings.CutPrefix(ctx, "list@"); ok {
		// A constituency's list seats (list.constituency "region"): the
		// parties are drawn. Regions learnt from the files are checked
		// once known (checkConstituencies).
		if region == "" || strings.Contains(region, "/") {
			return nil, fmt.Errorf("unknown context %q (%s)", ctx, form)
		}
		if e == nil || len(e.Regions) == 0 {
			return nil, nil
		}
		var ids, options []string
		for _, r := range e.Regions {
			ids = append(ids, r.ID)
		}
		if !slices.Contains(ids, region) {
			return nil, fmt.Errorf("unknown region %q in context %q (region IDs: %s)", region, ctx, clip(ids, 20))
		}
		for _, p := range e.Parties {
			options = append(options, p.ID)
		}
		return options, nil
	}
	kind, id, ok := strings.Cut(ctx, "/")
	if ctx != "list" && (!ok || id == "" || (kind != "list" && kind != "okrug")) {
		return nil, fmt.Errorf("unknown context %q (%s)", ctx, form)
	}
	if e == nil {
		return nil, nil
	}
	var ids, options []string
	switch {
	case ctx == "list":
		for _, p := range e.Parties {
			options = append(options, p.ID)
		}
		return options, nil
	case kind == "list":
		for _, p := range e.Parties {
			ids = append(ids, p.ID)
			if p.ID == id {
				for _, c := range p.Candidates {
					options = append(options, c.ID)
				}
			}
		}
	default:
		for _, o := range e.Okrugs {
			ids = append(ids, o.ID)
			if o.ID == id {
				for _, c := range o.Candidates {
					options = append(options, c.ID)
				}
			}
		}
	}
	if !slices.Contains(ids, id) {
		what := "party"
		if kind == "okrug" {
			what = "okrug"
		}
		return nil, fmt.Errorf("unknown %s %q in context %q (%s IDs: %s)", what, id, ctx, what, clip(ids, 20))
	}
	if options == nil {
		options = []string{} // nothing can be drawn where nobody stands
	}
	return options, nil
}

// clip lists at most n IDs.
func clip(ids []string, n int) string {
	if len(ids) == 0 {
		return "none"
	}
	if len(ids) <= n {
		return strings.Join(ids, ", ")
	}
	return strings.Join(ids[:n], ", ") + fmt.Sprintf(", ... (%d in all)", len(ids))
}

// ReadLots reads lots given as input, {"<context>": ["drawn first", ...]},
// through the strict reader every JSON input goes through (a duplicate
// context, a value that is not a list of names, a second document after
// the first are errors), then checks them with CheckLots against e (nil:
// the form only). Every error names the file, line, column and context,
// as an *ingest.ParseError wrapping ErrLots. When e lists no okrugs (a
// count learns them from the rows of its files), an okrug's context is
// checked by the count once the okrugs are known.
func ReadLots(r io.Reader, file string, e *election.Election) (map[string][]string, error) {
	var lots map[string][]string
	doc, err := strictjson.Read(r, file, &lots, strictjson.Options{Wrap: ErrLots, Places: true})
	if err != nil {
		return nil, placed(err)
	}
	if err := checkLots(e, lots, e != nil && len(e.Okrugs) == 0); err != nil {
		var le *LotsError
		if !errors.As(err, &le) {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		return nil, placed(doc.Errorf(le.path(), le, "%v", le.Err))
	}
	return lots, nil
}
