/**
 * Opening a model file the user dropped or chose: read its text, check it (modelFile.ts) and open it in the
 * store; a bad file changes nothing and comes back as a message in words. Loaded on demand, with the
 * parser, when the first file arrives.
 */
import type { Message } from "../i18n/translate.ts";
import type { PlaygroundStore } from "../store/playgroundStore.ts";
import { MAX_MODEL_CHARS, parseModelFile } from "./modelFile.ts";

/** What became of the file: opened, or refused with the reason. */
export type Opened = { ok: true } | { ok: false; reason: Message };

/** Read `file` and open it in `store` if it is a model. */
export async function openModelFile(file: Blob, store: PlaygroundStore): Promise<Opened> {
  // A UTF-8 character takes at most 4 bytes: anything larger cannot be within the character limit.
  if (file.size > 4 * MAX_MODEL_CHARS)
    return { ok: false, reason: { key: "export.file.tooBig", params: { max: MAX_MODEL_CHARS } } };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: { key: "export.file.notJson" } };
  }
  const parsed = parseModelFile(text);
  if (!parsed.ok) return { ok: false, reason: parsed.message };
  const { settings, points, values } = parsed.model;
  store.getState().loadModel({ settings, points, values });
  return { ok: true };
}
