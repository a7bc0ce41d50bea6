/**
 * Editor features over an analysed draft, as pure functions with LSP-shaped data in and out. Each entry point takes a
 * `FeatureContext` (URI + analysis, optionally entity mentions) and a cancellation token, and returns empty when
 * cancelled. The language server calls these; a VS Code extension or tests can call them directly.
 */
export * from './types';
export { hover, describeEntry } from './hover';
export { definition, references, referencesOfEntry, entryLocation, bibliographyEntryAt, entityReferences, entityIdAt, mentionsOf } from './navigation';
export { entityHoverMarkdown, entityDetailsProvider, describedEntityIds, describeDetails, entryShort, canonicalOf, sourceName, type DescribeEntity } from './entity-hover';
export { entityCompletion, buildEntityNameIndex, entityNameIndex, entityNamesOf, wordPrefixAt, ENTITY_COMPLETION_LIMIT } from './entity-completion';
export { codeActions, renumberAction, RENUMBER_KIND, ADD_TO_ONTOLOGY_COMMAND, type CodeActionRequestContext } from './code-actions';
export { completion, COMPLETION_TRIGGERS } from './completion';
export { documentSymbols, workspaceSymbols, entrySymbolName } from './symbols';
export { documentLinks, trimDoi } from './document-links';
export { toLspDiagnostic, diagnosticsByUri, fileTooLargeDiagnostic, lspSeverity, DIAGNOSTIC_SOURCE, FILE_TOO_LARGE } from './diagnostics';
export { escapeMarkdown, markdownLink, encodeUrlPath } from './markdown-escape';
export { doiUrl, pubmedUrl, pmcUrl, trialUrl } from './identifier-urls';
export { citationAt, citationTargetAt, citationsOf, entryAt, draftEntryAt, entryForKey, entryForNumber, mentionAt, mentionEntityId } from './lookup';
export { entityEvidence, EVIDENCE_REQUEST, type EntityEvidence, type EvidenceReference, type EvidenceResult } from './entity-evidence';
