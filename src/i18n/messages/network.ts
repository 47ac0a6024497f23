/** The network diagram: caption, description, arrow tooltips. */
import { defineMessages } from "../define.ts";

export const network = defineMessages({
  en: {
    "network.caption": "Network: weights w (input → hidden) and u (hidden → output)",
    "network.captionLinear": "Network without a hidden layer: weights w (input → output)",
    "network.label.one": "Network diagram with {count} hidden unit",
    "network.label.other": "Network diagram with {count} hidden units",
    "network.arrow": "weight {name}: {from} → {to}",
    "network.arrowValue": "{name} = {value}",
    "network.notANumber": "not a number",
    "network.weights": "Weights: focus or tap one to read its value",
  },
  ja: {
    "network.caption": "ネットワーク：重み w（入力層 → 隠れ層）と u（隠れ層 → 出力層）",
    "network.captionLinear": "隠れ層のないネットワーク：重み w（入力層 → 出力層）",
    "network.label.one": "隠れユニット {count} 個のネットワーク図",
    "network.label.other": "隠れユニット {count} 個のネットワーク図",
    "network.arrow": "重み {name}：{from} → {to}",
    "network.arrowValue": "{name} = {value}",
    "network.notANumber": "数ではない値",
    "network.weights": "重み：フォーカスするかタップすると値が出ます",
  },
});
