package svg

import "github.com/shailoo/shailoo/forensics"

// ChoiceLine says which choice is studied and why, in lang.
func ChoiceLine(r *forensics.Report, lang Lang) string {
	if r == nil {
		return ""
	}
	return Word(lang, "choice") + ": " + choiceName(r, r.Choice, lang) + " (" + r.Choice + "; " + Word(lang, "by."+r.ChoiceBy) + ")"
}

// SeedLine is the line every chart ends with: the seed, the draws and
// alpha.
func SeedLine(r *forensics.Report, lang Lang) string {
	if r == nil {
		return ""
	}
	return seedLine(r, lang)
}

// Lines returns the figures of chart name (as Charts names them) as
// lines of text, in lang: what a reader of the command's text report
// sees in place of the picture.
func Lines(r *forensics.Report, name string, lang Lang) []string {
	if r == nil {
		return nil
	}
	var out []string
	switch name {
	case "comet":
		a := r.Comet.Association
		out = append(out, Word(lang, "comet.assoc", "z", fixed(a.Z, 2), "p", pval(a.P))+" ("+verdict(a.Rejected, lang)+")")
	case "integer":
		in := &r.Integer
		out = append(out,
			Word(lang, "integer.turnout")+": "+testLine(&in.Turnout, lang),
			Word(lang, "integer.share", "choice", choiceName(r, r.Choice, lang))+": "+testLine(&in.Share, lang),
			Word(lang, "integer.either")+": "+testLine(&in.Either, lang))
		for _, t := range []*forensics.IntegerTest{&in.Turnout, &in.Share} {
			s := Word(lang, "integer.top") + ":"
			for _, p := range t.Top {
				s += " " + itoa(int64(p.Percent)) + "% (" + itoa(int64(p.Observed)) + " / " + fixed(p.Expected, 1) + ")"
			}
			out = append(out, s)
		}
	case "digits":
		for _, t := range r.Digits.Choices {
			if !t.Tested {
				out = append(out, choiceName(r, t.Choice, lang)+": "+Word(lang, "digits.none")+" ("+itoa(int64(t.Counts))+")")
				continue
			}
			out = append(out, choiceName(r, t.Choice, lang)+": "+Word(lang, "digits.row", "n", group(int64(t.Counts)), "chi", fixed(t.Chi2, 2), "p", pval(t.P))+" ("+verdict(t.Rejected, lang)+")")
		}
	case "machine":
		m := &r.Machine
		if m.Pairs == 0 {
			return []string{Word(lang, "machine.none")}
		}
		out = append(out, Word(lang, "machine.summary", "pairs", group(int64(m.Pairs)), "diff", group(int64(m.Differing))))
		for _, p := range m.Largest {
			out = append(out, Word(lang, "machine.largest")+": "+p.Precinct+" ("+p.Group+") "+group(p.Abs))
		}
	case "regions":
		for _, g := range r.Regions.Regions {
			id := g.ID
			if id == "" {
				id = Word(lang, "noregion")
			}
			out = append(out, id+": "+fixed(g.Median, 1)+"% ["+fixed(g.Q1, 1)+", "+fixed(g.Q3, 1)+"] ("+itoa(int64(g.Precincts))+")")
		}
	case "sizes":
		s := &r.Sizes
		out = append(out, Word(lang, "sizes.axis", "median", group(s.Median), "max", group(s.Max)))
	case "invalid":
		// The text report lists 50 of the precincts over the threshold;
		// the JSON every one.
		out = invalidLines(r, lang, 50)
	}
	return out
}
