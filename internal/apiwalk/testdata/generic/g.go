// Package generic has an exported generic function, which the walk cannot
// call and must not leave out in silence.
package generic

// Same returns x.
func Same[T any](x T) T { return x }
