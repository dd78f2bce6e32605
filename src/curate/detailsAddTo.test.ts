import { describe, expect, it } from 'vitest';
import { enProblems } from '../i18n/catalogues/workbench/problems/en';
import { koProblems } from '../i18n/catalogues/workbench/problems/ko';
import { detailsAddTo } from './detailsAddTo';

describe('whether the validator’s details add to the sentence', () => {
  it('leaves out details whose every word the English sentence already says, whatever their case and punctuation', () => {
    expect(detailsAddTo(enProblems['curate.problem.empty-text'], 'must not be empty')).toBe(false);
    expect(detailsAddTo(enProblems['curate.problem.uncited-source'], 'is cited by no event')).toBe(false);
    expect(detailsAddTo(enProblems['curate.problem.duplicate-id'], 'Duplicate ID')).toBe(false);
  });

  it('keeps details that name something the sentence does not: a number, a source, a place in the file', () => {
    expect(detailsAddTo(enProblems['curate.problem.label-too-long'], 'must be at most 30 characters')).toBe(true);
    expect(detailsAddTo(enProblems['curate.problem.duplicate-id'], 'duplicate id (events[3])')).toBe(true);
    expect(detailsAddTo(enProblems['curate.problem.quote-not-verbatim'], 'not found verbatim in source "news"')).toBe(true);
  });

  it('always keeps English details beside a sentence in another language', () => {
    expect(detailsAddTo(koProblems['curate.problem.empty-text'], 'must not be empty')).toBe(true);
  });
});
