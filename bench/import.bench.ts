// Benchmark of the CSV import: parse+check+diff of a generated 100,000-row file
// (about 20 MB) beside a bare csv-parse of the same bytes, peak memory of each in
// its own child process, and 10,000 changed products sent to a sandbox with
// 20 ms latency at concurrency 4 beside a one-request-at-a-time loop, counting
// duplicates. Prints the ratios measured in this run. Bench code only.
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import { startSandbox } from '../electron/sandbox/index.js';
import { createApiClient } from '../electron/services/api/index.js';
import { gs1CheckDigit } from '../electron/services/import/ean.js';
import { previewImport, startImport } from '../electron/services/import/engine.js';
import { createApiProductSender, loadCatalogueFromApi } from '../electron/services/import/product-sender.js';
import { PRODUCT_FIELDS, type Product, type ProductInput } from '../shared/domain/product.js';
import { demoTokens } from './sync-helpers.js';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const SENT = Number(process.env.BENCH_IMPORT_SENT ?? 10_000);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
const HEADER = 'Tuotekoodi;Nimi;Kuvaus;EAN;Ostohinta;Myyntihinta;Valuutta;Alkuperämaa;Kieli;Tuoteryhmä;Toimittaja;Toimittajan koodi;Tuotesivu;Kuva;Tullikuvaus;Tullinimike';

function ean(index: number): string {
  const payload = `641${String(index).padStart(9, '0')}`;
  return payload + gs1CheckDigit(payload);
}

function csvRow(index: number, variant: string): string {
  const description = index % 10 === 0 ? `"Pehmeä ""laatu"" ${variant};\r\nkoko ${index % 50}"` : `Kuvaus tuotteelle numero ${index} (${variant})`;
  const price = `${(index % 900) + 1},${String(index % 100).padStart(2, '0')}`;
  return [`BENCH-${index}`, `Villapipo malli ${index} ${variant}`, description, ean(index), price, `1 ${String(index % 1000).padStart(3, '0')},50`, 'EUR', 'FI', 'fi', `Ryhmä ${index % 40}`, 'Neulomo Oy', `NEU-${index}`, `https://example.com/p/${index}`, `https://example.com/img/${index}.jpg`, 'Knitted hat', '65050090'].join(';');
}

/** The catalogue the diff compares with: every other row exists, every fourth differs. */
function benchCatalogue(rows: number): Map<string, Product> {
  const catalogue = new Map<string, Product>();
  for (let index = 0; index < rows; index += 2) {
    const name = `Villapipo malli ${index} ${index % 4 === 0 ? 'vanha' : 'a'}`;
    catalogue.set(`BENCH-${index}`, { code: `BENCH-${index}`, name, languageCode: 'fi', eanCode: ean(index), currencyCode: 'EUR' });
  }
  return catalogue;
}

// Child mode: one measurement in a fresh process, printed as JSON on stdout.
async function child(mode: string, file: string): Promise<void> {
  const catalogue = mode === 'pipeline' ? benchCatalogue(ROWS) : new Map<string, Product>();
  const started = performance.now();
  let rows = 0;
  if (mode === 'pipeline') {
    const { summary } = await previewImport({ source: { filePath: file } }, catalogue);
    rows = summary.counts.rows;
  } else {
    const parser = createReadStream(file).pipe(parse({ delimiter: ';', bom: true, relax_column_count: true }));
    for await (const record of parser) rows += (record as string[]).length > 0 ? 1 : 0;
    rows -= 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ seconds, rows, peakRssMb, heapMb: process.memoryUsage().heapUsed / 2 ** 20 }));
}

// Both children run with a 16 MB semi-space: the young-generation cap (3 × 16 = 48 MB) that
// the app's and the CLI's preview worker sets. V8's default on a big machine is several
// times larger and only delays collecting short-lived garbage, which inflates peak RSS.
function measureInChild(mode: string, file: string): Promise<{ seconds: number; rows: number; peakRssMb: number }> {
  const self = fileURLToPath(import.meta.url);
  const process_ = spawn(process.execPath, ['--max-semi-space-size=16', '--import', 'tsx', self], { env: { ...process.env, BENCH_IMPORT_CHILD: mode, BENCH_IMPORT_FILE: file } });
  let out = '';
  process_.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  process_.stderr.pipe(process.stderr);
  return new Promise((resolve, reject) => process_.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`${mode} child exited ${code}`)))));
}

async function best(mode: string, file: string, runs = 3) {
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await measureInChild(mode, file));
  return results.reduce((fastest, next) => (next.seconds < fastest.seconds ? next : fastest));
}

async function parseBench(dir: string): Promise<void> {
  const file = join(dir, 'bench.csv');
  const text = [HEADER, ...Array.from({ length: ROWS }, (_, index) => csvRow(index, 'a'))].join('\r\n');
  await writeFile(file, text);
  console.log(`file: ${ROWS.toLocaleString('en')} rows, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB (semicolons, decimal commas, quoted multi-line cells)`);
  const bare = await best('bare', file);
  const pipeline = await best('pipeline', file);
  if (pipeline.rows !== ROWS || bare.rows < ROWS) throw new Error(`row counts differ: pipeline ${pipeline.rows}, bare ${bare.rows}`);
  console.log(`bare csv-parse:              ${bare.seconds.toFixed(2)} s   peak RSS ${bare.peakRssMb.toFixed(0)} MB`);
  console.log(`parse+check+diff (ours):     ${pipeline.seconds.toFixed(2)} s   peak RSS ${pipeline.peakRssMb.toFixed(0)} MB (incl. a ${(ROWS / 2).toLocaleString('en')}-product catalogue)`);
  console.log(`ratio: ${(pipeline.seconds / bare.seconds).toFixed(2)}× the bare parse (target ≤ 1.5×); peak memory target < 250 MB`);
}

// The sandbox runs in its own process, as OGOship's servers would: its CPU work must not
// slow the importer's event loop, or the bench would measure the sandbox.
async function sandboxProcess(): Promise<{ url: string; close(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], { env: { ...process.env, BENCH_IMPORT_CHILD: 'sandbox' }, stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`sandbox exited ${code}`)));
  });
  return { url, close: () => void child.stdin.end() };
}

async function sandboxChild(): Promise<void> {
  const sandbox = await startSandbox({ orders: 0, products: SENT, latencyMs: LATENCY_MS });
  process.stdout.write(`${sandbox.url}\n`);
  process.stdin.resume();
  process.stdin.once('end', () => void sandbox.close().then(() => process.exit(0)));
}

async function sendBench(dir: string): Promise<void> {
  const sandbox = await sandboxProcess();
  try {
    const tokens = await demoTokens(sandbox.url);
    const api = createApiClient({ apiUrl: sandbox.url, tokenSource: tokens });
    const catalogue = await loadCatalogueFromApi(api);
    const codes = [...catalogue.keys()].slice(0, SENT);
    const file = join(dir, 'changed.csv');
    await writeFile(file, ['code;name;languageCode', ...codes.map((code) => `${code};Renamed by the bench;fi`)].join('\n'));
    await fetch(`${sandbox.url}/__sandbox/requests`, { method: 'DELETE' });

    const started = performance.now();
    const prepared = await previewImport({ source: { filePath: file } }, catalogue);
    const deps = { dataDir: dir, createSender: (onThrottle: (ms: number) => void) => createApiProductSender({ apiUrl: sandbox.url, tokenSource: tokens, onThrottle }) };
    const report = await (await startImport(deps, prepared, [], { catalogue, concurrency: 4 })).finished;
    const ours = (performance.now() - started) / 1000;
    const puts = await productPuts(sandbox.url);

    const sequentialStarted = performance.now();
    for (const code of codes) await api.products.update(code, { ...inputOf(catalogue.get(code)!), name: 'Renamed one at a time' });
    const sequential = (performance.now() - sequentialStarted) / 1000;

    console.log(`\nsandbox: ${SENT.toLocaleString('en')} changed products, ${LATENCY_MS} ms latency per request`);
    console.log(`import at concurrency 4:     ${ours.toFixed(1)} s (preview included), ${report.counts.updated} updated, ${report.counts.failed} failed`);
    console.log(`one request at a time:       ${sequential.toFixed(1)} s`);
    console.log(`speed-up: ${(sequential / ours).toFixed(2)}× (target ≥ 3.5×); PUTs ${puts.total} for ${puts.distinct} products → duplicates ${puts.total - puts.distinct}`);
  } finally {
    sandbox.close();
  }
}

function inputOf(product: Product): ProductInput {
  const input: Record<string, unknown> = {};
  for (const field of PRODUCT_FIELDS) if (product[field] != null) input[field] = product[field];
  return input as ProductInput;
}

async function productPuts(url: string): Promise<{ total: number; distinct: number }> {
  const entries = (await (await fetch(`${url}/__sandbox/requests`)).json()) as Array<{ method: string; path: string; status: number }>;
  const puts = entries.filter((entry) => entry.method === 'PUT' && entry.status === 200 && /\/products\//i.test(entry.path));
  return { total: puts.length, distinct: new Set(puts.map((entry) => entry.path)).size };
}

if (process.env.BENCH_IMPORT_CHILD === 'sandbox') {
  await sandboxChild();
} else if (process.env.BENCH_IMPORT_CHILD) {
  await child(process.env.BENCH_IMPORT_CHILD, process.env.BENCH_IMPORT_FILE!);
} else {
  const dir = await mkdtemp(join(tmpdir(), 'ogo-import-bench-'));
  try {
    await parseBench(dir);
    await sendBench(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
