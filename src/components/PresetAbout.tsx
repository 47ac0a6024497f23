/**
 * The words under the Preset menu while a preset is in force: the sentences a teacher reads aloud and the
 * part of the article it shows, visible and foldable. Loaded on demand with its words (presetTexts.ts), so
 * the page's first download does not carry them.
 */
import { presetTexts } from "../i18n/presetTexts.ts";
import type { Preset } from "../settings/presets.ts";
import { usePlayground } from "./StoreContext.tsx";
import { useT } from "./useT.ts";

export default function PresetAbout({ preset }: { preset: Preset }) {
  const t = useT();
  const words = presetTexts[usePlayground((s) => s.lang)];
  return (
    <details className="preset-about" open>
      <summary>{t("presets.about")}</summary>
      <p data-testid="preset-text">{words[preset.text]}</p>
      <p className="preset-part">{t("presets.part", { part: words[preset.part] })}</p>
    </details>
  );
}
