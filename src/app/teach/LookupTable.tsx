/**
 * The input half of an explorer: a textarea of one entry per line beside a table of where each entry
 * goes (the first 500), as the shard and route explorers show keys and client addresses.
 */

/** Entries shown in the table at most; the rest are counted, not drawn. */
const SHOWN = 500;

const fmt = new Intl.NumberFormat('en');

interface Props {
  /** Base of the textarea's id (from `useId`) and its suffix, e.g. `keys`. */
  readonly id: string;
  readonly label: string;
  readonly doc: string;
  readonly text: string;
  readonly onText: (text: string) => void;
  /** The table's caption, its accessible name. */
  readonly caption: string;
  /** Headings of the entry column and the destination column. */
  readonly columns: readonly [string, string];
  /** Where an entry goes, as shown in the second column. */
  readonly resolve: (entry: string) => string;
  /** When set, a note counts the entries past the first 500, e.g. `keys`. */
  readonly overflowNoun?: string;
}

/** The non-empty lines of `text`, trimmed. */
function entriesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function LookupTable({ id, label, doc, text, onText, caption, columns, resolve, overflowNoun }: Props) {
  const entries = entriesOf(text);
  return (
    <div className="explorer-grid">
      <div>
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        <textarea
          id={id}
          className="input mono explorer-input"
          rows={8}
          spellCheck={false}
          value={text}
          aria-describedby={`${id}-doc`}
          onChange={(e) => onText(e.target.value)}
        />
        <p className="doc" id={`${id}-doc`}>
          {doc}
        </p>
      </div>
      <div className="explorer-table-wrap">
        <table className="explorer-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{columns[0]}</th>
              <th scope="col">{columns[1]}</th>
            </tr>
          </thead>
          <tbody>
            {entries.slice(0, SHOWN).map((entry, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same entry may be typed twice
              <tr key={`${i}:${entry}`}>
                <td className="mono">{entry}</td>
                <td>{resolve(entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {overflowNoun && entries.length > SHOWN && (
          <p className="doc">
            Showing the first {SHOWN} of {fmt.format(entries.length)} {overflowNoun}.
          </p>
        )}
      </div>
    </div>
  );
}
