import { expect, it } from 'vitest';
import { framesBeforeFirstCommit, withheldBeginFrames } from '../../scripts/bench/lighthouse';

const navigation = {
  name: 'navigationStart',
  ts: 1_000,
  pid: 7,
  args: { data: { documentLoaderURL: 'http://localhost/' } },
};
const decision = (ts: number, reason: string, send: boolean) => ({
  name: 'SendBeginFrameDecision',
  ts,
  pid: 3,
  args: { reason, should_send: send },
});

// The paint bench names why a first paint was held: the BeginFrames viz withheld between navigation and paint.
it('counts the BeginFrames viz withheld before the first contentful paint, by reason', () => {
  const events = [
    decision(500, 'ThrottleUndrawnFrames', false), // before the navigation: about:blank
    navigation,
    decision(1_100, 'SendDefault', true),
    decision(1_200, 'ThrottleUndrawnFrames', false),
    decision(1_300, 'ThrottleUndrawnFrames', false),
    decision(1_400, 'ThrottleUnresponsiveClient', false),
    { name: 'firstContentfulPaint', ts: 1_500, pid: 7 },
    decision(1_600, 'ThrottleUndrawnFrames', false), // after the paint
  ];
  expect(withheldBeginFrames(events)).toEqual({ ThrottleUndrawnFrames: 2, ThrottleUnresponsiveClient: 1 });
  expect(withheldBeginFrames(events.filter((e) => e.name !== 'SendBeginFrameDecision'))).toEqual({});
  expect(withheldBeginFrames([])).toEqual({});
});

// Its leading indicator: frames the page's compositor drew on its old surface before its first main-frame commit.
it('counts the frames the page drew before its first commit, in its own process, after its navigation', () => {
  const event = (name: string, ts: number, pid = 7) => ({ name, ts, pid });
  const events = [
    event('DrawFrame', 900), // about:blank's
    navigation,
    event('DrawFrame', 1_100),
    event('DrawFrame', 1_150, 3), // another process: the browser's own compositor
    event('DrawFrame', 1_200),
    event('BeginCommitCompositorFrame', 1_300),
    event('DrawFrame', 1_400),
    event('BeginCommitCompositorFrame', 1_500),
  ];
  expect(framesBeforeFirstCommit(events)).toBe(2);
  expect(framesBeforeFirstCommit(events.filter((e) => e.ts !== 1_100 && e.ts !== 1_200))).toBe(0);
  expect(framesBeforeFirstCommit([])).toBe(0);
});
