/**
 * Pictures of the canvas for slides and handouts: PNG and SVG drawn from the live canvas element by
 * html-to-image, without the minimap and zoom controls.
 */
import { toBlob, toSvg } from 'html-to-image';

/** Classes of canvas chrome that do not belong in a picture. */
const CHROME = [
  'react-flow__minimap',
  'react-flow__controls',
  'react-flow__panel',
  'react-flow__attribution',
  'no-picture',
];

function keep(node: HTMLElement): boolean {
  const list = node.classList;
  return !list || !CHROME.some((c) => list.contains(c));
}

/** The colour behind the canvas, so the picture is not transparent. */
function background(element: HTMLElement): string {
  let el: HTMLElement | null = element;
  while (el) {
    const color = getComputedStyle(el).backgroundColor;
    if (color && color !== 'transparent' && color !== 'rgba(0, 0, 0, 0)') return color;
    el = el.parentElement;
  }
  return '#ffffff';
}

/**
 * A PNG of the element at twice its pixel size.
 *
 * @example const png = await exportCanvasPng(document.querySelector('.react-flow')!)
 */
export async function exportCanvasPng(element: HTMLElement): Promise<Blob> {
  const blob = await toBlob(element, { filter: keep, backgroundColor: background(element), pixelRatio: 2 });
  if (!blob) throw new Error('the browser could not draw the canvas');
  return blob;
}

/**
 * An SVG document of the element (its HTML inside a foreignObject), as text.
 *
 * @example const svg = await exportCanvasSvg(document.querySelector('.react-flow')!)
 */
export async function exportCanvasSvg(element: HTMLElement): Promise<string> {
  const url = await toSvg(element, { filter: keep, backgroundColor: background(element) });
  const comma = url.indexOf(',');
  return decodeURIComponent(url.slice(comma + 1));
}
