/** Saves bytes, text or a blob as a file through the browser's download. */
import type { Design } from '../../core';
import { designJson } from '../../core/io/design-json';

/** Starts a download of `blob` named `name`. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Starts a download of `data` named `name`. */
export function download(name: string, data: Uint8Array | string, type: string): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  downloadBlob(new Blob([part], { type }), name);
}

/** Starts a download of the design document as indented JSON, the form `design.json` has in the bundle. */
export function downloadDesign(design: Design, name: string): void {
  download(name, designJson(design), 'application/json');
}
