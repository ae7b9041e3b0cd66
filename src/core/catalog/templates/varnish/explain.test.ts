import { describe, expect, it } from 'vitest';
import { explainers } from './explain';

const explain = (line: string) => explainers['default.vcl']?.(line);

describe('default.vcl line explanations', () => {
  it.each([
    ['        return (pass);', /^Passes this request to the app every time/],
    ['        set beresp.ttl = 300s;', /for 300 seconds/],
    ['sub vcl_recv {', /for each request as it arrives/],
    ['    .host = "127.0.0.1";', /the app in this pod/],
    ['    } else {', /^Otherwise/],
    ['vcl 4.1;', /VCL version/],
  ])('%s', (line, expected) => {
    expect(explain(line)).toMatch(expected);
  });

  it('says nothing for blank lines, closing braces and statements it does not know', () => {
    for (const line of ['', '}', '    }', '    unset req.http.Cookie;']) expect(explain(line)).toBeUndefined();
  });
});
