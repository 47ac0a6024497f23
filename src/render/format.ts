/**
 * How numbers read on the page: plain numbers with a "." decimal (tests and teachers read them), and
 * "—" where there is nothing to show, so a NaN never reaches the screen as a number.
 */

export const MISSING = "—";

/** A loss to six decimals, as the article prints it. */
export function formatLoss(loss: number | null | undefined): string {
  return loss == null || !Number.isFinite(loss) ? MISSING : loss.toFixed(6);
}

/** An accuracy as a fraction 0–1 with up to three decimals (0.975, 1). */
export function formatAccuracy(accuracy: number | null | undefined): string {
  return accuracy == null || !Number.isFinite(accuracy)
    ? MISSING
    : String(Math.round(accuracy * 1000) / 1000);
}

/** A whole count (epochs, epochs per second). */
export function formatCount(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? MISSING : String(Math.round(value));
}

/** A weight for a tooltip: four significant digits, or "not a number". */
export function formatWeight(value: number): string {
  return Number.isFinite(value) ? value.toPrecision(4) : "not a number";
}

/** A setting's value for a slider's label: at most four significant digits, no exponent for everyday sizes. */
export function formatSetting(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e-4 && abs < 1e6) return String(Number(value.toPrecision(4)));
  return value.toExponential(2);
}
