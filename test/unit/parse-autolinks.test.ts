import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { findLiteralAutolinks } from '../../src/core/parse/autolink';
import { parseDocument } from '../../src/core/parse/document';
import { parseMarkdown } from '../../src/core/parse/markdown';

// GFM literal autolinks are found by our own scanner (the parser runs without micromark's autolink-literal
// extension); prose must still leave them out as it did with remark-gfm.

const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/** The parts of `md` that are not prose, among those that are text on their own line. */
const links = (md: string) => findLiteralAutolinks(md, 0, md.length).map((s) => md.slice(s.start, s.end));
const prose = (md: string) => {
  const d = parseDocument(md);
  return d.prose.map((s) => md.slice(s.start, s.end));
};

test('bare URLs, www. links and e-mail addresses are found with GFM trailing-punctuation rules', () => {
  assert.deepEqual(links('See https://example.org/a/b.'), ['https://example.org/a/b']);
  assert.deepEqual(links('(see https://en.wikipedia.org/wiki/Foo_(bar)) and www.x.org/p?q=1, then'), ['https://en.wikipedia.org/wiki/Foo_(bar)', 'www.x.org/p?q=1']);
  assert.deepEqual(links('Write to name.surname@example.co.uk; or HTTP://EXAMPLE.ORG!'), ['name.surname@example.co.uk', 'HTTP://EXAMPLE.ORG']);
  // micromark's rules first: the address after `xmpp:` or `mailto:` is an e-mail link, a dotless host is fine after http://.
  assert.deepEqual(links('xmpp:user@example.org/desk and http://localhost:8080/x, mailto:a@b.org'), ['user@example.org', 'http://localhost:8080/x', 'a@b.org']);
  // After an unclosed `[` only the find-and-replace patterns apply: xmpp: is one link, mailto: none (as remark-gfm's
  // mailto link, whose text is not its URL, was read as prose).
  assert.deepEqual(links('[xmpp:user@example.org/desk mailto:a@b.org http://localhost/x'), ['xmpp:user@example.org/desk']);
  assert.deepEqual(links('www.x.org&amp; then'), ['www.x.org']);
});

test('not links: a word before www, an underscore in the last domain parts, an address ending in a digit', () => {
  assert.deepEqual(links('awww.example.org, www.ex_ample.org, a@b.c1'), []);
});

test('prose excludes literal autolinks but not link text, and keeps the text around them', () => {
  assert.deepEqual(prose('HER2 (see https://x.org/a) rose.'), ['HER2 (see ', ') rose.']);
  assert.deepEqual(prose('[https://x.org](https://y.org) and *www.z.org*'), ['https://x.org', ' and ']);
  assert.deepEqual(prose('A [@url:https://example.org/b; @pmid:1] key'), ['A [@url:', '; @pmid:1] key']);
});

/** The text of every literal autolink remark-gfm makes, as the prose collector told them apart: links whose text is their URL, not written `<…>`. */
function remarkLinks(md: string): string[] {
  const out: string[] = [];
  const visit = (n: Nodes): void => {
    if (n.type === 'link') {
      const only = n.children.length === 1 ? n.children[0] : undefined;
      const value = only?.type === 'text' ? only.value : undefined;
      const start = n.position?.start.offset;
      const url = n.url.replace(/^mailto:/, '');
      if (value !== undefined && (start === undefined || md[start] !== '<') && [value, `http://${value}`, `https://${value}`].includes(url)) out.push(value);
      return;
    }
    if ('children' in n) for (const c of n.children) visit(c as Nodes);
  };
  visit(unified().use(remarkParse).use(remarkGfm).parse(md));
  return out;
}

/** Our literal autolinks: the scanner run over each text node of our parse, as the prose collector runs it. */
function ourLinks(md: string): string[] {
  const out: string[] = [];
  let brackets = { depth: 0 };
  const visit = (n: Nodes): void => {
    if (n.type === 'link' || n.type === 'linkReference' || n.type === 'code' || n.type === 'inlineCode') return;
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell') brackets = { depth: 0 };
    if (n.type === 'text' && n.position) {
      for (const s of findLiteralAutolinks(md, n.position.start.offset!, n.position.end.offset!, brackets)) out.push(md.slice(s.start, s.end));
      return;
    }
    if ('children' in n) for (const c of n.children) visit(c as Nodes);
  };
  visit(parseMarkdown(md));
  return out;
}

// Known difference: a URL runs on into markup it touches in remark-gfm (`https://x.org/*a*` or `https://x.org/a[](b)` is
// one link there; here the link stops at the markup), so the URLs below end with white space, after optional punctuation.
test('property: on prose with URLs, addresses, brackets and emphasis, the links found are those remark-gfm made', () => {
  const url = fc
    .tuple(
      fc.constantFrom('https://example.org/a', 'http://x.org/p?q=1&r=2', 'https://doi.org/10.1000/xyz(1)', 'www.example.com', 'www.ex.org/a_b', 'name@example.org', 'a.b-c@x.co.uk', 'HTTPS://X.ORG'),
      fc.constantFrom('', '.', ',', ')', '.)', ';', '!', '?', ':', '"', "'", ']'),
    )
    .map(([u, after]) => `${u}${after} `);
  const word = fc.constantFrom(
    'HER2', 'rose', 'et al.', '(', ')', '[', ']', '.', ',', ';', ':', '!', '?', '"', "'", ' ', ' ', '\n', '\n\n', '(12)', '[@smith2020]',
    'www', 'http', '@', '-', 'example.org', ' *emphasis* ', ' `code` ', '# ', '- ', ' [a](b) ',
  );
  const piece = fc.oneof(url, word);
  const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
  fc.assert(
    fc.property(text, (md) => assert.deepEqual(ourLinks(md), remarkLinks(md), JSON.stringify(md))),
    { numRuns: RUNS ?? 400, ...(SEED !== undefined ? { seed: SEED } : {}) },
  );
});
