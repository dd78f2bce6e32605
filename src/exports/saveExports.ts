import type { FullI18n } from '../i18n/i18n';
import type { Dataset } from '../model/types';
import { datasetCsv } from './datasetCsv';
import { datasetJsonText } from './datasetJson';
import { pictureScale, rasteriseSvg } from './rasterise';
import { saveFile, textBlob } from './saveFile';
import { exportFileName, localDay } from './timelineName';
import { type ViewImageInput, buildViewImage, svgFileText } from './viewImage';

/**
 * What "Download the data" and "Save image" do, loaded only when a reader first asks: each makes its file
 * in the page and hands it to the browser's download. Each returns the file's name, for the status message.
 * The image's words are in the page's language; the data files are data, their column names as they are.
 */
export function downloadDatasetJson(dataset: Dataset): string {
  const name = exportFileName(localDay(), 'json');
  saveFile(name, textBlob(datasetJsonText(dataset), 'application/json'));
  return name;
}

export function downloadDatasetCsv(dataset: Dataset): string {
  const name = exportFileName(localDay(), 'csv');
  saveFile(name, textBlob(datasetCsv(dataset), 'text/csv'));
  return name;
}

export function saveViewSvg(input: ViewImageInput, i18n: FullI18n): string {
  const name = exportFileName(localDay(), 'svg');
  saveFile(name, textBlob(svgFileText(buildViewImage(input, i18n)), 'image/svg+xml'));
  return name;
}

export async function saveViewPng(input: ViewImageInput, i18n: FullI18n): Promise<string> {
  const image = buildViewImage(input, i18n);
  const png = await rasteriseSvg(svgFileText(image), image.width, image.height, pictureScale(window.devicePixelRatio));
  const name = exportFileName(localDay(), 'png');
  saveFile(name, png);
  return name;
}
