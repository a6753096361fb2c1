package timeline

import "math"

// Zoom returns the view magnified by factor (> 1 zooms in, < 1 out) around
// anchorX: the day under anchorX stays under it unless the view hits a
// limit (Chart.Clamp).
func (s Scale) Zoom(factor, anchorX float64) View {
	if s.k == 0 || factor <= 0 || math.IsNaN(factor) || math.IsInf(factor, 0) {
		return s.v
	}
	ua := s.u0 + anchorX/s.k
	span := s.uspan / factor
	u0 := ua - anchorX/s.v.Width*span
	return s.c.clampU(u0, u0+span, s.v.Width)
}

// Pan returns the view with the content moved dx px (positive drags it to
// the right, showing earlier days), clamped.
func (s Scale) Pan(dx float64) View {
	if s.k == 0 {
		return s.v
	}
	u0 := s.u0 - dx/s.k
	return s.c.clampU(u0, u0+s.uspan, s.v.Width)
}

// Key returns the view after a key press and true, or false for a key it
// does not handle: "+" or "=" zoom in 2×, "-" or "_" zoom out, "ArrowLeft"
// and "ArrowRight" pan a quarter of the width, "0" or "Home" fit.
func (s Scale) Key(key string) (View, bool) {
	w := s.v.Width
	switch key {
	case "+", "=":
		return s.Zoom(2, w/2), true
	case "-", "_":
		return s.Zoom(0.5, w/2), true
	case "ArrowLeft":
		return s.Pan(w / 4), true
	case "ArrowRight":
		return s.Pan(-w / 4), true
	case "0", "Home":
		v := s.c.Fit()
		v.Width = w
		return v, true
	}
	return s.v, false
}

// WheelFactor turns a wheel event's deltaY (px) into a Zoom factor: scrolling
// up (negative) zooms in, 300 px doubles. For pinch, pass the ratio of the
// finger distances to Zoom directly.
func WheelFactor(deltaY float64) float64 { return math.Exp2(-deltaY / 300) }

// Clamp returns v kept within the chart: no wider than the fitted view, no
// narrower than Options.MinSpan days, and inside the fitted view's range.
// An empty chart or invalid view gives the fitted view.
func (c *Chart) Clamp(v View) View {
	if c.Empty() || !v.Valid() {
		f := c.Fit()
		if v.Width > 0 {
			f.Width = v.Width
		}
		return f
	}
	return c.clampU(c.u(v.From), c.u(v.To), v.Width)
}

func (c *Chart) clampU(u0, u1 float64, width float64) View {
	if c.Empty() {
		return View{Width: width}
	}
	W := c.width
	for range 3 {
		if c.day(u1)-c.day(u0) < c.opt.MinSpan {
			m := (c.day(u0) + c.day(u1)) / 2
			u0, u1 = c.u(m-c.opt.MinSpan/2), c.u(m+c.opt.MinSpan/2)
		}
		if u1-u0 >= W {
			u0, u1 = 0, W
		}
		if u0 < 0 {
			u0, u1 = 0, u1-u0
		}
		if u1 > W {
			u0, u1 = u0-(u1-W), W
		}
	}
	return View{From: c.day(u0), To: c.day(u1), Width: width}
}

// ZoomOn returns the view magnified by factor keeping the days [first,
// last] (a selected event) in view: it zooms around the middle of their
// visible part, or, when they are out of view, brings their middle to the
// centre first. The fitted view's range bounds it as Zoom does, and the
// days stay in view whenever they lie in that range.
func (s Scale) ZoomOn(factor float64, first, last Day) View {
	if s.k == 0 {
		return s.v
	}
	if last < first {
		first, last = last, first
	}
	w := s.v.Width
	// The part of the event inside the chart: a coarse bar may reach
	// beyond the fitted range.
	fit := s.c.Scale(s.c.Fit())
	a, b := max(float64(first), fit.v.From), min(float64(last+1), fit.v.To)
	if b <= a {
		return s.Zoom(factor, w/2)
	}
	x0, x1 := max(s.X(a), 0), min(s.X(b), w)
	if x1 >= x0 && x1 > 0 && x0 < w {
		return s.Zoom(factor, (x0+x1)/2)
	}
	s2 := s.c.Scale(s.Pan(w/2 - (s.X(a)+s.X(b))/2))
	return s2.Zoom(factor, (max(s2.X(a), 0)+min(s2.X(b), w))/2)
}

// KeyOn is Key with an event selected: "+" and "-" zoom with ZoomOn, so
// that the event stays in view.
func (s Scale) KeyOn(key string, first, last Day) (View, bool) {
	switch key {
	case "+", "=":
		return s.ZoomOn(2, first, last), true
	case "-", "_":
		return s.ZoomOn(0.5, first, last), true
	}
	return s.Key(key)
}

// Shows reports whether any of the days first..last is in the view.
func (s Scale) Shows(first, last Day) bool {
	return s.X(float64(last+1)) >= 0 && s.X(float64(first)) <= s.v.Width
}

// Centre pans the view to put the middle of first..last in its middle.
func (s Scale) Centre(first, last Day) View {
	mid := (s.X(float64(first)) + s.X(float64(last+1))) / 2
	return s.Pan(s.v.Width/2 - mid)
}

// ZoomAtPointer zooms by factor around a pointer at x px from the left of
// the drawn chart, which is drawn width px wide (the chart's own width
// scaled to the page).
func (s Scale) ZoomAtPointer(factor, x, width float64) View {
	return s.Zoom(factor, x*s.v.Width/width)
}

// Same reports whether v and w show the same days, within rounding.
func (v View) Same(w View) bool {
	return math.Abs(v.From-w.From) < 1e-6 && math.Abs(v.To-w.To) < 1e-6
}
