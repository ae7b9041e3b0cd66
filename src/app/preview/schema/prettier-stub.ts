/**
 * Stands in for Prettier in the YAML worker (see `vite.config.ts`): the preview never formats a
 * file (monaco-yaml's formatter is switched off), so the worker need not carry Prettier.
 */
export function format(text: string): Promise<string> {
  return Promise.resolve(text);
}
