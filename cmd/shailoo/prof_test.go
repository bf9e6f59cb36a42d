package main
import ("testing";"io")
func TestProf(t *testing.T) {
	code := run([]string{"check", "--election", "/tmp/min300k.json"}, io.Discard, io.Discard)
	t.Log(code)
}
