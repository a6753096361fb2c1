package edits

import (
	"slices"

	"corpusexplorer/app/actors"
	"corpusexplorer/app/analysis"
)

// RemapArticle returns a copy of a whose mentions, event actors,
// references and event mention roles are rewritten with remap (see Result.Remap): merged ids become their target
// and mentions of hidden actors are dropped. a is not changed; the copy
// shares the parsed article and the dates.
func RemapArticle(a *analysis.Article, remap func(id string) (string, bool)) *analysis.Article {
	mentions := make([]actors.Mention, 0, len(a.Mentions))
	for _, m := range a.Mentions {
		id, hidden := remap(m.ActorID())
		if hidden {
			continue
		}
		m.SetActorID(id)
		mentions = append(mentions, m)
	}
	events := make([]analysis.Event, len(a.Events))
	for i, e := range a.Events {
		e.SetActors(remapIDs(e.Actors(), remap))
		events[i] = e
	}
	out := a.WithMentions(mentions, events)
	out.References = make([]analysis.Reference, 0, len(a.References))
	for _, r := range a.References {
		if r.Actors = remapList(r.Actors, remap); len(r.Actors) > 0 {
			out.References = append(out.References, r)
		}
	}
	ems := a.EventMentions()
	for i := range ems {
		m := &ems[i]
		m.Agent, m.Patient, m.Place = remapList(m.Agent, remap), remapList(m.Patient, remap), remapList(m.Place, remap)
	}
	out.SetEventMentions(ems)
	return out
}

// remapList rewrites a list of ids in its order: remapped, hidden ones
// dropped, without repeats. nil stays nil.
func remapList(ids []string, remap func(string) (string, bool)) []string {
	if ids == nil {
		return nil
	}
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if to, hidden := remap(id); !hidden && !slices.Contains(out, to) {
			out = append(out, to)
		}
	}
	return out
}

// remapIDs rewrites a sorted list of ids: remapped, hidden ones dropped,
// sorted, without repeats. nil stays nil.
func remapIDs(ids []string, remap func(string) (string, bool)) []string {
	if ids == nil {
		return nil
	}
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if to, hidden := remap(id); !hidden {
			out = append(out, to)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
