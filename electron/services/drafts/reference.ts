// Generates the default reference of a new draft: OD-YYYYMMDD-XXXX, short
// enough to read out on the phone and unlikely to collide. Pure: no I/O.

// No 0/O or 1/I: the reference is read aloud and typed back by people.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function suffix(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(random() * ALPHABET.length)] ?? 'X';
  return text;
}

/** A reference for `date` (UTC day) that `taken` does not know; a crowded day gets longer suffixes. */
export function generateReference(
  date: Date,
  random: () => number,
  taken: (reference: string) => boolean,
): string {
  const day = date.toISOString().slice(0, 10).replaceAll('-', '');
  for (let attempt = 0; ; attempt++) {
    const reference = `OD-${day}-${suffix(random, 4 + Math.floor(attempt / 20))}`;
    if (!taken(reference)) return reference;
  }
}
