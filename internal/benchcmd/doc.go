// Package benchcmd holds the programs scripts/bench times against
// `shailoo count` on the same files; it has no code of its own.
//
//   - naive: the floor of issue 7: encoding/csv reads every file and
//     strconv sums every figure, nothing else;
//   - naive.py: the same with Python's csv module;
//   - scanner: the fastest floor the issue names, a byte scanner that maps
//     the files and sums every figure on every core, skipping text cells
//     with bytes.IndexByte; built natively and for js/wasm, it bounds what
//     any count can reach on the machine and in WebAssembly;
//   - wasmcount: `shailoo count --format json` built for js/wasm, run under
//     Node, on the same files.
//   - timeit: runs one of them and writes its wall time, peak memory and
//     CPU time, as /usr/bin/time does but to the microsecond.
package benchcmd
