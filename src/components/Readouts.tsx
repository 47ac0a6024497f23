/** The run's numbers: epoch, speed, loss and accuracy on the training and test sets. */
import { formatAccuracy, formatCount, formatLoss } from "../render/format.ts";
import { usePlayground } from "./StoreContext.tsx";

function Readout({
  label,
  testId,
  value,
  title,
}: {
  label: string;
  testId: string;
  value: string;
  title?: string;
}) {
  return (
    <div className="readout" title={title}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

export function Readouts() {
  const frame = usePlayground((s) => s.frame);
  return (
    <dl className="readouts">
      <Readout label="Epoch" testId="epoch" value={formatCount(frame?.epoch ?? 0)} />
      <Readout label="Epochs/s" testId="epochs-per-second" value={formatCount(frame?.epochsPerSecond ?? 0)} />
      <Readout
        label="Training loss"
        testId="train-loss"
        value={formatLoss(frame?.trainLoss)}
        title="The article's calculate_loss: mean cross-entropy (or squared error) plus λ/2·Σw²"
      />
      <Readout label="Test loss" testId="test-loss" value={formatLoss(frame?.testLoss)} />
      <Readout
        label="Training accuracy"
        testId="train-accuracy"
        value={formatAccuracy(frame?.trainAccuracy)}
      />
      <Readout label="Test accuracy" testId="test-accuracy" value={formatAccuracy(frame?.testAccuracy)} />
    </dl>
  );
}
