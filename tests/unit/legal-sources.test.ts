/**
 * A page that states a legal duty links the official source and says it is guidance, not
 * legal advice (SPEC: "Where law is discussed…").
 *
 * The rule is deliberately simple: a guide or case study "states a legal duty" when its
 * readable text names one of the legal regimes in TRIGGERS. Such a page must link at least
 * one URL on an official domain (OFFICIAL) and contain the words "not legal advice". Generic
 * words such as "contract" or "data processing agreement" are not triggers: a page that only
 * mentions them points to a page that does (protecting-data-and-ip, contracts-and-slas).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Names of laws and legal regimes whose mention means a duty is being stated. */
export const TRIGGERS =
  /\b(GDPR|Data Protection Act|HIPAA|business associate agreement|TUPE|IR35|off-payroll|PAYE|employment status|misclassif\w*)\b/i;

/** Hosts of official sources: regulators, governments, legislation and statistics bodies. */
export const OFFICIAL = [
  'ico.org.uk',
  'gov.uk',
  'legislation.gov.uk',
  'thegazette.co.uk',
  'europa.eu',
  'hhs.gov',
  'irs.gov',
  'dol.gov',
  'eeoc.gov',
  'bls.gov',
  'ons.gov.uk',
];

/** True when the URL's host is an official domain or a subdomain of one. */
export const isOfficial = (url: string) => {
  const host = new URL(url).hostname;
  return OFFICIAL.some((d) => host === d || host.endsWith(`.${d}`));
};

const pages = ['guides', 'case-studies'].flatMap((d) =>
  readdirSync(`content/${d}`)
    .filter((f) => /^[^_].*\.mdx$/.test(f))
    .map((f) => `content/${d}/${f}`),
);
const links = (src: string) => [...src.matchAll(/\]\((https:\/\/[^)\s]+)\)/g)].map((m) => m[1]!);
const readable = (src: string) => src.replace(/\]\([^)]*\)/g, ']');

describe('legal duties link an official source', () => {
  it('the domain check accepts official hosts only', () => {
    expect(isOfficial('https://www.gov.uk/transfers-takeovers')).toBe(true);
    expect(isOfficial('https://ico.org.uk/for-organisations/')).toBe(true);
    expect(isOfficial('https://eur-lex.europa.eu/eli/reg/2016/679/oj')).toBe(true);
    expect(isOfficial('https://gov.uk.example.com/')).toBe(false);
    expect(isOfficial('https://notgov.uk/')).toBe(false);
  });

  const stating = pages.filter((p) => TRIGGERS.test(readable(readFileSync(p, 'utf8'))));
  it('finds the pages that discuss law', () => {
    expect(stating.length).toBeGreaterThanOrEqual(5);
  });

  it.each(stating)('%s links an official source and says it is not legal advice', (page) => {
    const src = readFileSync(page, 'utf8');
    const term = readable(src).match(TRIGGERS)![0];
    expect(links(src).filter(isOfficial), `mentions "${term}" but links no official source`).not.toEqual([]);
    expect(src, `mentions "${term}" but does not say it is guidance, not legal advice`).toMatch(/not legal advice/i);
  });
});
