/**
 * Run a task at most once per `ms` milliseconds: a call inside the wait is kept and run when the wait is
 * over (so the last state is always drawn or sent), never dropped. With ms = 0 every call runs at once.
 */
export interface Throttle {
  /** Run the task now, or once the wait since its last run is over. */
  schedule(): void;
  /** Run a kept call now (if any). */
  flush(): void;
  /** Forget a kept call and stop the timer. */
  cancel(): void;
}

export function createThrottle(task: () => void, ms: number): Throttle {
  let last = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(timer);
    timer = undefined;
    last = performance.now();
    task();
  };
  return {
    schedule() {
      const wait = last + ms - performance.now();
      if (wait <= 0) run();
      else timer ??= setTimeout(run, wait);
    },
    flush() {
      if (timer !== undefined) run();
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
