package tulpar.streams.reading;

/** One sentence of an article: {@code [start, end)} in the original text and {@code [foldedStart, foldedEnd)} folded. */
public record Sentence(int start, int end, int foldedStart, int foldedEnd) {

  public boolean containsFolded(int foldedOffset) {
    return foldedOffset >= foldedStart && foldedOffset < foldedEnd;
  }
}
