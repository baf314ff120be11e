// A receipt on screen: the same ReceiptDocument the printer and the PDF render, drawn as a
// narrow paper-like column. The paper is Vietnamese whatever the screen's language, so the
// marks the renderer adds (sample data, reprint) are the Vietnamese ones the paper carries.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceiptBlock, ReceiptDocument } from '../../../shared/receipt/receipt-document';
import { formatVnd } from '../../../shared/format';
import { code128Bars, qrMatrix } from './receipt-codes';

export function ReceiptPreview(props: { document: ReceiptDocument; label?: string }) {
  const { i18n } = useTranslation();
  const paper = i18n.getFixedT('vi');
  const doc = props.document;
  const name = props.label ?? [doc.title, doc.copyLabel].filter(Boolean).join(' — ');
  return (
    <article className="receipt" aria-label={name}>
      {doc.sample && <p className="receipt__sample">{paper('receipt.sample')}</p>}
      {doc.reprint && (
        <div className="receipt__reprint">
          <p className="receipt__reprint-title">{paper('receipt.reprint', { number: doc.reprint.number })}</p>
          <p className="receipt__reprint-reason">{paper('receipt.reprintReason', { reason: doc.reprint.reason })}</p>
        </div>
      )}
      {doc.copyLabel && <p className="receipt__copy">{doc.copyLabel}</p>}
      <p className="receipt__title">{doc.title}</p>
      {doc.blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </article>
  );
}

function Block(props: { block: ReceiptBlock }): ReactNode {
  const b = props.block;
  switch (b.kind) {
    case 'heading':
      return <p className={`receipt__heading receipt--${b.align}`}>{b.text}</p>;
    case 'text':
      return (
        <p className={`receipt__text receipt--${b.align}${b.bold ? ' receipt--bold' : ''}${b.size === 'small' ? ' receipt--small' : ''}`}>
          {b.text}
        </p>
      );
    case 'field':
      return (
        <p className="receipt__field">
          <span className="receipt__label">{b.label}:</span> <span className="receipt__value">{b.value}</span>
        </p>
      );
    case 'table':
      return <ReceiptTable columns={b.columns} rows={b.rows} />;
    case 'amounts':
      return (
        <dl className="receipt__amounts">
          {b.rows.map((row, i) => (
            <div key={i} className={`receipt__amount${row.bold ? ' receipt--bold' : ''}`}>
              <dt>{row.label}</dt>
              <dd>{formatVnd(row.vnd, 'vi')}</dd>
            </div>
          ))}
        </dl>
      );
    case 'barcode':
      return <Barcode data={b.data} caption={b.caption} />;
    case 'qr':
      return <QrCode data={b.data} caption={b.caption} />;
    case 'rule':
      return <hr className="receipt__rule" />;
    case 'signatures':
      return (
        <div className="receipt__signatures">
          {b.parties.map((party, i) => (
            <div key={i} className="receipt__signature">
              <p className="receipt--bold">{party}</p>
            </div>
          ))}
        </div>
      );
  }
}

type TableBlock = Extract<ReceiptBlock, { kind: 'table' }>;

function ReceiptTable(props: { columns: TableBlock['columns']; rows: TableBlock['rows'] }) {
  const total = props.columns.reduce((sum, c) => sum + c.weight, 0) || 1;
  return (
    <table className="receipt__table">
      <colgroup>
        {props.columns.map((c, i) => (
          <col key={i} style={{ width: `${(c.weight / total) * 100}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {props.columns.map((c, i) => (
            <th key={i} scope="col" className={`receipt--${c.align}`}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) => (
              <td key={i} className={`receipt--${props.columns[i]?.align ?? 'left'}`}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** CODE128 drawn as SVG bars with a quiet zone; the data as text if it cannot be encoded. */
function Barcode(props: { data: string; caption: string }) {
  const bars = useMemo(() => code128Bars(props.data), [props.data]);
  const quiet = 10;
  const runs: [number, number][] = [];
  if (bars) {
    for (let i = 0; i < bars.length; i++) {
      if (bars[i] !== '1') continue;
      const last = runs[runs.length - 1];
      if (last && last[0] + last[1] === i) last[1]++;
      else runs.push([i, 1]);
    }
  }
  return (
    <figure className="receipt__code receipt__barcode">
      {bars ? (
        <svg
          role="img"
          aria-label={props.data}
          viewBox={`0 0 ${bars.length + quiet * 2} 40`}
          preserveAspectRatio="none"
          shapeRendering="crispEdges"
        >
          <rect x="0" y="0" width={bars.length + quiet * 2} height="40" fill="#fff" />
          {runs.map(([x, w]) => (
            <rect key={x} x={x + quiet} y="0" width={w} height="40" fill="#000" />
          ))}
        </svg>
      ) : (
        <p className="receipt__code-text">{props.data}</p>
      )}
      <figcaption>{props.caption}</figcaption>
    </figure>
  );
}

/** A QR code drawn as one SVG path of dark modules with a 4-module quiet zone. */
function QrCode(props: { data: string; caption: string | null }) {
  const path = useMemo(() => {
    const m = qrMatrix(props.data);
    if (!m) return null;
    let d = '';
    for (let r = 0; r < m.size; r++) for (let c = 0; c < m.size; c++) if (m.dark(r, c)) d += `M${c + 4} ${r + 4}h1v1h-1z`;
    return { d, size: m.size + 8 };
  }, [props.data]);
  return (
    <figure className="receipt__code receipt__qr">
      {path ? (
        <svg role="img" aria-label={props.caption ?? props.data} viewBox={`0 0 ${path.size} ${path.size}`} shapeRendering="crispEdges">
          <rect x="0" y="0" width={path.size} height={path.size} fill="#fff" />
          <path d={path.d} fill="#000" />
        </svg>
      ) : (
        <p className="receipt__code-text">{props.data}</p>
      )}
      {props.caption && <figcaption>{props.caption}</figcaption>}
    </figure>
  );
}
