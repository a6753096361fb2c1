package timeline

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// prepositions are the words left dangling before a date once it is cut
// out of a sentence ("Op 10 januari zal …", "on 7 December"), in the
// corpus's languages.
var prepositions = map[string]bool{
	"op": true, "in": true, "sinds": true, "vanaf": true, "tot": true, "per": true, "rond": true,
	"on": true, "at": true, "since": true, "from": true, "until": true, "by": true, "around": true,
}

// Gist returns a few words of what a sentence says happened at the date
// expression sentence[start:end] (byte offsets): the sentence without the
// date, without a preposition left dangling before it or at the start,
// and without closing punctuation; at most maxWords words, "…" when cut.
// Offsets out of range leave the sentence whole.
func Gist(sentence string, start, end, maxWords int) string {
	if start >= 0 && start <= end && end <= len(sentence) {
		before := strings.Fields(sentence[:start])
		if n := len(before); n > 0 && prepositions[strings.ToLower(before[n-1])] {
			before = before[:n-1]
		}
		sentence = strings.Join(before, " ") + " " + sentence[end:]
	}
	words := slices.DeleteFunc(strings.Fields(sentence), func(w string) bool { return strings.IndexFunc(w, isWordRune) < 0 })
	for len(words) > 0 && prepositions[strings.ToLower(words[0])] {
		words = words[1:]
	}
	cut := len(words) > maxWords
	if cut {
		words = words[:maxWords]
	}
	out := strings.Join(words, " ")
	out = strings.TrimRightFunc(out, func(r rune) bool { return !isWordRune(r) })
	if cut {
		out += "…"
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// ShortLabels shortens titles to distinct labels of at most maxChars
// characters (plus "…"): titles that begin with the same words (two or
// more) lose all but the last of the words they share, replaced by "…",
// so that each label shows what sets it apart; each is then cut at a word
// boundary. Labels still equal get " (2)", " (3)" in order.
func ShortLabels(titles []string, maxChars int) []string {
	words := make([][]string, len(titles))
	for i, t := range titles {
		words[i] = strings.Fields(strings.TrimRight(t, "… "))
	}
	out := make([]string, len(titles))
	for i, w := range words {
		shared := 0
		for j, o := range words {
			if j == i || strings.Join(o, " ") == strings.Join(w, " ") {
				continue
			}
			k := 0
			for k < len(w) && k < len(o) && strings.EqualFold(w[k], o[k]) {
				k++
			}
			shared = max(shared, k)
		}
		lead := ""
		if shared >= 2 && shared < len(w) {
			w, lead = w[shared-1:], "…"
		}
		out[i] = lead + clipWords(w, maxChars-len([]rune(lead)))
	}
	seen := map[string]int{}
	for i, l := range out {
		seen[l]++
		if n := seen[l]; n > 1 {
			out[i] = l + " (" + strconv.Itoa(n) + ")"
		}
	}
	return out
}

// clipWords joins words up to limit characters, ending with "…" when it cut;
// a first word longer than limit is cut inside.
func clipWords(w []string, limit int) string {
	var b strings.Builder
	n := 0
	for i, word := range w {
		l := len([]rune(word))
		if i > 0 {
			l++
		}
		if n+l > limit {
			if i == 0 {
				r := []rune(word)
				return string(r[:max(1, limit-1)]) + "…"
			}
			return strings.TrimRight(b.String(), ",;:.") + "…"
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(word)
		n += l
	}
	return b.String()
}
