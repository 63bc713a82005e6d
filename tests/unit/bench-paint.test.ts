import { expect, it } from 'vitest';
import { withheldBeginFrames } from '../../scripts/bench/lighthouse';

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
