/** Entity recognition: genes, miRNAs, families, complexes, isoforms, drugs and trials in a draft's prose. */
export {
  combineFacts,
  createRecogniser,
  factsStillHold,
  type DocumentFacts,
  type FactUses,
  type PartMentions,
  type PreparedProse,
  type Recogniser,
  type RecogniserOptions,
} from './recogniser';
export { describeEntity, type EntityDetails } from './describe';
export type { Candidate, EntityRef, EntityType, MatchKind, Mention } from './types';
