/** "Export picture": the canvas as a PNG or SVG file, for slides and handouts. */
import { useId, useState } from 'react';
import { downloadBlob } from '../export/download';
import { exportCanvasPng, exportCanvasSvg } from './picture';
import './teach.css';

interface Props {
  /** The canvas element to draw (React Flow's root). */
  readonly getElement: () => HTMLElement | null;
  /** File name without extension, e.g. the design's name. */
  readonly fileBase: string;
  /** Told when a picture could not be made. */
  readonly onError?: (message: string) => void;
  /** Told when a picture was saved. */
  readonly onDone?: (fileName: string) => void;
}

export function ExportPicture({ getElement, fileBase, onError, onDone }: Props) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const save = async (format: 'png' | 'svg'): Promise<void> => {
    const element = getElement();
    if (!element) {
      onError?.('There is no canvas to draw.');
      return;
    }
    setBusy(true);
    try {
      const name = `${fileBase || 'design'}.${format}`;
      const blob =
        format === 'png'
          ? await exportCanvasPng(element)
          : new Blob([await exportCanvasSvg(element)], { type: 'image/svg+xml' });
      downloadBlob(blob, name);
      onDone?.(name);
      setOpen(false);
    } catch (e) {
      onError?.(`The picture could not be made: ${e instanceof Error ? e.message : String(e)}.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="picture-menu">
      <button
        type="button"
        className="btn ghost"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        Export picture
      </button>
      {open && (
        <div className="picture-options" id={id}>
          <button type="button" className="btn small" disabled={busy} onClick={() => void save('png')}>
            Download PNG
          </button>
          <button type="button" className="btn small" disabled={busy} onClick={() => void save('svg')}>
            Download SVG
          </button>
        </div>
      )}
    </div>
  );
}
