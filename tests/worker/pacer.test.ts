import { describe, expect, it } from "vitest";
import { MAX_CHUNK, Pacer, RateMeter, TICK_MS } from "../../src/worker/pacer.ts";
import type { Speed } from "../../src/worker/protocol.ts";

/** A clock that moves only when told: by the work done (`msPerUnit` each) and by the waits between ticks. */
function paced(speed: Speed, msPerUnit = 0) {
  const clock = { time: 0 };
  const pacer = new Pacer(() => clock.time);
  pacer.setSpeed(speed);
  const chunks: number[] = [];
  const work = (units: number) => {
    chunks.push(units);
    clock.time += units * msPerUnit;
    return units;
  };
  /** Tick, wait as the pacer asks, and again, for `ms` of clock time; the units of each tick. */
  const playFor = (ms: number, unitsPerEpoch = 1) => {
    const ticks: number[] = [];
    const end = clock.time + ms;
    while (clock.time < end) {
      ticks.push(pacer.tick(work, unitsPerEpoch));
      clock.time += pacer.delay(unitsPerEpoch);
    }
    return ticks;
  };
  pacer.start();
  return { clock, pacer, work, chunks, playFor };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("the pacer", () => {
  it("does 20 epochs a second at speed 20, one at a time", () => {
    const { playFor } = paced(20);
    const ticks = playFor(2000);
    expect(sum(ticks)).toBeGreaterThanOrEqual(39);
    expect(sum(ticks)).toBeLessThanOrEqual(41);
    expect(Math.max(...ticks)).toBe(1);
  });

  it("keeps to the speed when the work itself takes time", () => {
    const { playFor } = paced(50, 3);
    const done = sum(playFor(4000));
    expect(done).toBeGreaterThanOrEqual(199);
    expect(done).toBeLessThanOrEqual(201);
  });

  it("counts the speed in epochs but does one update at a time when an epoch has seven", () => {
    const { playFor } = paced(2);
    const ticks = playFor(3000, 7);
    // 2 epochs/s · 7 updates each · 3 s
    expect(sum(ticks)).toBeGreaterThanOrEqual(41);
    expect(sum(ticks)).toBeLessThanOrEqual(43);
    expect(Math.max(...ticks)).toBe(1);
  });

  it("makes up at most a quarter second of work after a stall", () => {
    const { clock, pacer, work } = paced(100);
    pacer.tick(work, 1);
    clock.time += 5000;
    expect(pacer.tick(work, 1)).toBe(25);
  });

  it("counts the time before a speed change at the old speed", () => {
    const { clock, pacer, work } = paced(10);
    pacer.tick(work, 1);
    clock.time += 500;
    pacer.setSpeed(1000);
    // 10 epochs/s for 0.5 s, and no time yet at the new speed
    expect(pacer.tick(work, 1)).toBe(5);
  });

  it("starts with no credit from before Play", () => {
    const { clock, pacer, work } = paced(100);
    clock.time += 10_000;
    pacer.start();
    expect(pacer.tick(work, 1)).toBe(0);
  });

  it("waits just until the next update is due, and no longer than a quarter second", () => {
    const { pacer, work } = paced(20);
    pacer.tick(work, 1);
    expect(pacer.delay(1)).toBe(50);
    expect(pacer.delay(4)).toBe(12.5);
    pacer.setSpeed(1);
    expect(pacer.delay(1)).toBe(250);
    pacer.setSpeed("max");
    expect(pacer.delay(1)).toBe(0);
  });

  it("at full speed works for TICK_MS of clock time, in chunks of about a millisecond", () => {
    const { pacer, work, chunks } = paced("max", 0.01);
    const done = pacer.tick(work, 1);
    // 12 ms at 0.01 ms a unit, give or take the last chunk
    expect(done).toBeGreaterThanOrEqual(TICK_MS / 0.01);
    expect(done).toBeLessThanOrEqual(TICK_MS / 0.01 + 100);
    // 1 ms / 0.01 ms a unit = 100 units, approached from the first guess
    expect(chunks[chunks.length - 1]).toBeGreaterThanOrEqual(90);
    expect(chunks[chunks.length - 1]).toBeLessThanOrEqual(100);
  });

  it("never asks for more than MAX_CHUNK units between two looks at the clock", () => {
    const { pacer, work, chunks } = paced("max", 1e-6);
    pacer.tick(work, 1);
    expect(Math.max(...chunks)).toBe(MAX_CHUNK);
  });

  it("stops a tick as soon as the work does less than it was asked (a diverged run)", () => {
    const clock = { time: 0 };
    const pacer = new Pacer(() => clock.time);
    pacer.start();
    let left = 5;
    const work = (units: number) => {
      const did = Math.min(units, left);
      left -= did;
      return did;
    };
    expect(pacer.tick(work, 1)).toBe(5);
  });

  it("measures the epochs per second it paces at", () => {
    const { clock, pacer, playFor } = paced(20);
    playFor(3000);
    const rate = pacer.meter.rate(clock.time);
    expect(rate).toBeGreaterThanOrEqual(19);
    expect(rate).toBeLessThanOrEqual(21);
  });

  it("measures epochs, not updates, when an epoch has several", () => {
    const { clock, pacer, playFor } = paced(3);
    playFor(3000, 7);
    const rate = pacer.meter.rate(clock.time);
    expect(rate).toBeGreaterThanOrEqual(2.8);
    expect(rate).toBeLessThanOrEqual(3.2);
  });
});

describe("the rate meter", () => {
  it("is 0 before any time has passed", () => {
    const meter = new RateMeter();
    meter.restart(100);
    expect(meter.rate(100)).toBe(0);
  });

  it("averages over the last second", () => {
    const meter = new RateMeter();
    meter.restart(0);
    // 10 epochs every 100 ms for 1 s, then 1 every 100 ms for 1 s
    for (let t = 100; t <= 1000; t += 100) meter.add(t, 10);
    for (let t = 1100; t <= 2000; t += 100) meter.add(t, 1);
    expect(meter.rate(2000)).toBe(10);
  });

  it("forgets what came before a restart", () => {
    const meter = new RateMeter();
    meter.restart(0);
    meter.add(100, 1000);
    meter.restart(5000);
    meter.add(5500, 2);
    expect(meter.rate(5500)).toBe(4);
  });
});
