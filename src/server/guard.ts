/** Wrapping request handlers so that no request can crash the server: bad params get InvalidParams, failures are logged. */
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { CancelledError } from '../core/types';

/** Params of a request about a position in a document. */
export interface PositionParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}

/** Throws InvalidParams unless `params.textDocument.uri` is a string. */
export function requireDocument(params: unknown): asserts params is { textDocument: { uri: string } } {
  const uri = (params as { textDocument?: { uri?: unknown } } | null)?.textDocument?.uri;
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'params.textDocument.uri must be a string');
}

/** Throws InvalidParams unless params name a document and a position of non-negative integers. */
export function requirePosition(params: unknown): asserts params is PositionParams {
  requireDocument(params);
  const p = (params as { position?: { line?: unknown; character?: unknown } }).position;
  if (!p || !isIndex(p.line) || !isIndex(p.character)) throw new ResponseError(ErrorCodes.InvalidParams, 'params.position must be {line, character} with non-negative integers');
}

/** Throws InvalidParams unless `range` is a valid LSP range. */
export function requireRange(range: unknown): void {
  const r = range as { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } | null;
  if (!r || !r.start || !r.end || !isIndex(r.start.line) || !isIndex(r.start.character) || !isIndex(r.end.line) || !isIndex(r.end.character)) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'params.range must be an LSP range');
  }
}

function isIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/**
 * Wraps a handler: `ResponseError`s (e.g. InvalidParams) are passed on, cancellation answers RequestCancelled, any
 * other failure is logged on the connection and answered with an InternalError, so the server keeps running.
 */
export function guarded<P, R>(connection: Connection, name: string, handler: (params: P, token: CancellationToken) => Promise<R> | R) {
  return async (params: P, token: CancellationToken): Promise<R | ResponseError<void>> => {
    try {
      return await handler(params, token);
    } catch (e) {
      if (e instanceof ResponseError) return e as ResponseError<void>;
      if (e instanceof CancelledError || token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      connection.console.error(`evidence-lens: ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return new ResponseError(ErrorCodes.InternalError, `${name} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
}

/** Wraps a notification handler: failures are logged, never thrown. */
export function guardedNotification<P>(connection: Connection, name: string, handler: (params: P) => Promise<void> | void) {
  return (params: P): void => {
    Promise.resolve()
      .then(() => handler(params))
      .catch((e) => connection.console.error(`evidence-lens: ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
  };
}
