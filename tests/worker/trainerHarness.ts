/**
 * Trainers on fake hosts, for the trainer's tests: each test's hosts are checked after it for failures
 * that escaped the trainer (it is meant to catch its own: nothing may reach the worker's scope).
 */
import { afterEach, expect } from "vitest";
import type { RunSettings } from "../../src/engine/run.ts";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import type { Speed } from "../../src/worker/protocol.ts";
import { Trainer } from "../../src/worker/trainer.ts";
import { FakeHost } from "./fakeHost.ts";

/**
 * Register the check, and return the ways to get a checked trainer: `unconfigured`, or `started` with
 * `settings` (after `speed`, if given) and its first tasks run.
 */
export function checkedTrainers() {
  const hosts: FakeHost[] = [];
  afterEach(() => {
    for (const host of hosts) expect(host.uncaught).toEqual([]);
    hosts.length = 0;
  });
  const unconfigured = () => {
    const host = new FakeHost();
    hosts.push(host);
    return { host, trainer: new Trainer(host) };
  };
  const started = (settings: RunSettings = DEFAULT_SETTINGS, speed?: Speed) => {
    const { host, trainer } = unconfigured();
    if (speed !== undefined) trainer.handle({ type: "speed", speed });
    trainer.handle({ type: "configure", settings });
    host.run();
    return { host, trainer };
  };
  return { unconfigured, started };
}

/** Acknowledge the last frame and let the trainer run its next pending task. */
export function ack(host: FakeHost, trainer: Trainer, rounds = 1): void {
  for (let i = 0; i < rounds; i++) {
    trainer.handle({ type: "frameDone" });
    host.run(1);
  }
}
