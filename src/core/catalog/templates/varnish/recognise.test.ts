/** The Varnish recogniser on a manifest written the way people write one, not the way Podsmith does. */
import { describe, expect, it } from 'vitest';
import { importYaml } from '../../../io/import';
import { pathPattern } from './config';
import { mebibytes, pathOf } from './recognise';

const VCL = `vcl 4.1;
import std;
backend default {
  .host = "127.0.0.1";
  .port = "3000";
}
sub vcl_recv {
  if (req.url ~ "^/admin([/?]|$)" || req.url ~ {"^/api/"}) {
    return (pass);
  }
  unset req.http.Cookie;
}
sub vcl_backend_response {
  set beresp.ttl = 60s;
}
`;

const MANIFEST = `apiVersion: v1
kind: ConfigMap
metadata: {name: cache}
data:
  default.vcl: |
${VCL.replace(/^/gm, '    ')}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: app
          image: node:20
          ports: [{containerPort: 3000}]
        - name: cache
          image: varnish:7.6
          args: ["-a", "0.0.0.0:80", "-s", "malloc,1G"]
          ports: [{containerPort: 80}]
          volumeMounts: [{name: vcl, mountPath: /etc/varnish}]
      volumes:
        - name: vcl
          configMap: {name: cache}
`;

describe('recogniseVarnish', () => {
  it('reads the ports, the cache size, the TTL and the passed paths back', () => {
    const r = importYaml(MANIFEST);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const cache = r.design.workloads[0]?.containers.find((c) => c.name === 'cache');
    expect(cache?.template).toBe('varnish');
    expect(cache?.role).toBe('sidecar');
    expect(cache?.params).toEqual({
      listenPort: 80,
      backendPort: 3000,
      defaultTtl: 60,
      cacheSize: 1024,
      noCachePaths: ['/admin', '/api/'],
    });
    const warning = r.notices.find((n) => n.message.includes('is written from the design'));
    expect(warning?.message).toContain('sub vcl_recv > unset req.http.Cookie');
    expect(warning?.message).toContain('import std');
  });

  it.each(['/admin', '/api/', '/v1.2/x', '/a~b_c-d/'])('reads back the pattern of the path %s', (path) => {
    expect(pathOf(pathPattern(path))).toBe(path);
  });

  it.each(['^/admin', '/admin', '^/a(b|c)', '^/a/([/?]|$)'])('reads no path from the pattern %s', (pattern) => {
    expect(pathOf(pattern)).toBeUndefined();
  });

  it.each([
    ['256m', 256],
    ['1G', 1024],
    ['2g', 2048],
    ['1024k', 1],
    ['lots', undefined],
  ])('reads the size %s as %s MiB', (size, mib) => {
    expect(mebibytes(size)).toBe(mib);
  });
});
