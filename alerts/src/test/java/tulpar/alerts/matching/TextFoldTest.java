package tulpar.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldTest {

  @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
  @CsvSource({
      "Türkiye, turkiye",
      "TÜRKİYE, turkiye",        // dotted capital İ
      "Diyarbakır, diyarbakir",  // dotless ı
      "Erdoğan, erdogan",
      "Qazaqstan  Respublikasy, qazaqstan respublikasy",
      "ISTANBUL, istanbul",      // never the Turkish-locale ı
  })
  void foldsCaseDiacriticsAndTurkishIs(String text, String folded) {
    assertThat(TextFold.fold(text)).isEqualTo(folded);
  }

  @ParameterizedTest(name = "\"{1}\" in \"{0}\": {2}")
  @CsvSource({
      "middle corridor transit deal, middle corridor, true",
      "the middle corridor, corridor, true",
      "smart energy, art, false",       // inside a word
      "trade-volume, trade, true",      // punctuation is a boundary
      "oil, '', false",
  })
  void findsPhrasesOnlyAsWholeWords(String text, String phrase, boolean found) {
    assertThat(TextFold.containsPhrase(text, phrase)).isEqualTo(found);
  }
}
