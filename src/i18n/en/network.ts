/** The network diagram: caption, description, arrow tooltips, the weight card. */
export const network = {
  "network.caption": "Network: weights w (input → hidden) and u (hidden → output)",
  "network.captionLinear": "Network without a hidden layer: weights w (input → output)",
  "network.compactHint": "Point at a hidden unit to bring out its arrows; the strongest stand out otherwise.",
  "network.label.one": "Network diagram with {count} hidden unit",
  "network.label.other": "Network diagram with {count} hidden units",
  "network.arrow": "weight {name}: {from} → {to}",
  "network.bias": "bias {name}: +1 → {to}",
  "network.arrowValue": "{name} = {value}, ∂L/∂{name} = {gradient}",
  "network.notANumber": "not a number",
  "network.weights":
    "Weights and biases: focus or tap one to read its value and gradient; Enter or click edits it",
  "network.edited": "Weights edited by hand (the link notes it)",
  "network.card.weight": "Weight {name}: {from} → {to}",
  "network.card.bias": "Bias {name}: +1 → {to}",
  "network.card.field": "Value of {name}",
  "network.card.apply": "Apply",
  "network.card.close": "Close",
  "network.card.bad": "Not applied: enter a number from −1000000 to 1000000, such as 0.5 or -1.2e-3.",
  "network.card.applied": "{name} set to {value}; training goes on from there.",
} as const;
