import { describe, expect, it } from 'vitest';
import { countLines, languageLabel, monacoLanguageId, statusText } from './file-info';
import { BUNDLE_LANGUAGES } from './types';

describe('countLines', () => {
  it.each([
    ['', 0],
    ['a', 1],
    ['a\n', 1],
    ['a\nb', 2],
    ['a\nb\n', 2],
    ['\n', 1],
    ['\n\n', 2],
  ])('%j has %i lines', (text, lines) => {
    expect(countLines(text)).toBe(lines);
  });
});

describe('statusText', () => {
  it('names the path, the line count and the language', () => {
    expect(statusText('configs/nginx.conf', 'events {}\nhttp {}\n', 'nginx')).toBe(
      'configs/nginx.conf · 2 lines · nginx',
    );
    expect(statusText('a.txt', 'x\n', 'text')).toBe('a.txt · 1 line · Plain text');
  });
});

describe('language names', () => {
  it('has a label and a Monaco id for every bundle language', () => {
    for (const language of BUNDLE_LANGUAGES) {
      expect(languageLabel(language)).not.toBe('');
      expect(monacoLanguageId(language)).not.toBe('');
    }
    expect(monacoLanguageId('text')).toBe('plaintext');
  });
});
