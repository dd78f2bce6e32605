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

/** The font the timeline's labels are drawn in: the frame's own (12 px), bold for the selected mark's. */
function labelFont(bold: boolean): string {
  const frame = document.querySelector('.timeline-frame');
  const style = frame ? getComputedStyle(frame) : undefined;
  return `${bold ? 700 : 400} ${style ? `${style.fontSize} ${style.fontFamily}` : '12px system-ui, sans-serif'}`;
}

/** Measures labels as the screen draws them, so that the image cuts a label short exactly where the screen does. */
function screenMeasure(): ViewImageInput['measure'] {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return undefined;
  const fonts = { normal: labelFont(false), bold: labelFont(true) };
  return (text, bold) => {
    context.font = bold ? fonts.bold : fonts.normal;
    return context.measureText(text).width;
  };
}

const imageOf = (input: ViewImageInput) => {
  const measure = screenMeasure();
  return buildViewImage(measure ? { ...input, measure } : input);
};

export function saveViewSvg(input: ViewImageInput): string {
  const name = exportFileName(localDay(), 'svg');
  saveFile(name, textBlob(svgFileText(imageOf(input)), 'image/svg+xml'));
  return name;
}

export async function saveViewPng(input: ViewImageInput): Promise<string> {
  const image = imageOf(input);
  const png = await rasteriseSvg(svgFileText(image), image.width, image.height, pictureScale(window.devicePixelRatio));
  const name = exportFileName(localDay(), 'png');
  saveFile(name, png);
  return name;
}
