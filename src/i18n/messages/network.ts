/** The network diagram: caption, description, arrow tooltips, the weight card. */
import { defineMessages } from "../define.ts";

export const network = defineMessages({
  en: {
    "network.caption": "Network: weights w (input → hidden) and u (hidden → output)",
    "network.captionLinear": "Network without a hidden layer: weights w (input → output)",
    "network.compactHint":
      "Point at a hidden unit to bring out its arrows; the strongest stand out otherwise.",
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
  },
  ja: {
    "network.caption": "ネットワーク：重み w（入力層 → 隠れ層）と u（隠れ層 → 出力層）",
    "network.captionLinear": "隠れ層のないネットワーク：重み w（入力層 → 出力層）",
    "network.compactHint":
      "隠れユニットを指すとその矢印が強調されます。指していないときは強い矢印が目立ちます。",
    "network.label.one": "隠れユニット {count} 個のネットワーク図",
    "network.label.other": "隠れユニット {count} 個のネットワーク図",
    "network.arrow": "重み {name}：{from} → {to}",
    "network.bias": "バイアス {name}：+1 → {to}",
    "network.arrowValue": "{name} = {value}、∂L/∂{name} = {gradient}",
    "network.notANumber": "数ではない値",
    "network.weights":
      "重みとバイアス：フォーカスするかタップすると値と勾配が出ます。エンターキーかクリックで編集できます",
    "network.edited": "重みを手で変更しました（リンクにも記録されます）",
    "network.card.weight": "重み {name}：{from} → {to}",
    "network.card.bias": "バイアス {name}：+1 → {to}",
    "network.card.field": "{name} の値",
    "network.card.apply": "適用",
    "network.card.close": "閉じる",
    "network.card.bad":
      "適用しませんでした：−1000000 から 1000000 までの数（例：0.5、-1.2e-3）を入力してください。",
    "network.card.applied": "{name} を {value} にしました。ここから学習が続きます。",
  },
});
