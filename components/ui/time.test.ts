import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RememberedTimeZone, useBrowserTimeZone, useViewerTimeZone } from "./time";

function Probe() {
  return createElement("span", null, `${useViewerTimeZone() ?? "none"} ${useBrowserTimeZone() ?? "none"}`);
}

describe("times rendered on the server", () => {
  it("use the remembered zone; what also needs the browser's clock waits for the browser", () => {
    expect(renderToString(createElement(RememberedTimeZone, { value: "Asia/Tokyo" }, createElement(Probe)))).toContain("Asia/Tokyo none");
  });

  it("without a remembered zone, render no zone at all", () => {
    expect(renderToString(createElement(Probe))).toContain("none none");
  });
});
