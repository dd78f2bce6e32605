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

export function saveViewSvg(input: ViewImageInput): string {
  const name = exportFileName(localDay(), 'svg');
  saveFile(name, textBlob(svgFileText(buildViewImage(input)), 'image/svg+xml'));
  return name;
}

export async function saveViewPng(input: ViewImageInput): Promise<string> {
  const image = buildViewImage(input);
  const png = await rasteriseSvg(svgFileText(image), image.width, image.height, pictureScale(window.devicePixelRatio));
  const name = exportFileName(localDay(), 'png');
  saveFile(name, png);
  return name;
}
