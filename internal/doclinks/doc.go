// Package doclinks holds the test that every relative link of the
// repository's Markdown (README.md, docs/, examples/, testdata/) points at a
// file that exists and, with an anchor, at a heading of that file, as GitHub
// writes its anchors: the README and docs are read on GitHub and offline.
package doclinks
