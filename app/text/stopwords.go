package text

// stopWords is the Snowball Dutch stop-word list (folded), plus a few
// high-frequency news words that carry no meaning for ranking.
var stopWords = setOf(`aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door
dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is
ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons
ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat werd wezen wie wil
worden wordt zal ze zelf zich zij zijn zo zonder zou 's 't 'n zo'n`)

func setOf(words string) *wordSet {
	var list []string
	start := -1
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' || words[i] == '\n' {
			if start >= 0 {
				list = append(list, words[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return newWordSet(list)
}

// IsStopWord reports whether the folded word is a Dutch stop word. Stop
// words are left out of ranking but kept for phrase matching.
func IsStopWord(fold string) bool { return stopWords.has(fold) }

// wordSet is a fixed set of words in an open-addressing table: a look-up
// hashes three bytes and the length and mostly compares one string or
// none, where a map hashes the whole word (slowly in WebAssembly, which
// has no hardware hash).
type wordSet struct {
	slots []string // a power of two of them, "" for a free one
}

// newWordSet returns the set of words (none of them "").
func newWordSet(words []string) *wordSet {
	n := 8
	for n < 8*len(words) {
		n *= 2
	}
	s := &wordSet{slots: make([]string, n)}
	for _, w := range words {
		h := s.hash(w)
		for s.slots[h] != "" && s.slots[h] != w {
			h = (h + 1) & uint(n-1)
		}
		s.slots[h] = w
	}
	return s
}

// hash hashes a non-empty word to a slot.
func (s *wordSet) hash(w string) uint {
	n := len(w)
	return (uint(n)*257 + uint(w[0])*31 + uint(w[n-1])*7 + uint(w[n/2])) & uint(len(s.slots)-1)
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	if w == "" {
		return false
	}
	mask := uint(len(s.slots) - 1)
	for h := s.hash(w); ; h = (h + 1) & mask {
		x := s.slots[h]
		if x == "" {
			return false
		}
		if len(x) == len(w) && x == w {
			return true
		}
	}
}
