import { describe, expect, it } from 'vitest';
import { layoutLevel, levelMsPerPx } from '../core/markLayout';
import { buildTimeIndex } from '../core/visibleRange';
import { dataset } from '../testing/realDataset';
import { markRoomPx } from './markBoxes';
import { createZoomLevels } from './zoomLevels';

const events = dataset.events;
const index = buildTimeIndex(events);

describe('createZoomLevels', () => {
  it('measures each label once for all the levels, and lays each level out as its marks and labels need', () => {
    const measured: string[] = [];
    const labelWidth = (text: string) => {
      measured.push(text);
      return text.length * 7;
    };
    const levels = createZoomLevels(() => {}, { events, index, labelWidth, lanes: 8 });
    // Finest first: no coarser level is ready yet, so each is laid out at once.
    const drawn = [9, 6, 3].map((level) => levels.forFrame(level));
    levels.dispose();
    expect(measured.length).toBeGreaterThan(events.length / 2);
    expect(measured.filter((text, i) => measured.indexOf(text) !== i)).toEqual([]);
    const widthOf = (i: number) => markRoomPx((events[i]?.label.length ?? 0) * 7);
    expect(drawn[0]).toEqual(layoutLevel(index, levelMsPerPx(9), { lanes: 8, widthOf }));
  });

  it('lays every level out anew for new inputs', () => {
    const levels = createZoomLevels(() => {}, { events: [], index: buildTimeIndex([]), labelWidth: () => 10, lanes: 8 });
    expect(levels.forFrame(6).rows).toBe(0);
    levels.reset({ events, index, labelWidth: () => 10, lanes: 8 }, 6, 1200);
    expect(levels.forFrame(6)).toEqual(layoutLevel(index, levelMsPerPx(6), { lanes: 8, widthOf: () => markRoomPx(10) }));
    levels.dispose();
  });

  it('keeps the layouts of the events shown before: going back to them lays nothing out again', () => {
    const measured: string[] = [];
    const labelWidth = (text: string) => {
      measured.push(text);
      return 10;
    };
    const all = { events, index, labelWidth, lanes: 8 };
    const some = events.filter((_, i) => i % 2 === 0);
    const part = { events: some, index: buildTimeIndex(some), labelWidth, lanes: 8 };
    const levels = createZoomLevels(() => {}, all);
    const before = levels.forFrame(6);
    levels.reset(part, 6, 1200);
    expect(levels.forFrame(6).rows).toBeLessThanOrEqual(before.rows);
    levels.reset(all, 6, 1200);
    const measuredBefore = measured.length;
    expect(levels.forFrame(6)).toBe(before);
    expect(measured.length).toBe(measuredBefore);
    // Other lanes are other inputs: laid out anew.
    levels.reset({ ...all, lanes: 4 }, 6, 1200);
    expect(levels.forFrame(6)).not.toBe(before);
    levels.dispose();
  });
});
