/** Position → line number, built once per paste (binary search over newline offsets). */
export class LineIndex {
  private nl: number[] = [];
  private text: string;
  readonly count: number;

  constructor(text: string) {
    this.text = text;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.nl.push(i);
    this.count = text.length === 0 ? 0 : this.nl.length + (text.endsWith('\n') ? 0 : 1);
  }

  /** 1-based line of a position. */
  lineOf(pos: number): number {
    let lo = 0;
    let hi = this.nl.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.nl[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }

  /** Where the line holding `pos` starts. */
  startOf(pos: number): number {
    const line = this.lineOf(pos);
    return line === 1 ? 0 : this.nl[line - 2]! + 1;
  }

  /** [start, end) of a 1-based line, end excluding the newline. */
  spanOfLine(line: number): [number, number] {
    const l = line - 1;
    const start = l === 0 ? 0 : this.nl[l - 1]! + 1;
    const end = l < this.nl.length ? this.nl[l]! : this.text.length;
    return [start, end];
  }
}
