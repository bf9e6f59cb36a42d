package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, "../../testdata/ingest/"))
	t.Log("\n" + b.String())
	require.Contains(t, b.String(), "X201 error")
	require.Contains(t, b.String(), "machine-vs-manual gap at precinct 2001")
	require.Contains(t, b.String(), "Ak Jol: 1575 votes, 4 seats")
}
