/**
 * The custom data set as a CSV file: one point a line, `x1,x2,label`, with an optional header line naming
 * the three columns. Read with d3-dsv (quotes, CRLF), then checked line by line; a file that is not all good
 * is refused as a whole, with the line and the problem as a message key and its values, so the points in
 * force stay as they were. What is accepted:
 * - a UTF-8 text (a BOM is dropped); blank lines (and a spreadsheet's empty rows, `,,`) are skipped
 *   wherever they are; spaces around a value too;
 * - coordinates written as decimal numbers (`-1.25`, `.5`, `3e-2`), within ±MAX_COORDINATE, rounded as the
 *   rest of the page keeps them (POINT_DECIMALS);
 * - labels that are the numbers 0 or 1 (so `0`, `1`, `0.0`, `1.0` as a spreadsheet may write them);
 * - at most MAX_POINTS points; a file of at most MAX_FILE_BYTES.
 * formatCsv writes what parseCsv reads back exactly: a header, then `x1,x2,label` per point.
 */
import { csvParseRows } from "d3";
import type { Dataset } from "../engine/datasets.ts";
import type { Message } from "../i18n/translate.ts";
import { MAX_COORDINATE, MAX_POINTS, pointsFromRows } from "./points.ts";

/** Files larger than this are refused before they are read (5,000 points take about 100 KB). */
export const MAX_FILE_BYTES = 1024 * 1024;

/** The header line formatCsv writes. */
export const CSV_HEADER = "x1,x2,label";

/** A file's points, or why it was refused. */
export type CsvResult = { ok: true; value: Dataset } | { ok: false; message: Message };

/** A decimal number as a person or a spreadsheet writes it: no hex, no Infinity, no NaN, no empty text. */
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Characters no text file of numbers holds: controls other than tab and line ends, and undecodable bytes. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

/** A value as a message quotes it: at most 20 characters. */
function shown(value: string): string {
  return value.length > 20 ? `${value.slice(0, 20)}…` : value;
}

function refuse(key: Message["key"], params?: Message["params"]): CsvResult {
  return { ok: false, message: params ? { key, params } : { key } };
}

/** The line (1-based) holding character `index` of `text`. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The line where a quoted value opens and never closes, or 0 when every quote is closed. */
function unclosedQuoteLine(text: string): number {
  let open = -1;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) open = open < 0 ? i : -1;
  return open < 0 ? 0 : lineAt(text, open);
}

const isBlank = (row: readonly string[]) => row.every((field) => field.trim() === "");
const isNumber = (field: string) => NUMBER.test(field.trim());
/** A header line names the three columns: no value on it is a number (and none is empty). */
const isHeader = (row: readonly string[]) =>
  row.length === 3 && row.every((field) => field.trim() !== "" && !isNumber(field));

/** Read one data line's point, or why it is refused (`line` is 1-based). */
function readRow(row: readonly string[], line: number): [number, number, 0 | 1] | CsvResult {
  if (row.length !== 3) return refuse("csv.columns", { line, count: row.length });
  const coordinates: number[] = [];
  for (const [i, raw] of row.slice(0, 2).entries()) {
    const field = raw.trim();
    const column = i + 1;
    if (field === "") return refuse("csv.emptyValue", { line, column });
    if (!NUMBER.test(field)) return refuse("csv.notNumber", { line, column, value: shown(field) });
    const v = Number(field);
    if (!(Math.abs(v) <= MAX_COORDINATE))
      return refuse("csv.outOfRange", { line, column, value: shown(field), max: MAX_COORDINATE });
    coordinates.push(v);
  }
  const label = row[2].trim();
  if (label === "") return refuse("csv.emptyValue", { line, column: 3 });
  const t = NUMBER.test(label) ? Number(label) : Number.NaN;
  if (t !== 0 && t !== 1) return refuse("csv.badLabel", { line, value: shown(label) });
  return [coordinates[0], coordinates[1], t === 1 ? 1 : 0];
}

/** Read a CSV file's text as points (rounded as data/points.ts keeps them), or refuse it with the reason. */
export function parseCsv(text: string): CsvResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const binary = BINARY.exec(body);
  if (binary) return refuse("csv.binary", { line: lineAt(body, binary.index) });
  const quoteLine = unclosedQuoteLine(body);
  if (quoteLine > 0) return refuse("csv.quote", { line: quoteLine });
  const rows = csvParseRows(body);
  const points: [number, number, 0 | 1][] = [];
  let header = false;
  // Until a quoted value spans lines (refused below), row i is line i + 1: d3 ends a row at each line end.
  for (const [i, row] of rows.entries()) {
    const line = i + 1;
    if (row.some((field) => /[\r\n]/.test(field))) return refuse("csv.quote", { line });
    if (isBlank(row)) continue;
    if (isHeader(row)) {
      if (points.length > 0 || header) return refuse("csv.headerAgain", { line });
      header = true;
      continue;
    }
    if (points.length === MAX_POINTS) return refuse("csv.tooMany", { line, max: MAX_POINTS });
    const point = readRow(row, line);
    if (!Array.isArray(point)) return point as CsvResult;
    points.push(point);
  }
  if (points.length === 0) return refuse(header ? "csv.onlyHeader" : "csv.empty");
  return { ok: true, value: pointsFromRows(points) };
}

/** The file's text for these points: the header, then `x1,x2,label` per point, each line ending in \n. */
export function formatCsv(points: Dataset): string {
  const lines = [CSV_HEADER];
  for (let i = 0; i < points.n; i++) lines.push(`${points.x[2 * i]},${points.x[2 * i + 1]},${points.t[i]}`);
  return `${lines.join("\n")}\n`;
}

/** Read a chosen file: refused unread when larger than MAX_FILE_BYTES, else parsed by parseCsv. */
export async function readCsvFile(file: Blob): Promise<CsvResult> {
  if (file.size > MAX_FILE_BYTES)
    return refuse("csv.tooBig", { size: Math.ceil(file.size / 1024), max: MAX_FILE_BYTES / 1024 });
  return parseCsv(await file.text());
}
