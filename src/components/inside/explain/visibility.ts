/**
 * Which of the panel's equations are on screen, so that typesetting while training can skip the others.
 */

/** Watches equations; `shown` tells whether one is on screen. */
export interface Visibility {
  watch(el: Element): void;
  forget(el: Element): void;
  shown(el: Element): boolean;
  stop(): void;
}

/**
 * Which equations are on screen (an IntersectionObserver's last word on each; one it has not reported on
 * yet counts as on screen, and so does every one where there is no IntersectionObserver).
 */
export function createVisibility(): Visibility {
  let onScreen = new WeakMap<Element, boolean>();
  const observer =
    typeof IntersectionObserver === "function"
      ? new IntersectionObserver((entries) => {
          for (const entry of entries) onScreen.set(entry.target, entry.isIntersecting);
        })
      : null;
  return {
    watch: (el: Element) => observer?.observe(el),
    forget: (el: Element) => observer?.unobserve(el),
    shown: (el: Element) => onScreen.get(el) !== false,
    stop() {
      observer?.disconnect();
      onScreen = new WeakMap(); // observed again from scratch if the panel comes back (React's StrictMode)
    },
  };
}
