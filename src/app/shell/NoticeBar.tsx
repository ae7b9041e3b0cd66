/** One status message at a time, announced politely (errors assertively); it fades after a while. */
import { useEffect } from 'react';
import { useEditor } from '../store';

const INFO_MS = 4000;

export function NoticeBar() {
  const notice = useEditor((s) => s.notice);
  const dismiss = useEditor((s) => s.dismissNotice);
  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    const t = setTimeout(dismiss, INFO_MS);
    return () => clearTimeout(t);
  }, [notice, dismiss]);
  return (
    <div role="status" aria-live={notice?.tone === 'error' ? 'assertive' : 'polite'}>
      {notice && (
        <div className={`notice ${notice.tone}`}>
          <span>{notice.text}</span>
          <button type="button" className="btn ghost small" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
