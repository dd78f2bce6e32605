/**
 * A PNG of an SVG image, drawn in the page: the SVG is loaded as an image (a data: URL, which the page's
 * Content-Security-Policy allows for images) and painted on a canvas at `scale` device pixels per px, so
 * the picture keeps the image's aspect and stays sharp on a high-density screen. No server is involved.
 */
export async function rasteriseSvg(svgText: string, width: number, height: number, scale: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw on a canvas');
  context.scale(canvas.width / width, canvas.height / height);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be made'))), 'image/png');
  });
}

/** Device pixels per px for a saved picture: the screen's, and at least two, so that text stays crisp when zoomed. */
export const pictureScale = (devicePixelRatio: number): number => Math.min(Math.max(devicePixelRatio, 2), 4);
