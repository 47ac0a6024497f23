/** network: the Japanese of en/network.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { network as english } from "../en/network.ts";

export const network: Translation<typeof english> = {
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
};
