export type * from './types';
export { extractCitations } from './extract';
export { findNumericCitations } from './numeric';
export { findKeyCitations } from './pandoc';
export { expandNumbers, parseNumericList, MAX_CITATION_NUMBER, MAX_RANGE_EXPANSION } from './numeric-list';
export { formatNumericGroup, compressNumbers, defaultStyle, styleOf, type GroupStyle } from './format';
export { classifyKey, scanKey, type ScannedKey } from './keys';
export { scanContextOf, type ScanContext } from './scan-context';
