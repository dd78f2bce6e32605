import { describe, expect, it } from 'vitest';
import { openMemoryStorage } from './memoryStorage';
import { EMPTY_PROJECT, checkProject } from './project';

describe('the in-memory project storage (the interface the browser storage keeps)', () => {
  it('tells a second tab, and refuses its save based on an old revision until it reads the new one', async () => {
    const name = `project-${Math.random()}`;
    const first = await openMemoryStorage(name, checkProject);
    const second = await openMemoryStorage(name, checkProject);
    const told: number[] = [];
    second.onChangedElsewhere((revision) => told.push(revision));
    expect(await first.load()).toEqual({});
    expect(await first.save(EMPTY_PROJECT, 0)).toEqual({ revision: 1 });
    expect(told).toEqual([1]);
    expect(await second.save(EMPTY_PROJECT, 0)).toEqual({ problem: 'changed-elsewhere' });
    const loaded = await second.load();
    expect(loaded.project?.revision).toBe(1);
    expect(await second.save(EMPTY_PROJECT, 1)).toEqual({ revision: 2 });
    first.close();
    second.close();
  });

  it('reads a record that is not a project as corrupted', async () => {
    const name = `project-${Math.random()}`;
    const storage = await openMemoryStorage<unknown>(name, (value) => value);
    await storage.save({ sources: 'not a list' }, 0);
    const strict = await openMemoryStorage(name, checkProject);
    expect(await strict.load()).toEqual({ problem: 'corrupted' });
  });
});
