package validate_test

import (
	"testing"

	"github.com/shailoo/shailoo/validate"
)

// TestLanguage is part of issue 12's attack suite (panics and shared
// state): a language tag is matched by its primary subtag everywhere.
func TestLanguage(t *testing.T) {
	m := validate.Message{En: "en", Ru: "ru", Ky: "ky"}
	for _, c := range []struct {
		tag, want string
		ok        bool
	}{
		{"en", "en", true},
		{"ru", "ru", true},
		{"ky", "ky", true},
		{"ky-KG", "ky", true},
		{"ru-RU", "ru", true},
		{"RU", "ru", true},
		{"Ky-kg", "ky", true},
		{"ru_RU.UTF-8", "ru", true},
		{" ky ", "ky", true},
		{"kir", "ky", true},
		{"rus", "ru", true},
		{"en-US", "en", true},
		{"eng", "en", true},
		{"", "en", false},
		{"de", "en", false},
		{"kyr", "en", false},
		{"-ky", "en", false},
		{"kk-KZ", "en", false},
	} {
		got, ok := validate.Language(c.tag)
		if got != c.want || ok != c.ok {
			t.Errorf("Language(%q) = %q, %v; want %q, %v", c.tag, got, ok, c.want, c.ok)
		}
		if in := m.In(c.tag); in != c.want {
			t.Errorf("Message.In(%q) = %q, want %q", c.tag, in, c.want)
		}
	}
}
