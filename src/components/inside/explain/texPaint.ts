/**
 * Typesets the panel's equations with KaTeX into elements React leaves empty. Only this lazily loaded
 * module imports KaTeX and its stylesheet, so the page's first paint never waits for them.
 *
 * KaTeX is slow next to a frame (its DOM costs a few milliseconds per equation to build and style), so an
 * equation is typeset again only when its TeX changed, and while training only the changed ones on screen
 * are, spread over animation frames instead of in one long task; the others catch up when they scroll into
 * view or training stops. While training they are typeset without KaTeX's MathML (the hidden copy a screen
 * reader reads, which Chrome lays out natively at a cost), and an equation whose new markup differs from
 * the old only in its text (the digits) has just its text nodes rewritten: building and styling KaTeX's
 * DOM anew cost a dropped frame per equation at H = 64. The MathML comes back as soon as training stops.
 */
import katex from "katex";
import "katex/dist/katex.min.css";
import type { ExplainStep } from "../../../render/explainTex.ts";
import { createVisibility, type Visibility } from "./visibility.ts";

/**
 * Typeset `tex` into `el` with the MathML a screen reader reads, unless it shows it so already (data-tex
 * holds the TeX an equation shows, data-mathml whether with its MathML).
 */
function paintTex(el: HTMLElement, tex: string): void {
  if (el.dataset.tex === tex && el.dataset.mathml === "true") return;
  katex.render(tex, el, { displayMode: true, throwOnError: false, output: "htmlAndMathml" });
  // The TeX source annotation is for copying; its control words (\frac, \delta) are not text to read.
  for (const annotation of el.querySelectorAll("annotation")) annotation.remove();
  el.dataset.tex = tex;
  el.dataset.mathml = "true";
}

/** Main-thread time a frame may spend rewriting equations' text while training, in ms. */
const TEXT_BUDGET_MS = 2;

/** The characters KaTeX escapes in its markup's text. */
const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#x27;": "'",
};

/** Markup's text nodes in order, and the markup with its text taken out: what must match to reuse a DOM. */
function splitMarkup(html: string): { skeleton: string; texts: string[] } {
  const texts: string[] = [];
  const skeleton = html.replace(/>([^<]+)</g, (_, text: string) => {
    texts.push(text.replace(/&(amp|lt|gt|quot|#x27);/g, (e) => ENTITIES[e] ?? e));
    return "><";
  });
  return { skeleton, texts };
}

/** The skeleton of the HTML-only markup each equation element holds (set by paintTextOnly). */
const skeletons = new WeakMap<Element, string>();

/** Put `texts` into el's text nodes, in order; false (nothing changed) if their number differs. */
function rewriteText(el: HTMLElement, texts: readonly string[]): boolean {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  if (nodes.length !== texts.length) return false;
  nodes.forEach((node, i) => {
    if (node.data !== texts[i]) node.data = texts[i];
  });
  return true;
}

/**
 * Typeset `tex` into `el` without MathML, rewriting only the text of what is there when the markup's
 * shape is unchanged (new digits, same signs and powers). Returns whether it built new DOM.
 */
function paintTextOnly(el: HTMLElement, tex: string): boolean {
  if (el.dataset.tex === tex) return false;
  const html = katex.renderToString(tex, { displayMode: true, throwOnError: false, output: "html" });
  const { skeleton, texts } = splitMarkup(html);
  const reuse = el.dataset.mathml === "false" && skeletons.get(el) === skeleton && rewriteText(el, texts);
  if (!reuse) el.innerHTML = html;
  skeletons.set(el, skeleton);
  el.dataset.tex = tex;
  el.dataset.mathml = "false";
  return !reuse;
}

interface Job {
  el: HTMLElement;
  tex: string;
}

/**
 * An equation wider than the panel scrolls sideways in its own box; such a box takes the keyboard focus,
 * so that it can be scrolled without a pointer (and the others stay out of the tab order).
 */
function markScrollable(root: HTMLElement): void {
  const equations = Array.from(root.querySelectorAll<HTMLElement>(".explain-equation"));
  const scrolls = equations.map((el) => el.scrollWidth > el.clientWidth + 1); // read all, then write
  equations.forEach((el, i) => {
    if (scrolls[i]) el.tabIndex = 0;
    else el.removeAttribute("tabindex");
  });
}

/**
 * The equations of `steps` that differ from what their elements show, making or dropping elements so
 * that each step's container (`[data-step="id"]` under root) has one per equation.
 */
function changedEquations(root: HTMLElement, steps: readonly ExplainStep[], visibility: Visibility): Job[] {
  const jobs: Job[] = [];
  for (const step of steps) {
    const box = root.querySelector<HTMLElement>(`[data-step="${step.id}"]`);
    if (!box) continue;
    while (box.children.length > step.tex.length) {
      const extra = box.lastElementChild as Element;
      visibility.forget(extra);
      extra.remove();
    }
    while (box.children.length < step.tex.length) {
      const equation = document.createElement("div");
      equation.className = "explain-equation";
      box.append(equation);
    }
    step.tex.forEach((tex, i) => {
      const el = box.children[i] as HTMLElement;
      visibility.watch(el); // observing a watched element again does nothing
      if (el.dataset.tex !== tex || el.dataset.mathml !== "true") jobs.push({ el, tex });
    });
  }
  return jobs;
}

/** Typesets steps into the panel: at once, or spread over animation frames. */
export interface StepPainter {
  /** Typeset `steps` now, dropping any spread-out typesetting still under way. */
  paintNow(root: HTMLElement, steps: readonly ExplainStep[]): void;
  /**
   * Typeset those of `steps` on screen over the next animation frames (at most one built anew a frame);
   * `done` is called when all of them are shown.
   */
  paintSpread(root: HTMLElement, steps: readonly ExplainStep[], done: () => void): void;
  /** Whether spread-out typesetting is under way. */
  busy(): boolean;
  cancel(): void;
  /** Stop for good (the panel is gone). */
  stop(): void;
}

export function createStepPainter(): StepPainter {
  const visibility = createVisibility();
  /** The panel last painted into, watched for a change of width (which changes what scrolls). */
  let watched: HTMLElement | null = null;
  const resizes =
    typeof ResizeObserver === "function"
      ? new ResizeObserver(() => {
          if (watched) markScrollable(watched);
        })
      : null;
  const watch = (root: HTMLElement) => {
    if (root === watched) return;
    resizes?.disconnect();
    resizes?.observe(root);
    watched = root;
  };
  let queue: Job[] = [];
  let frame: number | undefined;
  let onDone: (() => void) | undefined;
  const cancel = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
    queue = [];
    onDone = undefined;
  };
  const run = () => {
    frame = undefined;
    // At most one equation built anew a frame: its cost is mostly the browser's styling and layout of
    // KaTeX's DOM after this returns, which no time measured here would see. Rewritten text is cheap.
    const start = performance.now();
    for (let job = queue.shift(); job; job = queue.shift()) {
      const built = job.el.isConnected && paintTextOnly(job.el, job.tex);
      if (built || performance.now() - start > TEXT_BUDGET_MS) break;
    }
    if (queue.length > 0) {
      frame = requestAnimationFrame(run);
      return;
    }
    if (watched) markScrollable(watched);
    const done = onDone;
    onDone = undefined;
    done?.();
  };
  return {
    paintNow(root, steps) {
      cancel();
      watch(root);
      for (const job of changedEquations(root, steps, visibility)) paintTex(job.el, job.tex);
      markScrollable(root);
    },
    paintSpread(root, steps, done) {
      cancel();
      watch(root);
      queue = changedEquations(root, steps, visibility).filter(
        (job) => visibility.shown(job.el) && job.el.dataset.tex !== job.tex,
      );
      onDone = done;
      frame = requestAnimationFrame(run);
    },
    busy: () => frame !== undefined,
    cancel,
    stop() {
      cancel();
      visibility.stop();
      resizes?.disconnect();
      watched = null;
    },
  };
}
