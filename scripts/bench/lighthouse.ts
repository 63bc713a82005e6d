// Lighthouse (mobile settings, the system Chromium) for the home page, a reader part and the glossary: the
// four category scores, served with gzip as a static host would; and the paint of each page type: Speed Index
// and first paint, median of five runs after a warm-up, with the trace of the slowest run kept for a look.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../lib/chromium';
import { serveStatic } from '../lib/static-server';
import { median } from './stats';

const PAGES = { home: '', reader: 'part-5/', glossary: 'glossary/' };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const QUIET_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The scores run without the GPU process, as the browser tests do. The paint runs keep it, as the Lighthouse CLI
// does: the held first paint (docs/performance.md) needs it (with --disable-gpu: 0 of 24 fresh-browser runs held or were
// throttled; with the GPU process: 2 of 24 held, and viz had withheld BeginFrames in exactly those two).
const launchChrome = ({ gpu = false } = {}) =>
  chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: gpu ? QUIET_FLAGS : [...QUIET_FLAGS, '--disable-gpu'],
  });

export async function benchLighthouse(dist = 'dist') {
  const server = await serveStatic(path.resolve(dist), '/', { gzip: true });
  const chrome = await launchChrome();
  const rows = [];
  try {
    for (const [type, route] of Object.entries(PAGES)) {
      const result = await lighthouse(server.url + route, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result!.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const failed = Object.values(lhr.audits)
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 1 &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'manual',
        )
        .map((audit) => audit.id);
      rows.push({ type, route: `/${route}`, ...scores, failedAudits: failed });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return rows;
}

const PAINT_PAGES = { home: '', reader: 'part-5/', search: 'search/' };
const PAINT_RUNS = Number(process.env.RUNS ?? 5);

interface TraceEvent {
  name: string;
  ts: number;
  pid: number;
  args?: { reason?: string; should_send?: boolean; data?: { documentLoaderURL?: string } };
}

/** The navigation to the page under test (Lighthouse loads about:blank first). */
const pageNavigation = (events: TraceEvent[]) =>
  events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http')).at(-1);

/**
 * How often viz withheld a BeginFrame from a frame sink between the page's navigation and its first contentful
 * paint, by reason (`ThrottleUndrawnFrames`, `ThrottleUnresponsiveClient`): the cause of a held first paint.
 */
export function withheldBeginFrames(events: TraceEvent[]): Record<string, number> {
  const navigation = pageNavigation(events);
  if (!navigation) return {};
  const paint = events.find(
    (e) => e.name === 'firstContentfulPaint' && e.pid === navigation.pid && e.ts >= navigation.ts,
  );
  const until = paint?.ts ?? Infinity;
  const withheld: Record<string, number> = {};
  for (const e of events) {
    if (e.name !== 'SendBeginFrameDecision' || e.args?.should_send !== false) continue;
    if (e.ts < navigation.ts || e.ts > until) continue;
    const reason = e.args.reason ?? 'unknown';
    withheld[reason] = (withheld[reason] ?? 0) + 1;
  }
  return withheld;
}

/**
 * How many frames the page's compositor drew before the page's first main-frame commit: frames of the old,
 * empty tree, sent while the first style, layout and paint were still running. Right after the navigation
 * commits, the browser gives the page a new surface (DelegatedFrameHost::EmbedSurface, twice in the first
 * 60 ms), which the page takes up only with that first commit; until then its frames go to the old surface, which
 * nothing shows ("Damage not visible"), and once a few have piled up viz stops sending it BeginFrames
 * (ThrottleUndrawnFrames) for about a second. A held run has drawn at least one such frame and a run that paints
 * on time nearly always none (figures in docs/performance.md): the held paint's leading indicator, which grows
 * with the time the first frame takes, in runs that do not hold too.
 */
export function framesBeforeFirstCommit(events: TraceEvent[]): number {
  const navigation = pageNavigation(events);
  if (!navigation) return 0;
  const ofPage = (name: string) =>
    events.filter((e) => e.name === name && e.pid === navigation.pid && e.ts > navigation.ts);
  const commit = Math.min(...ofPage('BeginCommitCompositorFrame').map((e) => e.ts));
  return ofPage('DrawFrame').filter((e) => e.ts < commit).length;
}

/**
 * Speed Index (Lighthouse's, simulated mobile) and first contentful paint (simulated, and as observed in the
 * unthrottled trace) per page type: the median of PAINT_RUNS runs after one warm-up run, how many runs held
 * their first paint (observed more than 500 ms after the load event), and in how many viz
 * withheld BeginFrames from the page before it painted, with the most and the median of the frames drawn before
 * the first commit ({@link framesBeforeFirstCommit}). Each run gets a fresh Chromium, as the Lighthouse CLI
 * does: the hold needs the cold start (one Chromium for every run never held in over 60 runs). The slowest run's
 * trace goes to bench-results/trace-<type>.json, to open in Chrome DevTools' Performance panel.
 */
export async function benchPaint(dist = 'dist') {
  const server = await serveStatic(path.resolve(dist), '/', { gzip: true });
  const rows = [];
  try {
    for (const [type, route] of Object.entries(PAINT_PAGES)) {
      const runs = [];
      for (let run = 0; run <= PAINT_RUNS; run++) {
        const chrome = await launchChrome({ gpu: true });
        try {
          const result = await lighthouse(server.url + route, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance'],
            // viz records why it withholds a BeginFrame (SendBeginFrameDecision).
            additionalTraceCategories: 'viz',
          });
          if (run === 0) continue; // the warm-up: the server's first request to this page
          const lhr = result!.lhr;
          const metrics = (lhr.audits.metrics?.details as { items?: Record<string, number>[] } | undefined)?.items?.[0];
          const trace = (result!.artifacts as { Trace?: { traceEvents: TraceEvent[] } }).Trace;
          runs.push({
            speedIndex: lhr.audits['speed-index']!.numericValue!,
            fcp: lhr.audits['first-contentful-paint']!.numericValue!,
            observedFcp: metrics?.observedFirstContentfulPaint ?? NaN,
            observedLoad: metrics?.observedLoad ?? NaN,
            withheld: withheldBeginFrames(trace?.traceEvents ?? []),
            staleFrames: framesBeforeFirstCommit(trace?.traceEvents ?? []),
            trace,
          });
        } finally {
          chrome.kill();
        }
      }
      const slowest = runs.reduce((a, b) => (b.observedFcp > a.observedFcp ? b : a));
      await mkdir('bench-results', { recursive: true });
      await writeFile(`bench-results/trace-${type}.json`, JSON.stringify(slowest.trace));
      const reasons = [...new Set(runs.flatMap((r) => Object.keys(r.withheld)))];
      rows.push({
        type,
        route: `/${route}`,
        speedIndexMs: Math.round(median(runs.map((r) => r.speedIndex))),
        fcpMs: Math.round(median(runs.map((r) => r.fcp))),
        observedFcpMs: Math.round(median(runs.map((r) => r.observedFcp))),
        observedFcpMaxMs: Math.round(slowest.observedFcp),
        held: runs.filter((r) => r.observedFcp > r.observedLoad + 500).length,
        throttled: runs.filter((r) => Object.keys(r.withheld).length > 0).length,
        reasons: reasons.join(' '),
        staleFramesMax: Math.max(...runs.map((r) => r.staleFrames)),
        staleFramesMedian: median(runs.map((r) => r.staleFrames)),
        runs: runs.length,
      });
    }
  } finally {
    await server.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Lighthouse, mobile (target 100 in each category):');
  console.table(await benchLighthouse());
  console.log(
    `Paint, median of ${PAINT_RUNS} mobile Lighthouse runs after a warm-up (target: Speed Index ≤ 1,200 ms):`,
  );
  console.table(await benchPaint());
}
