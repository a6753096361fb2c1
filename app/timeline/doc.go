// Package timeline does the layout arithmetic of the explorer's /timeline
// page: it turns dated events into lanes, marks, ticks and break markers in
// pixels, so that the page component only emits SVG elements.
//
// # Time and the compressed axis
//
// Time is counted in Day numbers (days since 1970-01-01); as a continuous
// coordinate day d covers [d, d+1). A Chart is built once from the items and a
// reference width. It groups the covered days into clusters: item intervals
// closer than a gap threshold (Options.MinGap days, or Options.GapShare of the
// whole span if more) belong to one cluster. Only detail items (no longer
// than the threshold) make clusters where they are: a coarse item (a year, a
// season) that overlaps or nears them is drawn across the breaks, or clipped
// at the edge of the view, and never widens the axis; coarse items away from
// any detail make clusters of their own. At the fitted view each cluster gets
// a width proportional to the detail it holds (its span in units of its
// finest item: days for day events, one for a lone year), but at least
// Options.MinClusterShare/n of the clusters' total width (n clusters), and
// each gap between clusters is drawn as a fixed-width break
// (Options.BreakWidth px). The result is a monotone piecewise-linear warp of
// time; a View is a window on that warped axis, so Zoom and Pan are linear in
// it and the day under the cursor stays under the cursor. Inside a cluster
// time is linear, so a month at day level reads as a calendar, and each
// unbroken stretch gets ticks at its own level.
//
// # Using it from a component
//
//	c := timeline.New(items, width, timeline.Options{})
//	v := c.Fit()                       // or timeline.ParseView(q, width) then c.Clamp
//	v = c.Scale(v).Zoom(2, mouseX)     // buttons, wheel (WheelFactor), pinch
//	v = c.Scale(v).Pan(dx)             // drag, arrow keys (Scale.Key)
//	l := c.Layout(v, timeline.ByActor) // lanes, marks, ticks, breaks in px
//	url := v.String()                  // "2021-12-01..2022-01-31"
package timeline
