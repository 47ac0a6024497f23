/** Presenter mode and the page's layout controls (folding, full screen). */
export const presenter = {
  "presenter.button": "Presenter mode",
  "presenter.title": "Large text and a large plane for a projector (key P; Esc or P leaves)",
  "presenter.more": "Loss chart and network diagram",
} as const;
