import { describe, expect, it } from 'vitest';
import { columnsText, parseColumns } from './columns';

describe('table columns in the template editor', () => {
  it('reads each kind and writes it back', () => {
    const text = 'host:string Host name\nport:int:1:65535 Port\ntls:bool TLS\nmode:enum:a|b Mode';
    const columns = parseColumns(text);
    expect(columns).toEqual([
      { key: 'host', title: 'Host name', kind: 'string' },
      { key: 'port', title: 'Port', kind: 'int', min: 1, max: 65535 },
      { key: 'tls', title: 'TLS', kind: 'bool' },
      { key: 'mode', title: 'Mode', kind: 'enum', options: ['a', 'b'] },
    ]);
    expect(columnsText(columns)).toBe(text);
  });

  it('leaves out lines that do not read as a column yet', () => {
    expect(parseColumns('host\nport:int:1 Port\nx:float X\n\nok:bool OK')).toEqual([
      { key: 'ok', title: 'OK', kind: 'bool' },
    ]);
  });
});
