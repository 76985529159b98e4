package tulpar.streams.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The map between folded and original offsets, on texts where the shift changes often. */
class FoldedTextOffsetsTest {

  /** Letters, runs of spaces and line breaks, a combining mark, a ligature, Uzbek o‘ and a surrogate pair. */
  private static final String[] PIECES = {"a", "Б", "İ", " ", "  ", "\n\n", "e\u0301", "\uFB01", "o\u2018z", "'",
      "\uD83D\uDE00", "Қ", "5", ".", "\u00A0"};

  @Test
  void shouldFindTheFirstFoldedCharAtOrAfterEveryOriginalOffset() {
    Random random = new Random(3);
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      FoldedText folded = FoldedText.of(text.toString());
      for (int f = 1; f < folded.length(); f++) {
        assertThat(folded.originalStart(f)).isGreaterThanOrEqualTo(folded.originalStart(f - 1));
      }
      for (int offset = 0; offset <= text.length() + 1; offset++) {
        int expected = 0;
        while (expected < folded.length() && folded.originalStart(expected) < offset) {
          expected++;
        }
        assertThat(folded.foldedIndexAt(offset)).as("offset %d of '%s'", offset, text).isEqualTo(expected);
      }
    }
  }

  @Test
  void shouldMapFoldedCharsBackPastCollapsedSpaceAndDroppedMarks() {
    FoldedText folded = FoldedText.of("Ab  c\u0301d\n\nE");
    assertThat(folded.folded()).isEqualTo("ab cd e");
    assertThat(folded.originalStart(3)).isEqualTo(4);
    assertThat(folded.originalStart(4)).isEqualTo(6);
    assertThat(folded.originalStart(6)).isEqualTo(9);
    assertThat(folded.foldedIndexAt(3)).isEqualTo(3);
    assertThat(folded.foldedIndexAt(5)).isEqualTo(4);
    assertThat(folded.span(3, 5).getText()).isEqualTo("c\u0301d");
  }
}
