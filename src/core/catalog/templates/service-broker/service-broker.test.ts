import { describe, expect, it } from 'vitest';
import { buildOne, find } from '../../../../../test/support/nginx';
import { serviceBroker } from './index';

const test = { name: 'test', host: 'mysql.test.svc.cluster.local', port: 3306 };
const production = { name: 'production', host: 'db.example.com', port: 3307 };
const environments = [test, production];

describe('service-broker template', () => {
  it('has the palette title, its parameters, and one overlay per environment', () => {
    expect(serviceBroker.title).toBe('Service broker');
    expect(Object.keys(serviceBroker.params)).toEqual(['listenPort', 'environments', 'environment']);
    expect(serviceBroker.environments).toEqual({ param: 'environment', table: 'environments', column: 'name' });
  });

  it('proxies TCP inside stream {} to the chosen environment', () => {
    const { nodes, text } = buildOne('service-broker', { environments, environment: 'production' });
    expect(nodes.map((n) => n.name)).toEqual(['worker_processes', 'pid', 'error_log', 'events', 'stream']);
    expect(find(nodes, ['stream'], 'server')?.children).toEqual([
      { name: 'listen', args: ['3306'] },
      { name: 'proxy_pass', args: ['db.example.com:3307'] },
    ]);
    expect(text).toContain('proxy_pass db.example.com:3307;  # environment production\n');
    expect(text).not.toMatch(/load_module|http \{/);
  });

  it('offers its port to the pod, with no probe that would knock on the database', () => {
    const { contribution } = buildOne('service-broker', { environments, environment: 'test' });
    expect(contribution.ports).toEqual([{ name: 'broker', containerPort: 3306, scope: 'pod' }]);
    expect(contribution.readinessProbe).toBeUndefined();
    expect(contribution.notes?.[0]).toContain('(mysql.test.svc.cluster.local) once, when it starts');
  });

  describe('check()', () => {
    it('[PS104] refuses an environment no row names', () => {
      const { diagnostics, nodes } = buildOne('service-broker', { environments, environment: 'staging' });
      expect(diagnostics.map((d) => [d.rule, d.severity, d.target.field])).toEqual([['PS104', 'error', 'environment']]);
      expect(diagnostics[0]?.fix).toBe('Choose one of: test, production.');
      expect(find(nodes, ['stream', 'server'], 'proxy_pass')?.args).toEqual(['mysql.test.svc.cluster.local:3306']);
    });

    it('[PS105] refuses two environments with one name', () => {
      const { diagnostics } = buildOne('service-broker', {
        environments: [test, { ...production, name: 'test' }],
      });
      expect(diagnostics.map((d) => [d.rule, d.target.field])).toEqual([['PS105', 'environments[1].name']]);
    });

    it('[PS107] refuses an environment that is the broker itself', () => {
      const { diagnostics } = buildOne('service-broker', {
        environments: [{ name: 'test', host: 'localhost', port: 3306 }],
      });
      expect(diagnostics.map((d) => [d.rule, d.target.field])).toEqual([['PS107', 'environments[0].port']]);
    });

    it('[PS108] refuses a host nginx cannot resolve', () => {
      const { diagnostics } = buildOne('service-broker', {
        environments: [{ name: 'test', host: '1.2.3', port: 3306 }],
      });
      expect(diagnostics.map((d) => [d.rule, d.target.field])).toEqual([['PS108', 'environments[0].host']]);
    });

    it('is quiet for the defaults', () => {
      expect(buildOne('service-broker').diagnostics).toEqual([]);
    });
  });
});
