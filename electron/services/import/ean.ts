// The import's EAN checks: one copy in shared/domain/ean.ts, which the product
// form uses too. Re-exports only; must never grow a second set of rules here.
export * from '../../../shared/domain/ean.js';
