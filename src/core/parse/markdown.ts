import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import type { Root } from 'mdast';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkMath);

/** Parses Markdown (CommonMark + GFM + front matter + math) into an mdast tree with positions. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
