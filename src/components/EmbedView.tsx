/**
 * The page embedded in another (`embed=1`, for a course page or a slide in an `<iframe>`): only the plane,
 * the Play/Step/Reset bar and the readouts, a one-line notice when something in the link was ignored (or
 * the run diverged), and a link that opens the whole playground with the same settings in a new tab. The
 * rest of the page is not rendered at all, so nothing hidden can take keyboard focus. The keyboard
 * shortcuts still work (App.tsx keeps them, and passes the list of shortcuts in as `children` when open).
 * styles.css (`.embed`) fits it into any frame from 320 × 240 to 1920 × 1080 without sideways scrolling.
 * With `view=compare` the compare view's panels take the plane's place (each has its own readouts).
 */
import { lazy, type ReactNode, Suspense } from "react";
import { hashOf } from "../store/urlSync.ts";
import { BoundaryView } from "./BoundaryView.tsx";
import { RunButtons } from "./Controls.tsx";
import { Readouts } from "./Readouts.tsx";
import { usePlayground } from "./StoreContext.tsx";
import { UntilStatus } from "./UntilField.tsx";
import { useT } from "./useT.ts";

/** The one line under the readouts: what the full page would say at length. Mounted empty, then filled. */
function EmbedNotice() {
  const t = useT();
  const ignored = usePlayground((s) => s.notices.length > 0);
  const diverged = usePlayground((s) => s.status === "diverged");
  return (
    <p className="embed-notice" role="status" data-testid="embed-notice">
      {diverged ? t("embed.diverged") : ignored ? t("embed.notice") : ""}
    </p>
  );
}

const CompareView = lazy(() => import("./compare/CompareView.tsx"));

export function EmbedView({ children }: { children?: ReactNode }) {
  const t = useT();
  const comparing = usePlayground((s) => s.view === "compare");
  // The same link without embed=1: the whole page, where a student can go further.
  const full = usePlayground((s) => hashOf(s, { embed: false }));
  return (
    <div className="embed">
      {children}
      <main className="embed-main">
        <h1 className="visually-hidden">{t("page.title")}</h1>
        {comparing ? (
          <div className="embed-compare">
            <Suspense fallback={null}>
              <CompareView embedded />
            </Suspense>
          </div>
        ) : (
          <BoundaryView />
        )}
        <section className="embed-side" aria-label={t("embed.region")}>
          <RunButtons />
          <UntilStatus />
          {!comparing && <Readouts />}
          <EmbedNotice />
          <a className="embed-open" href={full} target="_blank" rel="noopener" title={t("embed.open.title")}>
            {t("embed.open")}
            <span className="visually-hidden"> {t("embed.newTab")}</span>
          </a>
        </section>
      </main>
    </div>
  );
}
