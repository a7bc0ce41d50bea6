import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
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
import type { Root } from 'mdast';

/**
 * CommonMark with the GFM footnote, strikethrough, table and task-list extensions, YAML/TOML front matter and math.
 * GFM's literal autolinks (bare `https://…`, `www.…`, e-mail addresses) are not parsed here — that micromark
 * extension about doubled the parse time — but found in the text nodes afterwards (see `findLiteralAutolinks`).
 */
const options: Options = {
  extensions: [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem(), frontmatter(['yaml', 'toml']), math()],
  mdastExtensions: [
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
    frontmatterFromMarkdown(['yaml', 'toml']),
    mathFromMarkdown(),
  ],
};

/** Parses Markdown (CommonMark + GFM without literal autolinks + front matter + math) into an mdast tree with positions. */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, options);
}
