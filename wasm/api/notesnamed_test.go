package api_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/shailoo/shailoo/wasm/api"
)

// The page's notes name a list by the result's name of it in the page's
// language (kg2015 on the demo: «Ата-Журт Кыргызстан: ээленбеген
// мандаттар» in ky, was the English name), as written where the page
// gives none; Notes, without the names, leaves them as written.
func TestNotesNamed(t *testing.T) {
	notes := `["Ata-Jurt Kyrgyzstan: seats not filled: 13: only 23 candidates on the list for 36 seats: 13 unfilled",` +
		`"Xlist: seats not filled: 1: only 1 candidates on the list for 2 seats: 1 unfilled"]`
	lists := `{"ky":{"Ata-Jurt Kyrgyzstan":"Ата-Журт Кыргызстан","ata-jurt":"Ата-Журт Кыргызстан"},"ru":{"Ata-Jurt Kyrgyzstan":"Ата-Журт (ru)","x":""}}`
	said := func(b []byte, err error) map[string][]string {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		var by map[string][]string
		if err := json.Unmarshal(b, &by); err != nil {
			t.Fatal(err)
		}
		return by
	}
	by := said(api.NotesNamed(notes, lists))
	for lang, want := range map[string][2]string{"ky": {"Ата-Журт Кыргызстан: ", "Xlist: "}, "ru": {"Ата-Журт (ru): ", "Xlist: "}} {
		if !strings.HasPrefix(by[lang][0], want[0]) || !strings.HasPrefix(by[lang][1], want[1]) || strings.Contains(by[lang][0], "13 unfilled") {
			t.Errorf("%s: %q", lang, by[lang])
		}
	}
	if by := said(api.Notes(notes)); !strings.HasPrefix(by["ky"][0], "Ata-Jurt Kyrgyzstan: ") {
		t.Errorf("Notes named a list: %q", by["ky"])
	}
	if _, err := api.NotesNamed(notes, "{"); err == nil {
		t.Error("bad lists JSON: no error")
	}
}
