import { parseBibtex, parseCslJson, parseCslYaml, findReferenceSection } from './src/core/bibliography';
import { parseDocument } from './src/core/parse/document';
const N = 100_000;
const rep = (s: string) => s.repeat(Math.ceil(N / s.length)).slice(0, N);
const time = (name: string, f: () => unknown) => { const t = Date.now(); f(); console.log(name, Date.now() - t, 'ms'); };
const bib = [
    '@article{a, title = {' + rep('{'),
    '@article{a, title = "' + rep('x'),
    rep('@'),
    rep('@article{'),
    '@article{a, ' + rep('x = 1 # '),
    '@article{a, title = {' + rep('\\'),
    '@article{a, author = {' + rep('A and ') + '}}',
    '@article{a, author = {' + rep('{') + '}}',
    rep('%@article{a,\n'),
    rep('@article{a,\n year = 1\n'),
  ];
bib.forEach((t, i) => time('bib' + i, () => parseBibtex(t, 'a.bib')));
const json = ['[' + rep('{"id": "a"},'), rep('['), '[' + rep(' '), '"' + rep('\\u00e9'), '[{"id": "' + rep('x')];
json.forEach((t, i) => time('json' + i, () => parseCslJson(t, 'a.json')));
const yaml = [rep('- id: a\n'), rep('['), 'references:\n' + rep('  - id: x\n    title: "y"\n'), rep('a: &a [*a]\n')];
yaml.forEach((t, i) => time('yaml' + i, () => parseCslYaml(t, 'a.yaml')));
const md = [
    '# References\n\n1. ' + rep('PMID '),
    '# References\n\n1. ' + rep('doi: '),
    '# References\n\n1. ' + rep('['),
    '# References\n\n1. ' + rep('https://x'),
    '# References\n\n' + rep('[1] A. B.\n'),
    '# References\n\n1. ' + rep('et al. '),
    '# References\n\n1. ' + rep('_*'),
  ];
md.forEach((t, i) => { const d = parseDocument(t); time('md' + i, () => findReferenceSection(d)); });
