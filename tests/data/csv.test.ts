import { describe, expect, it } from "vitest";
import { formatCsv, MAX_FILE_BYTES, parseCsv, readCsvFile } from "../../src/data/csv.ts";
import { MAX_POINTS, pointsFromRows, samePoints } from "../../src/data/points.ts";
import { RandomState } from "../../src/engine/random.ts";
import type { Message } from "../../src/i18n/translate.ts";

const rows = (d: { n: number; x: Float64Array; t: Uint8Array }) =>
  Array.from({ length: d.n }, (_, i) => [d.x[2 * i], d.x[2 * i + 1], d.t[i]]);

/** The points of a file, or the test fails with the refusal. */
function read(text: string) {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.message)}`);
  return rows(result.value);
}

const TWO = [
  [1, 2, 0],
  [-0.5, 3.25, 1],
];

describe("reading a CSV file of points", () => {
  it.each([
    ["with a header", "x1,x2,label\n1,2,0\n-0.5,3.25,1\n"],
    ["without a header", "1,2,0\n-0.5,3.25,1\n"],
    ["without a final line end", "1,2,0\n-0.5,3.25,1"],
    ["with CRLF line ends", "x1,x2,label\r\n1,2,0\r\n-0.5,3.25,1\r\n"],
    ["with a BOM", "\uFEFFx1,x2,label\n1,2,0\n-0.5,3.25,1\n"],
    ["with a BOM and no header", "\uFEFF1,2,0\n-0.5,3.25,1\n"],
    ["with blank trailing lines", "1,2,0\n-0.5,3.25,1\n\n\n  \n"],
    ["with blank lines between", "x,y,class\n\n1,2,0\n\n-0.5,3.25,1\n"],
    ["with a spreadsheet's empty rows", "x1,x2,label\n1,2,0\n,,\n-0.5,3.25,1\n,,\n"],
    ["with spaces and tabs around values", " 1 ,\t2 , 0\n  -0.5,3.25 ,1  \n"],
    ["with labels written 0.0 and 1.0", "1,2,0.0\n-0.5,3.25,1.0\n"],
    ["with another header's names", '"feature a","feature b","is blue"\n1,2,0\n-0.5,3.25,1\n'],
    ["with quoted numbers", '"1","2","0"\n"-0.5","3.25","1"\n'],
    ["with numbers as 1e0 and .5 and +2", "1e0,+2,0\n-.5,325e-2,1\n"],
    ["with a Japanese header", "横,縦,ラベル\n1,2,0\n-0.5,3.25,1\n"],
  ])("reads a file %s", (_, text) => {
    expect(read(text)).toEqual(TWO);
  });

  it("rounds coordinates to a thousandth, as the page keeps them", () => {
    expect(read("0.12345,-0.98765,1\n")).toEqual([[0.123, -0.988, 1]]);
  });

  it("reads exactly MAX_POINTS points and the coordinates ±MAX_COORDINATE", () => {
    const text = `x1,x2,label\n${"1000,-1000,1\n".repeat(MAX_POINTS)}`;
    const result = parseCsv(text);
    expect(result.ok && result.value.n).toBe(MAX_POINTS);
  });

  const many = `x1,x2,label\n${"0,0,0\n".repeat(MAX_POINTS)}0,0,1\n`;

  // Each bad file with what is wrong and where, counted by a person from the text itself.
  const BAD: [string, string, Message][] = [
    ["an empty file", "", { key: "csv.empty" }],
    ["a file of blank lines", "\n\n  \n\t\n", { key: "csv.empty" }],
    ["a file holding only a BOM", "\uFEFF", { key: "csv.empty" }],
    ["only a header", "x1,x2,label\n", { key: "csv.onlyHeader" }],
    ["only a header and blank lines", "x1,x2,label\n\n\n", { key: "csv.onlyHeader" }],
    ["a header of two columns", "x1,x2\n1,2,0\n", { key: "csv.columns", params: { line: 1, count: 2 } }],
    ["a header of four columns", "a,b,c,d\n1,2,0\n", { key: "csv.columns", params: { line: 1, count: 4 } }],
    [
      "a second header mid-file",
      "x1,x2,label\n1,2,0\nx1,x2,label\n3,4,1\n",
      { key: "csv.headerAgain", params: { line: 3 } },
    ],
    ["a header after the points", "1,2,0\n3,4,1\nx,y,z\n", { key: "csv.headerAgain", params: { line: 3 } }],
    ["two headers", "x1,x2,label\nx1,x2,label\n1,2,0\n", { key: "csv.headerAgain", params: { line: 2 } }],
    ["two values on a line", "1,2,0\n3,4\n", { key: "csv.columns", params: { line: 2, count: 2 } }],
    ["four values on a line", "1,2,0,7\n", { key: "csv.columns", params: { line: 1, count: 4 } }],
    [
      "one value on a line",
      "x1,x2,label\n1,2,0\n\n5\n",
      { key: "csv.columns", params: { line: 4, count: 1 } },
    ],
    ["semicolons for commas", "1;2;0\n", { key: "csv.columns", params: { line: 1, count: 1 } }],
    ["tabs for commas", "1\t2\t0\n", { key: "csv.columns", params: { line: 1, count: 1 } }],
    ["a trailing comma", "1,2,0,\n", { key: "csv.columns", params: { line: 1, count: 4 } }],
    ["decimal commas", "1,5,2,5,0\n", { key: "csv.columns", params: { line: 1, count: 5 } }],
    ["an empty x1", "x1,x2,label\n,2,0\n", { key: "csv.emptyValue", params: { line: 2, column: 1 } }],
    ["an empty x2", "1,2,0\n3, ,1\n", { key: "csv.emptyValue", params: { line: 2, column: 2 } }],
    ["an empty label", "1,2,\n", { key: "csv.emptyValue", params: { line: 1, column: 3 } }],
    [
      "a line of a value and commas",
      "1,2,0\n,,1\n",
      { key: "csv.emptyValue", params: { line: 2, column: 1 } },
    ],
    [
      "a word for x1",
      "1,2,0\nabc,2,0\n",
      { key: "csv.notNumber", params: { line: 2, column: 1, value: "abc" } },
    ],
    ["a word for x2", "1,two,0\n", { key: "csv.notNumber", params: { line: 1, column: 2, value: "two" } }],
    ["NaN", "1,2,0\nNaN,2,0\n", { key: "csv.notNumber", params: { line: 2, column: 1, value: "NaN" } }],
    [
      "Infinity",
      "1,Infinity,0\n",
      { key: "csv.notNumber", params: { line: 1, column: 2, value: "Infinity" } },
    ],
    [
      "-Infinity",
      "-Infinity,1,0\n",
      { key: "csv.notNumber", params: { line: 1, column: 1, value: "-Infinity" } },
    ],
    [
      "a hexadecimal number",
      "0x1F,2,0\n",
      { key: "csv.notNumber", params: { line: 1, column: 1, value: "0x1F" } },
    ],
    [
      "a binary number",
      "1,0b11,0\n",
      { key: "csv.notNumber", params: { line: 1, column: 2, value: "0b11" } },
    ],
    ["an octal number", "0o7,1,0\n", { key: "csv.notNumber", params: { line: 1, column: 1, value: "0o7" } }],
    [
      "a number with a unit",
      "1cm,2,0\n",
      { key: "csv.notNumber", params: { line: 1, column: 1, value: "1cm" } },
    ],
    [
      "a number with a thousands separator",
      '"1,000",2,0\n',
      { key: "csv.notNumber", params: { line: 1, column: 1, value: "1,000" } },
    ],
    ["two signs", "--1,2,0\n", { key: "csv.notNumber", params: { line: 1, column: 1, value: "--1" } }],
    [
      "two decimal points",
      "1.2.3,2,0\n",
      { key: "csv.notNumber", params: { line: 1, column: 1, value: "1.2.3" } },
    ],
    ["a lone dot", ".,2,0\n", { key: "csv.notNumber", params: { line: 1, column: 1, value: "." } }],
    [
      "an exponent without digits",
      "1e,2,0\n",
      { key: "csv.notNumber", params: { line: 1, column: 1, value: "1e" } },
    ],
    [
      "a space inside a number",
      "1 2,3,0\n",
      { key: "csv.notNumber", params: { line: 1, column: 1, value: "1 2" } },
    ],
    ["a full-width digit", "１,2,0\n", { key: "csv.notNumber", params: { line: 1, column: 1, value: "１" } }],
    [
      "a long word, shortened",
      "1,abcdefghijklmnopqrstuvwxyz,0\n",
      { key: "csv.notNumber", params: { line: 1, column: 2, value: "abcdefghijklmnopqrst…" } },
    ],
    [
      "x1 beyond +1000",
      "1000.001,0,0\n",
      { key: "csv.outOfRange", params: { line: 1, column: 1, value: "1000.001", max: 1000 } },
    ],
    [
      "x2 beyond -1000",
      "0,-1001,1\n",
      { key: "csv.outOfRange", params: { line: 1, column: 2, value: "-1001", max: 1000 } },
    ],
    [
      "a huge exponent",
      "1,2,0\n1e400,0,0\n",
      { key: "csv.outOfRange", params: { line: 2, column: 1, value: "1e400", max: 1000 } },
    ],
    ["a label 2", "1,2,0\n3,4,2\n", { key: "csv.badLabel", params: { line: 2, value: "2" } }],
    ["a label -1", "1,2,-1\n", { key: "csv.badLabel", params: { line: 1, value: "-1" } }],
    ["a label 0.5", "1,2,0.5\n", { key: "csv.badLabel", params: { line: 1, value: "0.5" } }],
    ["a label word", "1,2,red\n", { key: "csv.badLabel", params: { line: 1, value: "red" } }],
    ["a label true", "1,2,true\n", { key: "csv.badLabel", params: { line: 1, value: "true" } }],
    ["a label NaN", "1,2,NaN\n", { key: "csv.badLabel", params: { line: 1, value: "NaN" } }],
    ["a label 0x1", "1,2,0x1\n", { key: "csv.badLabel", params: { line: 1, value: "0x1" } }],
    ["a label 1e400", "1,2,1e400\n", { key: "csv.badLabel", params: { line: 1, value: "1e400" } }],
    [
      "a quote that never closes",
      'x1,x2,label\n1,2,0\n"3,4,1\n5,6,0\n',
      { key: "csv.quote", params: { line: 3 } },
    ],
    ["a quote opened at the end", '1,2,0\n3,4,"\n', { key: "csv.quote", params: { line: 2 } }],
    ["a quoted value spanning lines", '1,2,0\n"3\n",4,1\n', { key: "csv.quote", params: { line: 2 } }],
    ["a NUL byte", "1,2,0\n3,4\u0000,1\n", { key: "csv.binary", params: { line: 2 } }],
    ["an undecodable byte", "1,2,0\n1,2,0\n\uFFFD\uFFFD\n", { key: "csv.binary", params: { line: 3 } }],
    ["a PNG's first bytes", "\uFFFDPNG\r\n\u001A\n", { key: "csv.binary", params: { line: 1 } }],
    [
      "a ZIP's first bytes (a spreadsheet)",
      "PK\u0003\u0004\u0014\u0000",
      { key: "csv.binary", params: { line: 1 } },
    ],
    ["a form feed", "1,2,0\n\f\n", { key: "csv.binary", params: { line: 2 } }],
    [
      "more than MAX_POINTS points",
      many,
      { key: "csv.tooMany", params: { line: MAX_POINTS + 2, max: MAX_POINTS } },
    ],
    ["an HTML page", "<!doctype html>\n<html>\n", { key: "csv.columns", params: { line: 1, count: 1 } }],
    ["JSON", '[\n{"x1": 1, "x2": 2, "label": 0}\n]\n', { key: "csv.columns", params: { line: 1, count: 1 } }],
    ["a header only in JSON's shape", '[{"x1": 1, "x2": 2, "label": 0}]\n', { key: "csv.onlyHeader" }],
  ];

  it("has at least fifty kinds of bad file to refuse", () => {
    expect(new Set(BAD.map(([name]) => name)).size).toBeGreaterThanOrEqual(50);
  });

  it.each(BAD)("refuses %s, saying where and why", (_, text, message) => {
    expect(parseCsv(text)).toEqual({ ok: false, message });
  });

  it("refuses a file over 1 MB before reading it", async () => {
    const big = new Blob(["0,0,0\n".repeat(Math.ceil(MAX_FILE_BYTES / 6) + 1)]);
    let read = false;
    const spy = Object.assign(big, {
      text: () => {
        read = true;
        return Promise.resolve("");
      },
    });
    expect(await readCsvFile(spy)).toEqual({
      ok: false,
      message: { key: "csv.tooBig", params: { size: 1025, max: 1024 } },
    });
    expect(read).toBe(false);
  });

  it("reads a chosen file's text", async () => {
    const result = await readCsvFile(new Blob(["\uFEFFx1,x2,label\r\n1,2,0\r\n-0.5,3.25,1\r\n"]));
    expect(result.ok && rows(result.value)).toEqual(TWO);
  });
});

describe("writing a CSV file of points", () => {
  it("writes a header, then x1,x2,label per point", () => {
    expect(formatCsv(pointsFromRows(TWO as [number, number, 0 | 1][]))).toBe(
      "x1,x2,label\n1,2,0\n-0.5,3.25,1\n",
    );
  });

  it("writes a set without points as the header alone (which import refuses as holding no points)", () => {
    expect(formatCsv(pointsFromRows([]))).toBe("x1,x2,label\n");
  });

  it("writes what it reads back exactly, for 200 random sets", () => {
    const rng = new RandomState(7);
    const random = () => rng.random();
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random() * 60);
      const scale = [0.001, 1, 10, 1000][trial % 4];
      const set = pointsFromRows(
        Array.from(
          { length: n },
          () =>
            [(2 * random() - 1) * scale, (2 * random() - 1) * scale, random() < 0.5 ? 0 : 1] as [
              number,
              number,
              0 | 1,
            ],
        ),
      );
      const back = parseCsv(formatCsv(set));
      expect(back.ok && samePoints(back.value, set)).toBe(true);
    }
  });
});
