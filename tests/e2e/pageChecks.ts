/**
 * Checks the browser tests share: what sticks out of the window, and what axe-core finds.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

/** Layout of the page in the window: horizontal overflow, and the elements sticking out. */
export function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; out: string[] }> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll("body *")) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > window.innerWidth + 1 && getComputedStyle(el).position !== "fixed")
        out.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">`);
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      out: out.slice(0, 8),
    };
  });
}

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's violations on the page, one line each. */
export async function violations(page: Page): Promise<string[]> {
  // Through DevTools, not a script tag: the page's CSP refuses inline scripts.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    interface AxeResults {
      violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run(c: Document): Promise<AxeResults> } }).axe;
    const results = await axe.run(document);
    return results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
  });
}
