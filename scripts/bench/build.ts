// Build time beside the Starlight twin (a Starlight site of the same report content, kept outside the project;
// see its README): `astro build` of this site and of the twin, alternately, ROUNDS times (3 by default), each
// time and the medians, and the ratio ours / twin. Absolute times move by a third from one hour to the next on a
// shared machine; the ratio of builds run side by side is the figure to compare.
//
// The twin is copied to node_modules/.cache/peer-starlight/ (it needs a writable src/content/), installed there
// with `npm ci` once per lockfile, and given this project's report by its own import script.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { stripVTControlCharacters } from 'node:util';
import { median } from './stats';

const project = process.cwd();
const scratch = path.join(project, 'node_modules', '.cache', 'peer-starlight');
const ROUNDS = Number(process.env.ROUNDS ?? 3);

/**
 * Where the twin is: PEER_STARLIGHT, or ../shared/peer-starlight beside the repository. In a git worktree that is
 * beside the main checkout, whose folder holds the repository's .git.
 */
function peerFolder(): string {
  if (process.env.PEER_STARLIGHT) return path.resolve(process.env.PEER_STARLIGHT);
  let repository = project;
  try {
    const gitDir = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], {
      cwd: project,
      encoding: 'utf8',
    }).trim();
    repository = path.dirname(gitDir);
  } catch {
    // Not a git checkout: the project folder is the repository.
  }
  return path.resolve(repository, '..', 'shared', 'peer-starlight');
}

/** A fresh copy of the twin's sources in the scratch folder, installed once per lockfile. */
function prepareTwin(peer: string): void {
  if (!existsSync(path.join(peer, 'package-lock.json')))
    throw new Error(`No Starlight twin at ${peer}: set PEER_STARLIGHT to its folder`);
  mkdirSync(scratch, { recursive: true });
  for (const entry of ['src', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    rmSync(path.join(scratch, entry), { recursive: true, force: true });
    cpSync(path.join(peer, entry), path.join(scratch, entry), { recursive: true });
  }
  const lockHash = createHash('sha256')
    .update(readFileSync(path.join(scratch, 'package-lock.json')))
    .digest('hex');
  const installed = path.join(scratch, 'node_modules', '.installed-lock-hash');
  if (!existsSync(installed) || readFileSync(installed, 'utf8') !== lockHash) {
    console.log(`npm ci in ${scratch} …`);
    run('npm', ['ci', '--no-audit', '--no-fund'], scratch);
    writeFileSync(installed, lockHash);
  }
  run(process.execPath, ['scripts/import-content.mjs'], scratch, {
    CONTENT_SRC: path.join(project, 'content', 'report'),
  });
}

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env, FORCE_COLOR: '0' } });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/**
 * The routes only this site has: the data of the reading aids and the citations, fetched on first use, and the
 * vocabulary downloads. The twin has no counterpart to them, so the build time is also reported without them.
 */
const LEARNER_DATA = /\/(aids|dict|cite|terms)\.json$|\/downloads\/vocabulary-/;

interface BuildTime {
  wallMs: number;
  /**
   * Processor time, user and system, of the build and the processes it waited for (esbuild, Pagefind), as the
   * shell's `times` reports it. Divided by the cores, it is the least wall time the build could take, however its
   * work were spread over them.
   */
  cpuMs: number;
  /** The time astro reports for generating the routes of LEARNER_DATA, summed. */
  learnerDataMs: number;
}

/** Runs a command under sh and returns its output with the processor time of its processes, from `times`. */
function runTimed(command: string, args: string[], cwd: string): { stdout: string; cpuMs: number } {
  // `times` ends the output with two lines: the shell's own user and system time, then its children's
  // ("0m14.810s 0m2.720s").
  const output = run('sh', ['-c', '"$@"; status=$?; times; exit $status', 'sh', command, ...args], cwd).trimEnd();
  const lines = output.split('\n');
  const children = lines.at(-1) ?? '';
  const times = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map(([, m, s]) => (Number(m) * 60 + Number(s)) * 1000);
  if (times.length !== 2) throw new Error(`Could not read the processor time from "times": ${children}`);
  return { stdout: lines.slice(0, -2).join('\n'), cpuMs: times[0]! + times[1]! };
}

/**
 * Wall and processor time of one `astro build` in `cwd`, with process start-up, into `outDir`, and the time of
 * its learner-data routes.
 */
function timeBuild(cwd: string, outDir: string): BuildTime {
  const astro = path.join(cwd, 'node_modules', 'astro', 'astro.js');
  const start = performance.now();
  const { stdout: log, cpuMs } = runTimed(process.execPath, [astro, 'build', '--outDir', outDir], cwd);
  const wallMs = performance.now() - start;
  let learnerDataMs = 0;
  // Astro prints each generated route with its time: "├─ /part-2/aids.json (+206ms)".
  for (const [, route, ms] of stripVTControlCharacters(log).matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g))
    if (LEARNER_DATA.test(route!)) learnerDataMs += Number(ms);
  return { wallMs, cpuMs, learnerDataMs };
}

export async function benchBuild(rounds = ROUNDS) {
  prepareTwin(peerFolder());
  // Ours builds beside dist/, which the other benchmarks measure.
  const outDirs = { ours: path.join(os.tmpdir(), 'reader-bench-build-dist'), twin: 'dist' };
  const times = {
    ours: [] as number[],
    twin: [] as number[],
    oursCpu: [] as number[],
    twinCpu: [] as number[],
    oursLearnerData: [] as number[],
  };
  const loadBefore = os.loadavg();
  for (let round = 1; round <= rounds; round++) {
    const ours = timeBuild(project, outDirs.ours);
    const twin = timeBuild(scratch, outDirs.twin);
    times.ours.push(ours.wallMs);
    times.oursCpu.push(ours.cpuMs);
    times.oursLearnerData.push(ours.learnerDataMs);
    times.twin.push(twin.wallMs);
    times.twinCpu.push(twin.cpuMs);
    console.log(
      `round ${round}: ours ${seconds(ours.wallMs)} s (processor ${seconds(ours.cpuMs)} s, learner data ${seconds(ours.learnerDataMs)} s), twin ${seconds(twin.wallMs)} s (processor ${seconds(twin.cpuMs)} s)`,
    );
  }
  rmSync(outDirs.ours, { recursive: true, force: true });
  const oursMs = median(times.ours);
  const twinMs = median(times.twin);
  const oursCpuMs = median(times.oursCpu);
  const withoutLearnerDataMs = median(times.ours.map((ours, i) => ours - times.oursLearnerData[i]!));
  return {
    rounds: times.ours.map((ours, i) => ({
      oursMs: Math.round(ours),
      oursCpuMs: Math.round(times.oursCpu[i]!),
      oursLearnerDataMs: times.oursLearnerData[i]!,
      twinMs: Math.round(times.twin[i]!),
      twinCpuMs: Math.round(times.twinCpu[i]!),
    })),
    oursMedianMs: Math.round(oursMs),
    twinMedianMs: Math.round(twinMs),
    ratio: Number((oursMs / twinMs).toFixed(2)),
    oursCpuMedianMs: Math.round(oursCpuMs),
    twinCpuMedianMs: Math.round(median(times.twinCpu)),
    // The ratio ours / twin if our build's processor time were spread perfectly over the machine's cores.
    floorRatio: Number((oursCpuMs / os.availableParallelism() / twinMs).toFixed(2)),
    oursWithoutLearnerDataMedianMs: Math.round(withoutLearnerDataMs),
    ratioWithoutLearnerData: Number((withoutLearnerDataMs / twinMs).toFixed(2)),
    loadAverage: {
      before: loadBefore.map((l) => Number(l.toFixed(2))),
      after: os.loadavg().map((l) => Number(l.toFixed(2))),
    },
  };
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`astro build, this site and the Starlight twin alternately, ${ROUNDS} rounds:`);
  const result = await benchBuild();
  console.table(result.rounds);
  console.log(
    'median: ours %s s, twin %s s; ours / twin %s (load average before %s, after %s)',
    seconds(result.oursMedianMs),
    seconds(result.twinMedianMs),
    result.ratio,
    result.loadAverage.before.join(' '),
    result.loadAverage.after.join(' '),
  );
  console.log(
    'without the learner-data routes: ours %s s; ours / twin %s',
    seconds(result.oursWithoutLearnerDataMedianMs),
    result.ratioWithoutLearnerData,
  );
  console.log(
    'processor time: ours %s s, twin %s s; ours spread over %d cores / twin %s',
    seconds(result.oursCpuMedianMs),
    seconds(result.twinCpuMedianMs),
    os.availableParallelism(),
    result.floorRatio,
  );
}
