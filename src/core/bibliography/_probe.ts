import { parse } from './_probe_lib.mjs';
console.log(parse('@article{a, title={Hi}}').entries);
