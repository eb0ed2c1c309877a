/**
 * Keystrokes of the task terminal for a paictl that reads a pipe, not a terminal: we echo and edit
 * the line (backspace, Ctrl+U) the way a terminal's cooked mode would, and hand over whole lines.
 * Pure; unit-tested.
 */

export interface KeyResult {
  /** What to write back to the terminal (the echo). */
  echo: string;
  /** Completed lines, without their end of line. */
  lines: string[];
  /** Ctrl+C: stop paictl. */
  interrupt: boolean;
  /** Ctrl+D on an empty line: close paictl's stdin. */
  endOfInput: boolean;
}

// Cursor keys, function keys and the like: ignored, as a line-mode prompt would not move.
const ESCAPE = /\x1b(?:\[[0-9;?]*[ -/]*[@-~]|O.|.)?/g;

export class LineInput {
  private line = '';
  private afterCr = false;

  handle(data: string): KeyResult {
    const r: KeyResult = { echo: '', lines: [], interrupt: false, endOfInput: false };
    for (const ch of Array.from(data.replace(ESCAPE, ''))) {
      // A pasted "\r\n" is one line end, not an empty second answer.
      const lf = ch === '\n' && this.afterCr;
      this.afterCr = ch === '\r';
      if (lf) { continue; }
      if (ch === '\r' || ch === '\n') {
        r.lines.push(this.line);
        this.line = '';
        r.echo += '\r\n';
      } else if (ch === '\x7f' || ch === '\b') {
        if (this.line.length > 0) {
          this.line = Array.from(this.line).slice(0, -1).join('');
          r.echo += '\b \b';
        }
      } else if (ch === '\x15') {
        r.echo += '\b \b'.repeat(Array.from(this.line).length);
        this.line = '';
      } else if (ch === '\x03') {
        r.interrupt = true;
        r.echo += '^C\r\n';
        this.line = '';
      } else if (ch === '\x04') {
        if (this.line === '') { r.endOfInput = true; }
      } else if (ch >= ' ' || ch === '\t') {
        this.line += ch;
        r.echo += ch;
      }
    }
    return r;
  }
}
