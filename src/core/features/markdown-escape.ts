/**
 * Escaping for Markdown built from document or bibliography text (hover contents, completion documentation), so that
 * titles such as `<script>`, `<img onerror=…>` or `[x](command:…)` render as inert text.
 */

const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~>=:"']/g;

/**
 * Escapes text for inline Markdown: HTML-significant `&`, `<`, `>` become entities, Markdown punctuation is
 * backslash-escaped, and line breaks and control characters become spaces (no new blocks can start).
 *
 * @example escapeMarkdown('<img src=x onerror=alert(1)>') // '&lt;img src\\=x onerror\\=alert\\(1\\)&gt;'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}

/**
 * Percent-encodes an identifier for use in a URL path, keeping `/` (DOIs contain it); everything outside
 * unreserved characters is encoded, so the result cannot close a Markdown link or add a scheme.
 */
export function encodeUrlPath(value: string): string {
  return value
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** A Markdown link whose text is escaped and whose target must be an `https:` URL (anything else gives the text alone). */
export function markdownLink(text: string, url: string): string {
  if (!/^https:\/\/[^\s()<>\\]+$/.test(url)) return escapeMarkdown(text);
  return `[${escapeMarkdown(text)}](${url})`;
}
