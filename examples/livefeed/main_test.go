//go:build !js

package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, filepath.Join(t.TempDir(), "results.sqlite")))
	t.Log("\n" + b.String())
	require.Contains(t, b.String(), ": 201 Протокол принят.")
	require.Contains(t, b.String(), ": 409 ")
	require.Contains(t, b.String(), ": 422 ")
	require.Contains(t, b.String(), "partial: 5 of 2494 precincts reporting")
}
