/**
 * On a landscape screen the plot's side is worked out from the figure's height less `--legend-room`, the
 * room the rest of the figure needs (styles.css). Under the plane that rest is the legend and the data
 * tools, whose height depends on the language, the width and what the tools say; this measures it and
 * sets `--legend-room` on the figure, so the tools never spill out of it. The rest's height follows the
 * figure's width, never the plot's, so setting it starts no loop.
 */
import { type RefObject, useEffect } from "react";

/** Keep `figure`'s `--legend-room` equal to the height of its children other than the plot. */
export function useLegendRoom(figure: RefObject<HTMLElement | null>, enabled: boolean): void {
  useEffect(() => {
    const el = figure.current;
    if (!enabled || !el || typeof ResizeObserver !== "function") return;
    const rest = () => Array.from(el.children).filter((child) => !child.classList.contains("plot"));
    const measure = () => {
      let room = 0;
      for (const child of rest()) {
        const style = getComputedStyle(child);
        room += child.getBoundingClientRect().height + Number.parseFloat(style.marginTop || "0");
        room += Number.parseFloat(style.marginBottom || "0");
      }
      el.style.setProperty("--legend-room", `${Math.ceil(room) + 2}px`);
    };
    const observer = new ResizeObserver(measure);
    for (const child of rest()) observer.observe(child);
    measure();
    return () => {
      observer.disconnect();
      el.style.removeProperty("--legend-room");
    };
  }, [figure, enabled]);
}
