/** One colour per speaker, light enough to read text through, distinct side by side; grey for no speaker. */
export const SPEAKER_COLOURS = ['#ffe08a', '#a8e6cf', '#ffc4d6', '#b5d8ff', '#ffd3a5', '#d7c4ff', '#bfeeee', '#e2e59a'];
export const NO_SPEAKER_COLOUR = '#e3e3e3';

export function speakerColour(index: number | null): string {
  return index === null ? NO_SPEAKER_COLOUR : SPEAKER_COLOURS[index % SPEAKER_COLOURS.length];
}
