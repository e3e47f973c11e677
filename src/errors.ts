/** A problem with an input file or the tool itself: never a finding. Every layer may
 * return one (parsers for their inputs, the engine for rules); the CLI prints it. */
export interface ToolError {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
  readonly hint?: string;
  /** The original exception, printed only with --debug. */
  readonly cause?: unknown;
}

/** User-facing errors. The CLI prints them as `file:line:col: message` (plus a hint), exit 2. */
export type ErrorCode = 'usage' | 'config' | 'input' | 'parse' | 'internal';

export interface ErrorDetails {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly hint?: string;
  readonly cause?: unknown;
}

export class VpclintError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.hint = details.hint;
  }
}

export class UsageError extends VpclintError {
  constructor(message: string, details?: ErrorDetails) {
    super('usage', message, details);
    this.name = 'UsageError';
  }
}
export class ConfigError extends VpclintError {
  constructor(message: string, details?: ErrorDetails) {
    super('config', message, details);
    this.name = 'ConfigError';
  }
}
export class InputError extends VpclintError {
  constructor(message: string, details?: ErrorDetails) {
    super('input', message, details);
    this.name = 'InputError';
  }
}
export class ParseError extends VpclintError {
  constructor(message: string, details?: ErrorDetails) {
    super('parse', message, details);
    this.name = 'ParseError';
  }
}
export class InternalError extends VpclintError {
  constructor(message: string, details?: ErrorDetails) {
    super('internal', message, details);
    this.name = 'InternalError';
  }
}

/** `file:line:col: message`, leaving out the parts that are not known. */
export function formatErrorLocation(e: { file?: string; line?: number; column?: number; message: string }): string {
  const where = [e.file, e.line, e.line !== undefined ? e.column : undefined].filter((x) => x !== undefined);
  return where.length > 0 ? `${where.join(':')}: ${e.message}` : e.message;
}
