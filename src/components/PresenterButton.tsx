/** The header's "Presenter mode" toggle (aria-pressed); the key P does the same (useShortcuts). */
import { usePlayground } from "./StoreContext.tsx";
import { useT } from "./useT.ts";

export function PresenterButton() {
  const t = useT();
  const present = usePlayground((s) => s.present);
  const setPresent = usePlayground((s) => s.setPresent);
  return (
    <button
      type="button"
      className="presenter-button"
      aria-pressed={present}
      title={t("presenter.title")}
      onClick={() => setPresent(!present)}
    >
      {t("presenter.button")}
    </button>
  );
}
