/**
 * The citation injection grammar (syntaxes/evidence-lens.injection.tmLanguage.json), tokenised with vscode-textmate
 * and vscode-oniguruma as VS Code does, injected into a minimal stand-in for the Markdown grammar.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../..');
const INJECTION = 'evidence-lens.citations.injection';
const MARKDOWN = 'text.html.markdown';

/** A tiny Markdown host: paragraphs, inline code, fenced code and HTML comments, with the scopes the selector excludes. */
const markdownStub = {
  scopeName: MARKDOWN,
  patterns: [{ include: '#fenced' }, { include: '#inline' }],
  repository: {
    fenced: {
      begin: '^```.*$',
      end: '^```\\s*$',
      name: 'markup.fenced_code.block.markdown',
    },
    inline: {
      patterns: [
        { match: '(`+)[^`]*\\1', name: 'markup.inline.raw.string.markdown' },
        { begin: '<!--', end: '-->', name: 'comment.block.html' },
      ],
    },
  },
};

let grammar: textmate.IGrammar;

before(async () => {
  const wasm = readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s) => new oniguruma.OnigScanner(s), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scopeName) => {
      if (scopeName === MARKDOWN) return textmate.parseRawGrammar(JSON.stringify(markdownStub), 'markdown.json');
      if (scopeName === INJECTION) {
        const file = path.join(ROOT, 'syntaxes/evidence-lens.injection.tmLanguage.json');
        return textmate.parseRawGrammar(readFileSync(file, 'utf8'), file);
      }
      return null;
    },
    getInjections: (scopeName) => (scopeName === MARKDOWN ? [INJECTION] : undefined),
  });
  const g = await registry.loadGrammar(MARKDOWN);
  assert.ok(g, 'the Markdown stub grammar did not load');
  grammar = g;
});

/** Tokenises lines; returns [text, scopes] per token. */
function tokenize(...lines: string[]): Array<[string, string[]]> {
  let stack = textmate.INITIAL;
  const out: Array<[string, string[]]> = [];
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) out.push([line.slice(t.startIndex, t.endIndex), t.scopes]);
    stack = r.ruleStack;
  }
  return out;
}

const isCitation = (scopes: string[]) => scopes.some((s) => s.startsWith('meta.citation.') || s.includes('citation') && s.endsWith('.evidence-lens'));

/** The text covered by citation scopes, joined per contiguous run. */
function citationRuns(...lines: string[]): string[] {
  const runs: string[] = [];
  let current = '';
  for (const [text, scopes] of tokenize(...lines)) {
    if (isCitation(scopes)) current += text;
    else if (current) {
      runs.push(current);
      current = '';
    }
  }
  if (current) runs.push(current);
  return runs;
}

/** Scopes of the token that starts with `needle`. */
function scopesOf(line: string, needle: string): string[] {
  const t = tokenize(line).find(([text]) => text.startsWith(needle));
  assert.ok(t, `no token starting with '${needle}' in: ${line}`);
  return t[1];
}

describe('citation injection grammar', () => {
  test('scopes numeric groups and Pandoc citations', () => {
    const line = 'HER2 rose (16) and (35, 36) [@smith2020; @doe2019]';
    assert.deepEqual(citationRuns(line), ['(16)', '(35, 36)', '[@smith2020; @doe2019]']);
    assert.ok(scopesOf(line, '16').includes('constant.numeric.citation.evidence-lens'));
    assert.ok(scopesOf(line, '35, 36').includes('meta.citation.numeric.evidence-lens'));
    assert.ok(scopesOf(line, 'smith2020').includes('entity.name.reference.citation-key.evidence-lens'));
    assert.ok(scopesOf(line, 'doe2019').includes('meta.citation.pandoc.evidence-lens'));
  });

  test('scopes ranges with any dash, brackets and mixed groups', () => {
    assert.deepEqual(citationRuns('as shown (38–41), [7-9] and (1,3-8,19).'), ['(38–41)', '[7-9]', '(1,3-8,19)']);
  });

  test('scopes Manubot identifiers, locators and in-text keys', () => {
    assert.deepEqual(citationRuns('see [@doi:10.1000/x; @pmid:12345678] and [see @key, p. 3]'), ['[@doi:10.1000/x; @pmid:12345678]', '[see @key, p. 3]']);
    assert.ok(scopesOf('as @smith2020 argued', 'smith2020').includes('meta.citation.in-text.evidence-lens'));
  });

  test('leaves statistics, callouts and inline code alone', () => {
    for (const line of ['a cohort (n = 5) was small', 'as drawn (Figure 1) and (Table 2)', 'call `code (3)` here', 'p values (p = 0.002) and (12%)']) {
      assert.deepEqual(citationRuns(line), [], line);
    }
  });

  test('leaves lone years and large numbers, and an enumerator at the start of a line, alone', () => {
    for (const line of ['published (2019) and (2010–2015)', 'a count (5151)', '(1) First, the receptor']) {
      assert.deepEqual(citationRuns(line), [], line);
    }
    assert.deepEqual(citationRuns('many (1000, 1001) and one (999)'), ['(1000, 1001)', '(999)']);
  });

  test('leaves fenced code, HTML comments, e-mail addresses and glued numbers alone', () => {
    assert.deepEqual(citationRuns('```', 'value (3) and [@key]', '```'), []);
    assert.deepEqual(citationRuns('<!-- old (4) -->'), []);
    assert.deepEqual(citationRuns('write to someone@example.org'), []);
    assert.deepEqual(citationRuns('levels of IL(6) rose'), []);
  });

  test('does not take a link label or footnote for a citation', () => {
    assert.deepEqual(citationRuns('see [the site](https://example.org) and note[^1]'), []);
  });
});
