// Carrier-shaped tracking numbers and URLs for shipped orders, shared by the
// seeder and the /__sandbox ship control. Made-up numbers; no I/O.
import type { SeededRandom } from './random.js';

/** A tracking number and the carrier page that would show it. */
export interface Tracking {
  number: string;
  url: string;
}

/** A tracking number of the carrier that serves `countryCode`. */
export function trackingFor(random: SeededRandom, countryCode: string): Tracking {
  if (countryCode === 'FI') {
    const number = `JJFI64${random.digits(16)}`;
    return { number, url: `https://www.posti.fi/fi/seuranta#/lahetys/${number}` };
  }
  if (countryCode === 'EE') {
    const number = `CE${random.digits(9)}EE`;
    return { number, url: `https://www.omniva.ee/track?barcode=${number}` };
  }
  const number = `00370${random.digits(15)}`;
  return { number, url: `https://tracking.postnord.com/tracking.html?id=${number}` };
}
