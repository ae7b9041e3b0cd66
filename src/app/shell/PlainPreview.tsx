/** A plain-text preview of the generated files: one tab per file, the file's text below. */
import { useEffect, useState } from 'react';
import type { BundleFile } from '../../core';

export function PlainPreview({ files, focusOwner }: { files: readonly BundleFile[]; focusOwner: string | null }) {
  const [path, setPath] = useState<string | null>(null);
  useEffect(() => {
    if (!focusOwner) return;
    const own = files.find((f) => f.owners.includes(focusOwner));
    if (own) setPath(own.path);
  }, [focusOwner, files]);
  const current = files.find((f) => f.path === path) ?? files[0];
  return (
    <section className="plain-preview" aria-label="Preview">
      <div className="plain-tabs" role="tablist" aria-label="Generated files">
        {files.map((f) => (
          <button
            key={f.path}
            type="button"
            role="tab"
            className="plain-tab"
            aria-selected={f.path === current?.path}
            onClick={() => setPath(f.path)}
          >
            {f.path}
          </button>
        ))}
      </div>
      <pre className="plain-body" role="tabpanel" aria-label={current?.path ?? 'No files'}>
        {current?.content ?? ''}
      </pre>
    </section>
  );
}
