package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b))
	require.Equal(t, `Jogorku Kenesh election, 28 November 2021, rule set kg2021 1.0.0
  Ata-Jurt Kyrgyzstan   17.32%  15 seats (5 women), 157923 votes above the line
  Ishenim               13.61%  12 seats (4 women), 110388 votes above the line
  Yntymak               11.00%   9 seats (3 women), 76927 votes above the line
  Alliance               8.35%   7 seats (2 women), 42873 votes above the line
  Butun Kyrgyzstan       7.04%   6 seats (2 women), 26141 votes above the line
  Yiman Nuru             6.17%   5 seats (2 women), 14943 votes above the line
  88 of 90 seats filled; 2 okrugs vote again
published figures checked: 0 errors
`, b.String())
}
