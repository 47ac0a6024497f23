/**
 * The Export menu's three actions (loaded on demand): Save image (PNG), Save model (JSON) and NumPy script
 * (.py), each made from the run on screen (export/runExport.ts) and downloaded through a blob URL. Escape,
 * a choice or a click elsewhere closes it.
 */
import { useEffect, useRef } from "react";
import { downloadBlob } from "../../export/download.ts";
import { type ExportFile, imageExport, modelExport, numpyExport } from "../../export/runExport.ts";
import type { MessageKey } from "../../i18n/translate.ts";
import { useStoreApi } from "../StoreContext.tsx";
import { useT } from "../useT.ts";
import type { ExportNotice } from "./ExportTools.tsx";

interface Props {
  id: string;
  /** Close the menu; `focus`: give the focus back to the Export button. */
  onClose(focus: boolean): void;
  onNotice(notice: ExportNotice | null): void;
}

export default function ExportMenu({ id, onClose, onNotice }: Props) {
  const t = useT();
  const store = useStoreApi();
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    list.current?.querySelector("button")?.focus();
    const key = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose(true);
    };
    const pointer = (e: PointerEvent) => {
      const tools = list.current?.closest(".export-tools");
      if (tools && !tools.contains(e.target as Node)) onClose(false);
    };
    document.addEventListener("keydown", key);
    document.addEventListener("pointerdown", pointer);
    return () => {
      document.removeEventListener("keydown", key);
      document.removeEventListener("pointerdown", pointer);
    };
  }, [onClose]);

  const save = async (make: () => ExportFile | null | Promise<ExportFile | null>) => {
    // The compare view trains many networks: which one to save is chosen by opening it in the playground.
    if (store.getState().view === "compare") {
      onNotice({ kind: "message", message: { key: "export.inCompare" } });
      onClose(true);
      return;
    }
    const file = await make();
    if (file) {
      downloadBlob(file.blob, file.name);
      onNotice(null);
    } else onNotice({ kind: "message", message: { key: "export.notReady" } });
    onClose(true);
  };

  const items: [MessageKey, () => ExportFile | null | Promise<ExportFile | null>][] = [
    ["export.png", () => imageExport(store.getState(), t)],
    ["export.model", () => modelExport(store.getState())],
    ["export.numpy", () => numpyExport(store.getState())],
  ];
  return (
    <ul className="export-menu" id={id} ref={list}>
      {items.map(([label, make]) => (
        <li key={label}>
          <button type="button" onClick={() => void save(make)}>
            {t(label)}
          </button>
        </li>
      ))}
    </ul>
  );
}
