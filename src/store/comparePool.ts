/**
 * The compare view's workers, as the store drives them: the page's own worker plus, on a machine with more
 * cores, more started the first time the view opens (`spawn`, up to `workers` in all). The panels are
 * shared out by cost (worker/pool.ts balance), commands go to every worker, and each worker's panels frames
 * are merged into the store's one map of panels. The single run waits in the page's worker meanwhile.
 */
import type { Dataset } from "../engine/datasets.ts";
import type { Rect } from "../engine/grid.ts";
import type { RunSettings } from "../engine/run.ts";
import type { TrainerClient } from "../worker/client.ts";
import { balance, panelCost } from "../worker/pool.ts";
import type {
  FromWorker,
  PanelSpec,
  PanelsFrame,
  PanelView,
  RunStatus,
  Speed,
  ToWorker,
} from "../worker/protocol.ts";
import { type CompareState, panelId, panelSettings } from "./compareUrl.ts";
import { WorkerLink } from "./workerLink.ts";

/** More training workers for the compare view. */
export interface WorkerPool {
  /** Workers to train the compare panels on, the page's own included (worker/pool.ts workerCount). */
  workers: number;
  /** Start one more training worker. */
  spawn(): TrainerClient;
}

/** What the panels show in the store, merged from every worker's frames. */
export interface PanelsState {
  panels: ReadonlyMap<string, PanelView>;
  panelDomain: Rect | null;
  panelsMs: number;
  status: RunStatus;
}

export class ComparePool {
  /** Every worker started, the page's first. */
  readonly links: WorkerLink[];

  constructor(
    primary: WorkerLink,
    private readonly pool: WorkerPool | null,
    /** Where a new worker's messages go. */
    private readonly onMessage: (link: WorkerLink, message: FromWorker) => void,
  ) {
    this.links = [primary];
  }

  /** Send a command to every worker. */
  commandAll(message: ToWorker): void {
    for (const link of this.links) link.command(message);
  }

  /** The worker that trains this panel (undefined: none does). */
  linkOf(panel: string): WorkerLink | undefined {
    return this.links.find((link) => link.panelIds.includes(panel));
  }

  /**
   * Start the workers not running yet (telling them the pace), share these panels out by cost, and tell each
   * worker its share. Returns the panel ids in force.
   */
  assign(
    settings: RunSettings,
    compare: CompareState,
    points: Dataset | null,
    pace: { speed: Speed; until: number | null },
  ): Set<string> {
    this.start(pace);
    const { setting, values } = compare.sweep;
    const specs: PanelSpec[] = panelSettings(settings, compare.sweep).map((panel, i) => ({
      id: panelId(setting, values[i]),
      settings: panel,
    }));
    // Every panel sees the same examples, so its cost per epoch is proportional to H + 1.
    const shares = balance(
      specs.map((spec) => panelCost(spec.settings.hiddenUnits, 1)),
      this.links.length,
    );
    this.links.forEach((link, w) => {
      const mine = shares[w].map((i) => specs[i]);
      link.panelIds = mine.map((spec) => spec.id);
      link.command({ type: "panels", panels: mine, ...(points ? { points } : {}) });
    });
    return new Set(specs.map((spec) => spec.id));
  }

  /** Back to the single run: every worker drops its panels. */
  leave(): void {
    for (const link of this.links) {
      link.command({ type: "panels", panels: null });
      link.panelIds = [];
      link.status = "paused";
    }
  }

  /** One worker's panels frame, merged into what the store shows (`now`). */
  merge(link: WorkerLink, message: PanelsFrame, now: PanelsState): PanelsState {
    if (link.speaks(message.handled)) link.status = message.status;
    link.playingMs = message.playingMs;
    const panels = new Map(now.panels);
    for (const panel of message.panels) if (link.panelIds.includes(panel.id)) panels.set(panel.id, panel);
    const busy = this.links.filter((l) => l.panelIds.length > 0);
    return {
      panels,
      // The same plane in every frame: keep the object, so views selecting it do not re-render.
      panelDomain: sameRect(now.panelDomain, message.domain) ? now.panelDomain : message.domain,
      panelsMs: Math.max(0, ...busy.map((l) => l.playingMs)),
      status: busy.some((l) => l.status === "running") ? "running" : "paused",
    };
  }

  private start(pace: { speed: Speed; until: number | null }): void {
    const wanted = Math.max(1, Math.min(this.pool?.workers ?? 1, 64));
    while (this.pool && this.links.length < wanted) {
      const link = new WorkerLink(this.pool.spawn());
      this.links.push(link);
      link.client.listen((message) => this.onMessage(link, message));
      link.command({ type: "speed", speed: pace.speed });
      link.command({ type: "until", epoch: pace.until });
    }
  }
}

function sameRect(a: Rect | null, b: Rect): boolean {
  return (
    a !== null && a.x1Min === b.x1Min && a.x1Max === b.x1Max && a.x2Min === b.x2Min && a.x2Max === b.x2Max
  );
}
