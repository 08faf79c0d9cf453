/**
 * [start, end) of every line holding a CJK character, flattened (end excludes the newline). The regex
 * engine finds the next CJK character, then the search goes on from the end of its line.
 */
export function cjkLineSpans(text: string): Int32Array {
  const out: number[] = [];
  const re = /[\u3400-\u9fff\uf900-\ufaff]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = text.indexOf('\n', m.index);
    if (end < 0) end = text.length;
    out.push(text.lastIndexOf('\n', m.index) + 1, end);
    re.lastIndex = end;
  }
  return Int32Array.from(out);
}

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

  private cjk: Int32Array | null = null;

  /** The lines holding a CJK character (cjkLineSpans), found once for every reader of the paste. */
  cjkLines(): Int32Array {
    return (this.cjk ??= cjkLineSpans(this.text));
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
