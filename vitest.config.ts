import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Five projects, each runnable alone (`npm run test:unit` …, or `vitest run --project site`):
// - unit: in-process tests that need nothing but Node and node_modules (no system package, no dist/);
// - cli: tests that run the project's scripts and git as child processes;
// - site: tests on the built dist/ and of builds (Java for the W3C checker, xmllint and the XML schemas);
// - browser: Chromium driven through playwright-core, against dist/;
// - engines: the core scenarios in Chromium, Firefox ESR and WebKitGTK.
// unit, cli and site run side by side on every core. The browser and engine files run afterwards, one at a time:
// their timing-sensitive scenarios (hover, focus, WebKitWebDriver's 20 s per command) should not share the
// cores with builds or with each other.
const sequential = { fileParallelism: false } as const;

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest's default leaves one core idle.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        // The unit files share their worker's modules: the segmenter, the dictionaries and the content loader load
        // once a worker instead of once a file, and loading them takes much of a unit file's time. No unit test
        // keeps state in a module; a stubbed variable is undone after its test, and the one module mock
        // (content-read-once) is Vitest's.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      { extends: true, test: { name: 'cli', include: ['tests/cli/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
      {
        extends: true,
        // A file may run its tests concurrently (describe.concurrent), each in its own browser context: three at
        // most, so that two cores keep every scenario well inside its timeout.
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...sequential, maxConcurrency: 3 },
      },
      { extends: true, test: { name: 'engines', include: ['tests/engines/**/*.test.ts'], ...sequential } },
    ],
  },
});
