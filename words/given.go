package words

import (
	"strconv"
	"strings"
)

// The Go side says some things in fixed English sentences that are data
// of a result (a check's reason for not being evaluated, the built-in
// data's names and provenance): JSON keeps them as they are, and the
// reports and the page say them in the reader's language by these
// functions, from the page's "ne:" and "data:" keys. Those keys are not
// compiled into the page's .wasm (page.go), where these functions give
// the English as it is: the page says them itself (app.js's reasonText
// and dataText, from the same keys).

// Reason returns why a check was not evaluated (validate.NotEvaluated's
// Reason) in the language lang names: a reason the catalog has under
// "ne:" as a whole, or a reason that starts with a "ne:" prefix (a key
// ending in a space) followed by IDs, which stay as given, or by reasons
// of their own ("the precinct is abroad"), said too. English, and a
// reason the catalog lacks, stay as written.
func Reason(lang, r string) string {
	if s, ok := undecidedReason(lang, r); ok {
		return s // in English too: the outcome in words, not its ID
	}
	if l, _ := Language(lang); l == "en" {
		return r
	}
	if t, ok := Lookup("ne:" + r); ok {
		return t.In(lang)
	}
	for _, s := range pageSection() {
		for _, e := range s {
			prefix, ok := strings.CutPrefix(e.Key, "ne:")
			if !ok || !strings.HasSuffix(prefix, " ") || !strings.HasPrefix(r, prefix) {
				continue
			}
			if lines, ok := lineList(lang, r[len(prefix):]); ok {
				return e.In(lang) + lines
			}
			rest := strings.Split(r[len(prefix):], ", ")
			for i, x := range rest {
				if t, ok := Lookup("ne:" + x); ok {
					rest[i] = t.In(lang)
				} else if t, ok := Lookup("line." + x); ok && x != "other" {
					rest[i] = t.In(lang) // a protocol line, by its name
				}
			}
			return e.In(lang) + strings.Join(rest, ", ")
		}
	}
	return r
}

// lineList says a list of protocol lines by their IDs, as a reason
// writes it in English ("valid, and found_mobile and found_stationary":
// P111's, a line and a pair of lines), as one list in lang by the lines'
// names ("line." keys, lower-case inside a sentence), "and" before the
// last alone: "действительных бюллетеней, бюллетеней в переносных ящиках
// и бюллетеней в стационарных ящиках"; a list the English writes with
// commas alone keeps them. ok is false when an ID is no line
// of the catalog.
func lineList(lang, ids string) (string, bool) {
	parts := strings.Split(strings.ReplaceAll(strings.ReplaceAll(ids, ", and ", ", "), " and ", ", "), ", ")
	for i, id := range parts {
		t, ok := Lookup("line." + id)
		if !ok || id == "other" {
			return "", false
		}
		parts[i] = t.In(lang)
	}
	if len(parts) == 1 || !strings.Contains(ids, " and ") {
		return strings.Join(parts, ", "), true // a list the English gives with commas alone
	}
	return strings.Join(parts[:len(parts)-1], ", ") + Of("ne_and").In(lang) + parts[len(parts)-1], true
}

// Data returns a text of the built-in data (an election's or a rule
// set's name, the 2021 data's provenance, a provenance given as one of
// the words official, preliminary, synthetic, the name of a definition
// inferred from a mapping) in the language lang names,
// from the "data:" keys; English, and a text the catalog lacks (a name a
// file gives), stay as written.
func Data(lang, s string) string {
	if l, _ := Language(lang); l == "en" || s == "" {
		return s
	}
	if t, ok := Lookup("report." + s); ok && (s == "official" || s == "preliminary" || s == "synthetic") {
		return t.In(lang) // a provenance given as one word
	}
	key := "data:" + s
	if strings.HasPrefix(s, "kg2021: national totals official") {
		key = "data:kg2021"
	}
	if t, ok := Lookup(key); ok {
		return t.In(lang)
	}
	if file, ok := strings.CutPrefix(s, "inferred from "); ok {
		if _, ok := Lookup("report.inferred_from"); ok {
			return Say(lang, "report.inferred_from", Args{"file": file})
		}
	}
	return s
}

// Figure returns a finding's want or got (validate.Finding) in the
// language lang names, as the page's figText does: a number or ID as it
// is, the Go side's fixed phrases from the "fig:" keys ("a defined
// precinct"), "a candidate in okrug X", "line X" and "the votes for «X»"
// around their IDs, and "exact" in a percentage's formula. English stays
// as written.
func Figure(lang, s string) string {
	if l, _ := Language(lang); l == "en" || s == "" {
		return s
	}
	if t, ok := Lookup("fig:" + s); ok {
		return t.In(lang)
	}
	if okrug, ok := strings.CutPrefix(s, "a candidate in okrug "); ok {
		return Say(lang, "fig_candidate_in", Args{"okrug": okrug})
	}
	if line, ok := strings.CutPrefix(s, "line "); ok && !strings.Contains(line, " ") {
		return Say(lang, "where.line", Args{"line": line})
	}
	if c, ok := strings.CutPrefix(s, "the votes for «"); ok && strings.HasSuffix(c, "»") {
		c = strings.TrimSuffix(c, "»")
		if c == "against_all" {
			c = Of("choice.against_all").In(lang)
		}
		return Say(lang, "fig_votes_for", Args{"choice": c})
	}
	if t, ok := Lookup("exact_word"); ok {
		return strings.Replace(s, "(exact ", "("+t.In(lang)+" ", 1)
	}
	return s
}

// NotCounted returns why no seat was decided (shailoo.Result's
// NotCounted) in the language lang names, for the reasons the catalog
// knows (the page's "nc_" keys, as app.js's notCountedWhy says them): an
// ambiguous definition, and a threshold base that cannot be computed,
// whose cause (an error's text) stays in English. Any other reason, and
// English, stay as written.
func NotCounted(lang, why string) string {
	if l, _ := Language(lang); l == "en" {
		return why
	}
	const ambiguous, twice = "the election's definition is ambiguous (findings ", "): an ID is defined twice or reserved"
	if codes, ok := strings.CutPrefix(why, ambiguous); ok && strings.HasSuffix(codes, twice) {
		if t, ok := Lookup("nc_ambiguous"); ok {
			return Fill(t.In(lang), func(string) (string, bool) { return strings.TrimSuffix(codes, twice), true })
		}
	}
	if cause, ok := strings.CutPrefix(why, "the threshold base cannot be computed from the protocols: "); ok {
		if t, ok := Lookup("nc_base"); ok {
			return t.In(lang) + cause
		}
	}
	return why
}

// undecidedReason says a published okrug outcome not evaluated (S309)
// because the recount does not decide the okrug, validate's reason
// "the recount does not decide the okrug: <outcome>; the summary
// publishes <what>" (what: outcome "…", winner "…", winners "…", "…",
// joined by " and "), in lang's words: the recount's outcome by its
// "out_" words, what the summary publishes named. ok is false for
// another reason, or one that does not read so.
func undecidedReason(lang, r string) (string, bool) {
	rest, ok := strings.CutPrefix(r, "the recount does not decide the okrug: ")
	if !ok {
		return "", false
	}
	outcome, said, ok := strings.Cut(rest, "; the summary publishes ")
	t, known := Lookup("out_" + outcome)
	if !ok || !known {
		return "", false
	}
	var parts []string
	for said != "" {
		kind, vals, ok := "", []string(nil), false
		for _, k := range []string{"outcome", "winners", "winner"} {
			if v, found := strings.CutPrefix(said, k+" "); found {
				kind, said, ok = k, v, true
				break
			}
		}
		for ok {
			q, err := strconv.QuotedPrefix(said)
			if err != nil {
				return "", false
			}
			v, _ := strconv.Unquote(q)
			if o, found := Lookup("out_" + v); found && kind == "outcome" {
				v = o.In(lang)
			}
			vals, said = append(vals, "«"+v+"»"), said[len(q):]
			said, ok = strings.CutPrefix(said, ", ")
		}
		if kind == "" {
			return "", false
		}
		parts = append(parts, Say(lang, "ne_pub_"+kind, Args{"x": strings.Join(vals, ", ")}))
		if said != "" {
			if said, ok = strings.CutPrefix(said, " and "); !ok {
				return "", false
			}
		}
	}
	return Say(lang, "ne_undecided", Args{"outcome": t.In(lang), "said": strings.Join(parts, Of("ne_and").In(lang))}), true
}
