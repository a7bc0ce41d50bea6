import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { mathFromMarkdown } from 'mdast-util-math';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { math } from 'micromark-extension-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';

/**
 * unified with remark-parse (the design card's parser), given CommonMark's GFM footnote, strikethrough, table and
 * task-list extensions and math, and front matter when asked, as remark-gfm, remark-math and remark-frontmatter
 * would add them — but not GFM's literal autolinks (bare `https://…`, `www.…`, e-mail addresses): that micromark
 * extension about doubled the parse time, so they are found in the text nodes afterwards (see `findLiteralAutolinks`).
 */
const micromarkBase = [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem(), math()];
const mdastBase = [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), mathFromMarkdown()];
const base = unified().use(remarkParse).data('micromarkExtensions', micromarkBase).data('fromMarkdownExtensions', mdastBase).freeze();
const withFrontMatter = unified()
  .use(remarkParse)
  .data('micromarkExtensions', [...micromarkBase, frontmatter(['yaml', 'toml'])])
  .data('fromMarkdownExtensions', [...mdastBase, frontmatterFromMarkdown(['yaml', 'toml'])])
  .freeze();

/**
 * Parses Markdown (CommonMark + GFM without literal autolinks + math, and YAML/TOML front matter when `frontMatter`)
 * into an mdast tree with positions. Ask for front matter only when the text has it (`hasFrontMatter`): after a
 * failed attempt micromark's front-matter construct stays current and keeps later lists from opening.
 */
export function parseMarkdown(text: string, frontMatter = hasFrontMatter(text)): Root {
  return (frontMatter ? withFrontMatter : base).parse(text);
}

/** True when the text opens with a `---` (YAML) or `+++` (TOML) line that a later equal line closes (spaces and tabs may follow either). */
export function hasFrontMatter(text: string): boolean {
  const fence = text.startsWith('---') ? '---' : text.startsWith('+++') ? '+++' : undefined;
  if (!fence) return false;
  let at = 0;
  for (let line = 0; at <= text.length; line++) {
    let end = at;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    if (text.startsWith(fence, at) && isSpacesOrTabs(text, at + 3, end)) {
      if (line > 0) return true;
    } else if (line === 0) return false;
    if (end >= text.length) return false;
    at = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  return false;
}

function isSpacesOrTabs(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}
