/**
 * After a Step: the explained weight before it, the new value the panel predicted, and the value after
 * it (full precision, so "equal" can be checked by eye), with the training loss and accuracy either side.
 */
import { formatAccuracy, formatLoss } from "../../../render/format.ts";
import { symbolName } from "../../../render/networkLayout.ts";
import { useT } from "../../useT.ts";
import type { StepRecord } from "./useStepRecord.ts";

interface Props {
  record: StepRecord;
  /** Step trains on one mini-batch, not the whole training set. */
  miniBatch: boolean;
}

export function StepCompare({ record, miniBatch }: Props) {
  const t = useT();
  const { before, after } = record;
  const name = symbolName(after.weight);
  const exact = after.value === before.next;
  const verdict = exact
    ? t("explain.compare.exact")
    : miniBatch
      ? t("explain.compare.miniBatch")
      : t("explain.compare.differs");
  return (
    <div className="explain-compare" data-exact={exact}>
      <p className="explain-caption">{t("explain.compare.title")}</p>
      <dl>
        <div>
          <dt>
            {t("explain.compare.before")} {name}
          </dt>
          <dd data-compare="before">{String(before.value)}</dd>
        </div>
        <div>
          <dt>{t("explain.compare.predicted")}</dt>
          <dd data-compare="predicted">{String(before.next)}</dd>
        </div>
        <div>
          <dt>
            {t("explain.compare.after")} {name}
          </dt>
          <dd data-compare="after">{String(after.value)}</dd>
        </div>
        <div>
          <dt>{t("explain.compare.loss")}</dt>
          <dd>
            {formatLoss(record.lossBefore)} → {formatLoss(record.lossAfter)}
          </dd>
        </div>
        <div>
          <dt>{t("explain.compare.accuracy")}</dt>
          <dd>
            {formatAccuracy(record.accuracyBefore)} → {formatAccuracy(record.accuracyAfter)}
          </dd>
        </div>
      </dl>
      <p role="status">
        <span aria-hidden="true">{exact ? "✓ " : "≠ "}</span>
        {verdict}
      </p>
    </div>
  );
}
