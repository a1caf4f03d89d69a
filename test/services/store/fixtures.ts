// Orders and products for store tests, built to be searched and sorted. Test code only.
import type { Order } from '../../../shared/domain/order.js';
import type { Product } from '../../../shared/domain/product.js';

const STATUSES = ['New', 'Draft', 'Shipped', 'Cancelled', 'Reserved'] as const;
const NAMES = [
  'Aino Virtanen',
  'Erik Lindqvist',
  'Matti Korhonen',
  'Sofia Nyström',
  'Liisa Mäkinen',
];

/** The n-th test order: status, customer and edit time cycle predictably. */
export function makeOrder(n: number, overrides: Partial<Order> = {}): Order {
  const name = NAMES[n % NAMES.length]!;
  return {
    reference: `ORD-${String(n).padStart(6, '0')}`,
    status: STATUSES[n % STATUSES.length],
    customer: {
      name,
      address1: 'Mannerheimintie 1',
      city: 'Helsinki',
      countryCode: 'FI',
      email: `${name.split(' ')[0]!.toLowerCase()}.${n}@example.fi`,
    },
    orderLines: [{ code: `P-${n % 7}`, quantity: 1 + (n % 3) }],
    priceTotal: 10 + (n % 100),
    priceCurrency: 'EUR',
    trackingNumber: n % 2 === 0 ? `JJFI${String(n).padStart(10, '0')}` : null,
    editTime: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
    ...overrides,
  };
}

/** The n-th test product. */
export function makeProduct(n: number, overrides: Partial<Product> = {}): Product {
  return {
    code: `P-${n}`,
    name: n % 2 === 0 ? `Kahvi ${n}` : `Tee ${n}`,
    eanCode: `64${String(n).padStart(11, '0')}`,
    languageCode: 'fi',
    stock: n * 10,
    stockAvailable: n * 10 - 1,
    reserved: 1,
    editTime: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString(),
    ...overrides,
  };
}
