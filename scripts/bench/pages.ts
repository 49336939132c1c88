/**
 * Page figures in a real Chromium: first-load JavaScript (compressed bytes on the wire, every
 * script the page loads before it settles), the HTML document's size, and Largest Contentful Paint
 * with a cold browser cache (a fresh context per load; the median of seven, with the range).
 * Seven, not three: on two cores one load's LCP swings by 200 ms with whatever else ran that
 * moment (three runs of the same build gave medians of 376, 464 and 476 ms).
 */
import { chromium, type Browser } from "@playwright/test";
import { findChromium } from "../../e2e/stack";

export interface PageFigures {
  path: string;
  kind: "list" | "form" | "home";
  jsKb: number;
  htmlKb: number;
  lcpMs: number;
  lcpMinMs: number;
  lcpMaxMs: number;
}

export const PAGE_LOADS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function loadOnce(browser: Browser, app: string, path: string, session: { name: string; value: string }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addCookies([{ name: session.name, value: session.value, url: app }]);
  const page = await context.newPage();
  const scripts: Promise<number>[] = [];
  let htmlBytes = 0;
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") scripts.push(request.sizes().then((sizes) => sizes.responseBodySize));
  });
  const response = await page.goto(`${app}${path}`, { waitUntil: "networkidle" });
  if (!response || response.status() >= 400 || new URL(page.url()).pathname !== path) {
    throw new Error(`${path} answered ${response?.status()} at ${page.url()}`);
  }
  htmlBytes = (await response.body()).byteLength;
  const lcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]!.startTime);
        }).observe({ type: "largest-contentful-paint", buffered: true });
        setTimeout(() => resolve(-1), 3_000);
      }),
  );
  const jsBytes = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return { jsBytes, htmlBytes, lcp };
}

export async function measurePages(app: string, session: { name: string; value: string }, paths: { path: string; kind: PageFigures["kind"] }[]): Promise<PageFigures[]> {
  const browser = await chromium.launch({ executablePath: findChromium({ headlessShell: false }), args: ["--no-sandbox"] });
  try {
    const figures: PageFigures[] = [];
    for (const { path, kind } of paths) {
      await loadOnce(browser, app, path, session); // server-side warm-up (first render, Zoom connection)
      const loads = [];
      for (let i = 0; i < PAGE_LOADS; i++) loads.push(await loadOnce(browser, app, path, session));
      const lcps = loads.map((l) => l.lcp);
      figures.push({
        path,
        kind,
        jsKb: median(loads.map((l) => l.jsBytes)) / 1024,
        htmlKb: median(loads.map((l) => l.htmlBytes)) / 1024,
        lcpMs: median(lcps),
        lcpMinMs: Math.min(...lcps),
        lcpMaxMs: Math.max(...lcps),
      });
    }
    return figures;
  } finally {
    await browser.close();
  }
}
