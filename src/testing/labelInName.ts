import { queryAllByRole, type ByRoleMatcher } from '@testing-library/dom';

/** The words of a text as speech input matches them: letters and digits, in lower case, punctuation aside. */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * What a sighted reader sees of an element's text: all of it but the parts hidden from the eye, its pieces
 * kept apart as the layout keeps them (a date above a title is not one word with it).
 */
export function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden, [hidden], [aria-hidden="true"]')) hidden.remove();
  const pieces: string[] = [];
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) pieces.push(node.textContent ?? '');
  return pieces.join(' ').replace(/\s+/g, ' ').trim();
}

/** Each element of `role` in `container` with its accessible name, as assistive technology computes it. */
export function accessibleNames(container: HTMLElement, role: ByRoleMatcher): { element: HTMLElement; name: string }[] {
  const names = new Map<Element, string>();
  const found = queryAllByRole(container, role, {
    name: (name, element) => {
      if (element) names.set(element, name);
      return true;
    },
  });
  return found.map((element) => ({ element, name: names.get(element) ?? '' }));
}

/**
 * Names whose words do not begin with the words of their element's visible text (WCAG 2.5.3, label in name), as
 * "name ← visible text"; none when every one does.
 */
export function namesNotBeginningWithLabel(container: HTMLElement, role: ByRoleMatcher): string[] {
  return accessibleNames(container, role)
    .map(({ element, name }) => ({ name, label: visibleText(element) }))
    .filter(({ name, label }) => words(name).slice(0, words(label).length).join(' ') !== words(label).join(' '))
    .map(({ name, label }) => `${name} ← ${label}`);
}
