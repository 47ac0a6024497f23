/**
 * The store's presets (settings/presets.ts): choosing one sets up its run as a link would, fresh, and keeps
 * what it replaced for Undo preset; the store names the preset only while the run is still the one it set
 * up (inForce).
 */
import { findPreset, type PresetName, type PresetRun, presetInForce } from "../settings/presets.ts";
import type { PlaygroundState, PresetUndo } from "./playgroundStore.ts";

type Get = () => PlaygroundState;
type Set = (partial: Partial<PlaygroundState>) => void;

/** What choosing a preset replaces, as the state holds it now. */
export function rememberRun(s: PlaygroundState): PresetUndo {
  const { settings, view, compare, speed, until, masked, preset } = s;
  return { settings, view, compare, speed, until, masked, preset };
}

/** Whether the page still runs what this preset set up (settings/presets.ts presetInForce). */
export function inForce(name: PresetName, s: PlaygroundState): boolean {
  const p = findPreset(name);
  const run: PresetRun = {
    settings: s.settings,
    compare: s.view === "compare" ? s.compare : null,
    until: s.until,
  };
  return p !== undefined && presetInForce(p, run);
}

/** Apply preset and Undo preset. */
export function presetActions(get: Get, set: Set): Pick<PlaygroundState, "applyPreset" | "undoPreset"> {
  /** Put back a whole run as a link would (keeping the language, presenter mode and notices), fresh. */
  const restore = ({ settings, view, compare, speed, until, masked }: Omit<PresetUndo, "preset">) => {
    const { present, embed, notices } = get();
    const run = { settings, view, compare, speed, until, masked: [...masked] };
    get().applyHash({ ...run, lang: null, present, embed, notices });
    get().reset();
  };
  return {
    applyPreset(name) {
      const p = findPreset(name);
      if (!p) return;
      // Choosing the preset in force again starts it afresh and keeps what Undo brings back.
      if (get().preset === name) return get().reset();
      const before = rememberRun(get());
      const { view, compare } = get();
      // A single-run preset keeps the inside view if it is open; it leaves the compare view.
      const single = view === "compare" ? "playground" : view;
      const { settings, speed, until } = p;
      restore({
        settings,
        view: p.compare ? "compare" : single,
        compare: p.compare ?? compare,
        speed,
        until,
        masked: [],
      });
      set({ preset: name, presetUndo: before });
    },
    undoPreset() {
      const before = get().presetUndo;
      if (!before) return;
      restore(before);
      const back = before.preset !== null && inForce(before.preset, get()) ? before.preset : null;
      set({ preset: back, presetUndo: null });
    },
  };
}
