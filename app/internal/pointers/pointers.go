// Package pointers tells which parts of a type hold pointers for the
// garbage collector to follow, for the tests of the types kept
// pointer-free so that 100,000 of them cost the browser's collector
// nothing to mark.
package pointers

import "reflect"

// In returns the names of the fields of the struct ty, through nested
// structs and arrays, that hold pointers (strings, slices, maps,
// interfaces, functions, channels and pointers); for a type that is not a
// struct, its name when it holds any. It returns nil for a pointer-free
// type.
func In(ty reflect.Type) []string {
	if ty.Kind() != reflect.Struct {
		if holds(ty) {
			return []string{ty.String()}
		}
		return nil
	}
	var out []string
	for i := range ty.NumField() {
		f := ty.Field(i)
		switch {
		case f.Type.Kind() == reflect.Struct:
			out = append(out, In(f.Type)...)
		case holds(f.Type):
			out = append(out, f.Name)
		}
	}
	return out
}

// holds reports whether a value of type ty holds a pointer.
func holds(ty reflect.Type) bool {
	switch ty.Kind() {
	case reflect.Pointer, reflect.String, reflect.Slice, reflect.Map, reflect.Interface, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return true
	case reflect.Array:
		return ty.Len() > 0 && holds(ty.Elem())
	case reflect.Struct:
		for i := range ty.NumField() {
			if holds(ty.Field(i).Type) {
				return true
			}
		}
	}
	return false
}
