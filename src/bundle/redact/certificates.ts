/** Characters of a PEM body: base64 and the line breaks between its lines. */
const PEM_BODY = /^[A-Za-z0-9+/=\s]*$/;

/**
 * Whether a text is one or more PEM certificates and nothing else (blanks aside): a TLS Secret's `tls.crt`, a
 * `ca.crt`, a CA bundle. Certificates are public, and Tier 3 needs them to read expiry and issuer, so such a
 * value is kept even where every other value is masked. A key beside them makes the whole text secret.
 */
export function isCertificatesOnly(text: string): boolean {
  let at = skipBlanks(text, 0);
  if (at === text.length) return false;
  while (at < text.length) {
    if (!text.startsWith('-----BEGIN ', at)) return false;
    const labelStart = at + 11;
    const labelEnd = text.indexOf('-----', labelStart);
    if (labelEnd === -1) return false;
    const label = text.slice(labelStart, labelEnd);
    if (!/^(?:[A-Z0-9]+ )*CERTIFICATE$/.test(label)) return false;
    const footer = `-----END ${label}-----`;
    const footerAt = text.indexOf(footer, labelEnd + 5);
    if (footerAt === -1 || !PEM_BODY.test(text.slice(labelEnd + 5, footerAt))) return false;
    // Strictly forward: past this certificate's footer.
    at = skipBlanks(text, footerAt + footer.length);
  }
  return true;
}

function skipBlanks(text: string, at: number): number {
  while (at < text.length && (text[at] === ' ' || text[at] === '\n' || text[at] === '\r' || text[at] === '\t')) at++;
  return at;
}
