/** Drafts and bibliography files written into a temporary workspace folder for the server tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** Numbered draft: collapsible (2, 3, 4), out-of-order (6), unresolved (9), reference 7 never cited. */
export const NUMERIC = `# Review

HER2 is amplified (1). Trials followed (2, 3, 4).
Resistance appears (6). Then (5).
Unknown claim (9).

## References

1. Alpha A, Beta B. First study of HER2 <script>alert(1)</script>. J Ex. 2001;1:1-2. doi:10.5555/one
2. Gamma C. Second study. J Ex. 2002. PMID: 1234567
3. Delta D. Third study. J Ex. 2003. doi:10.5555/three
4. Epsilon E. Fourth study. J Ex. 2004. doi:10.5555/four
5. Zeta Z. Fifth study. J Ex. 2005. doi:10.5555/five
6. Eta H. Sixth study. J Ex. 2006. doi:10.5555/six
7. Theta T. Never cited study. J Ex. 2007. doi:10.5555/seven
`;

/** Out of order, nothing else wrong: renumbering fixes it. */
export const ORDER = `# Order

First (1). Then (3). Finally (2).

## References

1. Alpha A. Study one. J Ex. 2001. doi:10.5555/a1
2. Beta B. Study two. J Ex. 2002. doi:10.5555/a2
3. Gamma C. Study three. J Ex. 2003. doi:10.5555/a3
`;

export const ORDER_RENUMBERED = `# Order

First (1). Then (2). Finally (3).

## References

1. Alpha A. Study one. J Ex. 2001. doi:10.5555/a1
2. Gamma C. Study three. J Ex. 2003. doi:10.5555/a3
3. Beta B. Study two. J Ex. 2002. doi:10.5555/a2
`;

/** Pandoc draft using refs.bib: one unknown key; `unused2019` in the .bib is never cited. */
export const PANDOC = `---
bibliography: refs.bib
---

# Pandoc

Known work [@alpha2020]. Another [@beta2021; @missing2000].
`;

export const BIB = `@article{alpha2020,
  author = {Alpha, Ann and Beta, Bob},
  title = {Alpha study of trastuzumab},
  journal = {J Example},
  year = {2020},
  doi = {10.5555/alpha}
}

@article{beta2021,
  author = {Beta, Bob},
  title = {Beta study},
  journal = {J Example},
  year = {2021},
  pmid = {7654321}
}

@article{unused2019,
  author = {Gamma, Gil},
  title = {Never cited},
  journal = {J Example},
  year = {2019},
  doi = {10.5555/unused}
}
`;

/** A draft naming a bibliography outside the workspace folder. */
export const ESCAPING = `---
bibliography: ../outside.bib
---

Text [@alpha2020].
`;

/** Creates the workspace folder (inside a temporary parent that also holds `outside.bib`). */
export function makeWorkspace(): { root: string; file: (name: string) => string } {
  const parent = mkdtempSync(path.join(tmpdir(), 'evl-lsp-'));
  const root = path.join(parent, 'ws');
  mkdirSync(root);
  writeFileSync(path.join(parent, 'outside.bib'), BIB);
  writeFileSync(path.join(root, 'numeric.md'), NUMERIC);
  writeFileSync(path.join(root, 'order.md'), ORDER);
  writeFileSync(path.join(root, 'pandoc.md'), PANDOC);
  writeFileSync(path.join(root, 'refs.bib'), BIB);
  writeFileSync(path.join(root, 'escaping.md'), ESCAPING);
  return { root, file: (name) => path.join(root, name) };
}
