/**
 * "Stop at epoch": the epoch at which playing pauses by itself (the URL's `until`; empty = never), and the
 * line that says, near the run buttons, when the run is paused there.
 *
 * The field is a text input with a numeric keyboard rather than `type=number`: a number input hides what
 * was typed when it is not a number (its value is then ""), which would read as "never" instead of
 * being refused. What is typed is taken on Enter or when the field is left; text that is not an epoch
 * shows a message and sends nothing, and Escape brings back the stop epoch in force.
 */
import { useId, useState } from "react";
import type { Lang } from "../i18n/catalogue.ts";
import { parseUntil, UNTIL } from "../store/urlState.ts";
import { usePlayground } from "./StoreContext.tsx";
import { useT } from "./useT.ts";
import "./untilField.css";

/** A count with its thousands grouped, for a sentence ("20,000"). */
function grouped(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "ja" ? "ja-JP" : "en-US").format(value);
}

/**
 * Read the field's text as a stop epoch: as a link's `until` is read, after turning full-width digits
 * (a Japanese keyboard's) into plain ones and dropping thousands separators ("20,000", "20 000").
 */
export function readStopEpoch(text: string): ReturnType<typeof parseUntil> {
  const plain = text.normalize("NFKC").trim();
  const digits = /^\d{1,3}([, _]\d{3})+$/.test(plain) ? plain.replace(/[, _]/g, "") : plain;
  return parseUntil(digits);
}

export function UntilField() {
  const until = usePlayground((s) => s.until);
  const setUntil = usePlayground((s) => s.setUntil);
  const lang = usePlayground((s) => s.lang);
  const t = useT();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  /** The text being edited (null: the field shows the stop epoch in force). */
  const [draft, setDraft] = useState<string | null>(null);
  /** Text that was refused, shown in the message until the next try. */
  const [refused, setRefused] = useState<string | null>(null);

  const commit = () => {
    if (draft === null) return;
    const parsed = readStopEpoch(draft);
    if (!parsed.ok) {
      setRefused(draft);
      return;
    }
    setRefused(null);
    setDraft(null);
    setUntil(parsed.value);
  };
  const revert = () => {
    setRefused(null);
    setDraft(null);
  };
  const hint = t("until.hint");
  return (
    <div className="control until">
      <label htmlFor={id}>{t("until.label")}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={draft ?? (until === null ? "" : String(until))}
        placeholder={t("until.never")}
        aria-invalid={refused !== null}
        aria-describedby={refused !== null ? `${errorId} ${hintId}` : hintId}
        title={hint}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
          else if (e.key === "Escape") revert();
        }}
      />
      {refused !== null && (
        <p id={errorId} className="until-error" role="alert">
          {t("until.invalid", {
            text: refused,
            min: grouped(UNTIL.min, lang),
            max: grouped(UNTIL.max, lang),
          })}
        </p>
      )}
      <span id={hintId} className="hint">
        {hint}
      </span>
    </div>
  );
}

/** Says, while the run is paused at its stop epoch (or Play found it past), why, and how to go on. */
export function UntilStatus() {
  // The frame only while paused at a stop, so frames of a running run re-render nothing here.
  const frame = usePlayground((s) => (s.status === "paused" && s.frame?.stoppedAt != null ? s.frame : null));
  const lang = usePlayground((s) => s.lang);
  const t = useT();
  const stoppedAt = frame?.stoppedAt ?? null;
  const epoch = frame?.epoch ?? 0;
  const field = t("until.label");
  return (
    <div className="until-status" role="status" data-testid="stopped">
      {stoppedAt !== null && (
        <span>
          {epoch === stoppedAt
            ? t("until.stopped", { epoch: grouped(epoch, lang), field })
            : t("until.past", { epoch: grouped(epoch, lang), until: grouped(stoppedAt, lang), field })}
        </span>
      )}
    </div>
  );
}
