/** Building regular expressions from words and phrases of the language tables and of the page. */

/** `text` matched literally in a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any of `list`, literally: "a|b|c" with each escaped. */
export const alternatives = (list: readonly string[]) => list.map(escapeRegExp).join('|');
