/** Render the whole page on a store wired to a fake worker, as main.tsx does with the real one. */
import { render } from "@testing-library/react";
import { App } from "../../src/components/App.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import type { Lang } from "../../src/i18n/catalogue.ts";
import { createPlaygroundStore, type PlaygroundStore } from "../../src/store/playgroundStore.ts";
import { parseHash } from "../../src/store/urlState.ts";
import { createFakeWorker, type FakeWorker } from "./fakeWorker.ts";

export interface RenderedPage {
  worker: FakeWorker;
  store: PlaygroundStore;
  /** The element the page was rendered into. */
  container: HTMLElement;
}

export interface PageOptions {
  /** The language the page opens in when the link does not say (as main.tsx's chooseLanguage decides). */
  lang?: Lang;
}

/** The page as loaded from a link with this hash; "painting" is immediate so frameDone goes out at once. */
export function renderPage(hash = "", options: PageOptions = {}): RenderedPage {
  const worker = createFakeWorker();
  const store = createPlaygroundStore(worker, parseHash(hash), (task) => task(), options.lang ?? "en");
  const { container } = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { worker, store, container };
}
