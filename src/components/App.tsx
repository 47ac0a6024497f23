/** The page: header with the run's status, controls on the left, the plane in the middle, numbers and charts on the right. */
import { BoundaryView } from "./BoundaryView.tsx";
import { Controls } from "./Controls.tsx";
import { LossChart } from "./LossChart.tsx";
import { NetworkDiagram } from "./NetworkDiagram.tsx";
import { Notices } from "./Notices.tsx";
import { Readouts } from "./Readouts.tsx";
import { usePlayground } from "./StoreContext.tsx";

function Status() {
  const status = usePlayground((s) => s.status);
  return (
    <p className={`status status-${status}`} role="status" aria-label="Run status">
      <span aria-hidden="true">{status === "running" ? "● " : status === "diverged" ? "✕ " : "❚❚ "}</span>
      <span data-testid="status">{status}</span>
    </p>
  );
}

export function App() {
  return (
    <div className="app">
      <header>
        <h1>Backprop Playground</h1>
        <p className="tagline">
          A network with one hidden layer learns to separate the two moons — no straight line can.
        </p>
        <Status />
      </header>
      <Notices />
      <main>
        <Controls />
        <BoundaryView />
        <section className="panel side" aria-label="Results">
          <Readouts />
          <LossChart />
          <NetworkDiagram />
        </section>
      </main>
    </div>
  );
}
