package analysis

import (
	"strconv"
	"strings"
)

// EventParam returns the form of r in a URL: the article's id and the
// event's position in it, "ID/INDEX". It stays valid while the article's
// text does not change, whatever else the corpus gains or loses.
func (ac *Corpus) EventParam(r EventRef) string {
	return ac.Articles[r.Article].ID + "/" + strconv.Itoa(r.Event)
}

// ParseEventParam returns the event that the URL form s (see EventParam)
// names, and false when the corpus has no such event.
func (ac *Corpus) ParseEventParam(s string) (EventRef, bool) {
	id, n, ok := strings.Cut(s, "/")
	if !ok {
		return EventRef{}, false
	}
	j, err := strconv.Atoi(n)
	i := ac.Corpus.Index(id)
	if err != nil || i < 0 || j < 0 || j >= len(ac.Articles[i].Events) || n != strconv.Itoa(j) {
		return EventRef{}, false
	}
	return EventRef{Article: i, Event: j}, true
}
