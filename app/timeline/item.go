package timeline

import "corpusexplorer/app/dates"

// Item is one event to draw: the input of New.
type Item struct {
	// ID identifies the event for the caller (explore.Timeline: the
	// entry's URL form).
	ID string
	// Article is the lane key under ByArticle; Articles, when set, are
	// the keys of every lane it goes in (a happening several articles
	// tell of).
	Article  string
	Articles []string
	// Actors are the lane keys under ByActor; an item without actors goes
	// to the lane with key "".
	Actors []string
	// First and Last are the first and last day covered (inclusive).
	First, Last Day
	// Precision is the calendar unit of the date: Day gives a point mark,
	// Week, Month and Year a bar over the interval.
	Precision dates.Precision
	// Exact is false for an approximate date (drawn as inexact).
	Exact bool
	// Published marks an article's publication date (not a mention).
	Published bool
}

// NewItem returns the Item of a date value: First and Last are v.First() and
// v.Last() (the first and last calendar day v covers), with v's precision and
// exactness. It returns false for the zero Value.
func NewItem(id string, v dates.Value, published bool) (Item, bool) {
	if v.IsZero() {
		return Item{}, false
	}
	return Item{ID: id, First: DayOf(v.First()), Last: DayOf(v.Last()),
		Precision: v.Precision, Exact: v.Exact, Published: published}, true
}
