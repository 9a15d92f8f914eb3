/**
 * A tool's document (framework/document.ts) on the page: the same blocks the Markdown is made
 * from, so what the visitor reads is what they copy, download and print. Document headings
 * start at `baseLevel` (a level-1 heading becomes an h{baseLevel}) to fit the page's outline.
 */
import type { JSX } from 'preact';
import type { Block, DocumentBlocks, Para } from '../framework/document';

interface Props {
  blocks: DocumentBlocks;
  /** The page heading level a document's level-1 heading gets (2 or 3). */
  baseLevel: 2 | 3;
}

/** A text with its blanks (framework/document.ts `blank()`, between U+E000 and U+E001) marked. */
function Text({ text }: { text: string }) {
  return (
    <>
      {text.split(/\uE000([^\uE000\uE001]*)\uE001/).map((p, i) =>
        i % 2 ? (
          <span key={i} class="doc-blank">
            [{p}]
          </span>
        ) : (
          p
        ),
      )}
    </>
  );
}

function ParaText({ p }: { p: Para }) {
  return (
    <>
      {/* The space is the text's own: across the edge of Text it would hydrate as a node of its own. */}
      {p.lead && <strong>{p.lead}</strong>}
      <Text text={p.lead ? ` ${p.text}` : p.text} />
    </>
  );
}

function BlockView({ b, baseLevel }: { b: Block; baseLevel: number }): JSX.Element {
  switch (b.kind) {
    case 'heading': {
      const Tag = `h${Math.min(6, b.level + baseLevel - 1)}` as 'h2';
      return (
        <Tag>
          <Text text={b.text} />
        </Tag>
      );
    }
    case 'para':
      return (
        <p>
          <ParaText p={b.para} />
        </p>
      );
    case 'note':
      return (
        <p class="doc-note">
          <em>
            <Text text={b.text} />
          </em>
        </p>
      );
    case 'list': {
      const items = b.items.map((item, i) => (
        <li key={i}>
          <ParaText p={item} />
        </li>
      ));
      return b.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table':
      return (
        <div class="table-scroll">
          <table>
            {b.caption && (
              <caption>
                <Text text={b.caption} />
              </caption>
            )}
            <thead>
              <tr>
                {b.head.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {b.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        <Text text={c} />
                      </th>
                    ) : (
                      <td key={j}>
                        <Text text={c} />
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

export function DocumentView({ blocks, baseLevel }: Props) {
  return (
    <div class="document">
      {blocks.map((b, i) => (
        <BlockView key={i} b={b} baseLevel={baseLevel} />
      ))}
    </div>
  );
}
