// Word lists for demo customers in the five Nordic/Baltic countries the demo
// shop ships to: names, streets, cities with postcodes, phone prefixes. Data only.

/** A country's ingredients for believable addresses. */
export interface CountryPeople {
  code: 'FI' | 'SE' | 'EE' | 'NO' | 'DK';
  currency: string;
  firstNames: readonly string[];
  lastNames: readonly string[];
  streets: readonly string[];
  cities: ReadonlyArray<{ city: string; zip: string }>;
  phonePrefix: string;
}

/** Where the demo shop's customers live; FI first because most orders go there. */
export const COUNTRIES: readonly CountryPeople[] = [
  {
    code: 'FI',
    currency: 'EUR',
    firstNames: ['Aino', 'Eino', 'Helmi', 'Väinö', 'Sanna', 'Mikko', 'Laura', 'Juha', 'Kaisa', 'Tuomas', 'Elina', 'Ville', 'Päivi', 'Jari', 'Minna'],
    lastNames: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Saarinen'],
    streets: ['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Kauppakatu', 'Rantatie', 'Koivukuja', 'Pihlajatie', 'Yliopistonkatu'],
    cities: [
      { city: 'Helsinki', zip: '00100' },
      { city: 'Espoo', zip: '02100' },
      { city: 'Tampere', zip: '33100' },
      { city: 'Turku', zip: '20100' },
      { city: 'Oulu', zip: '90100' },
      { city: 'Jyväskylä', zip: '40100' },
      { city: 'Kuopio', zip: '70100' },
      { city: 'Rovaniemi', zip: '96100' },
    ],
    phonePrefix: '+35840',
  },
  {
    code: 'SE',
    currency: 'SEK',
    firstNames: ['Astrid', 'Erik', 'Ingrid', 'Lars', 'Maja', 'Oskar', 'Elsa', 'Johan', 'Karin', 'Nils', 'Sofia', 'Björn'],
    lastNames: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Lindqvist', 'Åberg'],
    streets: ['Drottninggatan', 'Storgatan', 'Kungsgatan', 'Vasagatan', 'Götgatan', 'Björkvägen', 'Sjövägen'],
    cities: [
      { city: 'Stockholm', zip: '111 20' },
      { city: 'Göteborg', zip: '411 05' },
      { city: 'Malmö', zip: '211 20' },
      { city: 'Uppsala', zip: '753 10' },
      { city: 'Umeå', zip: '903 26' },
      { city: 'Västerås', zip: '722 11' },
    ],
    phonePrefix: '+4670',
  },
  {
    code: 'EE',
    currency: 'EUR',
    firstNames: ['Mari', 'Jaan', 'Kadri', 'Toomas', 'Liis', 'Andres', 'Kristiina', 'Margus', 'Triin', 'Rein'],
    lastNames: ['Tamm', 'Saar', 'Sepp', 'Mägi', 'Kask', 'Kukk', 'Rebane', 'Ilves', 'Pärn', 'Koppel'],
    streets: ['Narva mnt', 'Pärnu mnt', 'Tartu mnt', 'Viru tänav', 'Rüütli tänav', 'Kase tänav'],
    cities: [
      { city: 'Tallinn', zip: '10111' },
      { city: 'Tartu', zip: '51003' },
      { city: 'Pärnu', zip: '80010' },
      { city: 'Narva', zip: '20308' },
    ],
    phonePrefix: '+3725',
  },
  {
    code: 'NO',
    currency: 'NOK',
    firstNames: ['Ingrid', 'Ola', 'Kari', 'Jonas', 'Nora', 'Henrik', 'Sigrid', 'Magnus', 'Ingeborg', 'Håkon'],
    lastNames: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Berg', 'Haugen', 'Bakken'],
    streets: ['Karl Johans gate', 'Storgata', 'Kirkegata', 'Bryggen', 'Fjordveien', 'Bjørkeveien'],
    cities: [
      { city: 'Oslo', zip: '0150' },
      { city: 'Bergen', zip: '5003' },
      { city: 'Trondheim', zip: '7011' },
      { city: 'Stavanger', zip: '4006' },
      { city: 'Tromsø', zip: '9008' },
    ],
    phonePrefix: '+4790',
  },
  {
    code: 'DK',
    currency: 'DKK',
    firstNames: ['Freja', 'Mads', 'Ida', 'Rasmus', 'Sofie', 'Mikkel', 'Emma', 'Søren', 'Clara', 'Anders'],
    lastNames: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen'],
    streets: ['Strøget', 'Vesterbrogade', 'Nørrebrogade', 'Østergade', 'Algade', 'Bøgevej'],
    cities: [
      { city: 'København', zip: '1050' },
      { city: 'Aarhus', zip: '8000' },
      { city: 'Odense', zip: '5000' },
      { city: 'Aalborg', zip: '9000' },
    ],
    phonePrefix: '+4520',
  },
];

/** Share of orders per country, in COUNTRIES order. */
export const COUNTRY_WEIGHTS = [0.55, 0.2, 0.1, 0.08, 0.07] as const;

/** Companies some customers order for. */
export const COMPANIES = ['Kahvila Kulma Oy', 'Bastu & Bad AB', 'Metsä Design Oy', 'Fjord Interiør AS', 'Hygge Hjem ApS', 'Rannapood OÜ'];
