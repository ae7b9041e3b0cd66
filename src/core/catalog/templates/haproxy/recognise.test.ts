/** The HAProxy recogniser on a manifest written the way people write one, not the way Podsmith does. */
import { describe, expect, it } from 'vitest';
import { importYaml } from '../../../io/import';
import { resolveParams } from '../../params';
import { haproxy } from '.';
import { millis } from './recognise';

const CONFIG = `global
  log stdout format raw local0
defaults
  mode http
  timeout connect 5s
  timeout client 1m
  timeout server 50000
frontend in
  bind *:8080
  option forwardfor
  default_backend out
backend out
  balance roundrobin
  cookie pick insert indirect nocache
  server "blue" blue.prod.svc:80 weight 4 cookie blue check
  server green 10.0.0.7:8080 check
`;

const MANIFEST = `apiVersion: v1
kind: ConfigMap
metadata: {name: lb}
data:
  haproxy.cfg: |
${CONFIG.replace(/^/gm, '    ')}
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
        - name: lb
          image: docker.io/library/haproxy:2.8
          volumeMounts: [{name: cfg, mountPath: /usr/local/etc/haproxy}]
      volumes:
        - name: cfg
          configMap: {name: lb}
`;

describe('recogniseHaproxy', () => {
  it('reads the listen port, the servers, the cookie and the timeouts back from haproxy.cfg', () => {
    const r = importYaml(MANIFEST);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const lb = r.design.workloads[0]?.containers.find((c) => c.name === 'lb');
    expect(lb?.template).toBe('haproxy');
    expect(lb?.role).toBe('ambassador');
    // The import leaves out values equal to the defaults; resolved, they are all there.
    expect(resolveParams(haproxy, lb?.params ?? {})).toEqual({
      listenPort: 8080,
      mode: 'http',
      upstreams: [
        { name: 'blue', host: 'blue.prod.svc', port: 80, weight: 4 },
        { name: 'green', host: '10.0.0.7', port: 8080, weight: 1 },
      ],
      stickiness: 'cookie',
      cookieName: 'pick',
      connectTimeout: 5000,
      clientTimeout: 60000,
      serverTimeout: 50000,
      statsPort: 0,
    });
    // The settings Podsmith does not write are named, line by line; the same setting spelled another
    // way (5s for 5000ms, *:8080 for :8080, no weight for weight 1) is not one of them.
    const warning = r.notices.find((n) => n.message.includes('is written from the design'));
    expect(warning?.message).toContain(
      '2 settings of the original are not in it: frontend > option forwardfor; backend > server green 10.0.0.7:8080 weight 1 check.',
    );
  });

  it('keeps a container whose config is not in the input as a generic app, and says so', () => {
    const r = importYaml(MANIFEST.split('---\n')[1] ?? '');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.design.workloads[0]?.containers.find((c) => c.name === 'lb')?.template).toBe('app-generic');
    expect(r.notices.map((n) => n.message).join('\n')).toContain('runs HAProxy, but its config');
  });

  it.each([
    ['5000', 5000],
    ['5000ms', 5000],
    ['5s', 5000],
    ['2m', 120000],
    ['1h', 3600000],
    ['500us', 1],
    ['soon', undefined],
  ])('reads the time %s as %s ms', (text, ms) => {
    expect(millis(text)).toBe(ms);
  });
});
