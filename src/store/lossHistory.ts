/**
 * The loss curve of a run, bounded: at most LIMIT points however long it trains. When full, every
 * other point is dropped and the spacing between kept epochs doubles, so memory stays flat over
 * millions of epochs while the curve keeps its shape.
 */

/** Points kept at most. */
export const HISTORY_LIMIT = 1000;

export class LossHistory {
  /** Epoch of each point. */
  readonly epochs = new Float64Array(HISTORY_LIMIT);
  readonly train = new Float64Array(HISTORY_LIMIT);
  /** NaN where there is no test set. */
  readonly test = new Float64Array(HISTORY_LIMIT);
  count = 0;
  /** Minimum epochs between kept points; doubles at each thinning. */
  stride = 1;
  /** Increments whenever kept points were removed (drawings of the old points must be redone). */
  thinnings = 0;

  /** Add a point if it is at least `stride` epochs after the last one; returns whether it was kept. */
  push(epoch: number, trainLoss: number, testLoss: number | null): boolean {
    const last = this.count > 0 ? this.epochs[this.count - 1] : Number.NEGATIVE_INFINITY;
    if (epoch < last + this.stride) return false;
    if (this.count === HISTORY_LIMIT) this.thin();
    const i = this.count++;
    this.epochs[i] = epoch;
    this.train[i] = trainLoss;
    this.test[i] = testLoss ?? Number.NaN;
    return true;
  }

  private thin(): void {
    const keep = Math.ceil(this.count / 2);
    for (let i = 0; i < keep; i++) {
      this.epochs[i] = this.epochs[2 * i];
      this.train[i] = this.train[2 * i];
      this.test[i] = this.test[2 * i];
    }
    this.count = keep;
    this.stride *= 2;
    this.thinnings++;
  }
}
