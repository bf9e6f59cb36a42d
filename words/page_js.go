//go:build js

package words

// pageSection is empty in the page's .wasm: the page has its words in
// app.js (see page.go).
func pageSection() [][]Entry { return nil }

// reportSections is empty in the page's .wasm: the page writes no text
// or Markdown report (see report.go).
func reportSections() [][]Entry { return nil }
