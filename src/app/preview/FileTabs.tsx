/**
 * The tab strip of the preview: one tab per file, named by its path, as a WAI-ARIA tablist
 * (roving focus, arrows, Home and End; selection follows focus). The strip scrolls sideways when
 * the files do not fit, and keeps the selected tab in view.
 */
import { type KeyboardEvent, memo, useEffect, useRef } from 'react';
import { tabIndexAfterKey } from './tab-keys';

/** One tab: the file's path and whether the focused element owns it. */
export interface TabItem {
  readonly path: string;
  readonly owned: boolean;
}

export interface FileTabsProps {
  readonly tabs: readonly TabItem[];
  readonly selected: string | null;
  /** Makes an id for the tab at `index` (the tab panel points at it). */
  readonly tabId: (index: number) => string;
  readonly panelId: string;
  readonly onSelect: (path: string) => void;
  /** Paths holding a draft typed in Edit mode: their tabs show a dot and say "(draft)". */
  readonly drafted?: ReadonlySet<string>;
}

/** Splits a path into its folder (shown dimmer) and its file name. */
function splitPath(path: string): readonly [string, string] {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? ['', path] : [path.slice(0, slash + 1), path.slice(slash + 1)];
}

/** The tablist of the preview's files. */
export const FileTabs = memo(function FileTabs({ tabs, selected, tabId, panelId, onSelect, drafted }: FileTabsProps) {
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (selected === null) return;
    const tab = listRef.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    tab?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selected]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = tabs.findIndex((tab) => tab.path === selected);
    const next = tabIndexAfterKey(event.key, Math.max(current, 0), tabs.length);
    const target = next === null ? undefined : tabs[next];
    if (next === null || target === undefined) return;
    event.preventDefault();
    onSelect(target.path);
    listRef.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };

  const selectedIndex = tabs.findIndex((tab) => tab.path === selected);
  return (
    <div
      ref={listRef}
      role="tablist"
      aria-label="Generated files"
      aria-orientation="horizontal"
      className="ps-preview-tabs"
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab, index) => {
        const isSelected = index === selectedIndex;
        const [folder, name] = splitPath(tab.path);
        return (
          <button
            key={tab.path}
            id={tabId(index)}
            type="button"
            role="tab"
            aria-selected={isSelected}
            aria-controls={panelId}
            tabIndex={isSelected || (selectedIndex === -1 && index === 0) ? 0 : -1}
            className={tab.owned ? 'ps-preview-tab is-owned' : 'ps-preview-tab'}
            title={tab.path}
            onClick={() => onSelect(tab.path)}
          >
            {folder !== '' && <span className="ps-preview-tab-folder">{folder}</span>}
            <span className="ps-preview-tab-name">{name}</span>
            {drafted?.has(tab.path) && (
              <span className="ps-preview-tab-draft">
                <span aria-hidden="true"> ●</span>
                <span className="visually-hidden"> (draft)</span>
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
});
