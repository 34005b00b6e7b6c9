/** Files the extension's pages save for the reader (exports), as a download of a Blob. */

/** How long a download's Blob URL is kept: revoking it at once can cancel the download in some browsers. */
const DOWNLOAD_URL_MS = 60_000;

export function download(fileName: string, contents: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_MS);
}

/** Today as YYYY-MM-DD, in local time (the date the user sees on their calendar). */
export function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}
