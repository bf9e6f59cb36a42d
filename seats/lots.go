package seats

import (
	"bytes"
	"slices"
	"strings"

	"github.com/shailoo/shailoo/internal/sha"
)

// DrawLots orders the tied IDs by a public rule anyone can redo, for a
// commission that draws lots from a published seed (for instance the
// protocol number and date of the drawing, or the digits of a public
// lottery). The result can be passed as lots to Apportion, FillList or
// Plurality.
//
// The rule: remove duplicate IDs and sort them (byte order), compute for
// each ID the SHA-256 digest of the seed, one zero byte, and the ID
// (sha256(seed + "\x00" + id)), and order the IDs by their digests,
// compared as big-endian byte strings, smallest first. The sort is stable,
// so two equal digests (never seen for SHA-256) would keep the byte order of
// the IDs. In a shell, one digest is
//
//	printf 'seed\0id' | sha256sum
//
// DrawLots decides nothing on its own: the seed is the lot.
func DrawLots(seed string, tied []string) []string {
	ids := slices.Clone(tied)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	keys := make(map[string][sha.Size]byte, len(ids))
	for _, id := range ids {
		keys[id] = sha.Sum256([]byte(seed + "\x00" + id))
	}
	// Equal digests in the byte order of the IDs, as a stable sort of the
	// sorted IDs would leave them: slices.SortFunc with the ID as the last
	// key, not SortStableFunc, whose merge sort the page's .wasm would
	// otherwise hold for this one call (issue 16).
	slices.SortFunc(ids, func(x, y string) int {
		kx, ky := keys[x], keys[y]
		if c := bytes.Compare(kx[:], ky[:]); c != 0 {
			return c
		}
		return strings.Compare(x, y)
	})
	return ids
}
