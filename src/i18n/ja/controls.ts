/** controls: the Japanese of en/controls.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { controls as english } from "../en/controls.ts";

export const controls: Translation<typeof english> = {
  "controls.region": "操作",
  "controls.play": "再生",
  "controls.pause": "一時停止",
  "controls.step": "1 ステップ",
  "controls.step.title": "勾配降下法で重みをちょうど 1 回だけ更新します",
  "controls.reset": "リセット",
  "controls.reset.title": "同じデータのまま、新しいネットワークで始め直します",
  "controls.group.data": "データ",
  "controls.group.network": "ネットワーク",
  "controls.group.learning": "学習",
  "controls.dataset.label": "データセット",
  "controls.dataset.hint": "分ける点の集まり。記事は 2 つの三日月です。同心円や渦巻きも試しましょう",
  "controls.dataset.choice.moons": "2 つの三日月（記事のデータ）",
  "controls.dataset.choice.circles": "同心円",
  "controls.dataset.choice.xor": "XOR（4 象限）",
  "controls.dataset.choice.gaussians": "2 つのガウス分布",
  "controls.dataset.choice.spiral": "2 本の渦巻き",
  "controls.dataset.choice.custom": "自分で置いた点",
  "controls.samples.label": "サンプル数",
  "controls.samples.hint": "点の数。多いほど形がはっきりします（学習は遅くなります）",
  "controls.noise.label": "ノイズ",
  "controls.noise.hint": "点のばらつき。0.4 にするとクラスが重なり、完全な決定境界はなくなります",
  "controls.testFraction.label": "テストデータの割合",
  "controls.testFraction.hint":
    "汎化の度合いを測るために学習から外しておく点の割合（白抜きの点）。隠れユニット 20 で 0.3 を試しましょう",
  "controls.hiddenUnits.label": "隠れユニット数",
  "controls.hiddenUnits.hint":
    "0 = 隠れ層なし：線形分類器（第 1 部のパーセプトロン）。0、3、50 を試しましょう",
  "controls.activation.label": "活性化関数",
  "controls.activation.hint":
    "隠れユニットが線形結合 a から h を作る関数。記事のコードは tanh、導出はシグモイドです。ReLU も試しましょう",
  "controls.activation.choice.tanh": "tanh",
  "controls.activation.choice.sigmoid": "シグモイド",
  "controls.activation.choice.relu": "ReLU",
  "controls.activation.choice.linear": "線形",
  "controls.output.label": "出力層",
  "controls.output.hint":
    "記事のコードはソフトマックス＋交差エントロピー、導出はシグモイド＋二乗誤差（学習率 ε 0.1 で）",
  "controls.output.choice.softmax": "ソフトマックス＋交差エントロピー",
  "controls.output.choice.sigmoid": "シグモイド＋二乗誤差（L2）",
  "controls.learningRate.label": "学習率 ε",
  "controls.learningRate.hint":
    "ε：1 ステップごとに、各重みを −ε × 勾配 だけ動かします。大きすぎると発散します（1 を試しましょう）",
  "controls.lambda.label": "正則化 λ",
  "controls.lambda.hint":
    "λ：重み w・u にかける L2 正則化（バイアスにはかけません。記事では「正規化」）。過学習には 0.1 を試しましょう",
  "controls.speed.label": "速度",
  "controls.speed.hint": "再生中の 1 秒あたりのエポック数。速さが変わるだけで、結果は変わりません",
  "controls.speed.shown": "{speed}/秒",
  "controls.speed.spoken": "毎秒 {speed} エポック",
  "controls.speed.fastest": "最大",
  "controls.speed.fastestSpoken": "できるだけ速く",
};
