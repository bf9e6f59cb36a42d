//go:build race

package ingest

// raceEnabled: the race detector is on, and allocates beside every
// allocation the memory tests count.
const raceEnabled = true
