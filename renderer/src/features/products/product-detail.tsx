// The detail pane of the selected product: stock figures and every catalogue
// field. Presentational: takes the product as a plain prop.
import type { Product } from '../../../../shared/domain/product.js';
import { formatCount, formatDateTime, formatMoney } from '../../app/format.js';
import { ExternalLink } from '../../components/external-link.js';

/** One product, laid out for reading, with an Edit button. */
export function ProductDetail({ product, onEdit }: { product: Product; onEdit(): void }) {
  return (
    <div className="product-detail">
      <div className="detail-title">
        <h2>{product.name || product.code}</h2>
        <button type="button" className="button" onClick={onEdit}>
          Edit
        </button>
      </div>
      <p className="mono muted">{product.code}</p>
      <div className="stock-grid" aria-label="Stock">
        <Figure label="Stock" value={product.stock} />
        <Figure label="Available" value={product.stockAvailable} />
        <Figure label="Reserved" value={product.reserved} />
        <Figure label="Incoming" value={product.stockUpdate} />
      </div>
      {product.stockUpdateTime ? (
        <p className="small muted">Incoming expected {formatDateTime(product.stockUpdateTime)}</p>
      ) : null}
      <dl className="facts">
        <dt>EAN</dt>
        <dd>{product.eanCode || '—'}</dd>
        <dt>Description</dt>
        <dd>{product.description || '—'}</dd>
        <dt>Group</dt>
        <dd>{product.group || '—'}</dd>
        <dt>Supplier</dt>
        <dd>{[product.supplier, product.supplierCode].filter(Boolean).join(' · ') || '—'}</dd>
        <dt>Supply price</dt>
        <dd>{formatMoney(product.supplyPrice, product.currencyCode)}</dd>
        <dt>Sales price</dt>
        <dd>{formatMoney(product.salesPrice, product.currencyCode)}</dd>
        <dt>Language</dt>
        <dd>{product.languageCode || '—'}</dd>
        <dt>Origin</dt>
        <dd>{product.countryOfOrigin || '—'}</dd>
        <dt>Customs</dt>
        <dd>{[product.customsDescription, product.hsCode].filter(Boolean).join(' · ') || '—'}</dd>
        <dt>Info</dt>
        <dd>
          {product.infoUrl ? (
            <ExternalLink href={product.infoUrl}>{product.infoUrl}</ExternalLink>
          ) : (
            '—'
          )}
        </dd>
        <dt>Last changed</dt>
        <dd>{formatDateTime(product.editTime)}</dd>
      </dl>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: number | null | undefined }) {
  return (
    <div className="figure">
      <span className="figure-value">{formatCount(value)}</span>
      <span className="figure-label">{label}</span>
    </div>
  );
}
