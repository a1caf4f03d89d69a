// Live updates' status (connected / connecting / degraded / down and why) and
// how OGOship reaches this computer: the tunnel choice with its settings, and
// Connect / Disconnect. Presentational: plain props in, callbacks out. The
// ngrok authtoken field is write-only: the status says only "set" or "not set".
import { useState } from 'react';
import type { LiveSettings, LiveStatus, TunnelKind } from '../../../../shared/contract/webhooks.js';
import { LiveStatusBlock } from './live-status.js';
import { NgrokAuthtoken } from './ngrok-authtoken.js';
import { TextField } from './text-field.js';

/** Props of the connection panel. */
export interface LiveConnectionProps {
  status: LiveStatus | null;
  settings: LiveSettings;
  busy: 'connect' | 'disconnect' | 'settings' | null;
  onConnect(patch: Partial<LiveSettings>): void;
  onDisconnect(): void;
  onNgrokAuthtoken(token: string | null): void;
}

const TUNNELS: { value: TunnelKind; label: string; hint: string }[] = [
  { value: 'localtunnel', label: 'localtunnel', hint: 'No account; the URL changes on reconnect' },
  { value: 'ngrok', label: 'ngrok', hint: 'Needs an ngrok account and its authtoken' },
  { value: 'forwarded', label: 'A URL I forward', hint: 'Your reverse proxy or router rule' },
  { value: 'none', label: 'None (polling)', hint: 'No webhooks; news up to a minute late' },
];

/** Status line plus the tunnel form. */
export function LiveConnection(props: LiveConnectionProps) {
  const { status, settings } = props;
  const [tunnel, setTunnel] = useState(settings.tunnel);
  const [localtunnelHost, setLocaltunnelHost] = useState(settings.localtunnelHost ?? '');
  const [ngrokDomain, setNgrokDomain] = useState(settings.ngrokDomain ?? '');
  const [forwardedUrl, setForwardedUrl] = useState(settings.forwardedUrl ?? '');
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

  return (
    <section className="live-card" aria-labelledby="live-status-title">
      <h2 id="live-status-title">Connection</h2>
      {status ? <LiveStatusBlock status={status} /> : <p className="muted">Reading the status…</p>}
      <fieldset className="live-tunnels">
        <legend>How OGOship reaches this computer</legend>
        {TUNNELS.map((choice) => (
          <label key={choice.value} className="checkbox">
            <input
              type="radio"
              name="tunnel"
              value={choice.value}
              checked={tunnel === choice.value}
              onChange={() => setTunnel(choice.value)}
            />
            {choice.label} <span className="small muted">— {choice.hint}</span>
          </label>
        ))}
      </fieldset>
      {tunnel === 'localtunnel' ? (
        <TextField
          label="localtunnel server"
          placeholder="https://localtunnel.me (leave blank for the public server)"
          value={localtunnelHost}
          onChange={setLocaltunnelHost}
        />
      ) : null}
      {tunnel === 'ngrok' ? (
        <>
          <NgrokAuthtoken
            state={status?.ngrokAuthtoken ?? 'not set'}
            busy={props.busy !== null}
            onSave={props.onNgrokAuthtoken}
          />
          <TextField
            label="Reserved domain (optional)"
            placeholder="shop.ngrok.app"
            value={ngrokDomain}
            onChange={setNgrokDomain}
          />
        </>
      ) : null}
      {tunnel === 'forwarded' ? (
        <TextField
          label="Public URL"
          placeholder="https://hooks.example.com"
          hint={status?.localUrl ? `Forward it to ${status.localUrl}` : undefined}
          value={forwardedUrl}
          onChange={setForwardedUrl}
        />
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="button primary"
          disabled={props.busy !== null}
          onClick={() =>
            props.onConnect({
              tunnel,
              localtunnelHost: orNull(localtunnelHost),
              ngrokDomain: orNull(ngrokDomain),
              forwardedUrl: orNull(forwardedUrl),
            })
          }
        >
          {props.busy === 'connect' ? 'Connecting…' : 'Connect live updates'}
        </button>
        <button
          type="button"
          className="button"
          disabled={props.busy !== null}
          onClick={props.onDisconnect}
        >
          {props.busy === 'disconnect' ? 'Disconnecting…' : 'Disconnect'}
        </button>
      </div>
    </section>
  );
}
