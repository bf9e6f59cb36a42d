package ingest

import (
	"regexp"
	"testing"
)

// numbered is the regular expression it replaces, written out: the two
// agree on every header tried here.
func TestNumberedIsTheRegexp(t *testing.T) {
	re := regexp.MustCompile(`^\s*(\d{1,3})\s*(?:[.)]|[-–—]\s)\s*\S`)
	heads := []string{"", "1", "1.", "1. ", "1.a", "1. Ata-Jurt", " 12) Butun", "123.x", "1234. x", "12 . x",
		"\t7)\tЫнтымак", "3)", "3.\u00a0", "3.\u00a0x", "x1. a", "01. a", "1..", "1.\xff", "１. a", "\f9\r.\nz", "99 )  y",
		"1 - Georgian Dream", "1- x", "1-x", "1 -x", "12 – Lelo", "3 —\tx", "2021-11-28", "1 - ", "1 -", "5 -  y", "7–"}
	for _, h := range heads {
		sm := re.FindStringSubmatch(h)
		got, ok := numbered(h)
		if (sm != nil) != ok || (ok && got != sm[1]) {
			t.Errorf("numbered(%q) = %q, %v; the regexp gives %q", h, got, ok, sm)
		}
	}
}
