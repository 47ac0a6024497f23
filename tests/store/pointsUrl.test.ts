import { describe, expect, it } from "vitest";
import { translate } from "../../src/i18n/translate.ts";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import { formatHash, parseHash } from "../../src/store/urlState.ts";

const worded = (notices: ReturnType<typeof parseHash>["notices"]) =>
  notices.map((n) => translate("en", n.key, n.params));

describe("the user's own points in the link", () => {
  it("reads points=x1,x2,label;… as the custom data set, exactly as written", () => {
    const { settings, points, notices } = parseHash(
      "#dataset=custom&points=-1,-1,0;1,1,0;-1,1,1;1.5,-0.25,1",
    );
    expect(notices).toEqual([]);
    expect(settings.dataset).toBe("custom");
    expect(points?.n).toBe(4);
    expect(Array.from(points?.x ?? [])).toEqual([-1, -1, 1, 1, -1, 1, 1.5, -0.25]);
    expect(Array.from(points?.t ?? [])).toEqual([0, 0, 1, 1]);
  });

  it("takes a link with points and no dataset key as the custom data set", () => {
    expect(parseHash("#points=0,0,1").settings.dataset).toBe("custom");
  });

  it("keeps points beside a generated data set the link names, and shows that one", () => {
    const { settings, points } = parseHash("#dataset=circles&points=0,0,1");
    expect(settings.dataset).toBe("circles");
    expect(points?.n).toBe(1);
  });

  it("writes the points last and reads back what it wrote", () => {
    const first = parseHash("#points=0.125,-2,1;3,0.001,0");
    const hash = formatHash(first.settings, 500, { lang: "en", present: false, points: first.points });
    expect(hash.endsWith("&points=0.125,-2,1;3,0.001,0")).toBe(true);
    const again = parseHash(hash);
    expect(again.notices).toEqual([]);
    expect(again.settings).toEqual(first.settings);
    expect(Array.from(again.points?.x ?? [])).toEqual([0.125, -2, 3, 0.001]);
  });

  it("ignores points that are not x1,x2,label, saying which one and why, and shows the moons", () => {
    const { settings, points, notices } = parseHash("#points=0,0,1;0,zero,1");
    expect(points).toBeUndefined();
    expect(settings.dataset).toBe(DEFAULT_SETTINGS.dataset);
    expect(worded(notices)[0]).toBe(
      'The link\'s points were ignored: point 2 ("0,zero,1") is not x1,x2,label with two numbers and a label 0 or 1.',
    );
  });

  it("refuses labels other than 0 and 1, coordinates past ±1000 and more than 5000 points", () => {
    for (const bad of ["0,0,2", "0,0,", "1001,0,1", "0,-1e4,0", "0,0,1,1", "Infinity,0,1", "0x1,0,1"])
      expect(parseHash(`#points=${bad}`).points, bad).toBeUndefined();
    const many = Array.from({ length: 5001 }, () => "0,0,1").join(";");
    expect(worded(parseHash(`#points=${many}`).notices)).toEqual([
      "The link's points were ignored: 5001 points, at most 5000.",
    ]);
  });

  it("says when the link asks for the custom data set without points, and shows the moons", () => {
    const { settings, notices } = parseHash("#dataset=custom");
    expect(settings.dataset).toBe("moons");
    expect(notices.map((n) => n.key)).toEqual(["data.url.customWithoutPoints"]);
    expect(translate("ja", notices[0].key, notices[0].params)).toMatch(/dataset=custom/);
  });
});
