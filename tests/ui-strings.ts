/** The interface's words read from public/_locales, as the entrypoints get them from browser.i18n ("$1" left in). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { UiStrings } from '@/components/strings';

export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function localeMessages(locale: 'en' | 'ar'): Messages {
  return JSON.parse(readFileSync(resolve(__dirname, '../public/_locales', locale, 'messages.json'), 'utf8'));
}

export function uiStringsOf(locale: 'en' | 'ar'): UiStrings {
  return Object.fromEntries(Object.entries(localeMessages(locale)).map(([key, { message }]) => [key, message])) as unknown as UiStrings;
}
