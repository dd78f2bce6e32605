/** The D3 zoomable timeline (to come): axis, marks, lanes, clusters and the overview strip. */
export function Timeline() {
  return null;
}
