import { describe, expect, it } from 'vitest';
import type { ImageRecipe } from '../../catalog/types';
import { dockerQuote, renderDockerfile } from './dockerfile';

const recipe: ImageRecipe = {
  name: 'demo',
  from: 'alpine:3.22.2',
  description: 'A demo adapter',
  version: '1.0',
  source: 'https://example.com/demo',
  run: ['apk add --no-cache socat'],
  files: [{ path: 'check.sh', content: 'echo ok\n', dest: '/usr/local/bin/check.sh' }],
  env: [{ name: 'PORT', value: '8080', doc: 'Port to listen on.' }],
  expose: [8080],
  entrypoint: ['/usr/local/bin/check.sh'],
};

describe('renderDockerfile', () => {
  it('documents the image as the book asks: LABEL, ENV with defaults, EXPOSE', () => {
    expect(renderDockerfile(recipe)).toBe(
      [
        '# A demo adapter',
        'FROM alpine:3.22.2',
        '',
        'LABEL org.opencontainers.image.description="A demo adapter" \\',
        '      org.opencontainers.image.version="1.0" \\',
        '      org.opencontainers.image.source="https://example.com/demo"',
        '',
        '# Port to listen on.',
        'ENV PORT="8080"',
        '',
        'RUN apk add --no-cache socat',
        'COPY check.sh /usr/local/bin/check.sh',
        '',
        'EXPOSE 8080',
        'ENTRYPOINT ["/usr/local/bin/check.sh"]',
        '',
      ].join('\n'),
    );
  });

  it('installs as root and switches back when the base image drops root', () => {
    const text = renderDockerfile({ ...recipe, user: 'fluent' });
    expect(text).toContain(
      'USER root\nRUN apk add --no-cache socat\nCOPY check.sh /usr/local/bin/check.sh\nUSER fluent\n',
    );
  });

  it.each([
    ['plain', 'abc', '"abc"'],
    ['quotes and backslashes', 'a"b\\c', '"a\\"b\\\\c"'],
    ['variables are not expanded', '$HOME', '"\\$HOME"'],
    ['line breaks cannot start a new instruction', 'a\nRUN rm -rf /', '"a RUN rm -rf /"'],
  ])('quotes %s', (_n, value, quoted) => {
    expect(dockerQuote(value)).toBe(quoted);
  });
});
