// Package benchcmd holds the programs scripts/bench times against
// `shailoo count` on the same files; it has no code of its own.
//
//   - naive: the floor of issue 7: encoding/csv reads every file and
//     strconv sums every figure, nothing else;
//   - naive.py: the same with Python's csv module;
//   - wasmcount: `shailoo count --format json` built for js/wasm, run under
//     Node, on the same files.
package benchcmd
