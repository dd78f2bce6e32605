import { describe, expect, it } from 'vitest';
import { addMembers, appendItems, recordText } from './jsonSplice';

describe('adding records to a JSON file without rewriting it', () => {
  it('appends items after the last one, leaving every byte before it', () => {
    const text = '[\n  { "id": "a", "note": "a ] and a } and a \\" inside" }\n]\n';
    const out = appendItems(text, [{ id: 'b' }]);
    expect(out.startsWith(text.slice(0, text.lastIndexOf('}') + 1))).toBe(true);
    expect(JSON.parse(out)).toEqual([{ id: 'a', note: 'a ] and a } and a " inside' }, { id: 'b' }]);
  });

  it('fills an empty list', () => {
    expect(JSON.parse(appendItems('[]\n', [{ id: 'a' }, 2]))).toEqual([{ id: 'a' }, 2]);
    expect(appendItems('[ ]', [])).toBe('[ ]');
  });

  it('adds members to a part of the file, or the part itself when the file lacks it', () => {
    const text = '{\n  "tags": { "law": "법률" },\n  "events": {\n    "a": { "title": "가", "label": "가" }\n  },\n  "about": "x"\n}\n';
    const events = addMembers(text, ['events'], [['b', { title: '나', label: '나' }]]);
    expect(JSON.parse(events)).toEqual({
      tags: { law: '법률' },
      events: { a: { title: '가', label: '가' }, b: { title: '나', label: '나' } },
      about: 'x',
    });
    expect(events.startsWith(text.slice(0, text.indexOf('}\n  },') + 1))).toBe(true);
    const relations = addMembers(text, ['relations'], [['a x b s', { note: '메모' }]]);
    expect(JSON.parse(relations)).toMatchObject({ about: 'x', relations: { 'a x b s': { note: '메모' } } });
    expect(JSON.parse(addMembers('{}', [], [['title', 't']]))).toEqual({ title: 't' });
  });

  it('opens records on their own lines and keeps dates and bounds on one', () => {
    expect(recordText({ id: 'a', tags: ['x'], citations: [{ quote: 'q', dating: { words: 'w' } }] })).toBe(
      '{\n"id": "a",\n"tags": ["x"],\n"citations": [{\n"quote": "q",\n"dating": {"words":"w"}\n}]\n}',
    );
  });
});
