// How numbers, money and times read in the UI. Pure functions, no state.

const count = new Intl.NumberFormat();

const two = (value: number) => String(value).padStart(2, '0');

/**
 * A date-time from the API in local time as `2026-11-16 10:27`, or a dash.
 * ISO-like on purpose: unambiguous across Nordic and US habits, short enough
 * for a table cell, and the same in tables and detail panes.
 */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return `${day} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** The same compact date-time for table cells, or a dash. */
export function formatShortDateTime(value: string | null | undefined): string {
  return formatDateTime(value);
}

/** An amount with its currency, or a dash. */
export function formatMoney(
  amount: number | null | undefined,
  currency: string | null | undefined,
): string {
  if (amount === null || amount === undefined) return '—';
  if (!currency) return amount.toFixed(2);
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

/** A whole number with grouping, or a dash. */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : count.format(value);
}

/** "3 minutes ago"-style text for a past time. */
export function formatAgo(value: string | null | undefined, now = Date.now()): string {
  if (!value) return 'never';
  const seconds = Math.round((now - new Date(value).getTime()) / 1000);
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return formatDateTime(value);
}
