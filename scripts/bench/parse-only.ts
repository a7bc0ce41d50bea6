// Baseline process for the benchmark: reads a file and parses it with unified + remark-parse alone, nothing else.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const file = process.argv[2];
if (!file) throw new Error('usage: parse-only FILE');
unified().use(remarkParse).parse(readFileSync(file, 'utf8'));
