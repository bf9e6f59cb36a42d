package reconcile

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/shailoo/shailoo"
	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

// ErrNilWrite is returned by the writers for a nil writer or report.
var ErrNilWrite = errors.New("reconcile: nothing to write, or nowhere to write it")

// WriteJSON writes r as JSON, indented by two spaces, with a final
// newline: the form docs/reconcile.md documents.
func WriteJSON(w io.Writer, r *Report) error {
	if w == nil || r == nil {
		return ErrNilWrite
	}
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// TextOptions say what the text and Markdown reports hold.
type TextOptions struct {
	// Lang is the language of the findings' messages: en, ru or ky.
	Lang string
	// Summary leaves out the list of differences and findings: the
	// summary a reporter quotes (the counts still say how many).
	Summary bool
}

// WriteText writes r for a terminal: the sources, the summary of each
// pair, the versions over time, the seat impact, then every difference,
// the protocols one source alone gives and the other findings.
func WriteText(w io.Writer, r *Report, o TextOptions) error { return write(w, r, o, false) }

// WriteMarkdown writes what WriteText writes, as Markdown.
func WriteMarkdown(w io.Writer, r *Report, o TextOptions) error { return write(w, r, o, true) }

type printer struct {
	w   io.Writer
	md  bool
	err error
}

func (p *printer) f(format string, a ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, a...)
	}
}

func (p *printer) head(s string) {
	if p.md {
		p.f("\n## %s\n\n", s)
	} else {
		p.f("\n%s\n", s)
	}
}

// item writes one line of a list, indented by depth.
func (p *printer) item(depth int, s string) {
	if p.md {
		p.f("%s- %s\n", strings.Repeat("  ", depth), s)
	} else {
		p.f("%s%s\n", strings.Repeat("  ", depth+1), s)
	}
}

// group writes n with a comma between thousands.
func group(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}

func signed(n int64) string {
	if n > 0 {
		return "+" + group(n)
	}
	return group(n)
}

func countName(machine bool) string {
	if machine {
		return "machine"
	}
	return "manual"
}

// pairLine is the summary of a pair in one sentence.
func pairLine(p Pair) string {
	s := fmt.Sprintf("%s ↔ %s: %s compared, %s differ (%s), %s",
		p.A, p.B, plural(p.Compared, "protocol"), group(int64(p.Differ)), p.Share, plural(p.Figures, "figure"))
	if p.Differ > 0 {
		for _, x := range []struct {
			what  string
			names []string
		}{{"okrugs", p.Okrugs}, {"regions", p.Regions}} {
			if len(x.names) > 0 { // a file of no okrugs or regions names none
				s += fmt.Sprintf("; %s: %d (%s)", x.what, len(x.names), strings.Join(x.names, ", "))
			}
		}
	}
	if p.OnlyA > 0 || p.OnlyB > 0 {
		s += fmt.Sprintf("; %s only in %s, %s only in %s", group(int64(p.OnlyA)), p.A, group(int64(p.OnlyB)), p.B)
	}
	if p.NotCompared > 0 {
		s += fmt.Sprintf("; %s given by one only, not compared", plural(p.NotCompared, "figure"))
	}
	return s
}

func (p *printer) pair(depth int, pr Pair) {
	p.item(depth, pairLine(pr))
	if len(pr.Moved) > 0 {
		var parts []string
		for _, m := range pr.Moved {
			parts = append(parts, fmt.Sprintf("%s %s %s", m.Ballot, m.Choice, signed(m.Net)))
		}
		p.item(depth+1, fmt.Sprintf("votes moved (%s − %s): %s", pr.B, pr.A, strings.Join(parts, ", ")))
	}
	if len(pr.Largest) > 0 {
		var parts []string
		for _, g := range pr.Largest {
			parts = append(parts, fmt.Sprintf("%s %s %s %s (%s)", g.Precinct, g.Ballot, countName(g.Machine), group(g.Gap), plural(g.Figures, "figure")))
		}
		p.item(depth+1, "largest gaps: "+strings.Join(parts, "; "))
	}
}

func write(w io.Writer, r *Report, o TextOptions, md bool) error {
	if w == nil || r == nil {
		return ErrNilWrite
	}
	p := &printer{w: w, md: md}
	if md {
		p.f("# Reconciliation of %d sources\n\n", len(r.Sources))
	} else {
		p.f("Reconciliation of %d sources (base: %s)\n", len(r.Sources), r.Base)
	}
	p.head("Sources")
	for _, s := range r.Sources {
		line := fmt.Sprintf("%s: %s protocols from %s", s.Name, group(int64(s.Protocols)), filesText(s.Files))
		if s.Time != "" {
			line += ", time " + s.Time
		}
		line += ", provenance " + provText(s.Provenance)
		if s.Base {
			line += " (base)"
		}
		p.item(0, line)
	}
	p.head("Summary by pair of sources")
	for _, pr := range r.Pairs {
		p.pair(0, pr)
	}
	if len(r.Versions) > 0 {
		p.head("Over time")
		for _, v := range r.Versions {
			p.item(0, fmt.Sprintf("%s (%s) → %s (%s)", v.From, v.FromTime, v.To, v.ToTime))
			p.pair(1, v.Pair)
		}
	}
	if len(r.Impact) > 0 {
		p.head("Seat impact")
		for _, im := range r.Impact {
			p.impact(im, r.Base)
		}
	}
	// The findings of the differences are the differences: the count
	// is of the others, the ones listed under "Findings".
	errs, warns := 0, 0
	for _, f := range r.Findings.Findings {
		switch {
		case isDifference(f.Code):
		case f.Severity == validate.Error:
			errs++
		case f.Severity == validate.Warning:
			warns++
		}
	}
	p.head("Differences")
	summary := fmt.Sprintf("figures that differ: %s; protocols given by one source only: %s; besides the differences, the comparison of the sources has %s and %s (of the sources' files and protocols: rows, totals, protocols given twice)",
		group(int64(len(r.Differences))), group(int64(len(r.Only))), plural(errs, "error finding"), plural(warns, "warning finding"))
	// The figures' own control relations are the counts' findings, not
	// the comparison's: the base's are those shailoo count of its files
	// lists, and a source's own (votes that do not sum to the valid
	// ballots) those its figures add to the base's count. Warnings are
	// said as errors are: a reader of the summary alone learns of both.
	if len(r.Impact) > 0 {
		b := r.Impact[0].Base
		summary += fmt.Sprintf("; the count of %s (the base) has %s and %s", r.Base, plural(b.Errors, "error finding"), plural(b.Warnings, "warning finding"))
		if len(b.Codes) > 0 {
			cs := make([]string, len(b.Codes))
			for i, c := range b.Codes {
				cs[i] = string(c)
			}
			summary += " (" + strings.Join(cs, ", ") + ")"
		}
		summary += ", as shailoo count of its figures lists"
	}
	for _, im := range r.Impact {
		var own []string
		if im.OwnErrorCount > 0 {
			own = append(own, fmt.Sprintf("%s (%s)", plural(im.OwnErrorCount, "error finding"), codes(im.OwnErrors)))
		}
		if im.OwnWarningCount > 0 {
			own = append(own, fmt.Sprintf("%s (%s)", plural(im.OwnWarningCount, "warning finding"), codes(im.OwnWarnings)))
		}
		if len(own) > 0 {
			summary += fmt.Sprintf("; the figures of %s have %s of their own", im.Source, strings.Join(own, " and "))
		}
	}
	p.item(0, summary)
	if !o.Summary {
		for _, d := range r.Differences {
			var vals, rows []string
			for _, v := range d.Values {
				s := v.Source + " "
				if v.Value == nil {
					s += "none"
				} else {
					s += group(*v.Value)
				}
				if v.Source != d.Reference && v.Gap != 0 {
					s += " (" + signed(v.Gap) + ")"
				}
				vals = append(vals, s)
				if v.File != "" { // the row of the figure, where a reader checks it
					rows = append(rows, v.Source+" "+whereRows(v.File, v.Line, v.Lines))
				}
			}
			line := fmt.Sprintf("precinct %s, %s ballot, %s count, %s: %s", d.Precinct, d.Ballot, countName(d.Machine), d.Field, strings.Join(vals, ", "))
			if len(rows) > 0 {
				line += " (" + strings.Join(rows, ", ") + ")"
			}
			p.item(1, line)
		}
		if len(r.Only) > 0 {
			p.head("Protocols in one source only")
			for _, x := range r.Only {
				p.item(0, fmt.Sprintf("%s: precinct %s, %s ballot, %s count (%s)", x.Source, x.Precinct, x.Ballot, countName(x.Machine), where(x.File, x.Line)))
			}
		}
		p.head("Findings")
		listed := 0
		for _, f := range r.Findings.Findings {
			if isDifference(f.Code) {
				continue // each is a difference above
			}
			listed++
			p.item(0, fmt.Sprintf("%s %s %s (%s)", f.Code, f.Severity.In(o.Lang), f.Sentence(o.Lang), where(f.Place.File, f.Place.Row)))
		}
		for _, im := range r.Impact {
			// a source's own findings, errors then warnings, and how many
			// more each has than are listed
			for _, own := range []struct {
				fs    []validate.Finding
				count int
				kind  string
			}{{im.OwnErrors, im.OwnErrorCount, "error finding"}, {im.OwnWarnings, im.OwnWarningCount, "warning finding"}} {
				for _, f := range own.fs {
					listed++
					from := "the figures of " + im.Source
					if f.Place.File != "" {
						from += ", " + where(f.Place.File, f.Place.Row)
					}
					p.item(0, fmt.Sprintf("%s %s %s (%s)", f.Code, f.Severity.In(o.Lang), f.Sentence(o.Lang), from))
				}
				if n := own.count - len(own.fs); n > 0 {
					p.item(0, fmt.Sprintf("… and %s more of the figures of %s", plural(n, own.kind), im.Source))
				}
			}
		}
		if listed == 0 {
			p.item(0, "none besides the differences above")
		}
	}
	if len(r.Notes) > 0 {
		p.head("Notes")
		for _, n := range r.Notes {
			p.item(0, words.Note(o.Lang, n))
		}
	}
	return p.err
}

func where(file string, line int) string {
	if line > 0 {
		return file + ":" + strconv.Itoa(line)
	}
	return file
}

// maxRowsShown is the most rows of a summed figure the text names: the
// first ones and the last.
const maxRowsShown = 8

// whereRows is where for a figure: a figure summed from several rows
// (lines) is at each of them, "f.csv:115, 116, 117 (3 rows summed)",
// the first few and the last when there are many.
func whereRows(file string, line int, lines []int) string {
	if len(lines) < 2 {
		return where(file, line)
	}
	var ls []string
	for i, l := range lines {
		if i == maxRowsShown-1 && len(lines) > maxRowsShown {
			ls = append(ls, "…", strconv.Itoa(lines[len(lines)-1]))
			break
		}
		ls = append(ls, strconv.Itoa(l))
	}
	return fmt.Sprintf("%s:%s (%d rows summed)", file, strings.Join(ls, ", "), len(lines))
}

func filesText(files []string) string {
	if len(files) <= 3 {
		return strings.Join(files, ", ")
	}
	return fmt.Sprintf("%s, %s and %d more files", files[0], files[1], len(files)-2)
}

func (p *printer) impact(im Impact, base string) {
	kept := ""
	if im.Kept > 0 {
		kept = fmt.Sprintf(", %s kept from %s: %s does not give them", group(int64(im.Kept)), base, im.Source)
	}
	p.item(0, fmt.Sprintf("with the figures of %s in place of %s (%s substituted, %s changed, %s added, %s left out%s):",
		im.Source, base, plural(im.Substituted, "protocol"), plural(im.Changed, "figure"), group(int64(im.Added)), group(int64(im.LeftOut)), kept))
	moved := false
	for _, l := range im.Lists {
		if l.Moved != 0 {
			moved = true
		}
	}
	votes := map[string]ListVotes{}
	for _, v := range im.Votes {
		votes[v.ID] = v
	}
	var parts []string
	for _, l := range im.Lists {
		v := votes[l.ID]
		s := fmt.Sprintf("%s %d → %d", l.Name, l.Base, l.Alternative)
		if v.Alternative != v.Base {
			s += fmt.Sprintf(" (votes %s → %s)", group(v.Base), group(v.Alternative))
		}
		parts = append(parts, s)
	}
	// A protocol left out is not in either count: what it would move is
	// not evaluated.
	among := ""
	if im.LeftOut > 0 {
		among = fmt.Sprintf(" among the protocols counted (%s of %s left out: their figures are in neither count)", group(int64(im.LeftOut)), im.Source)
	}
	// A tier the election lacks has nothing to say: no list seats, or
	// no okrugs.
	lists := im.Base.Seats.ListOf > 0 || im.Alternative.Seats.ListOf > 0
	okrugs := im.Base.Seats.OkrugOf > 0 || im.Alternative.Seats.OkrugOf > 0
	if len(parts) > 0 {
		p.item(1, "list seats: "+strings.Join(parts, ", "))
		if !moved {
			p.item(1, "no list seat moves"+among)
		}
	} else if lists { // seats that no list holds in either count
		p.item(1, "no list seat moves"+among)
	}
	for _, l := range im.Lists {
		for _, d := range l.Lose {
			p.item(1, fmt.Sprintf("%s loses a seat: %s", l.Name, d.Name))
		}
		for _, d := range l.Gain {
			p.item(1, fmt.Sprintf("%s gains a seat: %s", l.Name, d.Name))
		}
	}
	if len(im.Okrugs) == 0 && okrugs {
		p.item(1, "no okrug outcome changes"+among)
	}
	for _, o := range im.Okrugs {
		p.item(1, fmt.Sprintf("okrug %s: %s → %s", o.ID, o.Base, o.Alternative))
	}
	for _, s := range []struct {
		name string
		c    CountState
	}{{"of " + base, im.Base}, {"with the figures of " + im.Source, im.Alternative}} {
		var flags []string
		if s.c.NotCounted != "" {
			flags = append(flags, "not counted: "+s.c.NotCounted)
		}
		if s.c.AwaitingLots {
			flags = append(flags, "a tie awaits lots")
		}
		if s.c.Provisional {
			why := "provisional"
			if len(s.c.Why) > 0 {
				reasons := make([]string, len(s.c.Why))
				for i, u := range s.c.Why {
					reasons[i] = u.Reason
				}
				why += " (" + strings.Join(reasons, "; ") + ")"
			}
			flags = append(flags, why)
		}
		if s.c.Ties > 0 {
			flags = append(flags, fmt.Sprintf("ties and decisions: %d", s.c.Ties))
		}
		if s.c.Errors > 0 {
			flag := fmt.Sprintf("error findings: %d", s.c.Errors)
			if s.c.Errors >= im.OwnErrorCount && im.OwnErrorCount > 0 && s.name != "of "+base {
				flag += fmt.Sprintf(", %d of them of the figures of %s themselves (listed under Findings)", im.OwnErrorCount, im.Source)
			}
			flags = append(flags, flag)
		}
		if len(flags) > 0 {
			p.item(1, fmt.Sprintf("the count %s: %s (shailoo count says more)", s.name, strings.Join(flags, ", ")))
		}
	}
}

// codes lists the codes of fs, each once, in order: "P103, P104".
func codes(fs []validate.Finding) string {
	var out []string
	for _, f := range fs {
		if !slices.Contains(out, string(f.Code)) {
			out = append(out, string(f.Code))
		}
	}
	return strings.Join(out, ", ")
}

// WriteCSV writes every difference as rows for a spreadsheet: one row per
// precinct, ballot, count, field and pair of sources whose figures
// differ, with both figures, the gap (b − a) and where each came from.
func WriteCSV(w io.Writer, r *Report) error {
	if w == nil || r == nil {
		return ErrNilWrite
	}
	cw := csv.NewWriter(w)
	cw.Write([]string{"precinct", "okrug", "region", "ballot", "count", "field", "source_a", "value_a", "source_b", "value_b", "gap", "file_a", "line_a", "file_b", "line_b"})
	for _, d := range r.Differences {
		for i, a := range d.Values {
			for _, b := range d.Values[i+1:] {
				if a.Value == nil || b.Value == nil || *a.Value == *b.Value {
					continue
				}
				cw.Write([]string{d.Precinct, d.Okrug, d.Region, string(d.Ballot), countName(d.Machine), d.Field,
					a.Source, strconv.FormatInt(*a.Value, 10), b.Source, strconv.FormatInt(*b.Value, 10),
					strconv.FormatInt(subSat(*b.Value, *a.Value), 10), a.File, lineText(a.Line), b.File, lineText(b.Line)})
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func lineText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// isDifference says whether c is the code of a difference between
// sources, which the report lists as a difference and not again as a
// finding.
func isDifference(c validate.Code) bool {
	return c == validate.SourcesLine || c == validate.SourcesVotes || c == validate.SourcesPreferences
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return group(int64(n)) + " " + word + "s"
}

// provText is a source's provenance in words: "not given" for
// shailoo.ProvenanceNotGiven.
func provText(p string) string {
	if p == shailoo.ProvenanceNotGiven {
		return "not given"
	}
	return p
}
