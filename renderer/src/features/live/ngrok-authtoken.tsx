// The ngrok authtoken field: write-only. What is typed goes straight to the
// keychain through the contract and the field empties; the page only ever
// learns "set" or "not set". Presentational: plain props in, callbacks out.
import { useState } from 'react';

/** Props of the authtoken field. */
export interface NgrokAuthtokenProps {
  state: 'set' | 'not set';
  busy: boolean;
  onSave(token: string | null): void;
}

/** Password field with Keep in keychain / Forget. */
export function NgrokAuthtoken({ state, busy, onSave }: NgrokAuthtokenProps) {
  const [authtoken, setAuthtoken] = useState('');
  return (
    <div className="field">
      <label htmlFor="ngrok-authtoken">
        ngrok authtoken <span className="badge">{state}</span>
      </label>
      <div className="toolbar">
        <input
          id="ngrok-authtoken"
          type="password"
          autoComplete="off"
          placeholder="Paste to keep it in the system keychain"
          value={authtoken}
          onChange={(event) => setAuthtoken(event.target.value)}
        />
        <button
          type="button"
          className="button"
          disabled={authtoken.trim().length < 10 || busy}
          onClick={() => {
            onSave(authtoken.trim());
            setAuthtoken('');
          }}
        >
          Keep in keychain
        </button>
        {state === 'set' ? (
          <button type="button" className="link-button" onClick={() => onSave(null)}>
            Forget
          </button>
        ) : null}
      </div>
    </div>
  );
}
