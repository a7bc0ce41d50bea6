/** Entity recognition: genes, miRNAs, families, complexes, isoforms, drugs and trials in a draft's prose. */
export {
  combineFacts,
  combineNamed,
  createRecogniser,
  factsStillHold,
  namesStillHold,
  resolvePart,
  type DocumentFacts,
  type FactUses,
  type PartMentions,
  type PreparedProse,
  type ResolvedPart,
  type Recogniser,
  type RecogniserOptions,
} from './recogniser';
export { describeEntity, type EntityDetails } from './describe';
export type { Candidate, EntityRef, EntityType, MatchKind, Mention } from './types';
