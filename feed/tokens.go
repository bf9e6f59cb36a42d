//go:build !js

package feed

import (
	"bufio"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Token is one data-entry clerk's bearer token: Name is recorded with each
// change the clerk makes, Secret is what the clerk sends
// (Authorization: Bearer SECRET).
type Token struct {
	Name   string
	Secret string
}

// MinSecret is the shortest secret ReadTokens accepts, in bytes: a
// guessable token is refused when the feed starts, not found out later.
const MinSecret = 16

// ErrTokens is wrapped by every error of ReadTokens.
var ErrTokens = errors.New("feed: bad tokens file")

// ReadTokens reads a tokens file: one clerk per line, the clerk's name
// and the token separated by spaces or tabs ("aigul 3f9c0e...").
// Blank lines and lines starting with # are ignored. A name is letters,
// digits and ._@- ; a token is at least MinSecret bytes without spaces.
// A name or a token given twice, a line with more or fewer than two
// fields, and a file without tokens are errors naming the file and line.
func ReadTokens(r io.Reader, file string) ([]Token, error) {
	if r == nil {
		return nil, fmt.Errorf("%w %s: no reader", ErrTokens, file)
	}
	var ts []Token
	names, secrets := map[string]int{}, map[string]int{}
	s := bufio.NewScanner(r)
	line := 0
	for s.Scan() {
		line++
		text := strings.TrimSpace(s.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Fields(text)
		if len(f) != 2 {
			return nil, fmt.Errorf("%w %s:%d: want two fields, a clerk's name and a token; got %d", ErrTokens, file, line, len(f))
		}
		name, secret := f[0], f[1]
		if !validName(name) {
			return nil, fmt.Errorf("%w %s:%d: name %q: use letters, digits and . _ @ - only", ErrTokens, file, line, name)
		}
		if len(secret) < MinSecret {
			return nil, fmt.Errorf("%w %s:%d: the token of %s has %d bytes, fewer than %d", ErrTokens, file, line, name, len(secret), MinSecret)
		}
		if l, dup := names[name]; dup {
			return nil, fmt.Errorf("%w %s:%d: name %s given already on line %d", ErrTokens, file, line, name, l)
		}
		if l, dup := secrets[secret]; dup {
			return nil, fmt.Errorf("%w %s:%d: the token of %s is the token of line %d: one token per clerk", ErrTokens, file, line, name, l)
		}
		names[name], secrets[secret] = line, line
		ts = append(ts, Token{Name: name, Secret: secret})
	}
	if err := s.Err(); err != nil {
		return nil, fmt.Errorf("%w %s: %v", ErrTokens, file, err)
	}
	if len(ts) == 0 {
		return nil, fmt.Errorf("%w %s: no tokens: a feed nobody can write to would only ever publish nothing", ErrTokens, file)
	}
	return ts, nil
}

func validName(s string) bool {
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '_', r == '@', r == '-':
		case r > 127 && r != 0xFFFD && !strings.ContainsRune(" \t", r):
			// Letters of other scripts (a Kyrgyz name in Cyrillic).
		default:
			return false
		}
	}
	return s != ""
}

// keyring checks bearer tokens in constant time: every presented secret is
// hashed and compared with the hash of every clerk's, without stopping at
// the first match, so that the time taken says nothing of which clerk's
// token, or how much of one, was guessed.
type keyring struct {
	names  []string
	hashes [][sha256.Size]byte
}

func newKeyring(ts []Token) *keyring {
	k := &keyring{}
	for _, t := range ts {
		k.names = append(k.names, t.Name)
		k.hashes = append(k.hashes, sha256.Sum256([]byte(t.Secret)))
	}
	return k
}

// clerk returns the name of the clerk whose secret is given, or "".
func (k *keyring) clerk(secret string) string {
	h := sha256.Sum256([]byte(secret))
	found := -1
	for i := range k.hashes {
		found = subtle.ConstantTimeSelect(subtle.ConstantTimeCompare(h[:], k.hashes[i][:]), i, found)
	}
	if found < 0 {
		return ""
	}
	return k.names[found]
}
