// Every schema migration of the local database, in the order they were written.
//
// To add tables for a feature: write `NNN-feature.ts` in this folder exporting a
// `Migration` (see ../migrate.ts), import it here and APPEND it to the list.
// Never reorder, edit or remove an entry that has shipped: a database stores how
// many entries it has applied (PRAGMA user_version), not their names.
import type { Migration } from '../migrate.js';
import { draftsMigration } from '../../drafts/drafts-migration.js';
import { webhooksMigration } from '../../webhooks/schema.js';
import { cacheMigration } from './001-cache.js';
import { cacheOwnerMigration } from './cache-owner.js';

/** The ordered list the store applies on open. */
export const MIGRATIONS: readonly Migration[] = [
  cacheMigration,
  webhooksMigration,
  draftsMigration,
  cacheOwnerMigration,
];
