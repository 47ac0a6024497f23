/**
 * What the data tools last said (an import, a refusal, Clear, a point added from the keyboard), shared by
 * the plane's editing and the tools' live region. One channel per store, so two pages (or tests) never
 * hear each other; kept as messages, worded in whatever language is on screen when shown.
 */
import { useSyncExternalStore } from "react";
import type { Message } from "../../i18n/translate.ts";

/** A status: one or more messages read one after the other, and a serial so a repeat is announced again. */
export interface DataStatus {
  messages: readonly Message[];
  serial: number;
}

interface Channel {
  status: DataStatus | null;
  listeners: Set<() => void>;
}

const channels = new WeakMap<object, Channel>();

function channel(owner: object): Channel {
  let c = channels.get(owner);
  if (!c) {
    c = { status: null, listeners: new Set() };
    channels.set(owner, c);
  }
  return c;
}

/** Say these messages in `owner`'s (a store's) data tools status. */
export function sayData(owner: object, ...messages: Message[]): void {
  const c = channel(owner);
  c.status = { messages, serial: (c.status?.serial ?? 0) + 1 };
  for (const listener of c.listeners) listener();
}

/** The status of `owner`'s data tools (null: nothing said yet). */
export function useDataStatus(owner: object): DataStatus | null {
  const c = channel(owner);
  return useSyncExternalStore(
    (listener) => {
      c.listeners.add(listener);
      return () => c.listeners.delete(listener);
    },
    () => c.status,
  );
}
