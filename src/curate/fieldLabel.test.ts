import { describe, expect, it } from 'vitest';
import { englishCurateI18n, koreanCurateI18n } from '../testing/curateI18n';
import { fieldLabel } from './fieldLabel';

describe('a form field’s label, by the name problems give it', () => {
  it('is the label the event form shows, in the page’s language', () => {
    expect(fieldLabel(englishCurateI18n.t, 'label')).toBe('Label');
    expect(fieldLabel(koreanCurateI18n.t, 'label')).toBe('짧은 이름');
    expect(fieldLabel(koreanCurateI18n.t, 'date')).toBe('날짜');
  });

  it('counts quotes from 1, as the form does, and names a translation’s language as that language writes it', () => {
    expect(fieldLabel(englishCurateI18n.t, 'quote-0')).toBe('Quote');
    expect(fieldLabel(englishCurateI18n.t, 'quote-1')).toBe('Quote 2');
    expect(fieldLabel(koreanCurateI18n.t, 'title-ja')).toBe('제목 (日本語)');
    expect(fieldLabel(englishCurateI18n.t, 'note-ko')).toBe('Note (한국어)');
  });

  it('is none for the event as a whole, or a name no field has', () => {
    expect(fieldLabel(englishCurateI18n.t, 'event')).toBeUndefined();
    expect(fieldLabel(englishCurateI18n.t, 'colour-ko')).toBeUndefined();
  });
});
