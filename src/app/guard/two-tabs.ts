/**
 * Two tabs on one saved design: each tab says hello on a BroadcastChannel; a tab that hears another
 * is told (`other-tab`), and a tab whose design another tab takes over is told too (`taken-over`),
 * so neither overwrites the other's autosave silently.
 */

export type TabEvent = 'other-tab' | 'taken-over';

interface Message {
  readonly kind: 'hello' | 'here' | 'take-over';
  readonly tab: string;
}

export interface TabGuard {
  /** Tells the other tabs that this one edits the design from now on. */
  takeOver(): void;
  stop(): void;
}

const CHANNEL = 'podsmith.design';

function isMessage(data: unknown): data is Message {
  if (typeof data !== 'object' || data === null) return false;
  const { kind, tab } = data as { kind?: unknown; tab?: unknown };
  return (kind === 'hello' || kind === 'here' || kind === 'take-over') && typeof tab === 'string';
}

/**
 * Starts watching for other tabs; `onEvent` is called when another tab is found or takes over.
 * Without BroadcastChannel it does nothing.
 *
 * @example const guard = watchOtherTabs((e) => show(e)); guard.takeOver();
 */
export function watchOtherTabs(onEvent: (event: TabEvent) => void): TabGuard {
  if (typeof BroadcastChannel === 'undefined') return { takeOver: () => undefined, stop: () => undefined };
  const tab = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const channel = new BroadcastChannel(CHANNEL);
  let told = false;
  const post = (kind: Message['kind']): void => channel.postMessage({ kind, tab } satisfies Message);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isMessage(message) || message.tab === tab) return;
    if (message.kind === 'hello') post('here');
    else if (message.kind === 'here' && !told) {
      told = true;
      onEvent('other-tab');
    } else if (message.kind === 'take-over') onEvent('taken-over');
  };
  post('hello');
  return { takeOver: () => post('take-over'), stop: () => channel.close() };
}
