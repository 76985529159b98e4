package tulpar.streams.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordLookupTest {

  private static final WordLookup<String> WORDS = new WordLookup<>(List.of(
      new WordLookup.Word<>("in", false, "locative"),
      new WordLookup.Word<>("in the field of", false, "subject"),
      new WordLookup.Word<>("yıl", true, "year")));

  @Test
  void shouldFindTheLongestWordOfAKindWhereItStarts() {
    FoldedText text = FoldedText.of("cooperation in the field of energy");

    assertThat(WORDS.end(text, 12, "subject")).isEqualTo(27);
    assertThat(WORDS.end(text, 12, "locative")).isEqualTo(14);
    assertThat(WORDS.end(text, 15, "locative")).isEqualTo(-1);
  }

  @Test
  void shouldMatchOnlyWholeWordsButLetAStemTakeItsEnding() {
    FoldedText text = FoldedText.of("into 2021 yılında");

    assertThat(WORDS.end(text, 0, "locative")).as("'in' of 'into'").isEqualTo(-1);
    assertThat(WORDS.end(text, 10, "year")).isEqualTo(text.length());
  }

  @Test
  void shouldReportEveryKindOfWordStartingAtAPlace() {
    List<String> kinds = new ArrayList<>();

    WORDS.forEachAt(FoldedText.of("in the field of trade"), 0, kinds::add);

    assertThat(kinds).containsExactly("locative", "subject");
  }
}
