/**
 * exp and tanh in plain arithmetic that the JIT inlines, within 2 ulps of Math.exp and Math.tanh.
 *
 * Math.tanh and Math.exp are calls into C (fdlibm ports) that the optimiser cannot inline; in the
 * training loop they cost more than everything else together. These are Cephes' rational
 * approximations (S. L. Moshier), which are accurate to about one ulp in double precision:
 *
 *   eˣ = 2ⁿ · e^r,   n = round(x / ln 2),  r = x − n·ln 2 (ln 2 in two parts),
 *         e^r = 1 + 2·r·P(r²) / (Q(r²) − r·P(r²))
 *   tanh x = x + x·s·P(s)/Q(s), s = x²          for |x| < 0.625
 *   tanh x = sign(x) · (1 − 2 / (e^{2|x|} + 1))  for |x| ≥ 0.625 (|x| capped at 22, where it is ±1)
 *
 * Tests hold both within 2 ulps of Math.exp / Math.tanh over dense sweeps.
 */

const LOG2E = Math.LOG2E;
const LN2_HI = 6.93145751953125e-1; // few bits, so n·LN2_HI is exact
const LN2_LO = 1.4286068203094173e-6;

const EXP_P0 = 1.2617719307481058e-4;
const EXP_P1 = 3.0299440770744195e-2;
const EXP_P2 = 1;
const EXP_Q0 = 3.0019850513866446e-6;
const EXP_Q1 = 2.524483403496841e-3;
const EXP_Q2 = 0.22726554820815503;
const EXP_Q3 = 2;

const TANH_P0 = -0.9643991794250523;
const TANH_P1 = -99.28772310019185;
const TANH_P2 = -1614.6876844170845;
const TANH_Q0 = 112.81167849163293;
const TANH_Q1 = 2235.4883906010045;
const TANH_Q2 = 4844.063053251255;

/** Where the table of powers of two starts: 2ⁿ is POW2[n + POW2_BIAS] for n ∈ [−1022, 1023]. */
const POW2_BIAS = 1022;
const POW2 = new Float64Array(2046);
for (let n = -1022; n <= 1023; n++) POW2[n + POW2_BIAS] = 2 ** n;

/** The range where the table covers 2ⁿ with normal numbers; outside it Math.exp takes over. */
const EXP_MIN = -708;
const EXP_MAX = 709;

/** eˣ within 2 ulps of Math.exp; Math.exp itself outside [−708, 709] (underflow, overflow, NaN). */
export function fastExp(x: number): number {
  if (!(x >= EXP_MIN && x <= EXP_MAX)) return Math.exp(x);
  const n = Math.floor(LOG2E * x + 0.5);
  const r = x - n * LN2_HI - n * LN2_LO;
  const rr = r * r;
  const p = r * ((EXP_P0 * rr + EXP_P1) * rr + EXP_P2);
  const q = ((EXP_Q0 * rr + EXP_Q1) * rr + EXP_Q2) * rr + EXP_Q3;
  return (1 + (2 * p) / (q - p)) * POW2[n + POW2_BIAS];
}

/** tanh x within 2 ulps of Math.tanh, exactly ±1 for |x| ≥ 22, NaN for NaN. */
export function fastTanh(x: number): number {
  const ax = x < 0 ? -x : x;
  if (ax < 0.625) {
    const s = x * x;
    return (
      x + (x * s * ((TANH_P0 * s + TANH_P1) * s + TANH_P2)) / (((s + TANH_Q0) * s + TANH_Q1) * s + TANH_Q2)
    );
  }
  // e^(2|x|) = 2ⁿ (q + p)/(q − p) as in fastExp, so 1 − 2/(e + 1) = 1 − 2(q − p)/(2ⁿ(q + p) + (q − p)):
  // one division instead of two
  const z = 2 * Math.min(ax, 22);
  const n = Math.floor(LOG2E * z + 0.5);
  const r = z - n * LN2_HI - n * LN2_LO;
  const rr = r * r;
  const p = r * ((EXP_P0 * rr + EXP_P1) * rr + EXP_P2);
  const q = ((EXP_Q0 * rr + EXP_Q1) * rr + EXP_Q2) * rr + EXP_Q3;
  const b = q - p;
  const t = 1 - (2 * b) / (POW2[n + POW2_BIAS] * (q + p) + b);
  return x < 0 ? -t : t;
}

/** The logistic function σ(z) = 1/(1 + e⁻ᶻ), without overflow for large |z|. */
export function sigmoid(z: number): number {
  return 1 / (1 + fastExp(-z));
}

/** The largest |displayTanh(x) − tanh(x)| over all x (measured by the tests on a dense sweep). */
export const DISPLAY_TANH_MAX_ERROR = 3e-8;

/**
 * tanh x to within 3·10⁻⁸ (absolute), for pictures only: a rational minimax fit on [−9, 9], about twice
 * as fast as fastTanh. Training never uses it.
 */
export function displayTanh(x: number): number {
  const c = Math.min(Math.max(x, -9), 9);
  const s = c * c;
  const p =
    c *
    ((((((-2.76076847742355e-16 * s + 2.00018790482477e-13) * s - 8.60467152213735e-11) * s +
      5.12229709037114e-8) *
      s +
      1.48572235717979e-5) *
      s +
      6.37261928875436e-4) *
      s +
      4.89352455891786e-3);
  const q =
    ((1.19825839466702e-6 * s + 1.18534705686654e-4) * s + 2.268434632439e-3) * s + 4.89352518554385e-3;
  return p / q;
}
