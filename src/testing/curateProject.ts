import type { CurateProject } from '../curate/project';

/** A workbench project for tests: one short made-up news source and one event made from it, as it should be. */
export const CURATE_TEXT = 'The harbour board approved the plan last Tuesday, officials said.';
export const curateProject: CurateProject = {
  sources: [
    {
      id: 'news',
      file: 'news.txt',
      publisher: 'Example News',
      headline: 'Plan approved',
      byline: 'By Staff',
      publishedAsPrinted: '2024-03-15',
      published: '2024-03-15',
      text: CURATE_TEXT,
    },
  ],
  events: [
    {
      id: 'plan-approved',
      title: 'Board approves the plan',
      label: 'Plan approved',
      start: '2024-03-05',
      status: 'happened',
      tags: [],
      citations: [
        {
          source: 'news',
          quote: 'The harbour board approved the plan last Tuesday',
          dating: { words: 'last Tuesday', reference: '2024-03-15', resolved: '2024-03-05' },
        },
      ],
    },
  ],
  relations: [],
  corrections: {},
};
