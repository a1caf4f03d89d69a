// Desktop notification switches and per-product low-stock thresholds.
// Presentational: plain props in, callbacks out.
import { useState } from 'react';
import type { LiveSettings, StockThreshold } from '../../../../shared/contract/webhooks.js';
import { formatCount } from '../../app/format.js';

/** Props of the alerts panel. */
export interface AlertSettingsProps {
  settings: LiveSettings;
  thresholds: StockThreshold[];
  onSettings(patch: Partial<LiveSettings>): void;
  onThreshold(productCode: string, threshold: number | null): void;
}

/** Notification toggles and the thresholds table. */
export function AlertSettings(props: AlertSettingsProps) {
  const [code, setCode] = useState('');
  const [threshold, setThreshold] = useState('');
  const amount = Number(threshold);
  const valid = code.trim() !== '' && threshold !== '' && Number.isInteger(amount) && amount >= 0;
  return (
    <section className="live-card" aria-labelledby="live-alerts-title">
      <h2 id="live-alerts-title">Notifications</h2>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={props.settings.notifyShipped}
          onChange={(event) => props.onSettings({ notifyShipped: event.target.checked })}
        />
        Notify when an order ships (with its tracking link)
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={props.settings.notifyLowStock}
          onChange={(event) => props.onSettings({ notifyLowStock: event.target.checked })}
        />
        Notify when a product’s available stock falls below its threshold
      </label>
      <h3>Low-stock thresholds</h3>
      <form
        className="toolbar"
        aria-label="Set a threshold"
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          props.onThreshold(code.trim(), amount);
          setCode('');
          setThreshold('');
        }}
      >
        <input
          aria-label="Product code"
          placeholder="Product code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        <input
          aria-label="Threshold"
          type="number"
          min={0}
          placeholder="Below"
          className="live-threshold"
          value={threshold}
          onChange={(event) => setThreshold(event.target.value)}
        />
        <button type="submit" className="button" disabled={!valid}>
          Set threshold
        </button>
      </form>
      <table className="mini-table">
        <tbody>
          {props.thresholds.map((item) => (
            <tr key={item.productCode}>
              <td className="mono">{item.productCode}</td>
              <td className="align-end">below {formatCount(item.threshold)}</td>
              <td className="align-end">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => props.onThreshold(item.productCode, null)}
                >
                  Clear
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
