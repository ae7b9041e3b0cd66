/**
 * Hand-written files in the languages the sharded-Redis example does not produce (nginx,
 * fluentd, Dockerfile), so the harness shows every tokenizer.
 */
import type { BundleFile } from '../types';

export const SAMPLE_FILES: readonly BundleFile[] = [
  {
    path: 'configs/nginx.conf',
    language: 'nginx',
    owners: ['sample-nginx'],
    content: `# HTTPS terminator for a legacy app on 127.0.0.1:8080
pid /tmp/nginx.pid;
error_log stderr warn;
events {
  worker_connections 1024;
}
http {
  access_log /dev/stdout;
  upstream legacy {
    ip_hash;
    server 127.0.0.1:8080 weight=3 max_fails=2 fail_timeout=30s;
  }
  server {
    listen 8443 ssl;
    server_name shop.example.com;
    ssl_certificate /etc/tls/tls.crt;
    ssl_protocols TLSv1.2 TLSv1.3;
    client_max_body_size 10m;
    location ~* \\.(png|css)$ { expires 7d; }
    location / {
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For "$proxy_add_x_forwarded_for";
      proxy_pass http://legacy;
    }
  }
}
`,
  },
  {
    path: 'configs/fluent.conf',
    language: 'fluentd',
    owners: ['sample-fluentd'],
    content: `# Redis slow-query log to stdout
<source>
  @type redis_slowlog
  host "localhost"
  port 6379
  tag redis.slowlog
  logsize 128
  interval 10s
</source>
<match redis.**>
  @type stdout
  <buffer tag, time>
    flush_interval 5s
    retry_forever true
  </buffer>
</match>
`,
  },
  {
    path: 'images/fluentd-redis/Dockerfile',
    language: 'dockerfile',
    owners: ['sample-fluentd'],
    content: `FROM fluent/fluentd:v1.16-1
USER root
RUN gem install fluent-plugin-redis-slowlog --no-document
USER fluent
EXPOSE 24224
ENV REDIS_HOST=localhost REDIS_PORT=6379
LABEL description="fluentd with the Redis slow-log input" version="1.0"
`,
  },
];
