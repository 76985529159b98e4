package tulpar.streams.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tulpar.streams.lexicon.Gazetteer;
import tulpar.streams.text.FoldedText;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter(Gazetteer.standard());

  private List<String> split(String text) {
    return splitter.split(text, FoldedText.of(text)).stream()
        .map(sentence -> text.substring(sentence.start(), sentence.end()))
        .toList();
  }

  @Test
  void shouldEndSentencesAtFullStopsQuestionAndExclamationMarksAndEllipses() {
    assertThat(split("The talks began. Did they end? They did! Then… Nothing more."))
        .containsExactly("The talks began.", "Did they end?", "They did!", "Then…", "Nothing more.");
  }

  @Test
  void shouldEndALineAsASentenceWithoutItsLineBreak() {
    assertThat(split("Astana, 2 February\nThe ministers met.\n\n- Agreement on transit"))
        .containsExactly("Astana, 2 February", "The ministers met.", "- Agreement on transit");
  }

  @Test
  void shouldLookPastAClosingQuoteOrBracketForTheNextSentence() {
    List<String> sentences = split("He said: \"We signed.\" The plan (for 2026.) follows.");

    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0)).isEqualTo("He said: \"We signed.");
    assertThat(sentences.get(1)).endsWith("The plan (for 2026.) follows.");
  }

  @Test
  void shouldNotEndASentenceAfterAnAbbreviationAnInitialOrASmallNumber() {
    assertThat(split("On Feb. 2 they met. R. T. Erdoğan spoke. The 13. Zirve opens on 11.11.2022 in Samarkand."))
        .containsExactly("On Feb. 2 they met.", "R. T. Erdoğan spoke.",
            "The 13. Zirve opens on 11.11.2022 in Samarkand.");
  }

  @Test
  void shouldNotEndASentenceWhereTheNextWordStartsInLowerCase() {
    assertThat(split("Trade grew 8.9 per cent. it said so. Prices rose."))
        .containsExactly("Trade grew 8.9 per cent. it said so.", "Prices rose.");
  }

  @Test
  void shouldGiveFoldedOffsetsThatMatchTheOriginalSentence() {
    String text = "Türkiye  and   Kazakhstan met.  Uzbekistan joined.";
    FoldedText folded = FoldedText.of(text);

    List<Sentence> sentences = splitter.split(text, folded);

    assertThat(sentences).hasSize(2);
    Sentence second = sentences.get(1);
    assertThat(folded.folded().substring(second.foldedStart(), second.foldedEnd())).isEqualTo("uzbekistan joined.");
  }

  @Test
  void shouldReturnNothingForBlankText() {
    assertThat(split("   \n  ")).isEmpty();
  }
}
