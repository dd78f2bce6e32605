import { describe, expect, it } from 'vitest';
import { eventIdFromPath, eventPagePath, pageSearch, siteRootOf } from './eventPage';

describe('event pages', () => {
  it('an event page is named by its id, escaped for a path', () => {
    expect(eventPagePath('gsomia-extension')).toBe('events/gsomia-extension.html');
    expect(eventPagePath('a/b?c')).toBe('events/a%2Fb%3Fc.html');
  });

  it('reads the event back from the path, at the root or under a sub-path', () => {
    expect(eventIdFromPath('/events/gsomia-extension.html')).toBe('gsomia-extension');
    expect(eventIdFromPath('/mirror/sub/path/events/gsomia-extension.html')).toBe('gsomia-extension');
    expect(eventIdFromPath(`/${eventPagePath('a/b?c')}`)).toBe('a/b?c');
  });

  it('the root page, the embed and malformed paths are no event page', () => {
    expect(eventIdFromPath('/')).toBeNull();
    expect(eventIdFromPath('/index.html')).toBeNull();
    expect(eventIdFromPath('/embed.html')).toBeNull();
    expect(eventIdFromPath('/events/.html')).toBeNull();
    expect(eventIdFromPath('/events/%E0%A4%A.html')).toBeNull();
  });

  it('an event page opens its own event, unless its query names another', () => {
    expect(pageSearch('/events/gsomia-extension.html', '')).toBe('?event=gsomia-extension');
    expect(pageSearch('/events/gsomia-extension.html', '?date=1965')).toBe('?date=1965&event=gsomia-extension');
    expect(pageSearch('/events/gsomia-extension.html', '?event=other')).toBe('?event=other');
    expect(pageSearch('/', '?date=1965')).toBe('?date=1965');
    expect(pageSearch('/index.html', '')).toBe('');
  });

  it("finds the site's root folder from any page", () => {
    expect(siteRootOf('http://h/sub/events/x.html?event=y')).toBe('http://h/sub/');
    expect(siteRootOf('http://h/sub/index.html?date=1965')).toBe('http://h/sub/');
    expect(siteRootOf('http://h/sub/embed.html')).toBe('http://h/sub/');
    expect(siteRootOf('http://h/')).toBe('http://h/');
  });
});
