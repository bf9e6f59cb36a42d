//go:build !race

package ingest

// raceEnabled: the race detector is off (see race_test.go).
const raceEnabled = false
