/**
 * Over an empty plane (the user's own data set with no training point, when Play and Step do nothing),
 * the notice saying so, where the first click should go. It lets the pointer through to the plane.
 */
import { usePlayground } from "../StoreContext.tsx";
import { useT } from "../useT.ts";

export function EmptyNotice() {
  const t = useT();
  const empty = usePlayground(
    (s) => s.settings.dataset === "custom" && (!s.points?.n || s.data?.train.t.length === 0),
  );
  if (!empty) return null;
  return (
    <p className="data-empty" data-testid="data-empty">
      {t("data.empty")}
    </p>
  );
}
