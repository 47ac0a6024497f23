/**
 * The header's Export and Open model… buttons, and dropping a model file (or a CSV file of points, as Import
 * CSV… takes it) anywhere on the page. Only this
 * stays in the first load: a dragover/drop listener and two buttons. The menu (ExportMenu.tsx, with the
 * image, model and script code) loads when first opened; the model parser when the first file arrives.
 * What became of a file or an export is said in a polite live region at the bottom of the window, mounted
 * empty and filled, until dismissed or replaced.
 */
import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from "react";
import type { Message } from "../../i18n/translate.ts";
import { useStoreApi } from "../StoreContext.tsx";
import { useT } from "../useT.ts";
import "./export.css";

const ExportMenu = lazy(() => import("./ExportMenu.tsx"));

/** What the live region says: a file opened or refused, or an export not possible yet. */
export type ExportNotice =
  | { kind: "opened"; name: string }
  | { kind: "refused"; name: string; reason: Message }
  | { kind: "message"; message: Message };

/** Whether a drag carries files (not text or a link dragged within the page). */
function carriesFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes("Files");
}

export function ExportTools() {
  const t = useT();
  const store = useStoreApi();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<ExportNotice | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  const openFile = useCallback(
    async (file: File) => {
      const { openModelFile } = await import("../../export/openModel.ts");
      const result = await openModelFile(file, store);
      setNotice(
        result.ok
          ? { kind: "opened", name: file.name }
          : { kind: "refused", name: file.name, reason: result.reason },
      );
    },
    [store],
  );

  /** A CSV file dropped on the page: its points become the user's own data set (as Import CSV… does). */
  const importCsv = useCallback(
    async (file: File) => {
      const [{ readCsvFile }, { classCounts }] = await Promise.all([
        import("../../data/csv.ts"),
        import("../../data/points.ts"),
      ]);
      const result = await readCsvFile(file);
      if (!result.ok) {
        setNotice({ kind: "refused", name: file.name, reason: result.message });
        return;
      }
      store.getState().setPoints(result.value);
      const [class0, class1] = classCounts(result.value);
      const params = { file: file.name, count: result.value.n, class0, class1 };
      setNotice({ kind: "message", message: { key: "data.status.imported", params } });
    },
    [store],
  );

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault(); // allow the drop (the browser would otherwise open the file in place of the page)
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files?.[0];
      if (!file) return;
      e.preventDefault();
      if (/\.csv$/i.test(file.name) || file.type === "text/csv") void importCsv(file);
      else void openFile(file);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, [openFile, importCsv]);

  const close = useCallback((focus: boolean) => {
    setOpen(false);
    if (focus) toggle.current?.focus();
  }, []);

  const words =
    notice === null
      ? ""
      : notice.kind === "opened"
        ? t("export.opened", { name: notice.name })
        : notice.kind === "refused"
          ? t("export.refused", { name: notice.name, reason: t(notice.reason.key, notice.reason.params) })
          : t(notice.message.key, notice.message.params);

  return (
    <div className="export-tools">
      <button
        ref={toggle}
        type="button"
        className="export-toggle"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
      >
        {t("export.menu")}
      </button>
      <button type="button" onClick={() => input.current?.click()} title={t("export.open.hint")}>
        {t("export.open")}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="model-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (file) void openFile(file);
        }}
      />
      {open && (
        <Suspense fallback={null}>
          <ExportMenu id={menuId} onClose={close} onNotice={setNotice} />
        </Suspense>
      )}
      <div
        className={`export-notice${notice ? "" : " empty"}${notice?.kind === "refused" ? " refused" : ""}`}
      >
        <p role="status" data-testid="export-notice" data-kind={notice?.kind ?? ""}>
          {notice?.kind === "refused" && <span aria-hidden="true">✕ </span>}
          {words}
        </p>
        {notice && (
          <button type="button" onClick={() => setNotice(null)}>
            {t("export.dismiss")}
          </button>
        )}
      </div>
    </div>
  );
}
