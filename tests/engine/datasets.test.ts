import { describe, expect, it } from "vitest";
import {
  type Dataset,
  linspace,
  makeCircles,
  makeDataset,
  makeGaussians,
  makeMoons,
  makeSpiral,
  makeXor,
  splitTrainTest,
} from "../../src/engine/datasets.ts";
import fixture from "../fixtures/datasets.json";
import { ulpsBetween } from "./ulps.ts";

interface Reference {
  x: number[];
  t: number[];
}

function fromFixture(f: Reference): Dataset {
  return { n: f.t.length, x: Float64Array.from(f.x), t: Uint8Array.from(f.t) };
}

/** Coordinates of `data` that are not bit for bit sklearn's. */
function differences(data: Dataset, expected: Reference): { k: number; ulps: number }[] {
  const out: { k: number; ulps: number }[] = [];
  expected.x.forEach((v, k) => {
    if (!Object.is(data.x[k], v)) out.push({ k, ulps: ulpsBetween(data.x[k], v) });
  });
  return out;
}

/** Same size and labels as sklearn's, every coordinate within 10⁻¹². */
function expectClose(data: Dataset, expected: Reference): void {
  expect(data.n).toBe(expected.t.length);
  expect(Array.from(data.t)).toEqual(expected.t);
  expect(data.x.length).toBe(expected.x.length);
  let worst = 0;
  expected.x.forEach((v, k) => {
    worst = Math.max(worst, Math.abs(data.x[k] - v));
  });
  expect(worst).toBeLessThanOrEqual(1e-12);
}

const generators = { moons: makeMoons, circles: makeCircles, gaussians: makeGaussians } as const;

describe("makeMoons, sklearn's make_moons", () => {
  it("draws the article's data set, make_moons(200, noise=0.2) after seed(0), bit for bit", () => {
    const f = fixture.moons.find((m) => m.n === 200 && m.noise === 0.2 && m.seed === 0);
    if (!f) throw new Error("the article's set is missing from datasets.json");
    const data = makeMoons(200, 0.2, 0);
    expect(Array.from(data.t)).toEqual(f.t);
    expect(differences(data, f)).toEqual([]);
  });

  // 5 of the 7 moons fixtures are bit for bit sklearn's, and 2 of the 4 circles and all 3 blobs. The
  // others differ in a single coordinate by one ulp: there glibc's sin, cos or log (which numpy calls)
  // misses the nearest double, as it does for about 1 input in 1000, and the engine's crMath does not.
  it.each(fixture.moons)("matches make_moons($n, noise=$noise, random_state=$seed)", (f) => {
    const data = makeMoons(f.n, f.noise, f.seed);
    expectClose(data, f);
    const off = differences(data, f);
    expect(off.length).toBeLessThanOrEqual(2);
    for (const d of off) expect(d.ulps).toBe(1);
  });

  it("is bit for bit sklearn's in at least 5 of the 7 fixture sets", () => {
    const exact = fixture.moons.filter((f) => differences(makeMoons(f.n, f.noise, f.seed), f).length === 0);
    expect(exact.length).toBeGreaterThanOrEqual(5);
  });

  it("puts ⌊n/2⌋ points in the outer moon (class 0) and the rest in the inner one", () => {
    for (const n of [1, 2, 7, 200]) {
      const data = makeMoons(n, 0.1, 3);
      expect(data.t.filter((t) => t === 0).length).toBe(Math.floor(n / 2));
      expect(data.x.length).toBe(2 * n);
    }
  });
});

describe.each(["circles", "gaussians"] as const)("make%s", (name) => {
  it.each(fixture[name])(`matches sklearn for n = $n, noise $noise, seed $seed`, (f) => {
    const data = generators[name](f.n, f.noise, f.seed);
    expectClose(data, f);
    const off = differences(data, f);
    expect(off.length).toBeLessThanOrEqual(2);
    for (const d of off) expect(d.ulps).toBe(1);
  });
});

describe("makeDataset", () => {
  it("dispatches by the names the URL and the CLI use", () => {
    expect(makeDataset("moons", 50, 0.2, 4)).toEqual(makeMoons(50, 0.2, 4));
    expect(makeDataset("circles", 50, 0.2, 4)).toEqual(makeCircles(50, 0.2, 4));
    expect(makeDataset("gaussians", 50, 0.2, 4)).toEqual(makeGaussians(50, 0.2, 4));
    expect(makeDataset("xor", 50, 0.2, 4)).toEqual(makeXor(50, 0.2, 4));
    expect(makeDataset("spiral", 50, 0.2, 4)).toEqual(makeSpiral(50, 0.2, 4));
  });
});

// numpy 2.4, each generator's definition written with np.random.RandomState(9): xor draws uniform(−1, 1,
// (n, 2)), labels x₁x₂ < 0, then adds normal(0, 0.2, (n, 2)); spiral lays the arms on linspace(0, 1),
// permutes them, then adds the noise. Rows 0, 1, 2 and 149 of n = 150.
const NUMPY_SEED_9 = {
  xor: {
    rows: [0, 1, 2, 149],
    x: [
      [-0.724156995856533, 0.04594327357726002],
      [0.1155137342280628, -0.932800131855821],
      [-0.8223000396751841, -0.3756771339845393],
      [1.1427622295155881, 0.9687828680831176],
    ],
    t: [1, 0, 0, 0],
  },
  spiral: {
    rows: [0, 1, 2, 149],
    x: [
      [-0.657083044766168, 1.0859580849727148],
      [-0.07151604877477016, 0.2820938010283469],
      [1.3223166492315794, 0.914854018973642],
      [-1.1080821565598624, -0.20956125770389186],
    ],
    t: [1, 1, 1, 1],
  },
};

describe.each([
  ["xor", makeXor],
  ["spiral", makeSpiral],
] as const)("%s, the playground's own data sets", (name, make) => {
  it("draws the points its definition gives with numpy's stream for a seed", () => {
    const data = make(150, 0.2, 9);
    const expected = NUMPY_SEED_9[name];
    expected.rows.forEach((r, i) => {
      expect(Math.abs(data.x[2 * r] - expected.x[i][0])).toBeLessThanOrEqual(1e-15);
      expect(Math.abs(data.x[2 * r + 1] - expected.x[i][1])).toBeLessThanOrEqual(1e-15);
      expect(data.t[r]).toBe(expected.t[i]);
    });
  });

  it("gives different points for different seeds", () => {
    const a = make(150, 0.2, 9);
    const b = make(150, 0.2, 10);
    expect(Array.from(a.x)).not.toEqual(Array.from(b.x));
  });

  it.each([1, 2, 3, 150, 501])("has the requested %i points with finite coordinates", (n) => {
    const data = make(n, 0.3, 1);
    expect(data.n).toBe(n);
    expect(data.x.length).toBe(2 * n);
    expect(data.t.length).toBe(n);
    expect(data.x.every(Number.isFinite)).toBe(true);
    expect(data.t.every((t) => t === 0 || t === 1)).toBe(true);
  });

  it("has both classes", () => {
    for (const seed of [0, 1, 2, 3]) expect(new Set(make(100, 0.2, seed).t).size).toBe(2);
  });
});

describe("the playground's own data sets, without noise", () => {
  it("xor labels class 1 exactly where x₁·x₂ < 0", () => {
    const data = makeXor(300, 0, 5);
    for (let r = 0; r < data.n; r++) expect(data.t[r]).toBe(data.x[2 * r] * data.x[2 * r + 1] < 0 ? 1 : 0);
    expect(data.x.every((v) => v >= -1 && v < 1)).toBe(true);
  });

  it("spiral puts every point on its arm, r = 0.1 + 1.4s, with half the points per arm", () => {
    const data = makeSpiral(101, 0, 5);
    expect(data.t.filter((t) => t === 0).length).toBe(50);
    for (let r = 0; r < data.n; r++) {
      const radius = Math.hypot(data.x[2 * r], data.x[2 * r + 1]);
      expect(radius).toBeGreaterThanOrEqual(0.1 - 1e-15);
      expect(radius).toBeLessThanOrEqual(1.5 + 1e-15);
    }
  });
});

describe("splitTrainTest, sklearn's train_test_split", () => {
  it.each(fixture.splits)(
    "splits make_moons($n, $noise, $seed) with test_size=$fraction exactly as sklearn",
    (s) => {
      const source = fixture.moons.find((m) => m.n === s.n && m.noise === s.noise && m.seed === s.seed);
      if (!source) throw new Error("the split's source set is missing from datasets.json");
      const { train, test } = splitTrainTest(fromFixture(source), s.fraction, s.seed);
      expect(test.n).toBe(Math.ceil(s.fraction * s.n));
      expect(train.n + test.n).toBe(s.n);
      expect(Array.from(train.t)).toEqual(s.train.t);
      expect(Array.from(test.t)).toEqual(s.test.t);
      expect(differences(train, s.train)).toEqual([]);
      expect(differences(test, s.test)).toEqual([]);
    },
  );

  it.each(fixture.splits)("splits the engine's own make_moons($n, $noise, $seed) likewise", (s) => {
    const { train, test } = splitTrainTest(makeMoons(s.n, s.noise, s.seed), s.fraction, s.seed);
    expectClose(train, s.train);
    expectClose(test, s.test);
  });

  it("keeps every row, in order, for training when the test fraction is 0 (the article)", () => {
    const data = makeMoons(200, 0.2, 0);
    const { train, test } = splitTrainTest(data, 0, 0);
    expect(train).toEqual(data);
    expect(test.n).toBe(0);
    expect(test.x.length).toBe(0);
  });

  it("always leaves at least one row for training", () => {
    const { train, test } = splitTrainTest(makeMoons(10, 0.2, 0), 0.99, 0);
    expect(train.n).toBe(1);
    expect(test.n).toBe(9);
  });
});

describe("linspace, numpy's", () => {
  it.each(fixture.linspace)("matches np.linspace($start, $stop, $num, endpoint=$endpoint)", (f) => {
    const values = linspace(f.start, f.stop, f.num, f.endpoint);
    expect(values.length).toBe(f.num);
    f.values.forEach((v, i) => {
      expect(Object.is(values[i], v)).toBe(true);
    });
  });

  it("gives nothing for num 0, the start for num 1 and both ends for num 2", () => {
    expect(Array.from(linspace(0, Math.PI, 0))).toEqual([]);
    expect(Array.from(linspace(0.5, Math.PI, 1))).toEqual([0.5]);
    expect(Array.from(linspace(0.5, Math.PI, 2))).toEqual([0.5, Math.PI]);
    expect(Array.from(linspace(0, 2 * Math.PI, 2, false))).toEqual([0, Math.PI]);
  });
});
