/** The interface in the nine languages Glossa analyses: every locale has every string, with the same placeholders. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYS } from '@/utils/strings';
import { LOCALES, localeMessages } from './ui-strings';

const english = localeMessages('en');
const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

describe('locales', () => {
  it('are the nine languages the engine analyses', () => {
    expect(LOCALES.map((locale) => locale.slice(0, 2)).sort()).toEqual(['ar', 'de', 'en', 'es', 'fa', 'fr', 'he', 'ru', 'zh']);
  });

  it('give every string the interface and the manifest ask for', () => {
    const manifest = readFileSync(resolve(__dirname, '../wxt.config.ts'), 'utf8');
    const asked = [...KEYS, ...[...manifest.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1])];
    for (const key of asked) expect(english, `en lacks "${key}"`).toHaveProperty(key);
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))('%s has every string, with the same placeholders, and translates them', (locale) => {
    const messages = localeMessages(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message }] of Object.entries(english)) {
      expect(messages[key].message.trim(), `${locale}: ${key} is empty`).not.toBe('');
      expect(placeholders(messages[key].message), `${locale}: ${key}'s placeholders`).toEqual(placeholders(message));
    }
    const translated = Object.keys(english).filter((key) => messages[key].message !== english[key].message);
    expect(translated.length / Object.keys(english).length).toBeGreaterThan(0.9);
  });

  it('name the CSV columns in every language', () => {
    for (const locale of LOCALES) expect(localeMessages(locale).csvColumns.message.split('|'), locale).toHaveLength(9);
  });
});
