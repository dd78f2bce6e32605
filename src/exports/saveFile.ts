/** How long a file's object URL lives after the download starts: enough for any browser to read it. */
const REVOKE_AFTER_MS = 60_000;

/** Hands a file made in the page to the browser's download, under `name`; nothing goes to a server. */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** A text file, UTF-8. */
export const textBlob = (text: string, type: string): Blob => new Blob([text], { type: `${type};charset=utf-8` });
