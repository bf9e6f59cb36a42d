package ingest

import (
	"fmt"
	"slices"
	"strings"
)

// casillaKey returns the columns that name a casilla of Mexico's INE
// together, in the order of the file, or nil: the state (ID_ESTADO), the
// federal district (ID_DISTRITO_FEDERAL), the sección electoral
// (SECCION), the casilla's type (TIPO_CASILLA: B, C, E, S), its number
// (ID_CASILLA) and its contiguous extension (EXT_CONTIGUA), as the INE's
// quick-count and results files give them. No one of them names a
// casilla (a protocol): a sección holds several, and secciones are
// numbered in each state. The sección, the type and the number must be
// there, filled on every row; the others are taken where they are.
// The state is also the region (state, the column of the state or -1).
// (The state's column is the first named "estado" or "entidad": with a
// casilla's columns beside it, no status, as Argentina's "mesEstado" is.)
func casillaKey(header []string, nonEmpty []int, rows int, norm func(int) string) (key []int, state int) {
	estado, distrito, seccion, tipo, casilla, contigua := -1, -1, -1, -1, -1, -1
	first := func(at *int, i int) {
		if *at < 0 {
			*at = i
		}
	}
	for i := range header {
		h := norm(i)
		switch {
		case anyWords(h, []string{"tipo"}) && anyWords(h, []string{"casilla"}):
			first(&tipo, i)
		case anyWords(h, []string{"tipo"}):
		case anyWords(h, []string{"contigua"}):
			first(&contigua, i)
		case anyWords(h, []string{"casilla"}) && anyWords(h, []string{"id", "num", "numero", "número"}):
			first(&casilla, i)
		case anyWords(h, sectionCodeW):
			first(&seccion, i)
		case anyWords(h, []string{"distrito"}) && !anyWords(h, []string{"loc", "local"}):
			first(&distrito, i)
		case anyWords(h, []string{"estado", "entidad"}):
			first(&estado, i)
		}
	}
	if seccion < 0 || tipo < 0 || casilla < 0 {
		return nil, -1
	}
	for _, c := range []int{estado, distrito, seccion, tipo, casilla, contigua} {
		if c >= 0 && nonEmpty[c] == rows {
			key = append(key, c)
		}
	}
	for _, c := range []int{seccion, tipo, casilla} {
		if !slices.Contains(key, c) {
			return nil, -1
		}
	}
	if estado >= 0 && nonEmpty[estado] != rows {
		estado = -1
	}
	return key, estado
}

// casillaGuess says the precinct of casillaKey's columns.
func casillaGuess(header []string, key []int, rows [][]string, casilla int) string {
	_, names := keyColumns(header, key)
	n, first := sameKey(rows, casilla)
	again := ""
	if n > 0 {
		rowsWord := "rows"
		if n == 1 {
			rowsWord = "row"
		}
		again = fmt.Sprintf(" (column %d %q alone repeats on %d %s, the first %q)", casilla+1, trimHeader(header[casilla]), n, rowsWord, first)
	}
	district := "its federal district, "
	if !slices.ContainsFunc(key, func(c int) bool { return anyWords(strings.ToLower(header[c]), []string{"distrito"}) }) {
		district = "" // (left out where a row leaves it empty: a sección is numbered in its state)
	}
	return fmt.Sprintf("precinct: columns %s together: Mexico's INE names a casilla (a polling table, one protocol) by its state, %sits sección, its type, its number and its contiguous extension; no one of them names it%s", strings.Join(names, ", "), district, again)
}
