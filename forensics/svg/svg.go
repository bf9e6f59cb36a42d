// Package svg draws the charts of a forensics.Report as SVG documents,
// written by hand with strconv at fixed precision so that the bytes are
// the same natively and in WebAssembly. Each chart is accessible: a
// <title> and a <desc> (what it measures and what it cannot prove), and
// its labels are text. The words are in words.go, in en, ru and ky.
package svg

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shailoo/shailoo/forensics"
)

// Chart is one chart: a file name without extension, its title and
// description (as in the SVG) and the SVG document.
type Chart struct {
	Name  string `json:"name"`
	Title string `json:"title"`
	Desc  string `json:"desc"`
	SVG   []byte `json:"-"`
}

// Charts draws every chart of r in lang: comet, integer, digits, machine,
// regions, sizes, invalid. A nil r gives none.
func Charts(r *forensics.Report, lang Lang) []Chart {
	if r == nil {
		return nil
	}
	return []Chart{comet(r, lang), integer(r, lang), digits(r, lang), machine(r, lang), regions(r, lang), sizes(r, lang), invalid(r, lang)}
}

const width = 760

// canvas accumulates an SVG document.
type canvas struct {
	b    []byte
	id   string
	h    float64
	y    float64 // next free line of text at the bottom
	lang Lang
}

// num writes a coordinate with one decimal, without a trailing ".0".
func num(x float64) string {
	s := strconv.FormatFloat(x, 'f', 1, 64)
	if strings.HasSuffix(s, ".0") {
		s = s[:len(s)-2]
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// group writes n with thin spaces between groups of three digits.
func group(n int64) string {
	s := itoa(max(n, -n))
	var b strings.Builder
	if n < 0 {
		b.WriteString("−")
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString("\u202f")
		}
		b.WriteRune(c)
	}
	return b.String()
}

// pval writes a p-value: four decimals, or two significant digits below
// 0.0001.
func pval(p float64) string {
	if p >= 0.0001 || p == 0 {
		if p == 0 {
			return "0"
		}
		return strconv.FormatFloat(p, 'f', 4, 64)
	}
	return strconv.FormatFloat(p, 'e', 1, 64)
}

func fixed(x float64, prec int) string { return strconv.FormatFloat(x, 'f', prec, 64) }

// esc escapes s for SVG text and attributes.
func esc(s string) string {
	if !strings.ContainsAny(s, `&<>"`) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func newCanvas(name string, lang Lang, title, desc string, h float64) *canvas {
	c := &canvas{id: "fz-" + name, h: h, lang: lang}
	c.s(`<svg xmlns="http://www.w3.org/2000/svg" width="` + itoa(width) + `" height="{H}" viewBox="0 0 ` + itoa(width) + ` {H}" role="img" aria-labelledby="` + c.id + `-t ` + c.id + `-d" font-family="sans-serif" font-size="12">` + "\n")
	c.s(`<title id="` + c.id + `-t">` + esc(title) + "</title>\n")
	c.s(`<desc id="` + c.id + `-d">` + esc(desc) + "</desc>\n")
	c.s(`<rect width="100%" height="100%" fill="#fff"/>` + "\n")
	c.text(12, 22, title, "start", 15, "bold", "#111")
	return c
}

func (c *canvas) s(s string) { c.b = append(c.b, s...) }

func (c *canvas) rect(x, y, w, h float64, fill string) {
	c.s(`<rect x="` + num(x) + `" y="` + num(y) + `" width="` + num(w) + `" height="` + num(h) + `" fill="` + fill + `"/>` + "\n")
}

func (c *canvas) line(x1, y1, x2, y2 float64, stroke string, dash bool) {
	c.s(`<line x1="` + num(x1) + `" y1="` + num(y1) + `" x2="` + num(x2) + `" y2="` + num(y2) + `" stroke="` + stroke + `"`)
	if dash {
		c.s(` stroke-dasharray="4 3"`)
	}
	c.s("/>\n")
}

func (c *canvas) circle(x, y, r float64, fill string) {
	c.s(`<circle cx="` + num(x) + `" cy="` + num(y) + `" r="` + num(r) + `" fill="` + fill + `" fill-opacity="0.6"/>` + "\n")
}

func (c *canvas) text(x, y float64, s, anchor string, size int, weight, fill string) {
	c.s(`<text x="` + num(x) + `" y="` + num(y) + `"`)
	if anchor != "start" {
		c.s(` text-anchor="` + anchor + `"`)
	}
	if size != 12 {
		c.s(` font-size="` + itoa(int64(size)) + `"`)
	}
	if weight != "" {
		c.s(` font-weight="` + weight + `"`)
	}
	if fill != "#111" {
		c.s(` fill="` + fill + `"`)
	}
	c.s(">" + esc(s) + "</text>\n")
}

// vtext writes s rotated to read upwards, centred on (x, y).
func (c *canvas) vtext(x, y float64, s string) {
	c.s(`<text transform="translate(` + num(x) + " " + num(y) + `) rotate(-90)" text-anchor="middle">` + esc(s) + "</text>\n")
}

func (c *canvas) polyline(pts []float64, stroke string) {
	c.s(`<polyline fill="none" stroke="` + stroke + `" stroke-width="1.5" points="`)
	for i := 0; i+1 < len(pts); i += 2 {
		if i > 0 {
			c.s(" ")
		}
		c.s(num(pts[i]) + "," + num(pts[i+1]))
	}
	c.s(`"/>` + "\n")
}

// para writes s wrapped at about 118 characters from y on, and returns
// the y below it.
func (c *canvas) para(y float64, s string, fill string) float64 {
	for _, l := range wrap(s, 118) {
		c.text(12, y, l, "start", 12, "", fill)
		y += 16
	}
	return y
}

func wrap(s string, n int) []string {
	var out []string
	var cur []string
	l := 0
	for _, w := range strings.Fields(s) {
		k := utf8.RuneCountInString(w)
		if l > 0 && l+1+k > n {
			out = append(out, strings.Join(cur, " "))
			cur, l = nil, 0
		}
		if l > 0 {
			l++
		}
		cur = append(cur, w)
		l += k
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, " "))
	}
	return out
}

// finish writes the seed line, the two sentences (what the chart
// measures, what it cannot prove) from y on, and closes the document.
func (c *canvas) finish(r *forensics.Report, y float64, measures, cannot string) []byte {
	y += 8
	y = c.para(y, Word(c.lang, "measures")+measures, "#111")
	y = c.para(y, Word(c.lang, "cannot")+cannot, "#7a3b00")
	y = c.para(y, seedLine(r, c.lang), "#555")
	c.s("</svg>\n")
	return []byte(strings.Replace(string(c.b), "{H}", itoa(int64(y)), 2))
}

// choiceName is the name of choice id in lang: in Russian the Kyrgyz
// (Cyrillic) name stands in when there is no Russian one, as the page
// does; the English name otherwise.
func choiceName(r *forensics.Report, id string, lang Lang) string {
	for _, c := range r.Choices {
		if c.ID != id {
			continue
		}
		switch {
		case lang == "ky" && c.NameKy != "":
			return c.NameKy
		case lang == "ru" && c.NameRu != "":
			return c.NameRu
		case lang == "ru" && c.NameKy != "":
			return c.NameKy
		}
		return c.Name
	}
	return id
}

func seedLine(r *forensics.Report, lang Lang) string {
	s := Word(lang, "seed", "seed", strconv.FormatUint(r.Seed, 10), "draws", itoa(int64(r.Draws)), "alpha", strconv.FormatFloat(r.Alpha, 'g', -1, 64))
	if r.Annulled > 0 {
		n := 0
		for _, k := range r.Skipped {
			if k.Reason == forensics.SkipAnnulled {
				n += k.Count
			}
		}
		s += "; " + Word(lang, "annulled", "precincts", group(int64(r.Annulled)), "protocols", group(int64(n)))
	}
	return s
}

// palette runs from many voters (dark) to few (light).
var palette = [...]string{"#08306b", "#08519c", "#2171b5", "#4292c6", "#6baed6", "#9ecae1", "#c6dbef", "#deebf7"}

// level returns the palette index of v against the largest m: level i
// holds m/4^(i+1) < v <= m/4^i (integer shifts, no floating point), the
// last level everything below.
func level(v, m int64) int {
	for i := range len(palette) - 1 {
		if v > m>>(2*(i+1)) {
			return i
		}
	}
	return len(palette) - 1
}

func maxOf(xs []int64) int64 {
	var m int64
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}
