/** The page frame: title, tagline, run status, language switch. */
export const page = {
  "page.title": "Backprop Playground",
  "page.tagline": "A network with one hidden layer learns to separate the two moons — no straight line can.",
  "page.language": "Language",
  "page.language.en": "English",
  "page.language.ja": "日本語",
  "page.results": "Results",
  "page.inside": "Inside the network",
  "view.label": "View",
  "view.playground": "Playground",
  "view.inside": "Inside the network",
  "view.compare": "Compare",
  "inside.chooseArrow":
    "Choose an arrow (click, tap, or focus the diagram and press Enter) to see one gradient-descent update of its weight worked out with real numbers.",
  "inside.loading": "Loading…",
  "inside.hiddenSpace": "Hidden space: the data as the output layer sees it",
  "status.label": "Run status",
  "status.paused": "paused",
  "status.running": "running",
  "status.diverged": "diverged",
} as const;
