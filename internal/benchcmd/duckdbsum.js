// duckdbsum is the DuckDB contender of scripts/bench: DuckDB
// (@duckdb/node-api, the package interop/duckdb-test installs) reads each
// protocols CSV file with read_csv on 2 threads and sums every numeric
// column in one query, SELECT sum(a), sum(b), ... FROM read_csv(...).
// Columns headed as the naive loops' text columns are left out; it prints
// the total of all sums (the checksum naive and naive.py print) and, on
// stderr, the time of the queries alone, measured inside the process:
//
//   NODE_PATH=interop/duckdb-test/node_modules node internal/benchcmd/duckdbsum.js list.csv okrug.csv
//   -> 123456789            (stdout)
//   -> query 0.123 s        (stderr)
'use strict';
const { DuckDBInstance } = require('@duckdb/node-api');

const TEXT = new Set(['precinct', 'region', 'okrug', 'abroad', 'machine', 'ballot', 'tik', 'uik', 'url']);
const quote = (s) => '"' + s.replaceAll('"', '""') + '"';
const lit = (s) => "'" + s.replaceAll("'", "''") + "'";

async function main() {
  const files = process.argv.slice(2);
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const con = await db.connect();
  let total = 0n;
  let seconds = 0;
  for (const f of files) {
    // The header, as DuckDB reads it: every column a figure but the text ones.
    const cols = (await con.runAndReadAll(`DESCRIBE SELECT * FROM read_csv(${lit(f)}, header = true)`))
      .getRowObjects().map((r) => r.column_name).filter((c) => !TEXT.has(c));
    // Every figure column read as BIGINT: one empty in the rows DuckDB
    // samples would otherwise be text.
    const types = `{${cols.map((c) => `${lit(c)}: 'BIGINT'`).join(', ')}}`;
    const sql = `SELECT ${cols.map((c) => `sum(${quote(c)})::HUGEINT`).join(', ')} FROM read_csv(${lit(f)}, header = true, types = ${types})`;
    const t0 = process.hrtime.bigint();
    const row = (await con.runAndReadAll(sql)).getRows()[0];
    seconds += Number(process.hrtime.bigint() - t0) / 1e9;
    for (const v of row) {
      if (v !== null) total += BigInt(v);
    }
  }
  console.log(total.toString());
  console.error(`query ${seconds.toFixed(3)} s`);
}

main().catch((e) => {
  console.error('duckdbsum:', e.message);
  process.exit(2);
});
