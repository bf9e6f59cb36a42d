// Reads shailoo's table exports back with DuckDB and checks their counts
// and sums against the Result JSON of the same count (issue 20).
//
//   node duckdb.test.js RESULT.json DIR
//
// DIR holds protocols.parquet, protocols.csv, totals.parquet, totals.csv
// and findings.csv (shailoo export --table ... --format ...); scripts/test
// makes them for the embedded kg2021 dataset, scripts/bench-export for the
// 1,000,000-precinct synthetic election (Parquet only: then the CSV files
// may be absent, and are skipped).
'use strict';
const fs = require('fs');
const path = require('path');
const { DuckDBInstance } = require('@duckdb/node-api');

async function main() {
  const [resultFile, dir] = process.argv.slice(2);
  if (!resultFile || !dir) {
    console.error('usage: node duckdb.test.js RESULT.json DIR');
    process.exit(2);
  }
  const res = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const one = async (sql) => {
    const r = await con.runAndReadAll(sql);
    return r.getRowObjects()[0];
  };
  let failures = 0, checks = 0;
  const eq = (what, got, want) => {
    checks++;
    // (null and a figure the Result leaves out, a ballot's against_all
    // without "against all", are both none)
    if (BigInt(got ?? 0) !== BigInt(want ?? 0)) {
      failures++;
      console.error(`FAIL ${what}: got ${got}, want ${want}`);
    }
  };
  const q = (f) => `'${f.replace(/'/g, "''")}'`;
  const sources = [];
  for (const [name, fn] of [['protocols.parquet', 'read_parquet'], ['protocols.csv', 'read_csv_auto']]) {
    const f = path.join(dir, name);
    if (fs.existsSync(f)) sources.push([name, `${fn}(${q(f)})`]);
  }
  if (sources.length === 0) throw new Error(`no protocols table in ${dir}`);
  for (const [name, src] of sources) {
    // Every protocol counted is a row.
    const n = await one(`SELECT count(*) AS n FROM ${src}`);
    eq(`${name}: rows = totals.protocols`, n.n, res.totals.protocols);
    // The manual count of the list ballot sums to the Result's figures.
    const manual = `FROM ${src} WHERE ballot = 'list' AND NOT machine`;
    const lines = await one(`SELECT sum(line_voters) AS voters, sum(line_valid) AS valid, sum(line_invalid) AS invalid, sum(votes_against_all) AS aa ${manual}`);
    eq(`${name}: voters`, lines.voters, res.totals.voters);
    eq(`${name}: valid`, lines.valid, res.totals.valid);
    eq(`${name}: invalid`, lines.invalid, res.totals.invalid);
    eq(`${name}: against all`, lines.aa, res.totals.against_all);
    const cols = res.lists.map((l) => `sum("votes_${l.id}") AS "${l.id}"`).join(', ');
    const votes = await one(`SELECT ${cols} ${manual}`);
    for (const l of res.lists) eq(`${name}: votes of ${l.id}`, votes[l.id], l.votes);
    // The okrug ballot: each okrug's candidates, by their place on the
    // ballot (candidate_K holds the ID, candidate_votes_K the votes).
    const described = (await con.runAndReadAll(`DESCRIBE SELECT * FROM ${src}`)).getRowObjects();
    const places = described.map((c) => c.column_name).filter((c) => /^candidate_[0-9]+$/.test(c));
    for (const o of (res.okrugs || []).slice(0, 40)) {
      for (const st of o.steps.filter((s) => s.kind === 'candidate')) {
        const sum = places.map((c) => `coalesce(sum(CASE WHEN ${c} = '${st.subject}' THEN "candidate_votes_${c.slice(10)}" END), 0)`).join(' + ');
        const r = await one(`SELECT ${sum} AS v FROM ${src} WHERE ballot = 'okrug' AND NOT machine AND okrug = '${o.okrug}'`);
        eq(`${name}: okrug ${o.okrug} candidate ${st.subject}`, r.v, st.value);
      }
    }
    const f = await one(`SELECT sum(findings) AS n FROM ${src}`);
    checks++;
    if (Number(f.n) > res.findings.findings.length) {
      failures++;
      console.error(`FAIL ${name}: ${f.n} findings in rows, more than the ${res.findings.findings.length} of the Result`);
    }
  }
  for (const name of ['totals.parquet', 'totals.csv']) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) continue;
    const src = name.endsWith('.parquet') ? `read_parquet(${q(file)})` : `read_csv_auto(${q(file)}, all_varchar=false)`;
    for (const l of res.lists) {
      const r = await one(`SELECT value, seats, votes_missing, percent FROM ${src} WHERE level = 'nation' AND kind = 'votes' AND item = '${l.id}'`);
      eq(`${name}: votes of ${l.id}`, r.value, l.votes);
      eq(`${name}: seats of ${l.id}`, r.seats, l.seats);
      // A partial sum says how many protocols it lacks, and has no share.
      eq(`${name}: votes_missing of ${l.id}`, r.votes_missing, l.votes_missing);
      checks++;
      if ((r.percent === null) !== (l.percent === '')) {
        failures++;
        console.error(`FAIL ${name}: percent of ${l.id} ${r.percent}, the Result's "${l.percent}"`);
      }
    }
    const s = await one(`SELECT sum(seats) AS s FROM ${src}`);
    eq(`${name}: seats`, s.s, res.seats.total);
  }
  const ff = path.join(dir, 'findings.csv');
  if (fs.existsSync(ff)) {
    const listed = res.findings.findings.length + (res.findings.unlisted || []).length;
    if (listed > 0) {
      const r = await one(`SELECT count(*) AS n FROM read_csv_auto(${q(ff)})`);
      eq('findings.csv: rows', r.n, listed);
    }
  }
  console.log(`duckdb: ${checks - failures}/${checks} checks hold (${sources.map((s) => s[0]).join(', ')})`);
  if (failures > 0) process.exit(1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
