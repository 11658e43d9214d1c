/** How many pieces are gathered before they are joined onto the text so far. */
const BLOCK = 1024;

/**
 * A string made of many small pieces (decoded references and escapes between runs of plain
 * text), joined a block at a time. Appending each piece to one string builds a rope of one node
 * per piece (32 bytes each: 64 MB for a body of 2 million `\n`), and one flat join at the end
 * holds every piece and the result at once; blocks keep both small. Both readers use it.
 */
export class TextBuilder {
  private readonly pieces: string[] = [];
  private text = '';

  add(piece: string): void {
    const pieces = this.pieces;
    pieces.push(piece);
    if (pieces.length >= BLOCK) {
      this.text += pieces.join('');
      pieces.length = 0;
    }
  }

  /** The whole text, `tail` last; the builder is empty again. */
  finish(tail: string): string {
    const text = this.text + this.pieces.join('') + tail;
    this.reset();
    return text;
  }

  /** Drops what was gathered (after a failure, so a shared builder holds no body text). */
  reset(): void {
    this.pieces.length = 0;
    this.text = '';
  }
}
