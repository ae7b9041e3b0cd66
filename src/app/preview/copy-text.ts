/**
 * Copies text to the clipboard, with a fallback for pages without the asynchronous Clipboard API
 * (plain http on another host, older browsers).
 */

/** Resolves to `true` once the text is on the clipboard, `false` if the browser refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard !== undefined) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable: try the selection-based way below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  try {
    area.select();
    return document.execCommand('copy');
  } finally {
    area.remove();
  }
}
