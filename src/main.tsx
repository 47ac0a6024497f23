/** The page's entry: read the link, start the worker and the store, keep the URL in step, render. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App.tsx";
import { StoreProvider } from "./components/StoreContext.tsx";
import { createPlaygroundStore } from "./store/playgroundStore.ts";
import { parseHash } from "./store/urlState.ts";
import { syncUrl } from "./store/urlSync.ts";
import { createWorkerClient } from "./worker/client.ts";
import "./styles.css";

const store = createPlaygroundStore(createWorkerClient(), parseHash(window.location.hash));
syncUrl(store);

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
