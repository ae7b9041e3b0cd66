/**
 * The Share button: the link that carries the whole design (nothing leaves the browser), copied and
 * shown; a link too long for common limits is refused and the design.json download offered instead.
 */
import { useState } from 'react';
import { downloadDesign } from '../export/download';
import { Modal } from '../export/Modal';
import { copyText } from '../preview/copy-text';
import { useEditorStore } from '../store';
import { type ShareLink, shareLink } from './link';

function pageBase(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

export function ShareControl() {
  const store = useEditorStore();
  const [link, setLink] = useState<ShareLink | null>(null);
  const [status, setStatus] = useState('');

  const copy = async (url: string): Promise<void> => {
    const ok = await copyText(url);
    setStatus(
      ok ? 'Copied the link to the clipboard.' : 'The browser did not allow copying; select the link and copy it.',
    );
  };
  const open = (): void => {
    const next = shareLink(pageBase(), store.getState().design);
    setLink(next);
    setStatus('');
    if (!next.tooLong) void copy(next.url);
  };
  const saveJson = (): void => {
    downloadDesign(store.getState().design, 'design.json');
    setStatus('Downloaded design.json.');
  };

  return (
    <>
      <button type="button" className="btn" aria-haspopup="dialog" onClick={open}>
        Share
      </button>
      {link && (
        <Modal
          title="Share link"
          onClose={() => setLink(null)}
          className="share-dialog"
          actions={
            link.tooLong ? (
              <button type="button" className="btn primary" onClick={saveJson}>
                Download design.json
              </button>
            ) : (
              <button type="button" className="btn primary" onClick={() => void copy(link.url)}>
                Copy link
              </button>
            )
          }
        >
          {link.tooLong ? (
            <p>
              This design makes a link of {link.url.length.toLocaleString('en')} characters, longer than browsers,
              servers and chat tools keep intact. Share the design as a file instead: download design.json and import
              it.
            </p>
          ) : (
            <>
              <p>
                The link carries the whole design in its fragment: nothing is sent anywhere. Whoever opens it sees this
                design in a new, unsaved document.
              </p>
              <input
                className="rt-link"
                type="text"
                readOnly
                aria-label="Link to this design"
                value={link.url}
                onFocus={(e) => e.target.select()}
              />
            </>
          )}
          <p className="rt-status" role="status">
            {status}
          </p>
        </Modal>
      )}
    </>
  );
}
