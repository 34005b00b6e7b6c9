/**
 * One colour per speaker, light enough to read text through, distinct side by side; grey for no speaker. Colour is
 * not the only cue: each speaker's quotations are also underlined in a style of their own (solid, dashed, dotted,
 * double, wavy), the legend showing the same, so that readers who cannot tell the colours apart tell the speakers
 * apart. Five styles against eight colours: the first forty speakers differ in one or the other.
 */
export const SPEAKER_COLOURS = ['#ffe08a', '#a8e6cf', '#ffc4d6', '#b5d8ff', '#ffd3a5', '#d7c4ff', '#bfeeee', '#e2e59a'];
export const NO_SPEAKER_COLOUR = '#e3e3e3';
export const SPEAKER_LINES = ['solid', 'dashed', 'dotted', 'double', 'wavy'] as const;
/** The underline's colour: dark enough to see on every background the highlights use. */
export const LINE_COLOUR = '#5a5346';

export function speakerColour(index: number | null): string {
  return index === null ? NO_SPEAKER_COLOUR : SPEAKER_COLOURS[index % SPEAKER_COLOURS.length];
}

/** The speaker's underline style; quotations with no speaker have none. */
export function speakerLine(index: number | null): (typeof SPEAKER_LINES)[number] | null {
  return index === null ? null : SPEAKER_LINES[index % SPEAKER_LINES.length];
}

/** The CSS that draws a speaker's second cue under text (in a ::highlight() rule or on a legend's sample). */
export function speakerLineCss(index: number | null): string {
  const line = speakerLine(index);
  return line ? `text-decoration: underline ${line} ${LINE_COLOUR} 2px; text-underline-offset: 2px;` : 'text-decoration: none;';
}
