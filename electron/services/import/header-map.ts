// Maps a CSV file's headers to product fields: English, Finnish and Swedish names
// and the API's own, matched without regard to case, diacritics, spaces or dashes.
// Pure: never reads files; saved profiles live in mapping-profiles.ts.
import { PRODUCT_FIELDS, type ProductField } from '../../../shared/domain/product.js';

/** Where a column's field came from. */
export type MappingSource = 'auto' | 'manual' | 'none';

/** One column of the file and the product field it fills, if any. */
export interface ColumnMapping {
  readonly index: number;
  readonly header: string;
  readonly field: ProductField | null;
  readonly source: MappingSource;
}

/** A user's choice per header (as written, trimmed): a field, or null to ignore the column. */
export type MappingOverride = Readonly<Record<string, ProductField | null>>;

const ALIASES: Record<ProductField, readonly string[]> = {
  code: ['code', 'productcode', 'sku', 'itemcode', 'articlenumber', 'tuotekoodi', 'koodi', 'tuotenumero', 'artikkelinumero', 'artikelnummer', 'produktkod', 'artikelkod', 'artnr', 'kood', 'tootekood'],
  name: ['name', 'productname', 'title', 'nimi', 'tuotenimi', 'tuotteennimi', 'namn', 'benamning', 'produktnamn', 'artikelnamn', 'nimetus'],
  description: ['description', 'kuvaus', 'tuotekuvaus', 'beskrivning', 'produktbeskrivning', 'kirjeldus'],
  supplierCode: ['suppliercode', 'supplierproductcode', 'suppliersku', 'toimittajankoodi', 'toimittajakoodi', 'toimittajantuotekoodi', 'leverantorskod', 'leverantorensartikelnummer', 'leverantorsartikelnummer'],
  supplier: ['supplier', 'vendor', 'toimittaja', 'leverantor', 'tarnija'],
  group: ['group', 'productgroup', 'category', 'tuoteryhma', 'ryhma', 'kategoria', 'produktgrupp', 'grupp', 'kategori', 'tooteruhm'],
  eanCode: ['eancode', 'ean', 'ean13', 'gtin', 'barcode', 'eankoodi', 'viivakoodi', 'streckkod', 'eankod', 'triipkood'],
  supplyPrice: ['supplyprice', 'purchaseprice', 'costprice', 'cost', 'ostohinta', 'hankintahinta', 'inkopspris', 'inpris', 'sisseostuhind'],
  salesPrice: ['salesprice', 'price', 'saleprice', 'retailprice', 'myyntihinta', 'hinta', 'forsaljningspris', 'pris', 'utpris', 'myygihind', 'hind'],
  currencyCode: ['currencycode', 'currency', 'valuutta', 'valuuttakoodi', 'valuta', 'valutakod', 'valuuta'],
  infoUrl: ['infourl', 'producturl', 'url', 'link', 'linkki', 'tuotesivu', 'lank', 'produktsida'],
  pictureUrl: ['pictureurl', 'imageurl', 'image', 'picture', 'kuva', 'kuvaurl', 'kuvalinkki', 'bild', 'bildurl', 'pilt'],
  countryOfOrigin: ['countryoforigin', 'origin', 'origincountry', 'alkuperamaa', 'valmistusmaa', 'ursprungsland', 'tillverkningsland', 'paritolumaa'],
  languageCode: ['languagecode', 'language', 'lang', 'kieli', 'kielikoodi', 'sprak', 'sprakkod', 'keel'],
  customsDescription: ['customsdescription', 'tullikuvaus', 'tulliselite', 'tullbeskrivning', 'tollikirjeldus'],
  hsCode: ['hscode', 'hs', 'tariffcode', 'customscode', 'tullinimike', 'hskoodi', 'tullikoodi', 'tulltaxenummer', 'tullkod', 'hskod', 'tollikood'],
};

const FIELD_BY_KEY = buildLookup();

function buildLookup(): Map<string, ProductField> {
  const lookup = new Map<string, ProductField>();
  for (const field of PRODUCT_FIELDS) {
    for (const alias of ALIASES[field]) lookup.set(alias, field);
  }
  return lookup;
}

/** Folds a header for matching: no case, diacritics, spaces, dashes, dots or brackets. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The product field a header names, or null when it names none. */
export function fieldForHeader(header: string): ProductField | null {
  return FIELD_BY_KEY.get(normalizeHeader(header)) ?? null;
}

/** Maps every column; an override wins over auto-mapping, and a field is taken once. */
export function mapHeaders(headers: readonly string[], override: MappingOverride = {}): ColumnMapping[] {
  const taken = new Set<ProductField>();
  return headers.map((raw, index) => {
    const header = raw.trim();
    const manual = Object.hasOwn(override, header);
    const wanted = manual ? (override[header] ?? null) : fieldForHeader(header);
    if (wanted === null || taken.has(wanted)) return { index, header, field: null, source: manual ? 'manual' : 'none' };
    taken.add(wanted);
    return { index, header, field: wanted, source: manual ? 'manual' : 'auto' };
  });
}

/** Headers that hold a name but map to no field, for the preview to report. */
export function unknownHeaders(columns: readonly ColumnMapping[]): string[] {
  return columns.filter((column) => column.field === null && column.source === 'none' && column.header !== '').map((column) => column.header);
}
