/** Summaries of where a page's main thread spent its time: a V8 CPU profile by function, a Chromium trace by event. */

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

/** What CDP's `Profiler.stop` returns, as far as these summaries read it. */
export interface CpuProfile {
  readonly nodes: ProfileNode[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly dur?: number;
  readonly args?: { readonly name?: string };
}

/** JS self time per function (name, file and line) over one or more profiles, the `top` largest, as printable lines. */
export function selfTimeLines(profiles: CpuProfile | readonly CpuProfile[], top = 25): string[] {
  const self = new Map<string, number>();
  for (const profile of 'nodes' in profiles ? [profiles] : profiles) {
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const deltas = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => {
      const frame = nodes.get(id)?.callFrame;
      if (!frame) return;
      const key = `${frame.functionName || '(anonymous)'}  ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    });
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [
    `CPU profile, ${total.toFixed(0)} ms sampled; top functions by self time:`,
    ...[...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, ms]) => `${ms.toFixed(1).padStart(9)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`),
  ];
}

/** The renderer main thread's complete events over one or more traces, total ms by name (nested events overlap their parents). */
export function traceLines(traceTexts: string | readonly string[], top = 20): string[] {
  const byName = new Map<string, number>();
  for (const text of typeof traceTexts === 'string' ? [traceTexts] : traceTexts) {
    const { traceEvents } = JSON.parse(text) as { traceEvents: TraceEvent[] };
    const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    for (const e of traceEvents) {
      if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.dur === undefined) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    }
  }
  return [
    'Trace, renderer main thread, total ms by event (nested events overlap their parents):',
    ...[...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `${ms.toFixed(1).padStart(9)} ms  ${name}`),
  ];
}
