//go:build !js

package feed

import (
	"strconv"
	"strings"

	"github.com/shailoo/shailoo/validate"
	"github.com/shailoo/shailoo/words"
)

// The sentences the feed answers with, in English, Russian and Kyrgyz,
// from the catalog of words (words/feed.go). The findings of a refused
// protocol come with their own.
var (
	msgAccepted     = words.Of("feed.accepted")
	msgReplaced     = words.Of("feed.replaced")
	msgWithdrawn    = words.Of("feed.withdrawn")
	msgRejected     = words.Of("feed.rejected")
	msgDuplicate    = words.Of("feed.duplicate")
	msgNotFound     = words.Of("feed.not_found")
	msgNoToken      = words.Of("feed.no_token")
	msgBadToken     = words.Of("feed.bad_token")
	msgUnreadable   = words.Of("feed.unreadable")
	msgTooLarge     = words.Of("feed.too_large")
	msgMediaType    = words.Of("feed.media_type")
	msgNoMapping    = words.Of("feed.no_mapping")
	msgUnavailable  = words.Of("feed.unavailable")
	msgClosed       = words.Of("feed.closed")
	msgBadQuery     = words.Of("feed.bad_query")
	msgKeyMismatch  = words.Of("feed.key_mismatch")
	msgInternal     = words.Of("feed.internal")
	msgSubscribers  = words.Of("feed.subscribers")
	msgCSVOneRow    = words.Of("feed.c_s_v_one_row")
	msgMappingUnset = words.Of("feed.mapping_unset")
)

// language is the language of the answer to a request: the best of ky, ru
// and en that its Accept-Language header asks for (by q value, then
// order), English when it asks for none of them.
func language(header string) string {
	best, bestQ := "en", -1
	for _, part := range strings.Split(header, ",") {
		tag, params, _ := strings.Cut(part, ";")
		lang, ok := validate.Language(tag)
		if !ok {
			continue
		}
		q := 1000
		if v, found := strings.CutPrefix(strings.TrimSpace(params), "q="); found {
			q = qvalue(v)
		}
		if q > bestQ && q > 0 {
			best, bestQ = lang, q
		}
	}
	return best
}

// qvalue reads a q value ("0.8") in thousandths, exactly; 0 for one that
// does not read.
func qvalue(s string) int {
	s = strings.TrimSpace(s)
	whole, frac, _ := strings.Cut(s, ".")
	if (whole != "0" && whole != "1") || len(frac) > 3 {
		return 0
	}
	frac += strings.Repeat("0", 3-len(frac))
	n, err := strconv.Atoi(frac)
	if err != nil || n < 0 {
		return 0
	}
	if whole == "1" {
		if n != 0 {
			return 0
		}
		return 1000
	}
	return n
}
