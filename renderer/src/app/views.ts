// The sidebar's list of views. Each feature adds one entry; the order here is
// the order in the sidebar and of the Ctrl+1…9 shortcuts. Never put logic here.
import type { ComponentType } from 'react';
import { DiagnosticsView } from '../features/diagnostics/diagnostics-view.js';
import { DraftsView } from '../features/drafts/drafts-view.js';
import { ImportView } from '../features/import/import-view.js';
import { LiveView } from '../features/live/live-view.js';
import { OutboxBadge } from '../features/drafts/outbox-badge.js';
import { OrdersView } from '../features/orders/orders-view.js';
import { ProductsView } from '../features/products/products-view.js';

/** One main view of the app. */
export interface AppView {
  id: string;
  label: string;
  component: ComponentType;
  /** Shown after the label in the sidebar (a count, for example); renders nothing when empty. */
  badge?: ComponentType;
}

/** Every view, in sidebar order; append new features' views here. */
export const VIEWS: AppView[] = [
  { id: 'orders', label: 'Orders', component: OrdersView },
  { id: 'products', label: 'Products', component: ProductsView },
  { id: 'drafts', label: 'Drafts', component: DraftsView, badge: OutboxBadge },
  { id: 'import', label: 'Import', component: ImportView },
  { id: 'live', label: 'Live updates', component: LiveView },
  { id: 'diagnostics', label: 'Diagnostics', component: DiagnosticsView },
];
