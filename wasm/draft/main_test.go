//go:build js && wasm

package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall/js"
	"testing"
)

// callDraft calls shailooDraft.draft as the page does and decodes its
// answer.
func callDraft(t *testing.T, args ...any) result {
	t.Helper()
	obj := js.Global().Get("shailooDraft")
	if obj.Type() != js.TypeObject {
		register(js.Global())
		obj = js.Global().Get("shailooDraft")
	}
	if !obj.Get("ready").Truthy() {
		t.Fatal("shailooDraft.ready is not set")
	}
	v := obj.Call("draft", args...)
	if v.Type() != js.TypeString {
		t.Fatalf("shailooDraft.draft returned a %s, want a string", v.Type())
	}
	var r result
	if err := json.Unmarshal([]byte(v.String()), &r); err != nil {
		t.Fatalf("%v: %.300s", err, v.String())
	}
	return r
}

func uint8Array(b []byte) js.Value {
	u8 := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(u8, b)
	return u8
}

// TestDraftAsTheCommand drafts each file of testdata/files.txt as the page
// does (its bytes as a Uint8Array, its bare name) and compares with what
// `shailoo mapping draft NAME` prints (testdata/cli, which cmd/shailoo's
// TestPageDraftGoldens checks against the command): the draft byte for
// byte, or the error's line.
func TestDraftAsTheCommand(t *testing.T) {
	list, err := os.Open("testdata/files.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer list.Close()
	sc := bufio.NewScanner(list)
	n := 0
	for sc.Scan() {
		file := strings.TrimSpace(sc.Text())
		if file == "" || strings.HasPrefix(file, "#") {
			continue
		}
		n++
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("../..", file))
			if err != nil {
				t.Fatal(err)
			}
			got := callDraft(t, uint8Array(b), name)
			if out, err := os.ReadFile(filepath.Join("testdata/cli", name+".out")); err == nil {
				if got.Error != "" {
					t.Fatalf("the command drafts it, the module says: %s", got.Error)
				}
				if got.Mapping != string(out) {
					t.Errorf("the module's draft differs from the command's (%d vs %d bytes):\n%s", len(got.Mapping), len(out), got.Mapping)
				}
				var m struct {
					Guesses []string `json:"_guesses"`
				}
				if err := json.Unmarshal(out, &m); err != nil {
					t.Fatal(err)
				}
				if got.Guesses != len(m.Guesses) {
					t.Errorf("guesses %d, the draft lists %d", got.Guesses, len(m.Guesses))
				}
				var ballot map[string]any
				json.Unmarshal(out, &ballot)
				_, isBallot := ballot["choice"]
				if got.Ballots != isBallot {
					t.Errorf("ballots %v, the draft has a choice column: %v", got.Ballots, isBallot)
				}
				return
			}
			errText, err := os.ReadFile(filepath.Join("testdata/cli", name+".err"))
			if err != nil {
				t.Fatalf("no golden for %s: %v", name, err)
			}
			if got.Mapping != "" || got.Error+"\n" != string(errText) {
				t.Errorf("the module says %q (draft of %d bytes), the command %q", got.Error, len(got.Mapping), errText)
			}
		})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 5 {
		t.Fatalf("%d files in testdata/files.txt", n)
	}
}

// TestDraftArguments: a file given as text or as an ArrayBuffer is drafted
// as its bytes; no file is the empty file's error, never a throw.
func TestDraftArguments(t *testing.T) {
	csv := "precinct,voters,valid,Party A,Party B\n1001,100,90,50,40\n1002,200,180,100,80\n"
	want := callDraft(t, uint8Array([]byte(csv)), "p.csv")
	if want.Error != "" || want.Mapping == "" {
		t.Fatalf("draft of a plain file: %+v", want)
	}
	if got := callDraft(t, csv, "p.csv"); got != want {
		t.Errorf("as a string: %+v, as bytes: %+v", got, want)
	}
	if got := callDraft(t, uint8Array([]byte(csv)).Get("buffer"), "p.csv"); got != want {
		t.Errorf("as an ArrayBuffer: %+v, as bytes: %+v", got, want)
	}
	for _, args := range [][]any{nil, {js.Undefined()}, {js.Null(), 7}} {
		if got := callDraft(t, args...); got.Error == "" || got.Panic || got.Mapping != "" {
			t.Errorf("draft(%v): %+v, want an error", args, got)
		}
	}
}
