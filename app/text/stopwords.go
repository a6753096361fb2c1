package text

// stopWords is the Snowball Dutch stop-word list (folded), plus a few
// high-frequency news words that carry no meaning for ranking.
var stopWords = setOf(`aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door
dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is
ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons
ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat werd wezen wie wil
worden wordt zal ze zelf zich zij zijn zo zonder zou 's 't 'n zo'n`)

func setOf(words string) map[string]bool {
	m := make(map[string]bool)
	start := -1
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' || words[i] == '\n' {
			if start >= 0 {
				m[words[start:i]] = true
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return m
}

// IsStopWord reports whether the folded word is a Dutch stop word. Stop
// words are left out of ranking but kept for phrase matching.
func IsStopWord(fold string) bool { return stopWords[fold] }
