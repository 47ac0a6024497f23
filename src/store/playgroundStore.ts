/**
 * The one store of the page: the settings, the run's status, the latest frame from the worker and the
 * loss history, with the actions that change them. It talks to the worker through a TrainerClient, so
 * tests can drive it with a fake. State that changes every frame (frame, history) is meant to be read
 * with `subscribe` by the views that paint it, not by re-rendering React components.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { RunSettings } from "../engine/run.ts";
import type { Lang } from "../i18n/catalogue.ts";
import type { Message } from "../i18n/translate.ts";
import type { TrainerClient } from "../worker/client.ts";
import type {
  DataMessage,
  ExplainTarget,
  Frame,
  FromWorker,
  RunStatus,
  Speed,
  ToWorker,
  WeightValue,
} from "../worker/protocol.ts";
import { LossHistory } from "./lossHistory.ts";
import { type HashState, parseUntil, type View } from "./urlState.ts";

export interface PlaygroundState {
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
}

export type PlaygroundStore = StoreApi<PlaygroundState>;

/** Call `task` once the page has painted (requestAnimationFrame in a browser). */
export type AfterPaint = (task: () => void) => void;

/**
 * The store, wired to a trainer. It sends the initial settings at once. `lang` is the language to open in
 * when the link does not say (i18n/language.ts chooses it).
 */
export function createPlaygroundStore(
  client: TrainerClient,
  initial: HashState,
  afterPaint: AfterPaint = (task) => requestAnimationFrame(() => task()),
  lang: Lang = "en",
): PlaygroundStore {
  /** Commands sent (every message but frameDone), as the worker counts them in `Frame.handled`. */
  let sent = 0;
  /**
   * A frame speaks for the run's status only if its `handled` is at least this: it reflects every command
   * sent, so nothing the user did since can be undone by it (a late "diverged" after Reset and Play, a
   * "running" after Pause), and, after a worker error, at least one command the user gave since.
   */
  let speaksFrom = 0;
  /** The grid of the frame before the one on screen: free to hand back to the worker. */
  let retiredGrid: Float32Array | null = null;

  const send = (message: ToWorker) => {
    sent++;
    speaksFrom = Math.max(speaksFrom, sent);
    client.send(message);
  };

  const store = createStore<PlaygroundState>()((set, get) => {
    const configure = () => send({ type: "configure", settings: get().settings });
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
      view: initial.view,
      masked: initial.masked,
      focusUnit: null,
      unitLines: false,
      explain: null,
      until: initial.until,

      play() {
        const { status, until, frame } = get();
        if (status === "diverged") return;
        // At or past the stop epoch the worker stays paused (its frame says why): do not flash "running".
        // Only a frame that reflects every command can say where the run is (not one from before a Reset).
        const atStop = until !== null && frame !== null && frame.handled >= sent && frame.epoch >= until;
        if (!atStop) set({ status: "running" });
        send({ type: "play" });
      },
      pause() {
        set({ status: "paused" });
        send({ type: "pause" });
      },
      togglePlay() {
        if (get().status === "running") get().pause();
        else get().play();
      },
      step() {
        if (get().status === "diverged") return;
        set({ status: "paused" });
        send({ type: "step" });
      },
      reset() {
        set({ status: "paused" });
        send({ type: "reset" });
      },
      setSetting(key, value) {
        if (get().settings[key] === value) return;
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
        send({ type: "speed", speed });
      },
      applyHash(hash) {
        const s = get();
        const settingsChanged = !sameSettings(s.settings, hash.settings);
        set({
          settings: settingsChanged ? hash.settings : s.settings,
          speed: hash.speed,
          notices: hash.notices,
          lang: hash.lang ?? s.lang,
          present: hash.present,
          view: hash.view,
          status: settingsChanged && s.status === "diverged" ? "paused" : s.status,
        });
        if (settingsChanged) configure();
        if (hash.speed !== s.speed) send({ type: "speed", speed: hash.speed });
        get().setUntil(hash.until);
        if (!sameUnits(hash.masked, get().masked)) setMasked(hash.masked);
        fitToHiddenUnits();
      },
      dismissNotices() {
        set({ notices: [] });
      },
      setLang(next) {
        set({ lang: next });
      },
      setPresent(present) {
        set({ present });
      },
      setView(view) {
        set({ view });
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
        send({ type: "until", epoch });
      },
    };
  });

  const onFrame = (frame: Frame) => {
    const s = store.getState();
    const history = s.frame?.runId === frame.runId ? s.history : new LossHistory();
    history.push(frame.epoch, frame.trainLoss, frame.testLoss);
    // A frame made before the worker saw our latest commands keeps the status the user just chose.
    const current = frame.handled >= speaksFrom;
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
      client.send({ type: "frameDone", grid: grid ?? undefined }, grid ? [grid.buffer] : []);
    });
  };

  client.listen((message: FromWorker) => {
    if (message.type === "frame") onFrame(message);
    else if (message.type === "data") store.setState({ data: message });
    else {
      // The worker stops the run on a failure; until it has handled a command given after this, no frame
      // may put "running" back, so the next Play sends play.
      speaksFrom = sent + 1;
      store.setState({ error: message.message, status: "paused" });
    }
  });
  send({ type: "configure", settings: initial.settings });
  send({ type: "speed", speed: initial.speed });
  if (initial.masked.length > 0) send({ type: "mask", units: initial.masked });
  if (initial.until !== null) send({ type: "until", epoch: initial.until });
  return store;
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

function sameSettings(a: RunSettings, b: RunSettings): boolean {
  return (Object.keys(a) as (keyof RunSettings)[]).every((key) => a[key] === b[key]);
}
