// Outgoing links: the renderer draws a link only for http, https and mailto
// (tracking URLs, document URLs, product info), and the shell hands a URL to the
// OS only after the same scheme check. Anything else stays inert text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { isSafeExternalUrl } from '../../electron/shell/csp.js';
import { ExternalLink } from '../../renderer/src/components/external-link.js';

const SAFE = [
  'https://tracking.example/JJFI1',
  'http://docs.example/label.pdf',
  'mailto:help@example.com',
];
const UNSAFE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'smb://server/share',
  'vbscript:msgbox',
  '//evil.example/x',
  'not a url',
  '',
];

describe('external links', () => {
  it('shell: opens only http, https and mailto URLs', () => {
    for (const url of SAFE) assert.equal(isSafeExternalUrl(url), true, url);
    for (const url of UNSAFE) assert.equal(isSafeExternalUrl(url), false, url);
  });

  it('renderer: draws a link for safe URLs only, opened without an opener', () => {
    for (const url of SAFE) {
      const html = renderToStaticMarkup(<ExternalLink href={url}>doc</ExternalLink>);
      assert.match(html, /^<a /, url);
      assert.match(html, /rel="noopener noreferrer"/);
    }
    for (const url of UNSAFE) {
      const html = renderToStaticMarkup(<ExternalLink href={url}>doc</ExternalLink>);
      assert.equal(html, '<span>doc</span>', url);
    }
  });
});
