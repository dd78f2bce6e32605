/** The selected event's sources (to come). */
export function SourcePanel() {
  return null;
}
