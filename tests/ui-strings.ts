/** The interface's words read from public/_locales, as the entrypoints get them from browser.i18n ("$1" left in). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { UiStrings } from '@/components/strings';

export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** The interface's languages: the nine Glossa analyses (Chinese as Chrome names its simplified locale). */
export const LOCALES = ['en', 'ar', 'he', 'fa', 'fr', 'de', 'es', 'ru', 'zh_CN'] as const;
export type Locale = (typeof LOCALES)[number];

export function localeMessages(locale: Locale): Messages {
  return JSON.parse(readFileSync(resolve(__dirname, '../public/_locales', locale, 'messages.json'), 'utf8'));
}

export function uiStringsOf(locale: Locale): UiStrings {
  const messages = Object.fromEntries(Object.entries(localeMessages(locale)).map(([key, { message }]) => [key, message]));
  return { ...messages, locale: locale.replace('_', '-') } as unknown as UiStrings;
}
