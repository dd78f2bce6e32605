import type { RawCitation, RawEvent, RawRelation } from '../model/schema';
import type { CurateProject, DateCorrection, DraftRelation, DraftSource, EventWords } from './project';

/** Every change a curator makes to a project: each goes through `applyAction`, and can be undone. */
export type CurateAction =
  | { readonly type: 'add-source'; readonly source: DraftSource }
  | { readonly type: 'update-source'; readonly id: string; readonly patch: Partial<Omit<DraftSource, 'id' | 'text' | 'file'>> }
  /** Takes the source away with its citations, the events left with none, and the links it drew or that touch them. */
  | { readonly type: 'remove-source'; readonly id: string }
  | { readonly type: 'add-event'; readonly event: RawEvent }
  /** Several events at once (an import): one step to undo. */
  | { readonly type: 'add-events'; readonly events: readonly RawEvent[] }
  | { readonly type: 'update-event'; readonly id: string; readonly patch: Partial<RawEvent> }
  | { readonly type: 'remove-event'; readonly id: string }
  /** The event's title, label or note in another language of the timeline: an empty field is taken away. */
  | { readonly type: 'translate-event'; readonly id: string; readonly language: string; readonly patch: EventWords }
  | { readonly type: 'add-citation'; readonly eventId: string; readonly citation: RawCitation }
  | { readonly type: 'remove-citation'; readonly eventId: string; readonly index: number }
  | { readonly type: 'add-relation'; readonly relation: RawRelation }
  | { readonly type: 'remove-relation'; readonly index: number }
  /** A link's kind or ends changed in place: its quote, its source and its notes in every language stay with it. */
  | { readonly type: 'edit-relation'; readonly index: number; readonly patch: Partial<Pick<RawRelation, 'kind' | 'from' | 'to'>> }
  /** A link's note: its own (English) without `language`, else in that language; an empty note is taken away. */
  | { readonly type: 'note-relation'; readonly index: number; readonly note: string; readonly language?: string }
  | { readonly type: 'correct-date'; readonly sourceId: string; readonly correction: DateCorrection }
  | { readonly type: 'uncorrect-date'; readonly sourceId: string; readonly start: number }
  /** The whole project at once: another tab's saved copy, taken over. */
  | { readonly type: 'replace-project'; readonly project: CurateProject };

/** The one reducer of a project: a new project for each action, the old one untouched (so it can be undone). */
export function applyAction(project: CurateProject, action: CurateAction): CurateProject {
  switch (action.type) {
    case 'add-source':
      return { ...project, sources: [...project.sources, action.source] };
    case 'update-source':
      return { ...project, sources: project.sources.map((s) => (s.id === action.id ? { ...s, ...action.patch } : s)) };
    case 'remove-source':
      return removeSource(project, action.id);
    case 'add-event':
      return { ...project, events: [...project.events, action.event] };
    case 'add-events':
      return { ...project, events: [...project.events, ...action.events] };
    case 'update-event': {
      const events = project.events.map((e) => (e.id === action.id ? withPatch(e, action.patch) : e));
      const renamed = action.patch.id;
      if (renamed === undefined || renamed === action.id) return { ...project, events };
      // A new id: the links that name the event, and its words in other languages, follow it.
      const follow = (id: string) => (id === action.id ? renamed : id);
      return {
        ...project,
        events,
        relations: project.relations.map((r) => ({ ...r, from: follow(r.from), to: follow(r.to) })),
        ...withTranslations(project, (byEvent) =>
          Object.fromEntries(Object.entries(byEvent).map(([id, words]) => [follow(id), words] as const)),
        ),
      };
    }
    case 'remove-event':
      return {
        ...project,
        events: project.events.filter((e) => e.id !== action.id),
        relations: project.relations.filter((r) => r.from !== action.id && r.to !== action.id),
        ...withoutTranslations(project, new Set([action.id])),
      };
    case 'translate-event': {
      const { id, language, patch } = action;
      const byEvent = project.translations?.[language] ?? {};
      const merged = Object.fromEntries(
        Object.entries({ ...byEvent[id], ...patch }).filter(([, value]) => value !== undefined && value !== ''),
      ) as EventWords;
      const rest = Object.fromEntries(Object.entries(byEvent).filter(([key]) => key !== id));
      const next = Object.keys(merged).length > 0 ? { ...rest, [id]: merged } : rest;
      return { ...project, translations: { ...project.translations, [language]: next } };
    }
    case 'add-citation':
      return {
        ...project,
        events: project.events.map((e) => (e.id === action.eventId ? { ...e, citations: [...e.citations, action.citation] } : e)),
      };
    case 'remove-citation':
      return {
        ...project,
        events: project.events.map((e) =>
          e.id === action.eventId ? { ...e, citations: e.citations.filter((_, i) => i !== action.index) } : e,
        ),
      };
    case 'add-relation':
      return { ...project, relations: [...project.relations, action.relation] };
    case 'remove-relation':
      return { ...project, relations: project.relations.filter((_, i) => i !== action.index) };
    case 'edit-relation':
      return {
        ...project,
        relations: project.relations.map((r, i) => (i === action.index ? { ...r, ...action.patch } : r)),
      };
    case 'note-relation':
      return {
        ...project,
        relations: project.relations.map((r, i) => (i === action.index ? notedRelation(r, action.note, action.language) : r)),
      };
    case 'correct-date': {
      const { sourceId, correction } = action;
      const others = (project.corrections[sourceId] ?? []).filter((c) => c.start !== correction.start);
      return { ...project, corrections: { ...project.corrections, [sourceId]: [...others, correction].sort((a, b) => a.start - b.start) } };
    }
    case 'uncorrect-date': {
      const kept = (project.corrections[action.sourceId] ?? []).filter((c) => c.start !== action.start);
      return { ...project, corrections: { ...project.corrections, [action.sourceId]: kept } };
    }
    case 'replace-project':
      return action.project;
  }
}

/** The project with each language's words by event changed by `change`; nothing when it has none. */
function withTranslations(
  project: CurateProject,
  change: (byEvent: Readonly<Record<string, EventWords>>) => Record<string, EventWords>,
): Pick<CurateProject, 'translations'> {
  if (project.translations === undefined) return {};
  return {
    translations: Object.fromEntries(
      Object.entries(project.translations).map(([language, byEvent]) => [language, change(byEvent)] as const),
    ),
  };
}

/** The project's translations without those of the events `gone`. */
const withoutTranslations = (project: CurateProject, gone: ReadonlySet<string>): Pick<CurateProject, 'translations'> =>
  withTranslations(project, (byEvent) => Object.fromEntries(Object.entries(byEvent).filter(([id]) => !gone.has(id))));

/** The link with its note (in `language`, or its own) set to `note`, or taken away when `note` is empty. */
function notedRelation(relation: DraftRelation, note: string, language?: string): DraftRelation {
  const { note: own, translatedNotes, ...rest } = relation;
  const notes = Object.entries({ ...translatedNotes, ...(language !== undefined && { [language]: note }) }).filter(([, n]) => n !== '');
  const kept = language === undefined ? note : own;
  return {
    ...rest,
    ...(kept !== undefined && kept !== '' && { note: kept }),
    ...(notes.length > 0 && { translatedNotes: Object.fromEntries(notes) }),
  };
}

/** A patch's `undefined` fields are taken away (an optional field cleared), not kept as `undefined`. */
function withPatch(event: RawEvent, patch: Partial<RawEvent>): RawEvent {
  const merged = Object.entries({ ...event, ...patch }).filter(([, value]) => value !== undefined);
  return Object.fromEntries(merged) as RawEvent;
}

function removeSource(project: CurateProject, id: string): CurateProject {
  const events: RawEvent[] = [];
  const gone = new Set<string>();
  for (const e of project.events) {
    const citations = e.citations.filter((c) => c.source !== id);
    if (citations.length === 0 && e.citations.length > 0) gone.add(e.id);
    else events.push(citations.length === e.citations.length ? e : { ...e, citations });
  }
  const corrections = Object.fromEntries(Object.entries(project.corrections).filter(([sourceId]) => sourceId !== id));
  return {
    sources: project.sources.filter((s) => s.id !== id),
    events,
    relations: project.relations.filter((r) => r.source !== id && !gone.has(r.from) && !gone.has(r.to)),
    corrections,
    ...withoutTranslations(project, gone),
  };
}

/** A project with its past and its undone future. */
export interface History {
  readonly past: readonly CurateProject[];
  readonly present: CurateProject;
  readonly future: readonly CurateProject[];
  /** What the last step changed, when typing may add to it: the same field of the same record, moments later. */
  readonly lastEdit?: { readonly key: string; readonly at: number };
}

/** How many steps back a curator can go. */
export const UNDO_LIMIT = 500;
/** Edits of one field closer together than this are one step to undo (typing a title is one change, not one per letter). */
export const TYPING_PAUSE_MS = 1000;

export const startHistory = (present: CurateProject): History => ({ past: [], present, future: [] });

/** The field an action edits, when further edits of it may join the same step. */
function editKey(action: CurateAction): string | undefined {
  if (action.type === 'update-event') return `event:${action.id}:${Object.keys(action.patch).sort().join(',')}`;
  if (action.type === 'translate-event') return `translate:${action.language}:${action.id}:${Object.keys(action.patch).sort().join(',')}`;
  if (action.type === 'note-relation') return `relation:${action.index}:${action.language ?? ''}`;
  if (action.type === 'update-source') return `source:${action.id}:${Object.keys(action.patch).sort().join(',')}`;
  return undefined;
}

/** Does an action: a new step (or, typing on in the same field, the same step), and nothing left to redo. */
export function record(history: History, action: CurateAction, at: number): History {
  const present = applyAction(history.present, action);
  if (present === history.present) return history;
  const key = editKey(action);
  const last = history.lastEdit;
  const joins = key !== undefined && last?.key === key && at - last.at < TYPING_PAUSE_MS && history.past.length > 0;
  const past = joins ? history.past : [...history.past, history.present].slice(-UNDO_LIMIT);
  return { past, present, future: [], ...(key !== undefined && { lastEdit: { key, at } }) };
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: History): History {
  const [next, ...future] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future };
}
