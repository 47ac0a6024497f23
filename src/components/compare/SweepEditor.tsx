/**
 * What the panels vary: a menu of the settings a compare view can sweep, the comma list of their values,
 * Apply (or Enter), and, for initialisation seeds, whether the seeds share one panel. The list is read as
 * a link's is (compareUrl.ts parseCompare): what it refuses is said in plain words below the field, and a
 * list with no usable value is not applied, so the panels on screen stay.
 */
import { type FormEvent, useEffect, useId, useState } from "react";
import { translate } from "../../i18n/translate.ts";
import { SETTINGS } from "../../settings/schema.ts";
import {
  type CompareState,
  DEFAULT_VALUES,
  MAX_PANELS,
  parseCompare,
  SWEPT_SETTINGS,
  type SweptSetting,
} from "../../store/compareUrl.ts";
import { Select } from "../Select.tsx";
import { usePlayground } from "../StoreContext.tsx";
import { type Translate, useT } from "../useT.ts";
import { settingLabel } from "./headings.ts";

/** The values as the field shows them. */
function listText(values: readonly (string | number)[]): string {
  return values.join(", ");
}

/** What a setting's values may be, in words (choices are shown as typed, in a `code` of their own). */
function Accepts({ setting, t }: { setting: SweptSetting; t: Translate }) {
  const spec = SETTINGS[setting];
  if (spec.kind === "choice")
    return (
      <>
        {t("compare.editor.accepts.choices")} <code lang="en">{spec.choices.join(", ")}</code>
      </>
    );
  const key =
    spec.kind === "integer"
      ? "compare.editor.accepts.integer"
      : spec.minExclusive
        ? "compare.editor.accepts.numberAbove"
        : "compare.editor.accepts.number";
  return <>{t(key, { min: spec.min, max: spec.max })}</>;
}

export function SweepEditor() {
  const t = useT();
  const lang = usePlayground((s) => s.lang);
  const compare = usePlayground((s) => s.compare);
  const setCompare = usePlayground((s) => s.setCompare);
  const id = useId();
  const valuesId = `${id}-values`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [setting, setSetting] = useState<SweptSetting>(compare.sweep.setting);
  const [text, setText] = useState(() => listText(compare.sweep.values));
  const [overlay, setOverlay] = useState(compare.overlay);
  /** What the last Apply refused, as messages worded in the language on screen. */
  const [refused, setRefused] = useState<{
    messages: ReturnType<typeof parseCompare>["notices"];
    kept: boolean;
  }>({
    messages: [],
    kept: false,
  });

  // The sweep in force changed (applied here, or from the link): the form shows it.
  useEffect(() => {
    setSetting(compare.sweep.setting);
    setText(listText(compare.sweep.values));
    setOverlay(compare.overlay);
  }, [compare]);

  const chooseSetting = (next: SweptSetting) => {
    setSetting(next);
    setText(listText(next === compare.sweep.setting ? compare.sweep.values : DEFAULT_VALUES[next]));
    setRefused({ messages: [], kept: false });
  };

  const apply = (e?: FormEvent) => {
    e?.preventDefault();
    const keys = new Map<string, string>(
      setting === "hiddenUnits"
        ? [["sizes", text]]
        : [
            ["sweep", SETTINGS[setting].url],
            ["values", text],
          ],
    );
    const parsed = parseCompare(keys);
    // A list with nothing usable would fall back to the default list: here the panels stay instead.
    const kept = parsed.notices.some((n) => n.key === "compare.url.noValues");
    setRefused({ messages: parsed.notices.filter((n) => n.key !== "compare.url.noValues"), kept });
    if (kept) return;
    const next: CompareState = { sweep: parsed.sweep, overlay: setting === "initSeed" && overlay };
    setCompare(next);
    // The field shows what was taken (each value once, in order), even when the sweep did not change.
    setText(listText(parsed.sweep.values));
  };

  const toggleOverlay = (on: boolean) => {
    setOverlay(on);
    // Seeds already on screen: the overlay follows the box at once.
    if (compare.sweep.setting === "initSeed" && setting === "initSeed")
      setCompare({ sweep: compare.sweep, overlay: on });
  };

  const options = SWEPT_SETTINGS.map((s) => ({ value: s, label: settingLabel(t, s) }));
  const field = t("compare.editor.values");
  const hasError = refused.kept || refused.messages.length > 0;
  return (
    <form className="sweep-editor" aria-label={t("compare.editor.label")} onSubmit={apply} noValidate>
      <Select
        label={t("compare.editor.setting")}
        value={setting}
        options={options}
        onChange={chooseSetting}
      />
      <div className="control sweep-values">
        <label htmlFor={valuesId}>{field}</label>
        <div className="sweep-values-row">
          <input
            id={valuesId}
            type="text"
            value={text}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hasError ? `${errorId} ${hintId}` : hintId}
            aria-invalid={hasError || undefined}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit" className="primary">
            {t("compare.editor.apply")}
          </button>
        </div>
        <p id={hintId} className="sweep-hint">
          {t("compare.editor.hint", { max: MAX_PANELS })} <Accepts setting={setting} t={t} />
        </p>
        {hasError && (
          <ul id={errorId} className="sweep-refused" role="alert" data-testid="sweep-refused">
            {refused.messages.map((n) => (
              // Say the field's name where a link would name its key.
              <li key={JSON.stringify(n)}>{translate(lang, n.key, { ...n.params, key: field })}</li>
            ))}
            {refused.kept && <li>{t("compare.editor.unchanged")}</li>}
          </ul>
        )}
      </div>
      {setting === "initSeed" && (
        <label className="inline sweep-overlay">
          <input type="checkbox" checked={overlay} onChange={(e) => toggleOverlay(e.currentTarget.checked)} />{" "}
          {t("compare.editor.overlay")}
        </label>
      )}
    </form>
  );
}
