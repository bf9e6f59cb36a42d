// Package examples holds runnable programs that show shailoo in use:
//
//	go run ./examples/recount2021   recount the 2021 parliament and check the CEC's published figures
//	go run ./examples/csvcheck      read protocols published as CSV with Russian headers, check and count them
//	go run ./examples/livefeed      run a results feed in-process, post protocols, print the partial result
//
// Each program's output is pinned by a test beside it.
package examples
