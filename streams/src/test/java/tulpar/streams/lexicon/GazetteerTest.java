package tulpar.streams.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The entry points the benchmark calls: the lexicon's terms, and its matching alone. */
class GazetteerTest {

  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  @Test
  void shouldListTheTermsAsTheDataFilesWriteThem() {
    assertThat(GAZETTEER.surfaceTerms()).contains("Türkiye", "Организация тюркских государств", "торгов")
        .as("stems lose their star; function words and number endings are not matched in the pass")
        .doesNotContain("торгов*", "the", "m");
  }

  @Test
  void shouldCountEveryAcceptedOccurrenceOverlappingOnesIncluded() {
    String text = "the Turkic Investment Fund in Ankara";
    Matches resolved = GAZETTEER.lexicon().find(text);
    int kept = 0;
    for (Vocabulary vocabulary : Vocabulary.values()) {
      kept += resolved.of(vocabulary).size();
    }

    assertThat(GAZETTEER.countMatches("Ankara")).isEqualTo(1);
    assertThat(GAZETTEER.countMatches("a roast turkey for dinner")).isZero();
    assertThat(GAZETTEER.countMatches(text)).as("before overlaps are resolved").isGreaterThan(kept);
  }
}
