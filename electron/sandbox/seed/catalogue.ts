// Word lists for the demo catalogue: Nordic products with Finnish and Swedish
// names, their groups, price ranges and customs codes. Data only.

/** A kind of product the demo shop sells. */
export interface BaseItem {
  fi: string;
  sv: string;
  group: string;
  price: [number, number];
  hsCode: string;
  customs: string;
}

/** What the demo shop sells. */
export const BASE_ITEMS: readonly BaseItem[] = [
  {
    fi: 'Villasukat',
    sv: 'Ullstrumpor',
    group: 'Vaatteet',
    price: [12, 29],
    hsCode: '61159500',
    customs: 'Wool socks',
  },
  {
    fi: 'Pipo',
    sv: 'Mössa',
    group: 'Vaatteet',
    price: [15, 39],
    hsCode: '65050090',
    customs: 'Knitted hat',
  },
  {
    fi: 'Lapaset',
    sv: 'Vantar',
    group: 'Vaatteet',
    price: [14, 35],
    hsCode: '61169200',
    customs: 'Knitted mittens',
  },
  {
    fi: 'Kaulahuivi',
    sv: 'Halsduk',
    group: 'Vaatteet',
    price: [19, 59],
    hsCode: '61171000',
    customs: 'Scarf',
  },
  {
    fi: 'Collegepaita',
    sv: 'Collegetröja',
    group: 'Vaatteet',
    price: [39, 79],
    hsCode: '61102090',
    customs: 'Cotton sweatshirt',
  },
  {
    fi: 'T-paita',
    sv: 'T-shirt',
    group: 'Vaatteet',
    price: [19, 35],
    hsCode: '61091000',
    customs: 'Cotton t-shirt',
  },
  {
    fi: 'Sadetakki',
    sv: 'Regnjacka',
    group: 'Vaatteet',
    price: [69, 149],
    hsCode: '62019300',
    customs: 'Rain jacket',
  },
  {
    fi: 'Kumisaappaat',
    sv: 'Gummistövlar',
    group: 'Kengät',
    price: [49, 119],
    hsCode: '64019210',
    customs: 'Rubber boots',
  },
  {
    fi: 'Tossut',
    sv: 'Tofflor',
    group: 'Kengät',
    price: [25, 49],
    hsCode: '64042090',
    customs: 'Slippers',
  },
  {
    fi: 'Kahvimuki',
    sv: 'Kaffemugg',
    group: 'Keittiö',
    price: [12, 29],
    hsCode: '69120021',
    customs: 'Ceramic mug',
  },
  {
    fi: 'Puukauha',
    sv: 'Träslev',
    group: 'Keittiö',
    price: [9, 24],
    hsCode: '44191900',
    customs: 'Wooden ladle',
  },
  {
    fi: 'Leikkuulauta',
    sv: 'Skärbräda',
    group: 'Keittiö',
    price: [24, 69],
    hsCode: '44191100',
    customs: 'Wooden cutting board',
  },
  {
    fi: 'Kuksa',
    sv: 'Kåsa',
    group: 'Keittiö',
    price: [29, 59],
    hsCode: '44191900',
    customs: 'Wooden cup',
  },
  {
    fi: 'Teepannu',
    sv: 'Tekanna',
    group: 'Keittiö',
    price: [29, 79],
    hsCode: '69120023',
    customs: 'Teapot',
  },
  {
    fi: 'Pellavaliina',
    sv: 'Linnehandduk',
    group: 'Koti',
    price: [19, 45],
    hsCode: '63026000',
    customs: 'Linen towel',
  },
  {
    fi: 'Torkkupeitto',
    sv: 'Pläd',
    group: 'Koti',
    price: [49, 129],
    hsCode: '63014010',
    customs: 'Wool blanket',
  },
  {
    fi: 'Tuoksukynttilä',
    sv: 'Doftljus',
    group: 'Koti',
    price: [15, 39],
    hsCode: '34060000',
    customs: 'Scented candle',
  },
  {
    fi: 'Tyynynpäällinen',
    sv: 'Kuddfodral',
    group: 'Koti',
    price: [19, 39],
    hsCode: '63040000',
    customs: 'Cushion cover',
  },
  {
    fi: 'Saunavihta',
    sv: 'Bastukvast',
    group: 'Sauna',
    price: [9, 19],
    hsCode: '14049000',
    customs: 'Birch sauna whisk',
  },
  {
    fi: 'Löylykauha',
    sv: 'Bastuskopa',
    group: 'Sauna',
    price: [19, 49],
    hsCode: '44190000',
    customs: 'Sauna ladle',
  },
  {
    fi: 'Saunatyyny',
    sv: 'Bastudyna',
    group: 'Sauna',
    price: [15, 35],
    hsCode: '63040000',
    customs: 'Sauna cushion',
  },
  {
    fi: 'Saunahattu',
    sv: 'Bastuhatt',
    group: 'Sauna',
    price: [19, 39],
    hsCode: '65040000',
    customs: 'Felt sauna hat',
  },
  {
    fi: 'Retkipullo',
    sv: 'Vattenflaska',
    group: 'Ulkoilu',
    price: [19, 39],
    hsCode: '73239300',
    customs: 'Steel bottle',
  },
  {
    fi: 'Otsalamppu',
    sv: 'Pannlampa',
    group: 'Ulkoilu',
    price: [29, 69],
    hsCode: '85131000',
    customs: 'Head torch',
  },
  {
    fi: 'Istuinalusta',
    sv: 'Sittunderlag',
    group: 'Ulkoilu',
    price: [12, 29],
    hsCode: '39211900',
    customs: 'Foam seat pad',
  },
  {
    fi: 'Reppu',
    sv: 'Ryggsäck',
    group: 'Ulkoilu',
    price: [59, 149],
    hsCode: '42029291',
    customs: 'Backpack',
  },
  {
    fi: 'Ruisnäkkileipä',
    sv: 'Rågknäcke',
    group: 'Herkut',
    price: [4, 9],
    hsCode: '19059010',
    customs: 'Rye crispbread',
  },
  {
    fi: 'Lakritsi',
    sv: 'Lakrits',
    group: 'Herkut',
    price: [3, 8],
    hsCode: '17049030',
    customs: 'Liquorice',
  },
  {
    fi: 'Hillosetti',
    sv: 'Syltset',
    group: 'Herkut',
    price: [14, 29],
    hsCode: '20079993',
    customs: 'Berry jam',
  },
  {
    fi: 'Suklaalevy',
    sv: 'Chokladkaka',
    group: 'Herkut',
    price: [3, 7],
    hsCode: '18063100',
    customs: 'Chocolate bar',
  },
];

/** Variants a base item comes in, by language. */
export const COLOURS: ReadonlyArray<{ fi: string; sv: string; code: string }> = [
  { fi: 'musta', sv: 'svart', code: 'BLK' },
  { fi: 'valkoinen', sv: 'vit', code: 'WHT' },
  { fi: 'harmaa', sv: 'grå', code: 'GRY' },
  { fi: 'sininen', sv: 'blå', code: 'BLU' },
  { fi: 'vihreä', sv: 'grön', code: 'GRN' },
  { fi: 'punainen', sv: 'röd', code: 'RED' },
  { fi: 'keltainen', sv: 'gul', code: 'YEL' },
  { fi: 'ruskea', sv: 'brun', code: 'BRN' },
  { fi: 'luonnonvalkoinen', sv: 'naturvit', code: 'NAT' },
  { fi: 'tummansininen', sv: 'marinblå', code: 'NVY' },
];

/** Sizes for clothes and shoes. */
export const SIZES = ['XS', 'S', 'M', 'L', 'XL'] as const;

/** Suppliers, with the country the goods come from. */
export const SUPPLIERS: ReadonlyArray<{ name: string; country: string }> = [
  { name: 'Pohjolan Neule Oy', country: 'FI' },
  { name: 'Savon Puuseppä Oy', country: 'FI' },
  { name: 'Lapin Herkku Oy', country: 'FI' },
  { name: 'Nordisk Textil AB', country: 'SE' },
  { name: 'Dalarnas Hantverk AB', country: 'SE' },
  { name: 'Baltic Sewing OÜ', country: 'EE' },
  { name: 'Tallinn Ceramics OÜ', country: 'EE' },
  { name: 'Porto Footwear Lda', country: 'PT' },
];

/** Legacy product codes from before OGOship asked for URL-safe codes; they need base64url. */
export const LEGACY_CODES = [
  'TEE/RED-M',
  'MUG#2',
  '50% ALE LAATIKKO',
  'SOCK\\PAIR-3',
  'LAHJA KORTTI 20€',
] as const;
