// A link that leaves the app: opens in the system browser (Electron hands it to
// the OS after a scheme check) or a new tab (preview). Never renders a link
// whose scheme is not http, https or mailto.
import type { ReactNode } from 'react';

const SAFE = /^(https?:|mailto:)/i;

/** An outbound link, or plain text when the address is not safe to open. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!SAFE.test(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
