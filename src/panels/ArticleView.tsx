/** A source article in full with its cited passages highlighted (to come). */
export function ArticleView() {
  return null;
}
