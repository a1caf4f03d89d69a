// Builds a year of demo orders: Nordic customers, lines of real catalogue
// products, every status, tracking for shipped ones and warehouse comments on
// some. Deterministic for a seed and a clock reading; no I/O.
import { ORDER_STATUSES, type OrderStatus } from '../../../shared/domain/order.js';
import { isoTime } from '../clock.js';
import type { CustomerJson, OrderJson, OrderLineJson, OrderRow, ProductRow } from '../records.js';
import { COMPANIES, COUNTRIES, COUNTRY_WEIGHTS, type CountryPeople } from './people.js';
import type { SeededRandom } from './random.js';
import { trackingFor } from './tracking.js';

const DAY_MS = 86_400_000;
const VAT: Record<CountryPeople['code'], number> = { FI: 25.5, SE: 25, EE: 24, NO: 25, DK: 25 };
const EUR_RATE: Record<string, number> = { EUR: 1, SEK: 11.2, NOK: 11.6, DKK: 7.46 };
const SHIPPING: Record<CountryPeople['code'], string> = {
  FI: 'POSTI_PAKETTI',
  SE: 'POSTNORD_MYPACK',
  EE: 'OMNIVA_PARCEL',
  NO: 'BRING_PARCEL',
  DK: 'POSTNORD_DK',
};

function pickCountry(random: SeededRandom): CountryPeople {
  let roll = random.next();
  for (let i = 0; i < COUNTRIES.length; i++) {
    roll -= COUNTRY_WEIGHTS[i]!;
    if (roll < 0) return COUNTRIES[i]!;
  }
  return COUNTRIES[0]!;
}

function asciiLocal(text: string): string {
  return text
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}

function makeCustomer(random: SeededRandom, country: CountryPeople): CustomerJson {
  const first = random.pick(country.firstNames);
  const last = random.pick(country.lastNames);
  const place = random.pick(country.cities);
  return {
    name: `${first} ${last}`,
    company: random.chance(0.08) ? random.pick(COMPANIES) : null,
    address1: `${random.pick(country.streets)} ${random.int(1, 120)}`,
    address2: random.chance(0.15) ? `${random.pick(['A', 'B', 'C'])} ${random.int(1, 40)}` : null,
    city: place.city,
    countryCode: country.code,
    zip: place.zip,
    phone: random.chance(0.93) ? `${country.phonePrefix}${random.digits(7)}` : null,
    email: `${asciiLocal(first)}.${asciiLocal(last)}${random.int(1, 99)}@example.com`,
  };
}

function makeLines(
  random: SeededRandom,
  products: ProductRow[],
  country: CountryPeople,
): OrderLineJson[] {
  const picked = new Map<string, ProductRow>();
  const count = random.int(1, 4);
  while (picked.size < Math.min(count, products.length)) {
    const product = random.pick(products);
    picked.set(product.key, product);
  }
  return [...picked.values()].map((product) => ({
    code: product.json.code,
    quantity: random.chance(0.8) ? 1 : random.int(2, 4),
    unitPrice:
      Math.round((product.json.salesPrice ?? 10) * EUR_RATE[country.currency]! * 100) / 100,
    vatPercentage: VAT[country.code],
    productInfoUrl: product.json.infoUrl,
    productPictureUrl: product.json.pictureUrl,
  }));
}

/** Old orders are mostly shipped; recent ones spread over the open statuses. */
function pickStatus(random: SeededRandom, ageDays: number): OrderStatus {
  const roll = random.next();
  if (ageDays > 10)
    return roll < 0.86 ? 'Shipped' : roll < 0.94 ? 'Cancelled' : roll < 0.99 ? 'Returned' : 'Draft';
  return random.pick([
    'New',
    'New',
    'New',
    'Pending',
    'Reserved',
    'Locked',
    'Collecting',
    'Shipped',
    'Shipped',
    'Draft',
  ]);
}

function warehouseComment(
  random: SeededRandom,
  status: OrderStatus,
  country: CountryPeople,
): string | null {
  if (status === 'Reserved') {
    return country.code === 'NO'
      ? 'Customs data missing for a non-EU destination: add HS codes to the products.'
      : 'Phone number missing: the carrier needs it for parcel lockers.';
  }
  if (!random.chance(0.06)) return null;
  return random.pick([
    'Packed in two parcels.',
    'Address confirmed with the carrier.',
    'Gift wrapping added as requested.',
  ]);
}

function makeOrder(
  random: SeededRandom,
  index: number,
  products: ProductRow[],
  now: number,
  status?: OrderStatus,
): OrderRow {
  const ageDays = random.int(0, 364);
  const createdMs = now - ageDays * DAY_MS - random.int(0, DAY_MS - 1);
  const chosen = status ?? pickStatus(random, ageDays);
  const country = pickCountry(random);
  const orderLines = makeLines(random, products, country);
  const goods = orderLines.reduce((sum, line) => sum + (line.unitPrice ?? 0) * line.quantity, 0);
  const editMs = Math.min(
    now - 1,
    createdMs + (chosen === 'New' || chosen === 'Draft' ? 0 : random.int(1, 4) * DAY_MS),
  );
  const tracking =
    chosen === 'Shipped' || chosen === 'Returned' ? trackingFor(random, country.code) : undefined;
  const reference = String(100000 + index);
  const json: OrderJson = {
    id: random.guid(),
    reference,
    status: chosen,
    shippingCode: SHIPPING[country.code],
    pickUpPointCode: country.code === 'FI' && random.chance(0.4) ? random.digits(6) : null,
    orderLines,
    customer: makeCustomer(random, country),
    comments: random.chance(0.1)
      ? random.pick(['Ovikoodi 1234', 'Jätä oven taakse.', 'Ring på dörren.'])
      : null,
    priceTotal: Math.round((goods + 5.9 * EUR_RATE[country.currency]!) * 100) / 100,
    priceCurrency: country.currency,
    cashOnDelivery: null,
    test: random.chance(0.01),
    documents: [],
    trackingNumber: tracking?.number ?? null,
    trackingUrl: tracking?.url ?? null,
    warehouseComments: warehouseComment(random, chosen, country),
    editTime: isoTime(editMs),
  };
  return { key: reference, editMs, json };
}

/** `count` orders over the past year; the first nine take each status once so all appear. */
export function seedOrders(
  random: SeededRandom,
  count: number,
  products: ProductRow[],
  now: number,
): OrderRow[] {
  if (products.length === 0) return [];
  const rows: OrderRow[] = [];
  for (let index = 0; index < count; index++) {
    rows.push(makeOrder(random, index, products, now, ORDER_STATUSES[index]));
  }
  return rows;
}
