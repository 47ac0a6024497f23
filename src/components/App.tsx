/**
 * The page: a header (title, the view, the run's status, language, presenter mode, the list of keyboard
 * shortcuts, Copy link), then the controls, the plane and the results — or, in the "Inside the network"
 * view, the diagram, the units and the explanations in place of the results' charts, or, in the compare
 * view, the panels side by side (loaded on demand) in place of the plane and the results. styles.css lays
 * them out for the screen: one column on a phone (plane, run buttons, readouts, folded settings, charts),
 * the plane over two columns on a tablet, three columns on a landscape screen. In presenter mode
 * (`.app.presenting`) text and plane grow and the secondary panels (loss chart, network diagram) fold
 * behind one summary. Every keyboard shortcut is handled in useShortcuts.
 */
import { lazy, type ReactNode, Suspense, useEffect, useState } from "react";
import { Announcer } from "./Announcer.tsx";
import { BoundaryView } from "./BoundaryView.tsx";
import { Controls } from "./Controls.tsx";
import { CopyLinkButton } from "./CopyLinkButton.tsx";
import { EmbedView } from "./EmbedView.tsx";
import { ExportTools } from "./export/ExportTools.tsx";
import { InsidePanels } from "./inside/InsidePanels.tsx";
import { NetworkDiagram } from "./inside/NetworkDiagram.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { LossChart } from "./LossChart.tsx";
import { Notices } from "./Notices.tsx";
import { PresenterButton } from "./PresenterButton.tsx";
import { PresetMenu } from "./PresetMenu.tsx";
import { Readouts } from "./Readouts.tsx";
import { usePlayground } from "./StoreContext.tsx";
import { usePresenterMode } from "./usePresenterMode.ts";
import { useShortcuts } from "./useShortcuts.ts";
import { useT } from "./useT.ts";
import { ViewTabs } from "./ViewTabs.tsx";

/** The compare view and its styles load only when first shown: the single view's first paint never waits. */
const CompareView = lazy(() => import("./compare/CompareView.tsx"));
/** The list of keyboard shortcuts, loaded the first time it opens (key ? or the header's button). */
const ShortcutsDialog = lazy(() => import("./ShortcutsDialog.tsx"));

function Status() {
  const t = useT();
  const status = usePlayground((s) => s.status);
  return (
    // Not a live region: the Announcer says a change of status, once.
    <p className={`status status-${status}`}>
      <span className="visually-hidden">{t("status.label")}: </span>
      <span aria-hidden="true">{status === "running" ? "● " : status === "diverged" ? "✕ " : "❚❚ "}</span>
      <span>{t(`status.${status}`)}</span>
      {/* INTERFACES.md: the test id "status" reads paused, running or diverged in every language. */}
      <span data-testid="status" data-status={status} hidden>
        {status}
      </span>
    </p>
  );
}

/**
 * The loss chart and the network diagram: always shown, except in presenter mode, where they fold
 * behind a summary one tap away (and open again when presenter mode ends).
 */
function Secondary({ children }: { children: ReactNode }) {
  const t = useT();
  const present = usePlayground((s) => s.present);
  const [open, setOpen] = useState(!present);
  useEffect(() => setOpen(!present), [present]);
  return (
    <details className="secondary" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("presenter.more")}</summary>
      {children}
    </details>
  );
}

export function App() {
  const t = useT();
  const present = usePlayground((s) => s.present);
  const view = usePlayground((s) => s.view);
  const embed = usePlayground((s) => s.embed);
  usePresenterMode();
  const { helpOpen, openHelp, closeHelp } = useShortcuts();
  const title = t("page.title");
  useEffect(() => {
    document.title = title;
  }, [title]);
  // embed=1: the plane, the run bar and the readouts only (the shortcuts, and their list, still work).
  if (embed)
    return (
      <EmbedView>
        {helpOpen && (
          <Suspense fallback={null}>
            <ShortcutsDialog onClose={closeHelp} />
          </Suspense>
        )}
        <Announcer />
      </EmbedView>
    );
  return (
    <div className={present ? "app presenting" : "app"}>
      <header>
        <h1>{t("page.title")}</h1>
        <p className="tagline">{t("page.tagline")}</p>
        <ViewTabs />
        <div className="header-tools">
          <Status />
          <LanguageSwitch />
          <PresenterButton />
          <button
            type="button"
            className="shortcuts-button"
            aria-haspopup="dialog"
            onClick={(e) => openHelp(e.currentTarget)}
          >
            {t("shortcuts.button")}
          </button>
          <CopyLinkButton />
          <ExportTools />
        </div>
      </header>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={closeHelp} />
        </Suspense>
      )}
      <Notices />
      <Announcer />
      <main className={`view-${view}`}>
        <Controls />
        {view === "compare" ? (
          // The panels replace the single plane and its results (whose test ids each panel has its own of).
          <Suspense fallback={<p className="compare-loading">{t("inside.loading")}</p>}>
            <CompareView />
          </Suspense>
        ) : (
          <>
            <BoundaryView />
            <section
              className="panel side"
              aria-label={t(view === "inside" ? "page.inside" : "page.results")}
            >
              {present && <PresetMenu />}
              <Readouts />
              {view === "inside" ? (
                <InsidePanels />
              ) : (
                <Secondary>
                  <LossChart />
                  <NetworkDiagram />
                </Secondary>
              )}
            </section>
          </>
        )}
      </main>
    </div>
  );
}
