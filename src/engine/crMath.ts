/**
 * Correctly rounded ln, sin and cos, so generated data sets match numpy's to the last bit.
 *
 * V8's Math.log/sin/cos (fdlibm ports) miss the nearest double by one ulp for a few inputs; glibc's,
 * which numpy calls, almost never do. Here each function is evaluated in double-double arithmetic
 * (≈ 106 bits) and rounded once, which returns the nearest double unless the true value lies within
 * ≈ 2⁻⁹⁸ of a rounding midpoint.
 *
 *   ln x   = e·ln 2 + 2·atanh(z),  x = m·2ᵉ, m ∈ [√½, √2),  z = (m − 1)/(m + 1),  atanh z = Σ z²ᵏ⁺¹/(2k+1)
 *   sin x, cos x:  x = k·π/2 + r, |r| ≲ π/4 (π/2 in three parts),  then Taylor series of sin r, cos r
 *
 * Only data generation uses these (thousands of calls, not millions): clarity over speed.
 */

/** A double-double: the unevaluated sum hi + lo with |lo| ≤ ulp(hi)/2. */
type DD = readonly [hi: number, lo: number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

const SPLITTER = 134217729; // 2²⁷ + 1: Veltkamp splitting into two 26-bit halves

function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DD, b: DD): DD {
  const s = twoSum(a[0], b[0]);
  const t = twoSum(a[1], b[1]);
  const u = quickTwoSum(s[0], s[1] + t[0]);
  return quickTwoSum(u[0], u[1] + t[1]);
}

function neg(a: DD): DD {
  return [-a[0], -a[1]];
}

function mul(a: DD, b: DD): DD {
  const p = twoProd(a[0], b[0]);
  return quickTwoSum(p[0], p[1] + (a[0] * b[1] + a[1] * b[0]));
}

function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = add(a, neg(mul([q1, 0], b)));
  const q2 = r[0] / b[0];
  r = add(r, neg(mul([q2, 0], b)));
  const q3 = r[0] / b[0];
  return add(quickTwoSum(q1, q2), [q3, 0]);
}

/** Σ cₙ·tⁿ by Horner's rule in double-double. */
function horner(c: readonly DD[], t: DD): DD {
  let s = c[c.length - 1];
  for (let n = c.length - 2; n >= 0; n--) s = add(mul(s, t), c[n]);
  return s;
}

const LN2: DD = [Math.LN2, 2.3190468138462996e-17];
const SQRT_HALF = Math.SQRT1_2;
const MIN_NORMAL = 2 ** -1022;

/** 1/(2k+1) for the atanh series; |z| ≤ 0.172 needs 22 terms for 2⁻¹⁰⁶. */
const ATANH_COEFFS: DD[] = Array.from({ length: 22 }, (_, k) => div([1, 0], [2 * k + 1, 0]));

/** ln x, correctly rounded (to the nearest double) for positive finite x. */
export function crLog(x: number): number {
  if (!(x > 0) || x === Number.POSITIVE_INFINITY) return Math.log(x);
  // Below 2⁻¹⁰²² the factor 2⁻ᵉ would overflow to ∞: scale subnormals up by 2⁶⁴ (exactly) first
  const scale = x < MIN_NORMAL ? 64 : 0;
  let e = Math.floor(Math.log2(x * 2 ** scale));
  let m = x * 2 ** scale * 2 ** -e; // exact: a power-of-two scaling of a normal number
  e -= scale;
  if (m >= 2 * SQRT_HALF) {
    m /= 2;
    e += 1;
  } else if (m < SQRT_HALF) {
    m *= 2;
    e -= 1;
  }
  const z = div([m - 1, 0], twoSum(m, 1)); // m − 1 is exact for m ∈ [½, 2]
  const z2 = mul(z, z);
  const atanh2 = mul(mul(z, horner(ATANH_COEFFS, z2)), [2, 0]);
  const eLn2 = add(twoProd(e, LN2[0]), [e * LN2[1], 0]);
  const result = add(eLn2, atanh2);
  return result[0] + result[1];
}

/** π/2 in three parts (p₁ + p₂ + p₃ to ≈ 160 bits). */
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;

function factorialReciprocals(first: number, count: number): DD[] {
  // (−1)ⁿ/(first + 2n)!
  const out: DD[] = [];
  let f: DD = [1, 0];
  for (let i = 2; i <= first; i++) f = mul(f, [i, 0]);
  for (let n = 0; n < count; n++) {
    if (n > 0) f = mul(f, [(first + 2 * n - 1) * (first + 2 * n), 0]);
    const c = div([1, 0], f);
    out.push(n % 2 === 0 ? c : neg(c));
  }
  return out;
}
const SIN_COEFFS = factorialReciprocals(1, 15); // sin r = r·Σ (−1)ⁿ r²ⁿ/(2n+1)!
const COS_COEFFS = factorialReciprocals(0, 16); // cos r = Σ (−1)ⁿ r²ⁿ/(2n)!

/** Beyond this |x| the three-part reduction loses bits; no generator here comes near it. */
const REDUCTION_LIMIT = 1e6;

function sinCosReduced(x: number): { sin: DD; cos: DD; quadrant: number } {
  const k = Math.round(x * (2 / Math.PI));
  let r = add([x, 0], neg(twoProd(k, PIO2_1)));
  r = add(r, neg(twoProd(k, PIO2_2)));
  r = add(r, [-k * PIO2_3, 0]);
  const r2 = mul(r, r);
  return { sin: mul(r, horner(SIN_COEFFS, r2)), cos: horner(COS_COEFFS, r2), quadrant: ((k % 4) + 4) % 4 };
}

/** sin x, correctly rounded for |x| ≤ 10⁶ (Math.sin beyond). */
export function crSin(x: number): number {
  if (!(Math.abs(x) <= REDUCTION_LIMIT)) return Math.sin(x);
  if (x === 0) return x;
  const { sin, cos, quadrant } = sinCosReduced(x);
  const v = [sin, cos, neg(sin), neg(cos)][quadrant];
  return v[0] + v[1];
}

/** cos x, correctly rounded for |x| ≤ 10⁶ (Math.cos beyond). */
export function crCos(x: number): number {
  if (!(Math.abs(x) <= REDUCTION_LIMIT)) return Math.cos(x);
  const { sin, cos, quadrant } = sinCosReduced(x);
  const v = [cos, neg(sin), neg(cos), sin][quadrant];
  return v[0] + v[1];
}
