/**
 * The one store of the page: the settings, the run's status, the latest frame from the worker and the
 * loss history, with the actions that change them. It talks to the worker through a TrainerClient, so
 * tests can drive it with a fake. State that changes every frame (frame, history, panels) is meant to be
 * read with `subscribe` by the views that paint it, not by re-rendering React components.
 *
 * The compare view's panels are trained by the page's worker and, on a machine with more cores, by more
 * workers started when the view first opens (`spawn`, up to `workers` in all): the panels are shared out
 * by cost (worker/pool.ts), and Play, Pause, Step, Reset, the speed and the stop epoch go to every worker.
 * The single run waits in the page's worker, paused, until the view is left.
 *
 * A preset (settings/presets.ts) is applied as a link is, and then the run starts afresh; the store keeps
 * what it replaced for Undo preset, and names the preset while the run is still the preset's (a
 * subscription lets it go, and the undo with it, once a setting, the view's sweep or the stop epoch differ).
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import { emptyPoints, samePoints } from "../data/points.ts";
import type { Dataset } from "../engine/datasets.ts";
import type { Rect } from "../engine/grid.ts";
import type { RunSettings } from "../engine/run.ts";
import type { RunSnapshot } from "../engine/snapshot.ts";
import { isLoaded, type Lang, loadLanguage } from "../i18n/catalogue.ts";
import type { Message } from "../i18n/translate.ts";
import type { PresetName } from "../settings/presets.ts";
import type { TrainerClient } from "../worker/client.ts";
import type {
  DataMessage,
  ExplainTarget,
  Frame,
  FromWorker,
  PanelsFrame,
  PanelView,
  RunStatus,
  Speed,
  ToWorker,
  WeightValue,
} from "../worker/protocol.ts";
import { ComparePool, type WorkerPool } from "./comparePool.ts";
import type { CompareState } from "./compareUrl.ts";
import { LossHistory } from "./lossHistory.ts";
import { customBase, type OwnDataState, ownDataActions } from "./ownData.ts";
import { inForce, presetActions, rememberRun } from "./presetActions.ts";
import { type HashState, parseUntil, type View } from "./urlState.ts";
import { WorkerLink } from "./workerLink.ts";

export interface PlaygroundState extends OwnDataState {
  settings: RunSettings;
  speed: Speed;
  status: RunStatus;
  /** The latest frame from the worker (null until the first arrives). */
  frame: Frame | null;
  /** The current data set (null until the worker has made it). */
  data: DataMessage | null;
  history: LossHistory;
  /** Increments whenever `history` changes. */
  historyVersion: number;
  /** What the URL asked for that was ignored, and why: messages worded in the language on screen. */
  notices: Message[];
  /** A failure of the trainer, in plain words; a frame made after the user's next command clears it. */
  error: string | null;
  /** The language the page speaks. */
  lang: Lang;
  /** Presenter mode: large type and the secondary panels folded, for a projector. */
  present: boolean;
  /**
   * Embedded in another page (the link's `embed=1`): only the plane, the run buttons and the readouts are
   * shown (EmbedView.tsx). Set by the link alone.
   */
  embed: boolean;
  /** The view on screen: the playground, or inside the network. */
  view: View;
  /** Hidden units switched off, 1-based, ascending (the URL's `mask`); the worker trains without them. */
  masked: number[];
  /** The hidden unit pointed at (hover, focus or tap) in the diagram or the unit maps, 1-based; null: none. */
  focusUnit: number | null;
  /** Whether the plane shows every hidden unit's line a_j = 0, each draggable. */
  unitLines: boolean;
  /** What the one-update panel explains (null: nothing chosen). Frames then carry its explanation. */
  explain: ExplainTarget | null;
  /**
   * Stop training once this many epochs are completed (the URL's `until`; null: never). Frames say when
   * the run is paused because of it (`Frame.stoppedAt`).
   */
  until: number | null;
  /** The compare view's sweep and overlay (the link's `sizes`, or `sweep` and `values`, and `overlay`). */
  compare: CompareState;
  /**
   * Each compare panel's latest view, by panel id (compareUrl.ts panelId); filled only in the compare
   * view. Replaced (a new Map) whenever a panel changes: paint from a subscription.
   */
  panels: ReadonlyMap<string, PanelView>;
  /** The plane the panels' grids cover (null before the first panel frame). */
  panelDomain: Rect | null;
  /**
   * Milliseconds the panels have trained since they last started fresh (the slowest worker's): with a stop
   * epoch, the whole figure's training time once every panel has stopped.
   */
  panelsMs: number;
  /** The preset in force (null: none, or the run no longer is the one it set up). */
  preset: PresetName | null;
  /** What choosing the preset in force replaced (null: nothing to undo). */
  presetUndo: PresetUndo | null;

  play(): void;
  pause(): void;
  togglePlay(): void;
  step(): void;
  reset(): void;
  setSetting<K extends keyof RunSettings>(key: K, value: RunSettings[K]): void;
  setSpeed(speed: Speed): void;
  /** Take settings, speed and notices from a parsed URL hash, sending the worker only what changed. */
  applyHash(hash: HashState): void;
  dismissNotices(): void;
  /** Speak `lang` from now on; the run goes on untouched. */
  setLang(lang: Lang): void;
  setPresent(present: boolean): void;
  setView(view: View): void;
  /** Set weights or biases by name; training goes on from them (the run is then marked edited). */
  setWeights(values: WeightValue[]): void;
  /** Switch a hidden unit (1-based) off, or on again. */
  toggleMask(unit: number): void;
  setFocusUnit(unit: number | null): void;
  setUnitLines(on: boolean): void;
  /** Explain this weight (following this training example) in every frame from now on; null stops. */
  setExplain(target: ExplainTarget | null): void;
  /** Stop training at this epoch from now on (an integer from 1 to 10⁸; null: never); others are ignored. */
  setUntil(epoch: number | null): void;
  /** Compare this sweep from now on (the compare view's panels follow it). */
  setCompare(compare: CompareState): void;
  /** Open this compare panel's network in the single view (the playground), weights, epoch and all. */
  openPanel(id: string): void;
  /** Set up this preset's run (settings, view and sweep, speed, stop epoch), fresh; undoable. */
  applyPreset(name: PresetName): void;
  /** Bring back what the preset in force replaced, as a fresh run. */
  undoPreset(): void;
  /**
   * Open a saved model (a dropped file, export/modelFile.ts): its settings and data, and a fresh run from
   * its weights at epoch 0. The view, speed and language stay.
   */
  loadModel(model: ModelLoad): void;
}

/** A saved model, as the store opens it. */
export interface ModelLoad {
  settings: RunSettings;
  /** The custom data set's points (needed when settings.dataset is "custom"). */
  points: Dataset | null;
  /** Every weight and bias by name (engine/weightNames.ts). */
  values: WeightValue[];
}

/** What a preset replaces and Undo preset brings back. */
export interface PresetUndo {
  settings: RunSettings;
  view: View;
  compare: CompareState;
  speed: Speed;
  until: number | null;
  masked: number[];
  preset: PresetName | null;
}

export type PlaygroundStore = StoreApi<PlaygroundState>;

/** Call `task` once the page has painted (requestAnimationFrame in a browser). */
export type AfterPaint = (task: () => void) => void;

export type { WorkerPool };

/**
 * The store, wired to a trainer. It sends the initial settings at once. `lang` is the language to open in
 * when the link does not say (i18n/language.ts chooses it); `pool` gives the compare view more workers
 * (without it, the page's worker trains every panel).
 */
export function createPlaygroundStore(
  client: TrainerClient,
  initial: HashState,
  afterPaint: AfterPaint = (task) => requestAnimationFrame(() => task()),
  lang: Lang = "en",
  pool: WorkerPool | null = null,
): PlaygroundStore {
  /** The page's worker: the single run, and a share of the compare panels. */
  const primary = new WorkerLink(client);
  /** The compare view's workers, the page's first; more are started when the view first needs them. */
  const workers = new ComparePool(primary, pool, (link, message) => onMessage(link, message));
  /** The grid of the frame before the one on screen: free to hand back to the worker. */
  let retiredGrid: Float32Array | null = null;

  const send = (message: ToWorker) => primary.command(message);

  const store = createStore<PlaygroundState>()((set, get) => {
    const comparing = () => get().view === "compare";
    /** A command for the run, or in the compare view for every worker's panels. */
    const sendRun = (message: ToWorker) => {
      if (comparing()) workers.commandAll(message);
      else send(message);
    };
    /** The custom data set's points, when the run learns from them. */
    const pointsInForce = () =>
      get().settings.dataset === "custom" ? (get().points ?? emptyPoints()) : null;
    const configure = () => {
      send(configureMessage(get().settings, pointsInForce()));
      if (comparing()) assignPanels();
    };
    /** Share the panels out over the workers by cost, and tell each its share. */
    const assignPanels = () => {
      const { settings, compare, speed, until } = get();
      const ids = workers.assign(settings, compare, pointsInForce(), { speed, until });
      const { panels } = get();
      if ([...panels.keys()].some((id) => !ids.has(id))) {
        set({ panels: new Map([...panels].filter(([id]) => ids.has(id))) });
      }
    };
    /** Back to the single run: the workers drop their panels; the single run is paused, as it was. */
    const leaveCompare = () => {
      workers.leave();
      set({ panels: new Map(), panelDomain: null, panelsMs: 0, status: "paused" });
    };
    /** Enter or leave the compare view as `view` asks. */
    const changeView = (view: View) => {
      const was = get().view;
      if (view === was) return;
      if (was === "compare") leaveCompare();
      set({ view });
      if (view === "compare") {
        set({ status: "paused" });
        assignPanels();
      }
    };
    const setMasked = (units: number[]) => {
      const masked = [...new Set(units)].sort((a, b) => a - b);
      set({ masked });
      send({ type: "mask", units: masked });
    };
    /** Units beyond the hidden layer go (the worker drops them too); a focused one is let go. */
    const fitToHiddenUnits = () => {
      const { masked, focusUnit, settings } = get();
      const H = settings.hiddenUnits;
      if (masked.some((unit) => unit > H)) set({ masked: masked.filter((unit) => unit <= H) });
      if (focusUnit !== null && focusUnit > H) set({ focusUnit: null });
    };
    return {
      settings: initial.settings,
      speed: initial.speed,
      status: "paused",
      frame: null,
      data: null,
      history: new LossHistory(),
      historyVersion: 0,
      notices: initial.notices,
      error: null,
      lang: initial.lang ?? lang,
      present: initial.present,
      embed: initial.embed ?? false,
      // The compare view is entered once the worker has its settings (below).
      view: initial.view === "compare" ? "playground" : initial.view,
      masked: initial.masked,
      focusUnit: null,
      unitLines: false,
      explain: null,
      until: initial.until,
      compare: initial.compare,
      panels: new Map(),
      panelDomain: null,
      panelsMs: 0,
      preset: null,
      presetUndo: null,
      points: initial.points ?? null,
      pointClass: 0,
      pointsUndo: null,
      ...presetActions(get, set),
      ...ownDataActions(get, set, () => {
        configure();
        fitToHiddenUnits();
      }),

      play() {
        const { status, until, frame, panels } = get();
        if (status === "diverged") return;
        // At or past the stop epoch the worker stays paused (its frame says why): do not flash "running".
        // Only a frame that reflects every command can say where the run is (not one from before a Reset).
        const atStop = comparing()
          ? panels.size > 0 && [...panels.values()].every((p) => p.stoppedAt !== null || p.divergence)
          : until !== null && frame !== null && primary.reflectsAll(frame.handled) && frame.epoch >= until;
        if (!atStop) set({ status: "running" });
        sendRun({ type: "play" });
      },
      pause() {
        set({ status: "paused" });
        sendRun({ type: "pause" });
      },
      togglePlay() {
        if (get().status === "running") get().pause();
        else get().play();
      },
      step() {
        if (get().status === "diverged") return;
        set({ status: "paused" });
        sendRun({ type: "step" });
      },
      reset() {
        set({ status: "paused" });
        sendRun({ type: "reset" });
      },
      setSetting(key, value) {
        if (get().settings[key] === value) return;
        // The custom data set starts from the points on screen when it has none of its own yet.
        if (key === "dataset" && value === "custom" && !get().points) set({ points: customBase(get()) });
        set((s) => ({
          settings: { ...s.settings, [key]: value },
          status: s.status === "diverged" ? "paused" : s.status,
        }));
        configure();
        fitToHiddenUnits();
      },
      setSpeed(speed) {
        // Pace only: the run and its status stay as they are (a diverged run stays diverged).
        if (get().speed === speed) return;
        set({ speed });
        workers.commandAll({ type: "speed", speed });
      },
      applyHash(hash) {
        const s = get();
        // A link naming another preset chooses it, as the menu does: undoable, and a fresh run.
        const chosen = hash.preset !== undefined && hash.preset !== s.preset ? rememberRun(s) : null;
        const pointsChanged = hash.points !== undefined && !samePoints(hash.points, s.points);
        const settingsChanged =
          !sameSettings(s.settings, hash.settings) || (pointsChanged && hash.settings.dataset === "custom");
        const compareChanged = !sameCompare(s.compare, hash.compare);
        set({
          settings: settingsChanged ? hash.settings : s.settings,
          compare: compareChanged ? hash.compare : s.compare,
          notices: hash.notices,
          lang: hash.lang && isLoaded(hash.lang) ? hash.lang : s.lang,
          present: hash.present,
          embed: hash.embed ?? false,
          status: settingsChanged && s.status === "diverged" ? "paused" : s.status,
        });
        if (pointsChanged) set({ points: hash.points ?? null });
        if (settingsChanged) send(configureMessage(get().settings, pointsInForce()));
        if (hash.lang && hash.lang !== get().lang) get().setLang(hash.lang);
        if (hash.view !== s.view) changeView(hash.view);
        else if ((settingsChanged || compareChanged) && comparing()) assignPanels();
        get().setSpeed(hash.speed);
        get().setUntil(hash.until);
        if (!sameUnits(hash.masked, get().masked)) setMasked(hash.masked);
        fitToHiddenUnits();
        if (hash.preset === undefined) return;
        if (chosen) get().reset();
        if (inForce(hash.preset, get())) set({ preset: hash.preset, presetUndo: chosen ?? get().presetUndo });
      },
      dismissNotices() {
        set({ notices: [] });
      },
      setLang(next) {
        // A language is spoken once its words are here: fetched the first time (the page stays as it is
        // meanwhile, and if they cannot be fetched).
        if (isLoaded(next)) set({ lang: next });
        else
          loadLanguage(next).then(
            () => get().setLang(next),
            () => undefined,
          );
      },
      setPresent(present) {
        set({ present });
      },
      setView(view) {
        changeView(view);
      },
      setWeights(values) {
        if (values.length > 0) send({ type: "setWeights", values });
      },
      toggleMask(unit) {
        const { masked, settings } = get();
        if (!(Number.isInteger(unit) && unit >= 1 && unit <= settings.hiddenUnits)) return;
        setMasked(masked.includes(unit) ? masked.filter((u) => u !== unit) : [...masked, unit]);
      },
      setFocusUnit(unit) {
        if (get().focusUnit !== unit) set({ focusUnit: unit });
      },
      setUnitLines(on) {
        set({ unitLines: on });
      },
      setExplain(target) {
        const now = get().explain;
        if (
          now === target ||
          (now && target && now.weight === target.weight && now.example === target.example)
        )
          return;
        set({ explain: target });
        send({ type: "explain", target });
      },
      setUntil(epoch) {
        if (epoch === get().until || !isStopEpoch(epoch)) return;
        set({ until: epoch });
        workers.commandAll({ type: "until", epoch });
      },
      setCompare(compare) {
        if (sameCompare(get().compare, compare)) return;
        set({ compare });
        if (comparing()) assignPanels();
      },
      openPanel(id) {
        workers.linkOf(id)?.command({ type: "capture", id });
      },
      loadModel({ settings, points, values }) {
        const { present, embed, notices, view, compare, speed, until, lang } = get();
        // As a link with its points would: new points are new data even under the same settings.
        const run = { settings, view, compare, speed, until, masked: [], lang, present, embed, notices };
        get().applyHash(points ? { ...run, points } : run);
        get().reset();
        get().setWeights(values);
      },
    };
  });

  /** A panel's run, captured: make it the single run and show it in the playground. */
  const onCaptured = (snapshot: RunSnapshot | null) => {
    const s = store.getState();
    if (!snapshot || s.view !== "compare") return;
    s.setView("playground");
    store.setState({ settings: { ...snapshot.settings } });
    const { settings, points } = store.getState();
    send(configureMessage(settings, settings.dataset === "custom" ? (points ?? emptyPoints()) : null));
    if (store.getState().masked.length > 0) {
      store.setState({ masked: [], focusUnit: null });
      send({ type: "mask", units: [] });
    }
    send({ type: "restore", snapshot });
  };

  /** One worker's panels, as it trains them now. */
  const onPanels = (link: WorkerLink, message: PanelsFrame) => {
    const s = store.getState();
    if (s.view === "compare") {
      store.setState({
        ...workers.merge(link, message, s),
        error: link.speaks(message.handled) ? null : s.error,
      });
    }
    afterPaint(() => link.frameDone(null));
  };

  const onFrame = (frame: Frame) => {
    const s = store.getState();
    const history = s.frame?.runId === frame.runId ? s.history : new LossHistory();
    history.push(frame.epoch, frame.trainLoss, frame.testLoss);
    // A frame made before the worker saw our latest commands keeps the status the user just chose; in the
    // compare view the status is the panels'.
    const current = primary.speaks(frame.handled) && s.view !== "compare";
    if (s.frame) retiredGrid = s.frame.grid;
    store.setState({
      frame,
      history,
      historyVersion: s.historyVersion + 1,
      status: current ? frame.status : s.status,
      error: current ? null : s.error,
    });
    afterPaint(() => {
      const grid = retiredGrid;
      retiredGrid = null;
      primary.frameDone(grid);
    });
  };

  function onMessage(link: WorkerLink, message: FromWorker): void {
    if (message.type === "frame") {
      if (link === primary) onFrame(message);
    } else if (message.type === "panels") onPanels(link, message);
    else if (message.type === "captured") onCaptured(message.snapshot);
    else if (message.type === "data") {
      if (link === primary) store.setState({ data: message });
    } else {
      // The worker stops on a failure (in the compare view, its panels), and says so in words.
      link.failed();
      store.setState({ error: message.message, status: "paused" });
    }
  }

  client.listen((message: FromWorker) => onMessage(primary, message));
  send(
    configureMessage(
      initial.settings,
      initial.settings.dataset === "custom" ? (initial.points ?? null) : null,
    ),
  );
  send({ type: "speed", speed: initial.speed });
  if (initial.masked.length > 0) send({ type: "mask", units: initial.masked });
  if (initial.until !== null) send({ type: "until", epoch: initial.until });
  if (initial.view === "compare") store.getState().setView("compare");
  if (initial.preset !== undefined && inForce(initial.preset, store.getState()))
    store.setState({ preset: initial.preset });
  // The preset is named only while the run is still the one it set up.
  store.subscribe((s) => {
    if (s.preset !== null && !inForce(s.preset, s)) store.setState({ preset: null, presetUndo: null });
  });
  return store;
}

/** The configure message for these settings, with the custom data set's points when it is in force. */
function configureMessage(settings: RunSettings, points: Dataset | null): ToWorker {
  return points ? { type: "configure", settings, points } : { type: "configure", settings };
}

/** A stop epoch the link would accept: null (never), or an integer in UNTIL's range. */
function isStopEpoch(epoch: number | null): boolean {
  if (epoch === null) return true;
  const parsed = parseUntil(String(epoch));
  return parsed.ok && parsed.value === epoch;
}

function sameUnits(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((unit, i) => unit === b[i]);
}

function sameCompare(a: CompareState, b: CompareState): boolean {
  return (
    a.overlay === b.overlay &&
    a.sweep.setting === b.sweep.setting &&
    a.sweep.values.length === b.sweep.values.length &&
    a.sweep.values.every((value, i) => value === b.sweep.values[i])
  );
}

function sameSettings(a: RunSettings, b: RunSettings): boolean {
  return (Object.keys(a) as (keyof RunSettings)[]).every((key) => a[key] === b[key]);
}
