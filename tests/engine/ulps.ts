const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);

/** The double's position on the number line: consecutive doubles differ by 1, −0 and +0 coincide. */
function ordinal(x: number): bigint {
  f64[0] = x;
  const bits = i64[0];
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

/** How many doubles apart a and b are (0 when equal; Infinity when exactly one is NaN). */
export function ulpsBetween(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  const d = ordinal(a) - ordinal(b);
  return Number(d < 0n ? -d : d);
}
