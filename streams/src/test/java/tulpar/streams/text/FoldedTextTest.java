package tulpar.streams.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tulpar.schemas.Span;

class FoldedTextTest {

  @Test
  void shouldNoteWhereTheOriginalMayEndASentenceWhileFolding() {
    String original = "Who?  The OTS…\nYes! 8.8 — Ş.";
    FoldedText text = FoldedText.of(original);

    int[] marks = new int[text.sentenceMarkCount()];
    for (int k = 0; k < marks.length; k++) {
      marks[k] = text.sentenceMark(k);
    }

    // Original offsets, not folded ones: the collapsed spaces and the ellipsis folding to three dots move those.
    assertThat(marks).containsExactly(original.indexOf('?'), original.indexOf('…'), original.indexOf('\n'),
        original.indexOf('!'), original.indexOf("8.8") + 1, original.length() - 1);
    assertThat(FoldedText.of("no mark at all").sentenceMarkCount()).isZero();
  }

  @Test
  void shouldFoldTurkishDottedAndDotlessIAlikeWhateverTheCase() {
    assertThat(FoldedText.fold("İSTANBUL")).isEqualTo("istanbul");
    assertThat(FoldedText.fold("ISTANBUL")).isEqualTo("istanbul");
    assertThat(FoldedText.fold("Kırgızistan")).isEqualTo("kirgizistan");
  }

  @Test
  void shouldDropDiacriticsAndTheMarksOfKazakhAndAzerbaijaniLetters() {
    assertThat(FoldedText.fold("Türkiye")).isEqualTo(FoldedText.fold("Turkiye"));
    assertThat(FoldedText.fold("Erdoğan")).isEqualTo("erdogan");
    assertThat(FoldedText.fold("Azərbaycan")).isEqualTo("azerbaycan");
    assertThat(FoldedText.fold("Қазақстан")).isEqualTo(FoldedText.fold("Казакстан"));
    assertThat(FoldedText.fold("Ёлка")).isEqualTo("елка");
  }

  @Test
  void shouldReadTheUzbekApostropheOfOAndGAsPartOfTheLetter() {
    assertThat(FoldedText.fold("O‘zbekiston")).isEqualTo(FoldedText.fold("Ozbekiston"));
    assertThat(FoldedText.fold("Qozogʻiston")).isEqualTo("qozogiston");
  }

  @Test
  void shouldFoldEveryApostropheDashAndQuoteToOne() {
    assertThat(FoldedText.fold("Türkiye’nin")).isEqualTo("turkiye'nin");
    assertThat(FoldedText.fold("Kazakhstan–Türkiye")).isEqualTo("kazakhstan-turkiye");
    assertThat(FoldedText.fold("«Протокол»")).isEqualTo("\"протокол\"");
  }

  @Test
  void shouldFoldLigaturesAndKeepCharsOutsideTheBasicPlane() {
    assertThat(FoldedText.fold("ﬁnance")).isEqualTo("finance");
    assertThat(FoldedText.fold("𝐀stana 🇹🇷")).isEqualTo("astana 🇹🇷");
  }

  @Test
  void shouldCollapseRunsOfWhitespace() {
    assertThat(FoldedText.fold("joint \n\u00a0 strategic")).isEqualTo("joint strategic");
  }

  @Test
  void shouldMapAFoldedRangeBackToTheOriginalText() {
    String original = "Ministers met  in İstanbul’da on Monday.";
    FoldedText text = FoldedText.of(original);
    int start = text.folded().indexOf("istanbul");

    Span span = text.span(start, start + "istanbul'da".length());

    assertThat(span.getText()).isEqualTo("İstanbul’da");
    assertThat(original.substring(span.getStart(), span.getEnd())).isEqualTo("İstanbul’da");
    assertThat(text.foldedIndexAt(span.getStart())).isEqualTo(start);
  }
}
