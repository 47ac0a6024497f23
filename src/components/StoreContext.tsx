/**
 * Hands the page's one store to the components. `usePlayground` re-renders on the selected value;
 * views that repaint every frame use `useStoreApi().subscribe` instead.
 */
import { createContext, type ReactNode, useContext } from "react";
import { useStore } from "zustand";
import type { PlaygroundState, PlaygroundStore } from "../store/playgroundStore.ts";

const StoreContext = createContext<PlaygroundStore | null>(null);

export function StoreProvider({ store, children }: { store: PlaygroundStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store itself, for transient subscriptions and actions. */
export function useStoreApi(): PlaygroundStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error("useStoreApi needs a <StoreProvider> above it");
  return store;
}

/** One value from the store, re-rendering when it changes. */
export function usePlayground<T>(selector: (state: PlaygroundState) => T): T {
  return useStore(useStoreApi(), selector);
}
