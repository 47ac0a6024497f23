/**
 * One update, step by step: the article's chain rule for the chosen weight, typeset with KaTeX and filled
 * with the trainer's numbers for one training example — the forward values, the output's and the hidden
 * unit's δ, this example's term, the sum over the training set plus λ·weight, and old − ε × gradient =
 * new. After a Step it shows the weight before and after beside the prediction.
 *
 * Loaded lazily (the default export) when a weight is chosen, so KaTeX never delays the first paint. The
 * root carries INTERFACES.md's data-testid="explain" with data-weight, data-gradient and data-new, written
 * every frame from a store subscription (useExplanationFeed); React renders only the words.
 */
import { useId, useRef } from "react";
import { parameterByName } from "../../engine/weightNames.ts";
import type { StepId } from "../../render/explainTex.ts";
import { symbolName } from "../../render/networkLayout.ts";
import { usePlayground, useStoreApi } from "../StoreContext.tsx";
import { type Translate, useT } from "../useT.ts";
import { ExampleControls } from "./explain/ExampleControls.tsx";
import { StepCompare } from "./explain/StepCompare.tsx";
import { type ExplanationShape, useExplanationFeed } from "./explain/useExplanationFeed.ts";
import { useStepRecord } from "./explain/useStepRecord.ts";
import "./explain.css";

/** The words above a step's equations. */
function caption(t: Translate, id: StepId, shape: ExplanationShape): string {
  switch (id) {
    case "forward":
      return t(shape.hidden ? "explain.step.forward" : "explain.step.forwardLinear", {
        example: shape.example + 1,
      });
    case "outputDelta":
      return t(`explain.step.outputDelta.${shape.output}`);
    case "hiddenDelta":
      return t("explain.step.hiddenDelta", { unit: shape.j ?? "" });
    case "term":
      return t("explain.step.term");
    case "masked":
      return t("explain.step.masked", { unit: shape.j ?? "" });
    case "sum":
      return t(shape.bias ? "explain.step.sumBias" : "explain.step.sum", { count: shape.n });
    case "update":
      return t("explain.step.update");
  }
}

export default function ExplainPanel() {
  const t = useT();
  const store = useStoreApi();
  const target = usePlayground((s) => s.explain);
  const hiddenUnits = usePlayground((s) => s.frame?.hiddenUnits ?? s.settings.hiddenUnits);
  const batchSize = usePlayground((s) => s.settings.batchSize);
  const count = usePlayground((s) => s.data?.train.t.length ?? null);
  const root = useRef<HTMLElement>(null);
  const headingId = useId();
  const shape = useExplanationFeed(store, root, target !== null);
  const record = useStepRecord(store);
  if (!target) return null;

  const param = parameterByName(target.weight, hiddenUnits);
  const name = symbolName(target.weight);
  const title =
    param?.view === "b1"
      ? t("explain.of.hiddenBias", { weight: name, unit: param.j ?? "" })
      : param?.view === "b2"
        ? t("explain.of.outputBias", { weight: name, unit: param.k ?? "" })
        : t("explain.of.weight", { weight: name });
  const miniBatch = batchSize > 0 && count !== null && batchSize < count;
  return (
    <section ref={root} className="explain-panel" data-testid="explain" aria-labelledby={headingId}>
      <div className="explain-head">
        <h2 id={headingId}>{title}</h2>
        <button
          type="button"
          aria-label={t("explain.closeName")}
          onClick={() => store.getState().setExplain(null)}
        >
          {t("explain.close")}
        </button>
      </div>
      <p className="explain-rule">{t("explain.rule")}</p>
      <ExampleControls weight={target.weight} example={target.example} count={count} />
      {param === null ? (
        <p className="explain-note">{t("explain.missing", { weight: name })}</p>
      ) : shape === null ? (
        <p className="explain-note">{t("explain.waiting")}</p>
      ) : (
        <ol className="explain-steps">
          {shape.ids.map((id) => (
            <li key={id}>
              <p className="explain-caption">{caption(t, id, shape)}</p>
              {/* Typeset by useExplanationFeed; React never writes into it. */}
              <div className="explain-tex" data-step={id} />
            </li>
          ))}
        </ol>
      )}
      <p className="explain-note">
        {miniBatch ? t("explain.miniBatch", { size: batchSize }) : t("explain.stepHint")}
      </p>
      {record && <StepCompare record={record} miniBatch={miniBatch} />}
    </section>
  );
}
