import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/integrations/site-address';

describe('the site address (SITE_URL)', () => {
  it('is the origin it names, or nothing when unset or empty', () => {
    expect(siteUrl('https://owner.github.io')).toBe('https://owner.github.io');
    expect(siteUrl('https://Owner.GitHub.io/')).toBe('https://owner.github.io');
    expect(siteUrl('http://localhost:4321')).toBe('http://localhost:4321');
    expect(siteUrl(undefined)).toBeUndefined();
    expect(siteUrl('')).toBeUndefined();
  });

  it('refuses what is not an http(s) address, or has a path, saying what to set', () => {
    expect(() => siteUrl('owner.github.io')).toThrow(/SITE_URL "owner\.github\.io" is not a URL.*https:\/\/owner/);
    expect(() => siteUrl('ftp://owner.github.io')).toThrow(/not an http\(s\) address/);
    expect(() => siteUrl('https://owner.github.io/reader')).toThrow(
      'give the address alone (SITE_URL=https://owner.github.io) and the path as SITE_BASE (SITE_BASE=/reader/)',
    );
    expect(() => siteUrl('https://owner.github.io/?x=1')).toThrow(
      'give the address alone (SITE_URL=https://owner.github.io)',
    );
  });
});
