/**
 * Interpolation between two colours in CIELAB, as d3-color and d3-interpolate do it (`interpolateLab`: D50
 * white, Bradford-adapted sRGB, channels rounded to whole numbers), without them: the region colours are
 * made on the page's first screen, and d3-color is the larger part of what d3 would add to it.
 */

type Lab = [number, number, number];
type Rgb = [number, number, number];

const XN = 0.96422;
const ZN = 0.82521;
const T0 = 4 / 29;
const T1 = 6 / 29;
const T2 = 3 * T1 * T1;
const T3 = T1 * T1 * T1;

const toLinear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const xyzToLab = (t: number) => (t > T3 ? t ** (1 / 3) : t / T2 + T0);
const labToXyz = (t: number) => (t > T1 ? t * t * t : T2 * (t - T0));

/** "#rrggbb" as its three channels, 0–255. */
export function parseHex(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function lab([R, G, B]: Rgb): Lab {
  const r = toLinear(R);
  const g = toLinear(G);
  const b = toLinear(B);
  const y = xyzToLab(0.2225045 * r + 0.7168786 * g + 0.0606169 * b);
  const grey = R === G && G === B;
  const x = grey ? y : xyzToLab((0.4360747 * r + 0.3850649 * g + 0.1430804 * b) / XN);
  const z = grey ? y : xyzToLab((0.0139322 * r + 0.0971045 * g + 0.7141733 * b) / ZN);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

function rgb([l, a, b]: Lab): Rgb {
  const fy = (l + 16) / 116;
  const x = XN * labToXyz(fy + a / 500);
  const y = labToXyz(fy);
  const z = ZN * labToXyz(fy - b / 200);
  const channel = (v: number) => Math.max(0, Math.min(255, Math.round(fromLinear(v))));
  return [
    channel(3.1338561 * x - 1.6168667 * y - 0.4906146 * z),
    channel(-0.9787684 * x + 1.9161415 * y + 0.033454 * z),
    channel(0.0719453 * x - 0.2289914 * y + 1.4052427 * z),
  ];
}

/** The colour a fraction t of the way from `from` to `to` ("#rrggbb"), straight through CIELAB. */
export function interpolateLab(from: string, to: string): (t: number) => Rgb {
  const a = lab(parseHex(from));
  const b = lab(parseHex(to));
  return (t) => rgb([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]);
}
