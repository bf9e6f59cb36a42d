package shailoo

import (
	"reflect"
	"sync"
)

// cloneResult returns a copy of r that shares nothing a caller can change
// with r: a Tally keeps its last Result and gives each caller its own
// copy, so that a caller who changes one changes no other.
//
// It copies by reflection, so that a field added to Result is copied too.
// Unexported fields are copied as they are: they hold values that are
// never changed once made (a decimal's digits, a finding's sentence).
func cloneResult(r *Result) *Result {
	if r == nil {
		return nil
	}
	return deepCopy(reflect.ValueOf(r)).Interface().(*Result)
}

// deepCopy returns a copy of v whose pointers, slices and maps, reached
// through exported fields, are copies too.
func deepCopy(v reflect.Value) reflect.Value {
	if !holdsRefs(v.Type()) {
		return v
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		n := reflect.New(v.Type().Elem())
		n.Elem().Set(deepCopy(v.Elem()))
		return n
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		n := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		if reflect.Copy(n, v); !holdsRefs(v.Type().Elem()) {
			return n
		}
		for i := range v.Len() {
			n.Index(i).Set(deepCopy(v.Index(i)))
		}
		return n
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		n := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			n.SetMapIndex(deepCopy(it.Key()), deepCopy(it.Value()))
		}
		return n
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		n := reflect.New(v.Type()).Elem()
		n.Set(deepCopy(v.Elem()))
		return n
	case reflect.Array:
		n := reflect.New(v.Type()).Elem()
		for i := range v.Len() {
			n.Index(i).Set(deepCopy(v.Index(i)))
		}
		return n
	case reflect.Struct:
		n := reflect.New(v.Type()).Elem()
		n.Set(v)
		for _, i := range planOf(v.Type()).fields {
			n.Field(i).Set(deepCopy(v.Field(i)))
		}
		return n
	}
	return v
}

// plan is what deepCopy needs to know of a type, worked out once.
type plan struct {
	refs   bool  // it reaches a pointer, slice or map through exported fields
	fields []int // a struct's exported fields that do
}

var plans sync.Map // reflect.Type -> *plan

// holdsRefs says whether a value of type t reaches, through exported
// fields, a pointer, slice or map that a copy must not share.
func holdsRefs(t reflect.Type) bool { return planOf(t).refs }

func planOf(t reflect.Type) *plan {
	if x, ok := plans.Load(t); ok {
		return x.(*plan)
	}
	p := makePlan(t, map[reflect.Type]*plan{})
	x, _ := plans.LoadOrStore(t, p)
	return x.(*plan)
}

// makePlan works out the plan of t; making holds the plans being made,
// so that a recursive type is settled by its other fields.
func makePlan(t reflect.Type, making map[reflect.Type]*plan) *plan {
	if x, ok := plans.Load(t); ok {
		return x.(*plan)
	}
	if p, ok := making[t]; ok {
		return p
	}
	p := &plan{}
	making[t] = p
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
		p.refs = true
	case reflect.Array:
		p.refs = makePlan(t.Elem(), making).refs
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && makePlan(f.Type, making).refs {
				p.fields = append(p.fields, i)
			}
		}
		p.refs = len(p.fields) > 0
	}
	return p
}
