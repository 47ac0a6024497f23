/**
 * numpy's legacy random stream, `np.random.RandomState(seed)`, reproduced draw for draw.
 *
 *   seed(s):      MT19937 init_genrand(s); the cached Gaussian is cleared
 *   random():     a = u32 >>> 5, b = u32 >>> 6, (a·2²⁶ + b) / 2⁵³           (53-bit double in [0, 1))
 *   gauss():      polar method: x₁, x₂ = 2d − 1 until 0 < r² = x₁² + x₂² < 1,
 *                 f = √(−2 ln r² / r²), return f·x₂ and cache f·x₁ for the next call
 *   interval(m):  u32 & mask (smallest all-ones ≥ m) until ≤ m                (integer in [0, m])
 *   shuffle(a):   for i = n−1 … 1: swap a[i], a[interval(i)]
 *
 * The logarithm is computed correctly rounded (see crMath.ts), as glibc's `log` that numpy calls
 * returns in all but rare cases, so the same seed gives the same numbers as numpy.
 */
import { crLog } from "./crMath.ts";

const N = 624;
const M = 397;

/** The largest seed numpy accepts: 2³² − 1. */
export const MAX_SEED = 0xffffffff;

/** True when `seed` is a seed numpy's RandomState accepts: an integer in [0, 2³² − 1]. */
export function isValidSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

/** A copy of the generator's whole state, enough to resume the stream exactly (for snapshots). */
export interface RandomSnapshot {
  key: Uint32Array;
  pos: number;
  hasGauss: boolean;
  gauss: number;
}

/** numpy's legacy `RandomState`: MT19937 with numpy's conversions to doubles, Gaussians and integers. */
export class RandomState {
  private readonly key = new Uint32Array(N);
  private pos = N;
  private hasGauss = false;
  private cachedGauss = 0;

  constructor(seed: number) {
    this.seed(seed);
  }

  /** Reseed as `np.random.seed(seed)`; `seed` must be an integer in [0, 2³² − 1]. */
  seed(seed: number): void {
    if (!isValidSeed(seed))
      throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED}, got ${seed}`);
    const key = this.key;
    key[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = key[i - 1] ^ (key[i - 1] >>> 30);
      key[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.pos = N;
    this.hasGauss = false;
    this.cachedGauss = 0;
  }

  /** The next raw 32-bit output of MT19937, as an unsigned integer. */
  nextUint32(): number {
    if (this.pos >= N) this.twist();
    let y = this.key[this.pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  private twist(): void {
    const key = this.key;
    for (let i = 0; i < N; i++) {
      const y = (key[i] & 0x80000000) | (key[(i + 1) % N] & 0x7fffffff);
      key[i] = key[(i + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.pos = 0;
  }

  /** A double in [0, 1) with 53 random bits, as `random_sample()`. */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** A standard normal deviate, as `randn()` / `standard_normal()` (polar method, second value cached). */
  gauss(): number {
    if (this.hasGauss) {
      this.hasGauss = false;
      const cached = this.cachedGauss;
      this.cachedGauss = 0;
      return cached;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2 * this.random() - 1;
      x2 = 2 * this.random() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * crLog(r2)) / r2);
    this.cachedGauss = f * x1;
    this.hasGauss = true;
    return f * x2;
  }

  /** `normal(loc, scale)`: loc + scale · gauss(). */
  normal(loc: number, scale: number): number {
    return loc + scale * this.gauss();
  }

  /** `uniform(low, high)`: low + (high − low) · random(). */
  uniform(low: number, high: number): number {
    return low + (high - low) * this.random();
  }

  /** A uniform integer in [0, max] by masked rejection, as numpy's `random_interval` (max < 2³²). */
  interval(max: number): number {
    if (max === 0) return 0;
    let mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    mask >>>= 0;
    let value: number;
    do {
      value = (this.nextUint32() & mask) >>> 0;
    } while (value > max);
    return value;
  }

  /** Shuffle `a` in place exactly as `RandomState.shuffle` does for a 1-d array. */
  shuffle(a: { length: number; [i: number]: number }): void {
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.interval(i);
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** `permutation(n)`: a shuffled `arange(n)`. */
  permutation(n: number): Int32Array {
    const a = new Int32Array(n);
    for (let i = 0; i < n; i++) a[i] = i;
    this.shuffle(a);
    return a;
  }

  /** `randn(count)` flattened in row-major order. */
  randn(count: number): Float64Array {
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) out[i] = this.gauss();
    return out;
  }

  /** The whole state, copied. */
  snapshot(): RandomSnapshot {
    return { key: this.key.slice(), pos: this.pos, hasGauss: this.hasGauss, gauss: this.cachedGauss };
  }

  /** Resume from a state taken with `snapshot()`. */
  restore(s: RandomSnapshot): void {
    this.key.set(s.key);
    this.pos = s.pos;
    this.hasGauss = s.hasGauss;
    this.cachedGauss = s.gauss;
  }
}
