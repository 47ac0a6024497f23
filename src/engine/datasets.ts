/**
 * Seeded two-class data sets in the plane, drawn from numpy's legacy stream (random.ts).
 *
 * moons   = sklearn.datasets.make_moons(n, noise=σ, random_state=seed):
 *           n_out = ⌊n/2⌋ points (cos t, sin t), t = linspace(0, π, n_out), class 0;
 *           n_in = n − n_out points (1 − cos t, 1 − sin t − ½), class 1;
 *           rows shuffled (rng.shuffle(arange(n))), then x += σ·N(0, 1) coordinate by coordinate
 * circles = sklearn.datasets.make_circles(n, noise=σ, factor=½, random_state=seed), the same recipe
 *           on a full circle of radius 1 (class 0) and ½ (class 1), t = linspace(0, 2π, ·, endpoint=False)
 * gaussians = sklearn.datasets.make_blobs(n, centers=[(−1, −1), (1, 1)], cluster_std=σ, random_state=seed)
 * xor     = x ~ U(−1, 1)², class 1 where x₁·x₂ < 0, then x += σ·N(0, 1)
 * spiral  = two interleaved arms r = 0.1 + 1.4s, θ = 3.5π·s + πc, s = linspace(0, 1), shuffled, then noise
 *
 * Labels are the targets t ∈ {0, 1}. sin/cos are correctly rounded (crMath.ts), as glibc's are for
 * these inputs, so the same seed gives numpy's data to the last bit.
 */
import { crCos, crSin } from "./crMath.ts";
import { RandomState } from "./random.ts";

/** n points in the plane: x is n×2 row-major (x[2n], x[2n+1]), t[n] ∈ {0, 1} the class. */
export interface Dataset {
  n: number;
  x: Float64Array;
  t: Uint8Array;
}

/** The data set generators, by the names the URL, the CLI and the worker use. */
export const DATASET_NAMES = ["moons", "circles", "xor", "gaussians", "spiral"] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/** Where a run's data comes from: a generator, or points of the user's own ("custom", given with the run). */
export const DATA_SOURCES = [...DATASET_NAMES, "custom"] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

/** numpy's linspace(start, stop, num, endpoint): i·step + start, the last point exactly `stop`. */
export function linspace(start: number, stop: number, num: number, endpoint = true): Float64Array {
  const out = new Float64Array(num);
  const div = endpoint ? num - 1 : num;
  const step = (stop - start) / div;
  for (let i = 0; i < num; i++) out[i] = div > 0 ? i * step + start : i * (stop - start) + start;
  if (endpoint && num > 1) out[num - 1] = stop;
  return out;
}

/** Reorder rows as numpy's X[indices]. */
function takeRows(data: Dataset, indices: ArrayLike<number>): Dataset {
  const n = indices.length;
  const x = new Float64Array(2 * n);
  const t = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const i = indices[r];
    x[2 * r] = data.x[2 * i];
    x[2 * r + 1] = data.x[2 * i + 1];
    t[r] = data.t[i];
  }
  return { n, x, t };
}

/** sklearn's `shuffle(X, y)` followed by `X += rng.normal(scale=noise, size=X.shape)`. */
function shuffleThenAddNoise(data: Dataset, noise: number, rng: RandomState): Dataset {
  const shuffled = takeRows(data, rng.permutation(data.n));
  for (let k = 0; k < 2 * data.n; k++) shuffled.x[k] += rng.normal(0, noise);
  return shuffled;
}

type Point = [number, number];

/**
 * Two arcs before shuffling and noise: n_out = ⌊n/2⌋ points of class 0 at outer(tᵢ), then n − n_out
 * points of class 1 at inner(tᵢ), each arc's tᵢ from `angles(count)`.
 */
function twoArcs(
  n: number,
  angles: (count: number) => Float64Array,
  outer: (t: number) => Point,
  inner: (t: number) => Point,
): Dataset {
  const nOut = Math.floor(n / 2);
  const x = new Float64Array(2 * n);
  const t = new Uint8Array(n);
  const arcs = [
    { at: outer, angle: angles(nOut), first: 0 },
    { at: inner, angle: angles(n - nOut), first: nOut },
  ];
  arcs.forEach(({ at, angle, first }, c) => {
    angle.forEach((ti, i) => {
      [x[2 * (first + i)], x[2 * (first + i) + 1]] = at(ti);
      t[first + i] = c;
    });
  });
  return { n, x, t };
}

/** sklearn's make_moons(n, noise, random_state=seed), bit for bit. */
export function makeMoons(n: number, noise: number, seed: number): Dataset {
  const rng = new RandomState(seed);
  const arcs = twoArcs(
    n,
    (count) => linspace(0, Math.PI, count),
    (t) => [crCos(t), crSin(t)],
    (t) => [1 - crCos(t), 1 - crSin(t) - 0.5],
  );
  return shuffleThenAddNoise(arcs, noise, rng);
}

/** sklearn's make_circles(n, noise, factor, random_state=seed). */
export function makeCircles(n: number, noise: number, seed: number, factor = 0.5): Dataset {
  const rng = new RandomState(seed);
  const arcs = twoArcs(
    n,
    (count) => linspace(0, 2 * Math.PI, count, false),
    (t) => [crCos(t), crSin(t)],
    (t) => [crCos(t) * factor, crSin(t) * factor],
  );
  return shuffleThenAddNoise(arcs, noise, rng);
}

/** sklearn's make_blobs(n, centers=[(−1, −1), (1, 1)], cluster_std=noise, random_state=seed). */
export function makeGaussians(n: number, noise: number, seed: number): Dataset {
  const rng = new RandomState(seed);
  const centers = [-1, 1];
  const counts = [Math.ceil(n / 2), Math.floor(n / 2)]; // the first centre takes the odd point
  const x = new Float64Array(2 * n);
  const t = new Uint8Array(n);
  let row = 0;
  for (let c = 0; c < 2; c++) {
    for (let i = 0; i < counts[c]; i++, row++) {
      x[2 * row] = rng.normal(centers[c], noise);
      x[2 * row + 1] = rng.normal(centers[c], noise);
      t[row] = c;
    }
  }
  return takeRows({ n, x, t }, rng.permutation(n));
}

/** Four quadrants: x ~ U(−1, 1)², class 1 where x₁·x₂ < 0, then Gaussian noise. */
export function makeXor(n: number, noise: number, seed: number): Dataset {
  const rng = new RandomState(seed);
  const x = new Float64Array(2 * n);
  const t = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x[2 * i] = rng.uniform(-1, 1);
    x[2 * i + 1] = rng.uniform(-1, 1);
    t[i] = x[2 * i] * x[2 * i + 1] < 0 ? 1 : 0;
  }
  for (let k = 0; k < 2 * n; k++) x[k] += rng.normal(0, noise);
  return { n, x, t };
}

/** Two interleaved spiral arms r = 0.1 + 1.4s, θ = 3.5π·s + πc, s = linspace(0, 1), then shuffle and noise. */
export function makeSpiral(n: number, noise: number, seed: number): Dataset {
  const rng = new RandomState(seed);
  const arm =
    (c: number) =>
    (s: number): Point => {
      const r = 0.1 + 1.4 * s;
      const theta = 3.5 * Math.PI * s + Math.PI * c;
      return [r * crSin(theta), r * crCos(theta)];
    };
  return shuffleThenAddNoise(
    twoArcs(n, (count) => linspace(0, 1, count), arm(0), arm(1)),
    noise,
    rng,
  );
}

/** Generate a data set by name. */
export function makeDataset(name: DatasetName, n: number, noise: number, seed: number): Dataset {
  switch (name) {
    case "moons":
      return makeMoons(n, noise, seed);
    case "circles":
      return makeCircles(n, noise, seed);
    case "gaussians":
      return makeGaussians(n, noise, seed);
    case "xor":
      return makeXor(n, noise, seed);
    case "spiral":
      return makeSpiral(n, noise, seed);
  }
}

/** A training set and a held-out test set (possibly empty). */
export interface Split {
  train: Dataset;
  test: Dataset;
}

/**
 * sklearn's train_test_split(X, y, test_size=fraction, random_state=seed): n_test = ⌈fraction·n⌉ rows
 * (at most n − 1), taken first from rng.permutation(n), the rest for training, both in that order.
 * A fraction of 0 keeps every row for training in its original order, as the article does.
 */
export function splitTrainTest(data: Dataset, fraction: number, seed: number): Split {
  if (fraction <= 0 || data.n < 2) return { train: data, test: takeRows(data, []) };
  const nTest = Math.min(Math.ceil(fraction * data.n), data.n - 1);
  const perm = new RandomState(seed).permutation(data.n);
  return { train: takeRows(data, perm.subarray(nTest)), test: takeRows(data, perm.subarray(0, nTest)) };
}
