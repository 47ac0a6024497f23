/**
 * What the page needs to tell: a diverged run (why, and what to try), an error in the trainer (which
 * pauses the run; Play or Reset carries on), and anything in the link that was ignored. Nothing here
 * blocks the page; the user keeps every setting. Everything is worded in the language on screen, the
 * link's notices too (they are kept as messages, so a change of language re-words them).
 */
import { translate } from "../i18n/translate.ts";
import { divergenceMessage } from "../render/divergenceMessage.ts";
import { usePlayground } from "./StoreContext.tsx";
import { useT } from "./useT.ts";

/** How many of the link's notices are listed; the rest are counted. */
const LISTED = 6;

export function Notices() {
  const t = useT();
  const lang = usePlayground((s) => s.lang);
  const divergence = usePlayground((s) => (s.status === "diverged" ? s.frame?.divergence : null));
  const learningRate = usePlayground((s) => s.settings.learningRate);
  const error = usePlayground((s) => s.error);
  const notices = usePlayground((s) => s.notices);
  const dismiss = usePlayground((s) => s.dismissNotices);
  return (
    <div className="notices">
      {divergence && (
        <p role="alert" className="notice danger" data-testid="divergence">
          <strong>{t("notices.divergence.title")}</strong> {divergenceMessage(divergence, learningRate, lang)}
        </p>
      )}
      {error && (
        <p role="alert" className="notice danger" data-testid="worker-error">
          <strong>{t("notices.workerError.title")}</strong> {t("notices.workerError.text", { error })}
        </p>
      )}
      {notices.length > 0 && (
        <div role="status" className="notice warning" data-testid="url-notice">
          <strong>{t("notices.url.heading")}</strong>
          <ul>
            {notices.slice(0, LISTED).map((n) => (
              // parseHash never repeats a notice, so its key and values name it
              <li key={JSON.stringify(n)}>{translate(lang, n.key, n.params)}</li>
            ))}
            {notices.length > LISTED && <li>{t("notices.url.more", { count: notices.length - LISTED })}</li>}
          </ul>
          <button type="button" onClick={dismiss}>
            {t("notices.url.dismiss")}
          </button>
        </div>
      )}
    </div>
  );
}
