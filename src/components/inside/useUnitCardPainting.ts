/**
 * Paints every unit card's picture (its map h_j beside its term (u_j2 − u_j1)·h_j) and writes its u values
 * from the latest frame, through a store subscription (no React render per frame). Each card has ONE
 * canvas holding both maps, and only cards on screen are painted, and only when their pixels change:
 * putting an image costs far more than computing it (every canvas is a texture the compositor uploads).
 * With many units the pictures repaint at most every THROTTLE_MS and the numbers every WORDS_MS.
 */
import { type RefObject, useEffect, useMemo } from "react";
import type { Activation } from "../../engine/activations.ts";
import { regionLookupTable } from "../../render/palette.ts";
import {
  contributionRange,
  paintContribution,
  paintQuantisedMap,
  unitMapCentre,
  unitMapLookupTable,
  unitMapSpan,
} from "../../render/unitMaps.ts";
import type { PlaygroundStore } from "../../store/playgroundStore.ts";
import { createThrottle } from "./throttle.ts";

/** Longest wait between two repaints of many cards, in ms (the floor is 10 Hz). */
const THROTTLE_MS = 100;
/** Longest wait between two rewrites of many cards' numbers, in ms (no one reads faster). */
const WORDS_MS = 500;
/** Above this many units the cards are throttled. */
const EVERY_FRAME_UP_TO = 8;
/** Columns of blank pixels between a card's two maps. */
export const PICTURE_GAP = 1;

/** A weight for a card: three significant digits, "—" when not a number. */
export const formatU = (value: number) => (Number.isFinite(value) ? value.toPrecision(3) : "—");

/** The canvas width holding two side × side maps and the gap between them. */
export const pictureWidth = (side: number) => 2 * side + PICTURE_GAP;

interface CardParts {
  picture: HTMLCanvasElement | null;
  u: (HTMLElement | null)[];
}

/** Copy a side × side map into the left (at = 0) or right part of a picture's pixels. */
function place(map: Uint32Array, side: number, pixels: Uint32Array, at: number): void {
  const width = pictureWidth(side);
  for (let row = 0; row < side; row++)
    pixels.set(map.subarray(row * side, (row + 1) * side), row * width + at);
}

export function useUnitCardPainting(
  list: RefObject<HTMLElement | null>,
  store: PlaygroundStore,
  H: number,
  activation: Activation,
): void {
  const luts = useMemo(() => ({ map: unitMapLookupTable(), term: regionLookupTable() }), []);
  useEffect(() => {
    const root = list.current;
    if (!root || H === 0) return;
    const cards: CardParts[] = Array.from({ length: H }, (_, j) => {
      const card = root.querySelector(`[data-unit="${j + 1}"]`);
      return {
        picture: card?.querySelector<HTMLCanvasElement>("canvas") ?? null,
        u: [1, 2].map((k) => card?.querySelector<HTMLElement>(`[data-u="${k}"]`) ?? null),
      };
    });
    /** Scratch buffers for one card's picture, and what each card's canvas shows now. */
    let scratch: {
      side: number;
      image: ImageData;
      pixels: Uint32Array;
      map: Uint32Array;
      term: Uint32Array;
    } | null = null;
    const shown: (Uint32Array | null)[] = new Array(H).fill(null);
    const centre = unitMapCentre(activation);
    const neutral = luts.term[luts.term.length >> 1];

    /** Paint card j's picture if its pixels changed. */
    const put = (
      j: number,
      side: number,
      map: (out: Uint32Array) => void,
      term: (out: Uint32Array) => void,
    ) => {
      const canvas = cards[j].picture;
      if (!canvas) return;
      const width = pictureWidth(side);
      if (canvas.width !== width || canvas.height !== side) {
        canvas.width = width;
        canvas.height = side;
        shown[j] = null;
      }
      const ctx = canvas.getContext("2d");
      if (!ctx) return;
      if (scratch?.side !== side) {
        const image = ctx.createImageData(width, side);
        const count = side * side;
        scratch = {
          side,
          image,
          pixels: new Uint32Array(image.data.buffer),
          map: new Uint32Array(count),
          term: new Uint32Array(count),
        };
      }
      map(scratch.map);
      term(scratch.term);
      place(scratch.map, side, scratch.pixels, 0);
      place(scratch.term, side, scratch.pixels, side + PICTURE_GAP);
      const { pixels } = scratch;
      const before = shown[j];
      if (before?.every((word, i) => word === pixels[i])) return;
      ctx.putImageData(scratch.image, 0, 0);
      shown[j] = pixels.slice();
    };

    // Cards scrolled away (most of them at H = 64) are not painted; one coming into view is painted at
    // once. Without IntersectionObserver (tests) every card counts as on screen.
    const visible = new Uint8Array(H).fill(1);
    let observer: IntersectionObserver | null = null;
    if (typeof IntersectionObserver === "function") {
      visible.fill(0);
      const index = new Map<Element, number>();
      observer = new IntersectionObserver((entries) => {
        let appeared = false;
        for (const entry of entries) {
          const j = index.get(entry.target);
          if (j === undefined) continue;
          visible[j] = entry.isIntersecting ? 1 : 0;
          appeared ||= entry.isIntersecting;
        }
        if (appeared) pictures.schedule();
      });
      cards.forEach(({ picture }, j) => {
        if (!picture) return;
        index.set(picture, j);
        observer?.observe(picture);
      });
    }

    const paintPictures = () => {
      const { frame, masked } = store.getState();
      const maps = frame?.unitMaps;
      if (!frame || frame.hiddenUnits !== H || !maps) return;
      const { params } = frame;
      const { side, values, scale } = maps;
      const count = side * side;
      const u = 3 * H; // u_jk at params[3H + 2j + k]: after w (2H) and b1 (H)
      const range = contributionRange(params, H, scale, masked);
      for (let j = 0; j < H; j++) {
        if (!visible[j]) continue;
        const start = j * count;
        const factor = params[u + 2 * j + 1] - params[u + 2 * j];
        const off = masked.includes(j + 1);
        put(
          j,
          side,
          (out) =>
            paintQuantisedMap(
              values,
              start,
              count,
              scale[j],
              centre,
              unitMapSpan(activation, scale[j]),
              out,
              luts.map,
            ),
          // A unit switched off adds nothing to the output: its term is the neutral colour throughout.
          (out) =>
            off
              ? out.fill(neutral)
              : paintContribution(values, start, count, scale[j], factor, range, out, luts.term),
        );
      }
    };

    /** Write the cards' u values (text: each change costs a layout and a paint). */
    const writeWords = () => {
      const { frame } = store.getState();
      if (!frame || frame.hiddenUnits !== H) return;
      const u = 3 * H;
      for (let j = 0; j < H; j++) {
        if (!visible[j]) continue;
        for (let k = 0; k < 2; k++) {
          const el = cards[j].u[k];
          const text = formatU(frame.params[u + 2 * j + k]);
          if (el && el.textContent !== text) el.textContent = text;
        }
      }
    };

    const many = H > EVERY_FRAME_UP_TO;
    const pictures = createThrottle(paintPictures, many ? THROTTLE_MS : 0);
    const words = createThrottle(writeWords, many ? WORDS_MS : 0);
    pictures.schedule();
    words.schedule();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.frame !== prev.frame || s.masked !== prev.masked) {
        pictures.schedule();
        words.schedule();
      }
    });
    return () => {
      unsubscribe();
      pictures.cancel();
      words.cancel();
      observer?.disconnect();
    };
  }, [list, store, H, activation, luts]);
}
