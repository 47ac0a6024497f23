/** The decision-boundary view: legend, axes, descriptions. */
export const boundary = {
  "boundary.label": "Decision regions: shaded by the network's probability of each class",
  "boundary.legend.class0": "class 0 (red)",
  "boundary.legend.class1": "class 1 (blue)",
  "boundary.legend.test": "hollow = test point",
  "boundary.legend.line": "boundary: P = ½",
  "boundary.axis.x1": "x₁",
  "boundary.axis.x2": "x₂",
} as const;
