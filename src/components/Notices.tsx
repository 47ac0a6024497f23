/**
 * What the page needs to tell: a diverged run (why, and what to try), an error in the trainer (which
 * pauses the run; Play or Reset carries on), and anything in the link that was ignored. Nothing here
 * blocks the page; the user keeps every setting.
 */
import { divergenceMessage } from "../render/divergenceMessage.ts";
import { usePlayground } from "./StoreContext.tsx";

export function Notices() {
  const divergence = usePlayground((s) => (s.status === "diverged" ? s.frame?.divergence : null));
  const learningRate = usePlayground((s) => s.settings.learningRate);
  const error = usePlayground((s) => s.error);
  const notices = usePlayground((s) => s.notices);
  const dismiss = usePlayground((s) => s.dismissNotices);
  return (
    <div className="notices">
      {divergence && (
        <p role="alert" className="notice danger" data-testid="divergence">
          <strong>Diverged.</strong> {divergenceMessage(divergence, learningRate)}
        </p>
      )}
      {error && (
        <p role="alert" className="notice danger" data-testid="worker-error">
          <strong>Training stopped after an error in the trainer</strong> ({error}). Press Play to continue
          from where it stopped, or Reset to start a fresh network; your settings are kept.
        </p>
      )}
      {notices.length > 0 && (
        <div role="status" className="notice warning" data-testid="url-notice">
          <strong>Some of the link's settings were ignored:</strong>
          <ul>
            {notices.slice(0, 6).map((n) => (
              <li key={n}>{n}</li> // parseHash never repeats a notice
            ))}
            {notices.length > 6 && <li>…and {notices.length - 6} more.</li>}
          </ul>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
