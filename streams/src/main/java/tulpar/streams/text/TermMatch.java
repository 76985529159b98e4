package tulpar.streams.text;

import tulpar.schemas.Span;

/**
 * One accepted occurrence of a term: {@code [start, end)} in the folded text, including any inflectional
 * ending; {@code stemEnd} is where the term itself ended.
 */
public record TermMatch<K>(K payload, int start, int stemEnd, int end, FoldedText text) {

  public Span span() {
    return text.span(start, end);
  }

  /** The inflectional ending after the term, folded; empty when there is none. */
  public String ending() {
    return text.folded().substring(stemEnd, end);
  }

  public boolean overlaps(TermMatch<?> other) {
    return start < other.end && other.start < end;
  }

  public int length() {
    return end - start;
  }
}
