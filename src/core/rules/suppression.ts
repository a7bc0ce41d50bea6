import type { HtmlComment } from '../parse/document';
import type { LineIndex } from '../parse/line-index';

/**
 * In-document suppression directives, in HTML comments:
 * - `<!-- evidence-lens-disable-next-line [rule.id …] -->` silences the next non-blank line;
 * - `<!-- evidence-lens-disable-line [rule.id …] -->` silences its own line;
 * - `<!-- evidence-lens-disable [rule.id …] -->` … `<!-- evidence-lens-enable [rule.id …] -->` silences a region.
 * Without ids a directive applies to every rule. Ids may be separated by spaces or commas.
 */
export class Suppressions {
  private readonly lineRules = new Map<number, Set<string> | 'all'>();
  private readonly regions: Array<{ from: number; to: number; rules: Set<string> | 'all' }> = [];

  constructor(comments: readonly HtmlComment[], lines: LineIndex) {
    const open = new Map<string, number>(); // rule id or '*' → line where it was disabled
    for (const c of comments) {
      const m = /^evidence-lens-(disable-next-line|disable-line|disable|enable)\b(.*)$/s.exec(c.body);
      if (!m) continue;
      const ids = m[2]!.split(/[\s,]+/).filter(Boolean);
      const line = lines.positionAt(c.span.start).line;
      const endLine = lines.positionAt(c.span.end).line;
      switch (m[1]) {
        case 'disable-line':
          this.addLine(line, ids);
          break;
        case 'disable-next-line': {
          let next = endLine + 1;
          while (next < lines.lineCount - 1 && lines.lineText(next).trim() === '') next++;
          this.addLine(next, ids);
          break;
        }
        case 'disable':
          for (const id of ids.length ? ids : ['*']) if (!open.has(id)) open.set(id, line);
          break;
        case 'enable':
          for (const id of ids.length ? ids : [...open.keys()]) {
            const from = open.get(id);
            if (from === undefined) continue;
            open.delete(id);
            this.regions.push({ from, to: line, rules: id === '*' ? 'all' : new Set([id]) });
          }
          break;
      }
    }
    for (const [id, from] of open) this.regions.push({ from, to: Infinity, rules: id === '*' ? 'all' : new Set([id]) });
  }

  /** True when diagnostics of `ruleId` starting on `line` are silenced. */
  isSuppressed(ruleId: string, line: number): boolean {
    const l = this.lineRules.get(line);
    if (l && (l === 'all' || l.has(ruleId))) return true;
    return this.regions.some((r) => line >= r.from && line <= r.to && (r.rules === 'all' || r.rules.has(ruleId)));
  }

  private addLine(line: number, ids: string[]): void {
    if (ids.length === 0) return void this.lineRules.set(line, 'all');
    const current = this.lineRules.get(line);
    if (current === 'all') return;
    const set = current ?? new Set<string>();
    for (const id of ids) set.add(id);
    this.lineRules.set(line, set);
  }
}
