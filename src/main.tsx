/**
 * The page's entry: read the link, choose the language, start the worker and the store, keep the URL and
 * the document in step, render.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App.tsx";
import { StoreProvider } from "./components/StoreContext.tsx";
import { loadLanguage } from "./i18n/catalogue.ts";
import { chooseLanguage, STORED_LANGUAGE_KEY } from "./i18n/language.ts";
import { createPlaygroundStore } from "./store/playgroundStore.ts";
import { parseHash } from "./store/urlState.ts";
import { syncUrl } from "./store/urlSync.ts";
import { syncView } from "./store/viewSync.ts";
import { createWorkerClient } from "./worker/client.ts";
import { workerCount } from "./worker/pool.ts";
import "./styles.css";
import "./views.css";

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORED_LANGUAGE_KEY);
  } catch {
    return null; // storage refused: fall back to the browser's languages
  }
}

const hash = parseHash(window.location.hash);
const client = createWorkerClient(); // the worker starts while the words load
const wanted = chooseLanguage({
  url: hash.lang,
  stored: storedLanguage(),
  browser: navigator.languages ?? [],
});
// The page speaks a language once its words are here: only that language's are fetched.
const lang = await loadLanguage(wanted).then(
  () => wanted,
  // Offline on a first visit: English if it came, else the page shows message keys rather than nothing.
  () =>
    loadLanguage("en").then(
      () => "en" as const,
      () => "en" as const,
    ),
);
const pool = { workers: workerCount(navigator.hardwareConcurrency), spawn: createWorkerClient };
const store = createPlaygroundStore(client, { ...hash, lang }, undefined, lang, pool);
syncUrl(store);
syncView(store);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
