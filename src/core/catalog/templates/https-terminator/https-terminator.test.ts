import { describe, expect, it } from 'vitest';
import { buildOne, find } from '../../../../../test/support/nginx';
import { resolveParams } from '../../params';
import { httpsTerminator } from './index';

describe('https-terminator template', () => {
  it('has the palette title and pins the official nginx image', () => {
    expect(httpsTerminator.title).toBe('HTTPS terminator');
    expect(httpsTerminator.image).toMatch(/^nginx:1\.\d+\.\d+$/);
    expect(Object.keys(httpsTerminator.params)).toEqual([
      'tlsPort',
      'legacyPort',
      'certSecret',
      'serverName',
      'protocols',
    ]);
  });

  it('terminates TLS with listen … ssl and proxies to the app on 127.0.0.1', () => {
    const { nodes, text } = buildOne('https-terminator', { serverName: 'legacy.example.com', legacyPort: 8081 });
    const server = ['http', 'server'];
    expect(find(nodes, server, 'listen')?.args).toEqual(['443', 'ssl']);
    expect(find(nodes, server, 'server_name')?.args).toEqual(['legacy.example.com']);
    expect(find(nodes, server, 'ssl_certificate')?.args).toEqual(['/etc/nginx/tls/tls.crt']);
    expect(find(nodes, server, 'ssl_certificate_key')?.args).toEqual(['/etc/nginx/tls/tls.key']);
    expect(find(nodes, server, 'ssl_protocols')?.args).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(find(nodes, [...server, 'location'], 'proxy_pass')?.args).toEqual(['http://127.0.0.1:8081']);
    expect(text).not.toMatch(/ssl on|http2|load_module/);
  });

  it('writes only the protocols asked for, each once', () => {
    const { nodes } = buildOne('https-terminator', { protocols: ['TLSv1.3', 'TLSv1.3'] });
    expect(find(nodes, ['http', 'server'], 'ssl_protocols')?.args).toEqual(['TLSv1.3']);
  });

  it('exposes the TLS port, mounts the Secret at /etc/nginx/tls and the config by subPath', () => {
    const { contribution } = buildOne('https-terminator', { tlsPort: 8443, certSecret: 'web-tls' });
    expect(contribution.ports).toEqual([{ name: 'https', containerPort: 8443, scope: 'pod', expose: true }]);
    expect(contribution.secrets).toEqual([
      { volume: 'https-terminator-tls', secretName: 'web-tls', mountPath: '/etc/nginx/tls' },
    ]);
    expect(contribution.files?.map((f) => [f.name, f.mountPath])).toEqual([['nginx.conf', '/etc/nginx/nginx.conf']]);
    expect(contribution.readinessProbe).toMatchObject({ kind: 'tcp', port: 8443 });
    expect(contribution.notes?.[0]).toBe(
      'Create the certificate Secret before applying: kubectl create secret tls web-tls --cert=tls.crt --key=tls.key',
    );
  });

  it('names a harmless Secret when the asked one is refused', () => {
    const { contribution } = buildOne('https-terminator', { certSecret: 'Bad Name\n' });
    expect(contribution.secrets?.[0]?.secretName).toBe('tls-cert');
  });

  it('connects to the legacy port on localhost (the app must listen there)', () => {
    expect(httpsTerminator.connectsTo?.(resolveParams(httpsTerminator, { legacyPort: 9090 }))).toEqual([
      'localhost:9090',
    ]);
  });

  it('limits protocols to TLSv1.2 and TLSv1.3 by its item rule', () => {
    const spec = httpsTerminator.params.protocols;
    const rule = spec?.kind === 'list' ? spec.item.rule : undefined;
    expect(['TLSv1.2', 'TLSv1.3'].every((p) => rule?.pattern.test(p))).toBe(true);
    expect(['TLSv1.1', 'TLSv1', 'SSLv3', 'tlsv1.3', 'TLSv1.3 '].some((p) => rule?.pattern.test(p))).toBe(false);
  });

  describe('check()', () => {
    it('[PS100] refuses a TLS port equal to the legacy port', () => {
      const { diagnostics } = buildOne('https-terminator', { tlsPort: 8080, legacyPort: 8080 });
      expect(diagnostics.map((d) => [d.rule, d.severity, d.target.field])).toEqual([['PS100', 'error', 'legacyPort']]);
    });

    it('[PS101] warns about a protocol listed twice', () => {
      const { diagnostics } = buildOne('https-terminator', { protocols: ['TLSv1.2', 'TLSv1.2'] });
      expect(diagnostics.map((d) => [d.rule, d.severity, d.target.field])).toEqual([
        ['PS101', 'warning', 'protocols[1]'],
      ]);
    });

    it('is quiet for the defaults', () => {
      expect(buildOne('https-terminator').diagnostics).toEqual([]);
    });
  });
});
