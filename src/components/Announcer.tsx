/**
 * The page's voice for screen readers: one visually hidden polite live region, mounted once outside the
 * views (so it survives a change of view) and mounted empty, then filled, so a screen reader announces
 * what is written into it:
 * - while training, the run's progress at a calm pace — the epoch, loss and accuracy of the latest frame
 *   (or, in the compare view, the number of panels and the least epoch), at most once every ANNOUNCE_MS;
 * - at once, the run's status when it changes, and the link's notices when they appear (announcements
 *   within BURST_MS of each other are read together, so one does not silence the other).
 * A trainer error is not said here: its alert (Notices.tsx) says it, and each change is said once.
 * Its text is written from a store subscription with textContent: a frame costs no React render.
 */
import { useEffect, useRef } from "react";
import type { Lang } from "../i18n/catalogue.ts";
import { translate } from "../i18n/translate.ts";
import { formatAccuracy } from "../render/format.ts";
import type { PlaygroundState } from "../store/playgroundStore.ts";
import { useStoreApi } from "./StoreContext.tsx";

/** The least time between two announcements of the run's progress. */
export const ANNOUNCE_MS = 5000;
/** Urgent announcements (status, notices, errors) made within this time of each other are read together. */
export const BURST_MS = 1000;
/** What the page already says when it opens (the link's notices) waits this long: the region must be there first. */
export const OPENING_MS = 500;

/** A number as a screen reader should say it: few digits, and a word where there is none. */
function spoken(lang: Lang, value: number | null | undefined, digits: (v: number) => string): string {
  return value == null || !Number.isFinite(value) ? translate(lang, "announce.missing") : digits(value);
}

const loss = (v: number) => String(Number(v.toPrecision(2)));
const accuracy = (v: number) => formatAccuracy(v);
const count = (lang: Lang) => (v: number) => Math.round(v).toLocaleString(lang === "ja" ? "ja-JP" : "en-US");

/** The run's progress in words (null when there is nothing to say yet). */
export function progressText(s: PlaygroundState): string | null {
  const { lang } = s;
  if (s.view === "compare") {
    if (s.panels.size === 0) return null;
    const least = Math.min(...Array.from(s.panels.values(), (p) => p.epoch));
    return translate(lang, "announce.panels", {
      count: s.panels.size,
      epoch: spoken(lang, least, count(lang)),
    });
  }
  const f = s.frame;
  if (!f) return null;
  const params = {
    epoch: spoken(lang, f.epoch, count(lang)),
    loss: spoken(lang, f.trainLoss, loss),
    accuracy: spoken(lang, f.trainAccuracy, accuracy),
  };
  if (f.testLoss == null && f.testAccuracy == null) return translate(lang, "announce.progress", params);
  return translate(lang, "announce.progressTest", {
    ...params,
    testLoss: spoken(lang, f.testLoss, loss),
    testAccuracy: spoken(lang, f.testAccuracy, accuracy),
  });
}

/** The link's notices in words: how many, and the first. */
function noticesText(s: PlaygroundState): string {
  const first = s.notices[0];
  return translate(s.lang, "announce.notices", {
    count: s.notices.length,
    first: first ? translate(s.lang, first.key, first.params) : "",
  });
}

export function Announcer() {
  const store = useStoreApi();
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = region.current;
    if (!el) return;
    /** Progress waits while this runs: set by every announcement. */
    let calm: ReturnType<typeof setTimeout> | null = null;
    /** A frame (or panel) arrived during the calm: say it when the calm ends. */
    let pending = false;
    /** The urgent announcements of the current burst, and the timer that ends it. */
    let burst: string[] = [];
    let burstTimer: ReturnType<typeof setTimeout> | null = null;

    const write = (text: string) => {
      if (el.textContent !== text) el.textContent = text;
    };
    const startCalm = () => {
      if (calm !== null) clearTimeout(calm);
      calm = setTimeout(endCalm, ANNOUNCE_MS);
    };
    function endCalm() {
      calm = null;
      const s = store.getState();
      if (pending && s.status === "running") {
        pending = false;
        sayProgress(s);
      }
      pending = false;
    }
    const sayProgress = (s: PlaygroundState) => {
      const text = progressText(s);
      if (text === null) return;
      write(text);
      startCalm();
    };
    const sayNow = (parts: string[]) => {
      if (parts.length === 0) return;
      burst = [...burst, ...parts];
      write(burst.join(" "));
      if (burstTimer !== null) clearTimeout(burstTimer);
      burstTimer = setTimeout(() => {
        burst = [];
        burstTimer = null;
      }, BURST_MS);
      startCalm();
    };

    // What the page says as it opens (the link's notices) is read once the region is in place.
    const opening = setTimeout(() => {
      const s = store.getState();
      if (s.notices.length > 0) sayNow([noticesText(s)]);
    }, OPENING_MS);

    const unsubscribe = store.subscribe((s, prev) => {
      const parts: string[] = [];
      if (s.status !== prev.status)
        parts.push(translate(s.lang, "announce.status", { status: translate(s.lang, `status.${s.status}`) }));
      if (s.notices !== prev.notices && s.notices.length > 0) parts.push(noticesText(s));
      if (parts.length > 0) {
        // A change of status or a notice comes first; the progress that came with it waits for the calm.
        pending = pending || s.frame !== prev.frame || s.panels !== prev.panels;
        sayNow(parts);
        return;
      }
      if (s.status !== "running") return;
      if (s.frame === prev.frame && s.panels === prev.panels) return;
      if (calm !== null) pending = true;
      else sayProgress(s);
    });

    return () => {
      unsubscribe();
      clearTimeout(opening);
      if (calm !== null) clearTimeout(calm);
      if (burstTimer !== null) clearTimeout(burstTimer);
    };
  }, [store]);

  // Mounted empty; the subscription above fills it. React never writes into it.
  return (
    <div
      ref={region}
      className="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="announcer"
    />
  );
}
