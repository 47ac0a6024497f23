import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

function Placeholder() {
  return (
    <main>
      <h1>Backprop Playground</h1>
      <p>Watch a neural network with one hidden layer learn to separate the two moons.</p>
    </main>
  );
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Placeholder />
    </StrictMode>,
  );
}
