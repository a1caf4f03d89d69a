// Builds the demo catalogue: products with Finnish or Swedish names, valid
// EAN-13s, a spread of stock (zero, reserved, plenty) and announced incoming
// deliveries. Deterministic for a seed and a clock reading; no I/O.
import { isoTime } from '../clock.js';
import type {
  ProductJson,
  ProductRow,
  StockUpdateProductJson,
  StockUpdateRow,
} from '../records.js';
import { BASE_ITEMS, COLOURS, LEGACY_CODES, SIZES, SUPPLIERS } from './catalogue.js';
import { gs1CheckDigit } from './ean.js';
import type { SeededRandom } from './random.js';

const DAY_MS = 86_400_000;
const SIZED_GROUPS = new Set(['Vaatteet', 'Kengät']);

function makeEan(random: SeededRandom, country: string, taken: Set<string>): string {
  for (;;) {
    const prefix = country === 'SE' ? '73' : country === 'EE' ? '474' : '64';
    const body = prefix + random.digits(12 - prefix.length);
    const ean = body + String(gs1CheckDigit(body));
    if (!taken.has(ean)) {
      taken.add(ean);
      return ean;
    }
  }
}

function productCode(index: number, colourCode: string, size: string | undefined): string {
  const base = `OGO-${String(1000 + index)}-${colourCode}`;
  return size ? `${base}-${size}` : base;
}

function stockFigures(
  random: SeededRandom,
): Pick<ProductJson, 'stock' | 'reserved' | 'stockAvailable'> {
  const roll = random.next();
  const stock = roll < 0.12 ? 0 : roll < 0.3 ? random.int(1, 9) : random.int(10, 600);
  const reserved = stock > 0 && random.chance(0.35) ? random.int(1, Math.min(stock, 25)) : 0;
  return { stock, reserved, stockAvailable: stock - reserved };
}

function makeProduct(
  random: SeededRandom,
  index: number,
  now: number,
  eans: Set<string>,
  legacyCode?: string,
): ProductRow {
  const item = BASE_ITEMS[index % BASE_ITEMS.length]!;
  const colour = COLOURS[Math.floor(index / BASE_ITEMS.length) % COLOURS.length]!;
  const size = SIZED_GROUPS.has(item.group) ? random.pick(SIZES) : undefined;
  const supplier = random.pick(SUPPLIERS);
  const language = random.chance(0.7) ? 'fi' : 'sv';
  const code = legacyCode ?? productCode(index, colour.code, size);
  const name = [item[language], colour[language], size].filter(Boolean).join(', ');
  const salesPrice = random.int(item.price[0], item.price[1]) + 0.9;
  const editMs = now - random.int(1, 365) * DAY_MS + random.int(0, DAY_MS - 1);
  const json: ProductJson = {
    id: random.guid(),
    code,
    name,
    description:
      language === 'fi' ? `${item.fi} – pohjoismaista laatua.` : `${item.sv} – nordisk kvalitet.`,
    supplierCode: `${supplier.name.slice(0, 3).toUpperCase()}-${random.digits(5)}`,
    supplier: supplier.name,
    group: item.group,
    eanCode: random.chance(0.96) ? makeEan(random, supplier.country, eans) : null,
    supplyPrice: Math.round(salesPrice * 0.4 * 100) / 100,
    salesPrice,
    currencyCode: 'EUR',
    infoUrl: `https://demo-kauppa.example/tuote/${encodeURIComponent(code.toLowerCase())}`,
    pictureUrl: random.chance(0.8) ? `https://demo-kauppa.example/kuvat/${index}.jpg` : null,
    countryOfOrigin: supplier.country,
    languageCode: language,
    customsDescription: item.customs,
    hsCode: item.hsCode,
    ...stockFigures(random),
    stockUpdate: 0,
    stockUpdateTime: null,
    editTime: isoTime(editMs),
  };
  return {
    key: code,
    editMs,
    stockMs: Math.min(now - 1, editMs + random.int(0, 30) * DAY_MS),
    json,
  };
}

/** The demo catalogue: `count` products, the last few with legacy URL-unsafe codes. */
export function seedProducts(random: SeededRandom, count: number, now: number): ProductRow[] {
  const eans = new Set<string>();
  const legacyFrom = count >= 50 ? count - LEGACY_CODES.length : count;
  const rows: ProductRow[] = [];
  for (let index = 0; index < count; index++) {
    rows.push(makeProduct(random, index, now, eans, LEGACY_CODES[index - legacyFrom]));
  }
  return rows;
}

function incomingLine(
  random: SeededRandom,
  product: ProductJson,
  received: boolean,
): StockUpdateProductJson {
  const expectedQuantity = random.int(2, 40) * 10;
  return {
    code: product.code,
    name: product.name,
    expectedQuantity,
    supplyPrice: product.supplyPrice,
    eanCode: product.eanCode,
    countryOfOrigin: product.countryOfOrigin ?? 'FI',
    customsDescription: product.customsDescription,
    hsCode: product.hsCode,
    receivedQuantity: received ? expectedQuantity - random.int(0, 2) : 0,
    warehouseComments: received && random.chance(0.2) ? 'Two cartons damaged in transit.' : null,
  };
}

function makeStockUpdate(
  random: SeededRandom,
  index: number,
  products: ProductRow[],
  now: number,
): StockUpdateRow {
  const received = index % 3 === 0;
  const receiveMs = received ? now - random.int(5, 200) * DAY_MS : now + random.int(3, 30) * DAY_MS;
  const createdMs = (received ? receiveMs : now) - random.int(3, 20) * DAY_MS;
  const editMs = received ? receiveMs + DAY_MS : createdMs;
  const lines = Array.from({ length: random.int(1, 4) }, () => random.pick(products).json);
  const unique = [...new Map(lines.map((product) => [product.code, product])).values()];
  const reference = `PO-${String(2026000 + index)}`;
  return {
    key: reference,
    editMs,
    json: {
      reference,
      autoReference: `SU${String(10000 + index)}`,
      status: received ? 'RECEIVED' : 'NEW',
      warehouseCode: random.pick(['FIVAN01', 'SESTO01', 'EETLL01']),
      supplier: random.pick(SUPPLIERS).name,
      containers: null,
      pallets: random.int(0, 2),
      parcels: random.int(1, 12),
      deliveredBy: random.pick(['DHL Freight', 'Schenker', 'Posti']),
      receiveDate: isoTime(receiveMs).slice(0, 10),
      arrivalDate: received ? isoTime(receiveMs) : null,
      merchantComments: random.chance(0.3) ? 'Please count the sizes separately.' : null,
      trackingCodes: [`${random.pick(['JJFI', 'DHL'])}${random.digits(12)}`],
      specialAction: null,
      products: unique.map((product) => incomingLine(random, product, received)),
      warehouseComments: received ? 'Received and shelved.' : null,
      created: isoTime(createdMs),
      modified: isoTime(editMs),
    },
  };
}

/** Announced deliveries, about one per 25 products, a third of them already received. */
export function seedStockUpdates(
  random: SeededRandom,
  products: ProductRow[],
  now: number,
): StockUpdateRow[] {
  if (products.length === 0) return [];
  const count = Math.max(1, Math.round(products.length / 25));
  return Array.from({ length: count }, (_, index) => makeStockUpdate(random, index, products, now));
}
