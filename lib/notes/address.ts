/**
 * The address a page's notes are filed under: the same article reached from a newsletter, a social network or a
 * search result should find the same notes, so the address drops fragments and tracking parameters and follows
 * the page's canonical link when that link stays on the page's own site (same scheme, same host).
 */

/** Query parameters that only say where a visitor came from (besides every `utm_*`), lower-cased. */
const TRACKING_PARAMETERS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'sccid', 'li_fat_id',
  'igshid', 'igsh', 'mibextid', 'srsltid', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', '__hstc', '__hssc',
  '__hsfp', 'hsctatracking', 'oly_enc_id', 'oly_anon_id', 'vero_id', 'vero_conv', 'mkt_tok', 'ml_subscriber',
  'ml_subscriber_hash', 'rb_clickid', 's_cid', 'wickedid', '_openstat', 'xtor', 'ns_campaign', 'ns_mchannel',
  'ns_source', 'ns_medium', 'ns_linkname', 'ns_fee', 'at_medium', 'at_campaign', 'smid', 'guccounter',
]);

/** The href of the page's first `<link rel="canonical">`, or null when it has none. */
export function canonicalHref(doc: Document): string | null {
  for (const link of doc.querySelectorAll('link[rel]')) {
    const relations = link.getAttribute('rel')!.toLowerCase().split(/\s+/);
    if (relations.includes('canonical')) return link.getAttribute('href');
  }
  return null;
}

/**
 * The address the notes of the page at `pageUrl` are filed under, given the href of its canonical link; null for
 * a page that is not on the web (not http or https).
 */
export function pageAddress(pageUrl: string, canonical: string | null): string | null {
  const page = httpUrl(pageUrl);
  if (!page) return null;
  // A canonical link to another site is a page trying to pass for that site: its notes stay under its own address.
  // So is one to the same host under another scheme: an http page (which anyone on the network can write) naming
  // an https address would get the notes of the https page.
  const claimed = canonical === null ? null : httpUrl(canonical, page);
  const address = claimed && claimed.protocol === page.protocol && siteHost(claimed) === siteHost(page) ? claimed : page;
  address.hash = '';
  address.username = '';
  address.password = '';
  address.search = address.search
    .slice(1)
    .split('&')
    .filter((parameter) => parameter && !isTrackingParameter(parameter.split('=')[0]))
    .join('&');
  return address.href;
}

function httpUrl(address: string, base?: URL): URL | null {
  try {
    const url = new URL(address, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The host (with its port, if not the default) as one site: "www.example.com" and "example.com" are one. */
function siteHost(url: URL): string {
  return url.host.replace(/^www\./, '');
}

function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMETERS.has(lower);
}
