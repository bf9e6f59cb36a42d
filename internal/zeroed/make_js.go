//go:build js

package zeroed

// Make returns make([]T, n): WebAssembly's memory is zeros already.
func Make[T any](n int) []T { return make([]T, n) }
