/**
 * The Preview panel: one tab per generated file, the selected file's text in a read-only Monaco
 * editor (loaded lazily; a plain `<pre>` shows the text until it is ready), a filter for the
 * tabs, a copy button and a status line.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { copyText } from './copy-text';
import { EditPane, hasPaneContent } from './edit/EditPane';
import { type EditorView, type EditorViewProps, loadEditorView } from './editor-view';
import { FileTabs, type TabItem } from './FileTabs';
import { statusText } from './file-info';
import { capTabs, effectivePath, filterFiles, firstOwnedPath, MAX_TABS, orderFiles } from './file-order';
import type { BundleFile, PreviewPanelProps } from './types';
import { useColorScheme } from './use-color-scheme';
import './preview.css';

const COPIED_MS = 1500;

/** The tabs to show, kept identical (same array) while the paths and owned marks do not change. */
function useTabs(visible: readonly BundleFile[], focusOwner: string | null): readonly TabItem[] {
  const key = visible
    .map((file) => (focusOwner !== null && file.owners.includes(focusOwner) ? `+${file.path}` : `-${file.path}`))
    .join('\n');
  return useMemo(
    () => (key === '' ? [] : key.split('\n').map((line) => ({ path: line.slice(1), owned: line.startsWith('+') }))),
    [key],
  );
}

/** The set of paths of the bundle, kept identical while the paths do not change. */
function usePathSet(files: readonly BundleFile[]): ReadonlySet<string> {
  const key = files.map((file) => file.path).join('\n');
  return useMemo(() => new Set(key === '' ? [] : key.split('\n')), [key]);
}

/** The Monaco view once its chunk has arrived, `null` until then (or if it cannot load). */
function useEditorView(): EditorView | null {
  const [view, setView] = useState<EditorView | null>(null);
  useEffect(() => {
    let live = true;
    loadEditorView().then(
      (loaded) => {
        if (live) setView(() => loaded);
      },
      (error: unknown) => console.error('The preview editor could not be loaded; showing plain text.', error),
    );
    return () => {
      live = false;
    };
  }, []);
  return view;
}

/**
 * Shows the generated files of a design. The files owned by `focusOwner` come first, and the
 * first of them is selected whenever `focusOwner` changes.
 */
export function PreviewPanel({ files, focusOwner, edit }: PreviewPanelProps) {
  const [wanted, setWanted] = useState<string | null>(
    // A draft kept from the last visit opens on its tab.
    () =>
      (edit?.on ? Object.keys(edit.drafts)[0] : undefined) ??
      firstOwnedPath(files, focusOwner) ??
      files[0]?.path ??
      null,
  );
  const [query, setQuery] = useState('');
  const [seenFocus, setSeenFocus] = useState(focusOwner);
  const [editorReady, setEditorReady] = useState(false);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const scheme = useColorScheme();
  const View = useEditorView();
  const baseId = useId();
  const sectionRef = useRef<HTMLElement>(null);

  const ordered = useMemo(() => orderFiles(files, focusOwner), [files, focusOwner]);
  if (focusOwner !== seenFocus) {
    // A new element is focused: show its first file (and drop a filter that would hide it).
    setSeenFocus(focusOwner);
    const first = firstOwnedPath(files, focusOwner);
    if (first !== null) {
      setWanted(first);
      if (!filterFiles(ordered, query).some((file) => file.path === first)) setQuery('');
    }
  }
  const visible = useMemo(() => filterFiles(ordered, query), [ordered, query]);
  const path = effectivePath(wanted, visible, ordered);
  const file = path === null ? undefined : files.find((candidate) => candidate.path === path);
  const allTabs = useTabs(visible, focusOwner);
  const tabs = useMemo(() => capTabs(allTabs, (tab) => tab.path, path, MAX_TABS), [allTabs, path]);
  const paths = usePathSet(files);
  const drafted = useMemo(() => new Set(Object.keys(edit?.drafts ?? {})), [edit?.drafts]);
  const editing = edit?.on === true && file !== undefined;
  const can = editing ? edit.editable(file.path) : null;
  const draft = edit !== undefined && file !== undefined ? edit.draft(file.path) : null;
  const shownText = editing && draft !== null ? draft.text : (file?.content ?? '');
  const problems = editing && draft?.verdict?.kind === 'problems' ? draft.verdict.problems : undefined;
  const onType = edit?.type;
  // A problem clicked in the Edit pane: the editor puts its cursor there.
  const [goTo, setGoTo] = useState<EditorViewProps['goTo']>(null);

  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  const tabId = useCallback((index: number) => `${baseId}-tab-${index}`, [baseId]);
  const panelId = `${baseId}-panel`;
  const selectedIndex = tabs.findIndex((tab) => tab.path === path);
  const onReady = useCallback(() => setEditorReady(true), []);
  const editorShown = editorReady && View !== null && file !== undefined;
  const onCopy = () => {
    if (file === undefined) return;
    copyText(file.content).then(
      (done) => setCopied(done ? 'copied' : 'failed'),
      () => setCopied('failed'),
    );
  };

  return (
    <section ref={sectionRef} aria-label="Preview" className="ps-preview" data-scheme={scheme}>
      <div className="ps-preview-bar">
        <FileTabs tabs={tabs} selected={path} tabId={tabId} panelId={panelId} onSelect={setWanted} drafted={drafted} />
        {tabs.length === 0 && files.length > 0 && <p className="ps-preview-empty">No file matches “{query.trim()}”.</p>}
        {allTabs.length > tabs.length && (
          <p className="ps-preview-more" title="Type in the filter to find the files without a tab">
            +{(allTabs.length - tabs.length).toLocaleString('en')} more
          </p>
        )}
        <input
          type="search"
          className="ps-preview-filter"
          aria-label="Filter files"
          placeholder="Filter files"
          value={query}
          spellCheck={false}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query !== '') {
              event.preventDefault();
              setQuery('');
            } else if (event.key === 'Enter' || event.key === 'ArrowDown') {
              // From the filter to the (first matching) selected tab.
              const tab = sectionRef.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
              if (tab) {
                event.preventDefault();
                tab.focus();
              }
            }
          }}
        />
        {edit !== undefined && (
          <button
            type="button"
            className="ps-preview-copy ps-preview-edit"
            aria-pressed={edit.on}
            title={
              edit.on
                ? 'Stop editing: the files are read-only again (drafts are kept)'
                : 'Type in the files: what you type is read back into the design'
            }
            onClick={() => edit.setOn(!edit.on)}
          >
            Edit
          </button>
        )}
        <button type="button" className="ps-preview-copy" onClick={onCopy} disabled={file === undefined}>
          Copy file
        </button>
      </div>
      <div className="ps-preview-body">
        <div
          id={panelId}
          role="tabpanel"
          className="ps-preview-panel"
          aria-labelledby={selectedIndex === -1 ? undefined : tabId(selectedIndex)}
          aria-label={selectedIndex === -1 ? (path ?? 'No file') : undefined}
        >
          <pre
            data-testid="preview-text"
            className={editorShown ? 'ps-preview-text is-behind-editor' : 'ps-preview-text'}
            // Focusable while it is what the user reads, so keyboard users can scroll it.
            tabIndex={editorShown ? -1 : 0}
          >
            {shownText}
          </pre>
          {View !== null && file !== undefined && (
            <View
              path={file.path}
              content={shownText}
              language={file.language}
              paths={paths}
              scheme={scheme}
              onReady={onReady}
              editable={can?.editable === true}
              readOnlyReason={can !== null && !can.editable ? `This file cannot be edited: ${can.reason}.` : undefined}
              problems={problems}
              onType={onType}
              goTo={goTo}
            />
          )}
          {files.length === 0 && <p className="ps-preview-empty">The design generates no files yet.</p>}
        </div>
        {editing && edit !== undefined && hasPaneContent(can, draft) && (
          <EditPane
            path={file.path}
            editable={can}
            draft={draft}
            onApply={() => edit.applyAnyway(file.path)}
            onDiscard={() => edit.discard(file.path)}
            onGoTo={(p) => setGoTo({ line: p.line, column: p.column, nonce: (goTo?.nonce ?? 0) + 1 })}
          />
        )}
      </div>
      <div className="ps-preview-status">
        <span className="ps-preview-status-text">
          {file === undefined ? 'No file' : statusText(file.path, file.content, file.language)}
        </span>
        <span role="status" className="ps-preview-copied">
          {copied === 'copied' ? 'Copied to the clipboard' : copied === 'failed' ? 'Could not copy' : ''}
        </span>
      </div>
    </section>
  );
}
