package svg

import (
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/forensics"
)

func chart(name, title, measures, cannot string, lang Lang) (Chart, *canvas) {
	desc := Word(lang, "measures") + measures + " " + Word(lang, "cannot") + cannot
	return Chart{Name: name, Title: title, Desc: desc}, newCanvas(name, lang, title, desc, 0)
}

func comet(r *forensics.Report, lang Lang) Chart {
	cm := &r.Comet
	ch := cut(choiceName(r, r.Choice, lang), 40)
	ct, c := chart("comet", Word(lang, "comet.title", "choice", ch), Word(lang, "comet.measures", "choice", ch), Word(lang, "comet.cannot"), lang)
	const x0, y0, cell, mh = 70.0, 130.0, 4.0, 80.0
	side := 101 * cell
	// Marginals: voters by turnout bin above, by share bin to the right.
	mt, ms := maxOf(cm.Turnout), maxOf(cm.Share)
	for k, v := range cm.Turnout {
		if v > 0 && mt > 0 {
			h := mh * float64(v) / float64(mt)
			c.rect(x0+float64(k)*cell, y0-6-h, cell, h, "#6baed6")
		}
	}
	for k, v := range cm.Share {
		if v > 0 && ms > 0 {
			w := mh * float64(v) / float64(ms)
			c.rect(x0+side+6, y0+side-float64(k+1)*cell, w, cell, "#6baed6")
		}
	}
	c.rect(x0, y0, side, side, "#f7f7f7")
	var mc int64
	for _, e := range cm.Cells {
		mc = max(mc, e.Voters)
	}
	// One path per palette level, a square per cell.
	paths := make([][]byte, len(palette))
	for _, e := range cm.Cells {
		l := level(e.Voters, mc)
		paths[l] = append(paths[l], "M"+num(x0+float64(e.Turnout)*cell)+" "+num(y0+side-float64(e.Share+1)*cell)+"h4v4h-4z"...)
	}
	for l, d := range paths {
		if len(d) > 0 {
			c.s(`<path fill="` + palette[l] + `" d="` + string(d) + `"/>` + "\n")
		}
	}
	for k := 0; k <= 100; k += 10 {
		x := x0 + float64(k)*cell
		y := y0 + side - float64(k)*cell
		c.line(x, y0+side, x, y0+side+4, "#333", false)
		c.text(x, y0+side+16, itoa(int64(k)), "middle", 11, "", "#333")
		c.line(x0-4, y, x0, y, "#333", false)
		c.text(x0-7, y+4, itoa(int64(k)), "end", 11, "", "#333")
	}
	c.text(x0+side/2, y0+side+34, Word(lang, "turnout"), "middle", 12, "", "#111")
	c.vtext(24, y0+side/2, Word(lang, "share", "choice", ch))
	// Legend: one swatch per palette step.
	lx := x0 + side + 96
	c.text(lx, y0+8, Word(lang, "comet.legend"), "start", 11, "", "#333")
	for i := range palette {
		y := y0 + 18 + float64(i)*18
		c.rect(lx, y, 14, 14, palette[i])
		label := "≤ " + group(mc>>(2*i))
		if i < len(palette)-1 {
			label = group(mc>>(2*(i+1))+1) + "–" + group(mc>>(2*i))
		}
		c.text(lx+20, y+11, label, "start", 11, "", "#333")
	}
	a := cm.Association
	y := y0 + side + 56
	c.text(12, y, Word(lang, "comet.assoc", "z", fixed(a.Z, 2), "p", pval(a.P))+" ("+verdict(a.Rejected, lang)+")", "start", 12, "", "#111")
	y += 16
	c.text(12, y, group(int64(cm.Precincts))+" "+Word(lang, "precincts"), "start", 12, "", "#555")
	ct.SVG = c.finish(r, y+8, Word(lang, "comet.measures", "choice", ch), Word(lang, "comet.cannot"))
	return ct
}

func verdict(rejected bool, lang Lang) string {
	if rejected {
		return Word(lang, "rejected")
	}
	return Word(lang, "not_rejected")
}

func integer(r *forensics.Report, lang Lang) Chart {
	in := &r.Integer
	ch := cut(choiceName(r, r.Choice, lang), 40)
	min := itoa(r.MinBase)
	ct, c := chart("integer", Word(lang, "integer.title"), Word(lang, "integer.measures", "min", min), Word(lang, "integer.cannot"), lang)
	y := 40.0
	c.text(12, y+8, Word(lang, "integer.legend"), "start", 11, "", "#555")
	y += 20
	for _, p := range []struct {
		name string
		t    *forensics.IntegerTest
	}{{Word(lang, "integer.turnout"), &in.Turnout}, {Word(lang, "integer.share", "choice", ch), &in.Share}} {
		y = panel(c, y, p.name, p.t, lang)
	}
	e := &in.Either
	c.text(12, y+14, Word(lang, "integer.either"), "start", 12, "bold", "#111")
	y = c.para(y+30, testLine(e, lang), "#111")
	ct.SVG = c.finish(r, y, Word(lang, "integer.measures", "min", min), Word(lang, "integer.cannot"))
	return ct
}

func testLine(t *forensics.IntegerTest, lang Lang) string {
	return Word(lang, "integer.line", "obs", group(int64(t.Observed)), "exp", fixed(t.Expected, 1), "exc", fixed(t.Excess, 1), "p", pval(t.P), "n", group(int64(t.Precincts))) + " (" + verdict(t.Rejected, lang) + ")"
}

// panel draws the observed counts at each integer percent as bars and the
// expectation as a line, and returns the y below it.
func panel(c *canvas, y float64, name string, t *forensics.IntegerTest, lang Lang) float64 {
	const x0, bw, h = 60.0, 6.5, 130.0
	c.text(12, y+14, name, "start", 12, "bold", "#111")
	c.text(12, y+30, testLine(t, lang), "start", 12, "", "#111")
	top := y + 42
	// The scale leaves out 0% and 100%, where whole precincts (everyone
	// voted, or no one for the choice) can dwarf the rest: their bars are
	// cut at the top and labelled.
	var m float64
	for _, p := range t.ByPercent {
		if p.Percent > 0 && p.Percent < 100 {
			m = max(m, float64(p.Observed), p.Expected)
		}
	}
	if m == 0 {
		m = 1
	}
	base := top + h
	c.line(x0, base, x0+101*bw, base, "#333", false)
	var pts []float64
	for _, p := range t.ByPercent {
		x := x0 + float64(p.Percent)*bw
		if p.Observed > 0 {
			bh := h * float64(p.Observed) / m
			if bh > h {
				bh = h
				c.text(x+bw/2, top-2, itoa(int64(p.Observed)), "middle", 10, "", "#333")
			}
			c.rect(x+0.5, base-bh, bw-1, bh, "#4292c6")
		}
		pts = append(pts, x+bw/2, base-h*min(p.Expected, m)/m)
	}
	c.polyline(pts, "#d94801")
	for k := 0; k <= 100; k += 10 {
		x := x0 + float64(k)*bw + bw/2
		c.text(x, base+14, itoa(int64(k))+"%", "middle", 11, "", "#333")
	}
	c.text(x0-6, top+8, itoa(int64(m)), "end", 11, "", "#333")
	c.text(x0-6, base, "0", "end", 11, "", "#333")
	if len(t.Top) > 0 {
		s := Word(lang, "integer.top") + ":"
		for i, p := range t.Top[:min(5, len(t.Top))] {
			if i > 0 {
				s += ","
			}
			s += " " + itoa(int64(p.Percent)) + "% (" + itoa(int64(p.Observed)) + " / " + fixed(p.Expected, 1) + ")"
		}
		c.text(x0, base+30, s, "start", 11, "", "#555")
	}
	return base + 40
}

func digits(r *forensics.Report, lang Lang) Chart {
	mn := itoa(r.MinCount)
	ct, c := chart("digits", Word(lang, "digits.title", "min", mn), Word(lang, "digits.measures"), Word(lang, "digits.cannot"), lang)
	y := 44.0
	const x0, bw, h = 260.0, 16.0, 40.0
	for _, t := range r.Digits.Choices {
		c.text(12, y+16, choiceName(r, t.Choice, lang), "start", 12, "bold", "#111")
		if !t.Tested {
			c.text(12, y+32, Word(lang, "digits.none")+" ("+itoa(int64(t.Counts))+")", "start", 11, "", "#555")
			y += 44
			continue
		}
		c.text(12, y+32, Word(lang, "digits.row", "n", group(int64(t.Counts)), "chi", fixed(t.Chi2, 2), "p", pval(t.P))+" ("+verdict(t.Rejected, lang)+")", "start", 11, "", "#333")
		base := y + h + 6
		// bars: the share of each digit, 0..20% over h.
		for dgt, o := range t.Digits {
			f := float64(o) / float64(t.Counts)
			bh := h * min(f, 0.2) / 0.2
			x := x0 + float64(dgt)*bw
			c.rect(x+1, base-bh, bw-2, bh, "#4292c6")
			c.text(x+bw/2, base+11, strconv.Itoa(dgt), "middle", 9, "", "#333")
		}
		c.line(x0, base-h/2, x0+10*bw, base-h/2, "#d94801", true)
		c.line(x0, base, x0+10*bw, base, "#333", false)
		y += h + 24
	}
	ct.SVG = c.finish(r, y, Word(lang, "digits.measures"), Word(lang, "digits.cannot"))
	return ct
}

func machine(r *forensics.Report, lang Lang) Chart {
	m := &r.Machine
	tk := "machine.title.okrug"
	if m.By == "region" {
		tk = "machine.title.region"
	}
	ct, c := chart("machine", Word(lang, tk), Word(lang, "machine.measures"), Word(lang, "machine.cannot"), lang)
	y := 48.0
	if m.Pairs == 0 {
		c.text(12, y, Word(lang, "machine.none"), "start", 13, "bold", "#111")
		ct.SVG = c.finish(r, y+8, Word(lang, "machine.measures"), Word(lang, "machine.cannot"))
		return ct
	}
	c.text(12, y, Word(lang, "machine.summary", "pairs", group(int64(m.Pairs)), "diff", group(int64(m.Differing))), "start", 12, "", "#111")
	y += 14
	var mx int64 = 1
	for _, g := range m.Groups {
		mx = max(mx, maxOf(g.Diffs))
	}
	const x0, w, row = 200.0, 380.0, 16.0
	for _, g := range m.Groups {
		y += row
		name := g.ID
		if g.Name != "" && g.Name != g.ID {
			name += " " + g.Name
		}
		c.text(x0-8, y+4, cut(name, 28), "end", 11, "", "#333")
		c.line(x0, y, x0+w, y, "#eee", false)
		for _, d := range g.Diffs {
			if d > 0 {
				c.circle(x0+w*float64(d)/float64(mx), y, 3, "#d94801")
			}
		}
		if g.Max != "" {
			c.text(x0+w+8, y+4, cut(g.Max, 14)+": "+group(g.MaxAbs), "start", 10, "", "#555")
		}
	}
	y += row + 4
	c.line(x0, y, x0+w, y, "#333", false)
	c.text(x0, y+14, "0", "middle", 11, "", "#333")
	c.text(x0+w, y+14, group(mx), "middle", 11, "", "#333")
	c.text(x0+w/2, y+14, Word(lang, "machine.axis"), "middle", 11, "", "#333")
	y += 30
	if len(m.Largest) > 0 {
		s := Word(lang, "machine.largest") + ":"
		for i, p := range m.Largest[:min(5, len(m.Largest))] {
			if i > 0 {
				s += ","
			}
			s += " " + p.Precinct + " (" + group(p.Abs) + ")"
		}
		y = c.para(y, s, "#111")
	}
	ct.SVG = c.finish(r, y, Word(lang, "machine.measures"), Word(lang, "machine.cannot"))
	return ct
}

// cut shortens s to n characters with an ellipsis.
func cut(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n-1]) + "…"
}

func regions(r *forensics.Report, lang Lang) Chart {
	ct, c := chart("regions", Word(lang, "regions.title"), Word(lang, "regions.measures"), Word(lang, "regions.cannot"), lang)
	const x0, w, row = 240.0, 440.0, 14.0
	y := 44.0
	for k := 0; k <= 100; k += 10 {
		x := x0 + w*float64(k)/100
		c.text(x, y, itoa(int64(k)), "middle", 11, "", "#333")
	}
	c.text(x0+w+12, y, "%", "start", 11, "", "#333")
	y += 6
	top := y
	for _, g := range r.Regions.Regions {
		y += row
		name := g.Name
		switch {
		case lang == "ky" && g.NameKy != "":
			name = g.NameKy
		case lang == "ru" && g.NameRu != "":
			name = g.NameRu
		case name == "":
			name = g.ID
		}
		if name == "" {
			name = Word(lang, "noregion")
		}
		c.text(x0-8, y+4, cut(name, 34)+" ("+itoa(int64(g.Precincts))+")", "end", 10, "", "#333")
		px := func(v float64) float64 { return x0 + w*v/100 }
		c.line(px(g.Min), y, px(g.Max), y, "#888", false)
		c.rect(px(g.Q1), y-4, max(px(g.Q3)-px(g.Q1), 0.5), 8, "#9ecae1")
		c.line(px(g.Median), y-5, px(g.Median), y+5, "#08306b", false)
	}
	for k := 0; k <= 100; k += 10 {
		x := x0 + w*float64(k)/100
		c.line(x, top, x, y+row/2, "#eee", false)
	}
	ct.SVG = c.finish(r, y+row, Word(lang, "regions.measures"), Word(lang, "regions.cannot"))
	return ct
}

func sizes(r *forensics.Report, lang Lang) Chart {
	s := &r.Sizes
	ct, c := chart("sizes", Word(lang, "sizes.title"), Word(lang, "sizes.measures"), Word(lang, "sizes.cannot"), lang)
	const x0, w, h = 70.0, 620.0, 180.0
	top := 50.0
	n := len(s.Bins) + 1
	bw := w / float64(n)
	m := s.Over
	for _, b := range s.Bins {
		m = max(m, b)
	}
	m = max(m, 1)
	base := top + h
	for i, b := range append(append([]int{}, s.Bins...), s.Over) {
		if b == 0 {
			continue
		}
		bh := h * float64(b) / float64(m)
		fill := "#4292c6"
		if i == len(s.Bins) {
			fill = "#9ecae1"
		}
		c.rect(x0+float64(i)*bw+0.5, base-bh, bw-1, bh, fill)
	}
	c.line(x0, base, x0+w, base, "#333", false)
	step := max(1, len(s.Bins)/8)
	for i := 0; i < len(s.Bins); i += step {
		c.text(x0+float64(i)*bw, base+14, group(int64(i)*s.Width), "middle", 11, "", "#333")
	}
	c.text(x0+float64(len(s.Bins))*bw+bw/2, base+14, Word(lang, "sizes.over"), "middle", 10, "", "#333")
	c.text(x0-6, top+8, itoa(int64(m)), "end", 11, "", "#333")
	c.text(x0-6, base, "0", "end", 11, "", "#333")
	c.text(x0+w/2, base+32, Word(lang, "sizes.axis", "median", group(s.Median), "max", group(s.Max)), "middle", 12, "", "#111")
	c.text(x0, top-4, group(int64(s.Precincts))+" "+Word(lang, "precincts"), "start", 11, "", "#555")
	ct.SVG = c.finish(r, base+44, Word(lang, "sizes.measures"), Word(lang, "sizes.cannot"))
	return ct
}

// invalidLines are the invalid-ballots fingerprint's figures as text: the
// summary, the rule with its threshold, what was not evaluated, and the
// first most listed precincts, and how many more the JSON lists.
func invalidLines(r *forensics.Report, lang Lang, most int) []string {
	v := &r.Invalid
	var out []string
	for _, s := range v.NotEvaluated {
		out = append(out, Word(lang, "invalid.noteval")+": "+Reason(lang, s.Reason)+" "+group(int64(s.Count)))
	}
	if v.Precincts == 0 {
		return append([]string{Word(lang, "invalid.none")}, out...)
	}
	ru := v.Rule
	out = append([]string{
		Word(lang, "invalid.summary", "n", group(int64(v.Precincts)), "share", fixed(v.Share, 2), "inv", group(v.Invalid), "ballots", group(v.Ballots),
			"median", fixed(v.Median, 2), "q1", fixed(v.Q1, 2), "q3", fixed(v.Q3, 2)),
		Word(lang, "invalid.rule", "min", group(ru.MinBallots), "t", fixed(ru.Threshold, 2), "k", ru.K, "kmedian", fixed(ru.KMedian, 2), "floor", ru.Floor, "fence", fixed(ru.Fence, 2)),
	}, out...)
	if ru.Small > 0 {
		out = append(out, Word(lang, "invalid.small", "n", group(int64(ru.Small)), "min", group(ru.MinBallots)))
	}
	out = append(out, Word(lang, "invalid.listed", "n", group(int64(len(v.Listed)))))
	ls := v.Listed[:min(most, len(v.Listed))]
	for _, p := range ls {
		id := p.Precinct
		if p.Region != "" && !strings.HasPrefix(id, p.Region) {
			id += " (" + p.Region + ")"
		}
		out = append(out, "  "+Word(lang, "invalid.row", "precinct", id, "share", fixed(p.Share, 2), "inv", group(p.Invalid), "ballots", group(p.Ballots), "voters", group(p.Voters)))
	}
	if n := len(v.Listed) - len(ls); n > 0 {
		out = append(out, "  "+Word(lang, "invalid.more", "n", group(int64(n))))
	}
	return out
}

func invalid(r *forensics.Report, lang Lang) Chart {
	v := &r.Invalid
	ct, c := chart("invalid", Word(lang, "invalid.title"), Word(lang, "invalid.measures"), Word(lang, "invalid.cannot"), lang)
	y := 44.0
	if v.Precincts > 0 {
		// Bins up to the last one with a precinct or the threshold's,
		// at least 0..10%.
		top := max(10, int(v.Rule.Threshold)+1)
		for k, n := range v.Bins {
			if n > 0 {
				top = max(top, k)
			}
		}
		top = min(top, 100)
		const x0, w, h = 70.0, 620.0, 160.0
		bw := w / float64(top+1)
		m := 1
		for _, n := range v.Bins[:top+1] {
			m = max(m, n)
		}
		base := y + 16 + h
		tb := int(v.Rule.Threshold)
		for k, n := range v.Bins[:top+1] {
			if n == 0 {
				continue
			}
			// A bin of few precincts stays visible beside one of
			// thousands.
			bh := max(h*float64(n)/float64(m), 2)
			fill := "#4292c6"
			if k >= tb {
				// At or above the threshold's bin: its count, where
				// the bins are wide enough to hold it.
				fill = "#d94801"
				if bw >= 14 {
					c.text(x0+float64(k)*bw+bw/2, base-bh-3, itoa(int64(n)), "middle", 10, "", "#333")
				}
			}
			c.rect(x0+float64(k)*bw+0.5, base-bh, max(bw-1, 0.5), bh, fill)
		}
		c.line(x0, base, x0+w, base, "#333", false)
		for _, t := range []struct {
			at    float64
			color string
		}{{v.Share, "#08306b"}, {v.Rule.Threshold, "#d94801"}} {
			x := x0 + bw*min(t.at, float64(top+1))
			c.line(x, y+16, x, base, t.color, true)
		}
		step := max(1, (top+1)/10)
		for k := 0; k <= top; k += step {
			c.text(x0+float64(k)*bw, base+14, itoa(int64(k)), "middle", 11, "", "#333")
		}
		c.text(x0-6, y+24, itoa(int64(m)), "end", 11, "", "#333")
		c.text(x0-6, base, "0", "end", 11, "", "#333")
		c.text(x0+w/2, base+30, Word(lang, "invalid.axis"), "middle", 11, "", "#111")
		y = base + 50
	}
	for _, l := range invalidLines(r, lang, 10) {
		y = c.para(y, l, "#111")
	}
	ct.SVG = c.finish(r, y, Word(lang, "invalid.measures"), Word(lang, "invalid.cannot"))
	return ct
}
