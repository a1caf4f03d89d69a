// First-run screen: sign in with a merchant ID and secret token (the client pair
// defaults to OGOship's demo under "Advanced"), or try the built-in sandbox.
// Clears the typed secrets from the form once they are sent.
import { useState, type FormEvent } from 'react';
import { DEMO_CLIENT, signInInputSchema } from '../../../../shared/contract/session.js';
import { useSessionStore } from './session-store.js';

const HELP_BY_KIND: Record<string, string> = {
  auth: 'Check the merchant ID and secret token in myOGO → Edit Merchant → Integrations → API Information.',
  offline: 'OGO Desk could not reach OGOship. Check your internet connection, then try again.',
  keychain:
    "OGO Desk could not use your system's keychain to keep the secret safe. Unlock or install it (for example GNOME Keyring), then try again.",
};

function SignInHelp() {
  const error = useSessionStore((state) => state.error);
  const session = useSessionStore((state) => state.session);
  const busy = useSessionStore((state) => state.busy);
  const keepForThisSessionOnly = useSessionStore((state) => state.keepForThisSessionOnly);
  const noKeychain = error?.kind === 'keychain' || session?.status === 'keychainUnavailable';
  const message = error?.message ?? session?.message ?? null;
  if (!message) return null;
  const help = error
    ? HELP_BY_KIND[error.kind]
    : noKeychain
      ? HELP_BY_KIND.keychain
      : session?.status === 'credentialsInvalid'
        ? HELP_BY_KIND.auth
        : undefined;
  if (session?.status === 'signedOut' && !error)
    return (
      <div className="notice notice-ok" role="status">
        {message}
      </div>
    );
  return (
    <div className="notice notice-error" role="alert">
      <strong>{message}</strong>
      {help ? <p>{help}</p> : null}
      {noKeychain ? (
        <button
          type="button"
          className="button"
          onClick={() => void keepForThisSessionOnly()}
          disabled={busy !== null}
        >
          Keep me signed in only until OGO Desk quits
        </button>
      ) : null}
    </div>
  );
}

/** The sign-in screen. */
export function SignInView() {
  const busy = useSessionStore((state) => state.busy);
  const signIn = useSessionStore((state) => state.signIn);
  const trySandbox = useSessionStore((state) => state.trySandbox);
  // After the stored credentials stopped working, the merchant ID is already known.
  const knownMerchant = useSessionStore((state) => state.session?.merchantId ?? '');
  const [merchantId, setMerchantId] = useState(knownMerchant);
  const [secretToken, setSecretToken] = useState('');
  const [clientId, setClientId] = useState<string>(DEMO_CLIENT.clientId);
  const [clientSecret, setClientSecret] = useState<string>(DEMO_CLIENT.clientSecret);
  const [problems, setProblems] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = signInInputSchema.safeParse({ merchantId, secretToken, clientId, clientSecret });
    if (!parsed.success) {
      setProblems(
        Object.fromEntries(
          parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]),
        ),
      );
      return;
    }
    setProblems({});
    await signIn(parsed.data);
    setSecretToken('');
  };

  return (
    <main className="sign-in">
      <section className="sign-in-card" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">OGO Desk</h1>
        <p className="muted">Orders and products at your OGOship warehouse.</p>
        <SignInHelp />
        <form onSubmit={submit} noValidate>
          <Field
            id="merchantId"
            label="Merchant ID"
            value={merchantId}
            onChange={setMerchantId}
            problem={problems.merchantId}
            autoComplete="username"
          />
          <Field
            id="secretToken"
            label="Secret token"
            value={secretToken}
            onChange={setSecretToken}
            problem={problems.secretToken}
            type="password"
            autoComplete="current-password"
          />
          <details className="advanced">
            <summary>Advanced</summary>
            <p className="muted small">
              OGOship's demo application pair works for testing; ask OGOship for your own before
              going live.
            </p>
            <Field
              id="clientId"
              label="Client ID"
              value={clientId}
              onChange={setClientId}
              problem={problems.clientId}
            />
            <Field
              id="clientSecret"
              label="Client secret"
              value={clientSecret}
              onChange={setClientSecret}
              problem={problems.clientSecret}
              type="password"
            />
          </details>
          <button type="submit" className="button primary wide" disabled={busy !== null}>
            {busy === 'signIn' ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <div className="divider">
          <span>or</span>
        </div>
        <button
          type="button"
          className="button wide"
          onClick={() => void trySandbox()}
          disabled={busy !== null}
        >
          {busy === 'sandbox' ? 'Starting the sandbox…' : 'Try the built-in sandbox'}
        </button>
        <p className="muted small">
          The sandbox is a pretend OGOship with sample orders and products, running inside the app.
        </p>
      </section>
    </main>
  );
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  problem: string | undefined;
  type?: string;
  autoComplete?: string;
}

function Field({
  id,
  label,
  value,
  onChange,
  problem,
  type = 'text',
  autoComplete = 'off',
}: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem ? (
        <span id={`${id}-problem`} className="field-problem">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
