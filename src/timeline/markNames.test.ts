import { describe, expect, it } from 'vitest';
import { localizeDataset } from '../model/localizeDataset';
import { englishI18n, japaneseI18n, koreanI18n } from '../testing/englishI18n';
import { dataset, eventById } from '../testing/realDataset';
import ko from '../data/translations/ko.json';
import { clusterName, markName, shortCount } from './markNames';

const cluster = (lo: number, hi: number) => ({ lo, hi, binStart: 0, binEnd: 1, lane: 0, firstStart: 0, lastStart: 0 });
const at = (id: string) => dataset.events.findIndex((e) => e.id === id);
/** Intl writes a range with its own spaces (thin ones, in some browsers' data): compared as plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('a mark’s accessible name', () => {
  const gsomia = eventById('gsomia-extension');

  it('begins with the visible label, then gives the title and the date', () => {
    expect(markName(gsomia, englishI18n)).toBe('GSOMIA extended: Seoul extends GSOMIA hours before it was due to expire, 22 November 2019');
  });

  it('gives a title that begins with the label once, but not one that only begins with its letters', () => {
    expect(markName({ ...gsomia, label: 'Seoul extends GSOMIA' }, englishI18n)).toMatch(/^Seoul extends GSOMIA hours before/);
    expect(markName({ ...gsomia, label: 'Seoul ext' }, englishI18n)).toMatch(/^Seoul ext: Seoul extends GSOMIA hours before/);
  });

  it('says an event that had not happened is announced or planned', () => {
    expect(markName(eventById('vienna-preparatory-talks'), englishI18n)).toMatch(/, the week of 2 December 2019, announced$/);
  });

  it('begins with the Korean label on a Korean page, and gives the date and status in Korean', () => {
    const korean = localizeDataset(dataset, ko).events;
    const gsomiaKo = korean[at('gsomia-extension')];
    const vienna = korean[at('vienna-preparatory-talks')];
    if (!gsomiaKo || !vienna) throw new Error('events expected');
    expect(markName(gsomiaKo, koreanI18n)).toBe(`${gsomiaKo.label}: ${gsomiaKo.title}, 2019년 11월 22일`);
    expect(markName(vienna, koreanI18n)).toMatch(new RegExp(`^${vienna.label}: .*, 2019년 12월 2일 주간, 발표$`));
  });
});

describe('a cluster’s name', () => {
  const rulings = at('forced-labor-rulings');

  it('says how many events it holds, the span of their starts at the coarser precision of its ends, and what activating it does', () => {
    expect(plain(clusterName(cluster(rulings, rulings + 5), dataset.events, englishI18n))).toBe(
      '5 events, Oct 2018 – Nov 2019; zoom in to see them',
    );
    expect(plain(clusterName(cluster(rulings, rulings + 1), dataset.events, englishI18n))).toMatch(/^1 event, .*; zoom in to see it$/);
  });

  it('is a whole sentence in Korean and Japanese, with the span as each writes it', () => {
    expect(plain(clusterName(cluster(rulings, rulings + 5), dataset.events, koreanI18n))).toBe(
      '사건 5건, 2018년 10월 ~ 2019년 11월. 확대하면 볼 수 있습니다',
    );
    expect(plain(clusterName(cluster(rulings, rulings + 5), dataset.events, japaneseI18n))).toBe(
      '出来事5件、2018年10月～2019年11月。拡大すると表示されます',
    );
  });

  it('begins with the rounded count its badge shows, in the language’s own short form', () => {
    expect(clusterName(cluster(0, 4512), dataset.events, englishI18n)).toBe('4.5k: 4,512 events; zoom in to see them');
    expect(clusterName(cluster(0, 12_345), dataset.events, koreanI18n)).toBe('1.2만: 사건 12,345건. 확대하면 볼 수 있습니다');
  });
});

describe('a short count for a badge', () => {
  it('keeps small counts whole and rounds large ones the language’s way', () => {
    expect([7, 312, 4512, 12_345].map((n) => shortCount(n, englishI18n))).toEqual(['7', '312', '4.5k', '12k']);
    expect([4512, 12_345].map((n) => shortCount(n, koreanI18n))).toEqual(['4.5천', '1.2만']);
    expect(shortCount(12_345, japaneseI18n)).toBe('1.2万');
  });
});
