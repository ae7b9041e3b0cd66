import { describe, expect, it } from 'vitest';
import { dnsLabel, flag, hostOf, imageName, imageRepository, portOf, seconds } from './words';

describe('words', () => {
  it.each([
    ['redis', 'redis'],
    ['redis:7.2.5', 'redis'],
    ['docker.io/library/redis:7.2.5', 'redis'],
    ['quay.io/oliver006/redis_exporter:v1.67.0', 'oliver006/redis_exporter'],
    ['localhost:5000/team/app@sha256:abc', 'team/app'],
    ['registry.k8s.io/git-sync/git-sync:v4.7.1', 'git-sync/git-sync'],
  ])('repository of %s is %s', (image, repo) => {
    expect(imageRepository(image)).toBe(repo);
    expect(imageName(image)).toBe(repo.split('/').at(-1));
  });

  it.each([
    [['-c', '/a'], '/a'],
    [['--conf-file=/b'], '/b'],
    [['--conf-file', '/c'], '/c'],
    [['-conf-file=/d'], '/d'],
    [['-c/e'], '/e'],
    [['-c', '/f', '-c', '/g'], '/g'],
    [['-v', '7'], undefined],
  ])('flag %j', (words, value) => {
    expect(flag(words, ['-c', '--conf-file'])).toBe(value);
  });

  it('reads ports, hosts and durations', () => {
    expect([
      portOf(':9121'),
      portOf('0.0.0.0:80'),
      portOf('[::]:443'),
      portOf('8080'),
      portOf('x'),
      portOf(':70000'),
    ]).toEqual([9121, 80, 443, 8080, undefined, undefined]);
    expect([hostOf('127.0.0.1:6379'), hostOf(':80'), hostOf('[::1]:80')]).toEqual(['127.0.0.1', '', '::1']);
    expect([seconds('30s'), seconds('1m30s'), seconds('2m'), seconds('500ms'), seconds('15'), seconds('x')]).toEqual([
      30,
      90,
      120,
      1,
      15,
      undefined,
    ]);
    expect([dnsLabel('Web_App.v2', 'x'), dnsLabel('---', 'x')]).toEqual(['web-app-v2', 'x']);
  });
});
