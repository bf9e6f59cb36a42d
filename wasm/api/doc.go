// Package api is the browser page's view of shailoo: plain functions that
// take the bytes of the user's files and return JSON, the same JSON the
// command line prints. The js/wasm entry point (package wasm, file
// wasm/main.go) only converts JavaScript values to a Source and back; all
// logic lives here, without build tags, so that it is tested natively and
// under js/wasm alike and the two must agree byte for byte.
//
// A Source says what to count: the embedded kg2021 dataset, an election
// JSON file, or protocol CSV files with their column mappings over a
// definition (the embedded kg2021 definition unless an election JSON gives
// another). Its rule set is a built-in ID or a rule-set JSON file; lots are
// a JSON file as for `shailoo count --lots`.
//
//	out := api.Guard(func() ([]byte, error) {
//		return api.Count(api.Source{Demo: true})
//	})
//	// out is the Result as `shailoo count --format json` prints it, or
//	// {"error": "..."} when the inputs cannot be counted.
//
// File names in a Source name the inputs in the Result (their SHA-256 is
// taken over the bytes given), so the page and the command line give the
// same Result for the same files under the same names.
//
// Every function returns an error instead of panicking; Guard turns an
// error, and any panic that escapes, into an {"error": ...} object, so that
// the page never dies.
package api
