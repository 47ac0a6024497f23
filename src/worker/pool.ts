/**
 * How many training workers to start, and which panels each one trains. A panel's cost is the time one
 * epoch takes, about proportional to (H + 1) · n: every example goes through H hidden units and the
 * output layer, forward and back. Each worker trains its panels in turn, every panel advancing by the same
 * number of epochs (runs.ts), so the slowest worker — the largest total cost — sets the pace of all.
 *
 * Panels are assigned longest-processing-time first (Graham, 1969): the most costly panel first, each to
 * the worker with the least cost so far. Its largest total is at most (4/3 − 1/(3m)) times the best
 * possible on m workers, and with a few panels it is often the best (Figure 4 on two workers: H = 50 alone,
 * the rest together).
 */

/** Most workers ever started (see workerCount). */
export const MAX_WORKERS = 4;

/** The cost of one epoch of a panel with H hidden units and n training examples, in example-units. */
export function panelCost(hiddenUnits: number, trainExamples: number): number {
  return (hiddenUnits + 1) * trainExamples;
}

/**
 * Workers for a machine with `hardwareConcurrency` logical cores: one per core, at least 1 (the value may
 * be missing, 0 or odd in some browsers) and at most MAX_WORKERS. More would not help: at most 12 panels,
 * and the most costly one alone bounds the time (Figure 4's H = 50 is over half of its cost), while every
 * worker costs memory, start-up time and a copy of the data; the page's own thread needs a core to draw.
 */
export function workerCount(hardwareConcurrency: number | undefined): number {
  const cores = Number.isFinite(hardwareConcurrency) ? Math.floor(hardwareConcurrency as number) : 1;
  return Math.min(Math.max(1, cores), MAX_WORKERS);
}

/**
 * Assign panels (indices into `costs`) to `workers` workers, minimising the largest worker's total cost,
 * longest-processing-time first: ties between equal costs go by index, between equal totals to the lower
 * worker. Deterministic. Returns one list per worker (some may be empty), each in ascending index order.
 */
export function balance(costs: readonly number[], workers: number): number[][] {
  if (!(Number.isInteger(workers) && workers >= 1)) {
    throw new RangeError(`workers must be a whole number ≥ 1, not ${workers}`);
  }
  for (const cost of costs) {
    if (!(Number.isFinite(cost) && cost >= 0))
      throw new RangeError(`a panel's cost must be ≥ 0, not ${cost}`);
  }
  const order = costs.map((_, i) => i).sort((a, b) => costs[b] - costs[a] || a - b);
  const totals = new Array<number>(workers).fill(0);
  const assigned: number[][] = Array.from({ length: workers }, () => []);
  for (const panel of order) {
    let least = 0;
    for (let w = 1; w < workers; w++) if (totals[w] < totals[least]) least = w;
    totals[least] += costs[panel];
    assigned[least].push(panel);
  }
  for (const panels of assigned) panels.sort((a, b) => a - b);
  return assigned;
}
