/**
 * The Preset menu (settings/presets.ts), at the top of the controls: choosing one sets up its run; while
 * it is in force, its sentences for the class and the part of the article it shows are written under the
 * menu (PresetAbout, loaded when first needed), with Undo preset to bring back what it replaced. "—" is
 * offered while no preset is in force.
 */
import { lazy, Suspense } from "react";
import { PRESETS, type PresetName } from "../settings/presets.ts";
import { Select } from "./Select.tsx";
import { usePlayground } from "./StoreContext.tsx";
import { useT } from "./useT.ts";
import "./presetMenu.css";

// A small chunk of its own (the page's first download has a budget), fetched when a preset is first shown.
const PresetAbout = lazy(() => import("./PresetAbout.tsx"));

export function PresetMenu() {
  const t = useT();
  const preset = usePlayground((s) => s.preset);
  const canUndo = usePlayground((s) => s.presetUndo !== null);
  const applyPreset = usePlayground((s) => s.applyPreset);
  const undoPreset = usePlayground((s) => s.undoPreset);
  const chosen = PRESETS.find((p) => p.name === preset);
  const options = PRESETS.map((p) => ({ value: p.name as PresetName | "", label: t(p.label) }));
  if (!chosen) options.unshift({ value: "", label: t("presets.menu.none") });
  return (
    <div className="preset-menu">
      <Select<PresetName | "">
        label={t("presets.menu.label")}
        value={chosen?.name ?? ""}
        options={options}
        hint={t("hints.preset")}
        onChange={(name) => {
          if (name !== "") applyPreset(name);
        }}
      />
      {chosen && (
        <Suspense fallback={null}>
          <PresetAbout preset={chosen} />
        </Suspense>
      )}
      {chosen && canUndo && (
        <button type="button" className="preset-undo" onClick={undoPreset}>
          {t("presets.undo")}
        </button>
      )}
    </div>
  );
}
