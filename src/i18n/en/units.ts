/** Hidden units panel: each unit's map, the output as a sum, masks; and the unit lines on the plane. */
export const units = {
  "units.title": "Hidden units — the output as a sum",
  "units.sum": "aₖ = Σⱼ uⱼₖ hⱼ + bₖ",
  "units.sumText":
    "Each output adds up the hidden units' maps hⱼ, each weighted by its uⱼₖ. The class follows a₂ − a₁ = Σⱼ (uⱼ₂ − uⱼ₁) hⱼ + (b₂ − b₁), so each card shows a unit's map hⱼ (green above {level}, purple below) and its term (uⱼ₂ − uⱼ₁) hⱼ (blue: towards class 1, red: towards class 0).",
  "units.none":
    "No hidden layer (H = 0): the inputs x₁ and x₂ feed the outputs directly, so there are no hidden units to show.",
  "units.list": "The hidden units",
  "units.card": "Hidden unit {unit}",
  "units.pictures": "Unit {unit} over the plane: left, its value h; right, what it adds to a₂ − a₁",
  "units.toggle": "Unit {unit} on/off",
  "units.off": "off",
  "units.offNote": "switched off: the output leaves it out",
  "units.lines": "Unit lines",
  "units.linesGroup": "Hidden units' lines a = 0, movable",
  "units.line": "Line a = 0 of unit {unit}",
  "units.lineRole": "movable line",
  "units.lineHelp":
    "Drag a line to move it, or its round handle to turn it. With the keyboard: arrow keys move it, [ and ] turn it.",
  "units.focus":
    "Hidden unit {unit}: h over the plane, green above {level}, purple below. Dashed: its line a = 0, where h = {level}.",
} as const;
