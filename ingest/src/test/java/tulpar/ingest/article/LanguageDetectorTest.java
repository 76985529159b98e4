package tulpar.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  private final LanguageDetector detector = LanguageDetector.standard();

  @ParameterizedTest
  @CsvSource({"en, ENGLISH", "tr, TURKISH", "ru, RUSSIAN", "kk, KAZAKH", "uz, UZBEK_LATIN", "uz, UZBEK_CYRILLIC",
      "az, AZERBAIJANI"})
  void tellsEachOfTheSixLanguages(String language, String sample) throws Exception {
    String text = (String) Samples.class.getDeclaredField(sample).get(null);

    assertThat(detector.detect(text)).isEqualTo(language);
  }

  @Test
  void anotherLanguageOrTooLittleTextIsUndetermined() {
    assertThat(detector.detect(Samples.GERMAN)).isEqualTo(LanguageDetector.UNDETERMINED);
    assertThat(detector.detect("Astana")).isEqualTo(LanguageDetector.UNDETERMINED);
    assertThat(detector.detect("")).isEqualTo(LanguageDetector.UNDETERMINED);
  }

  @Test
  void uzbekApostrophesCountWhicheverSignIsUsed() {
    for (String sign : new String[] {"\u02BB", "\u2018", "\u2019", "'", "`"}) {
      String text = "Ikki tomon o" + sign + "zaro savdo bo" + sign + "yicha g" + sign + "oyalarni muhokama qildi";

      assertThat(detector.detect(text)).as(sign).isEqualTo("uz");
    }
  }

  @Test
  void englishTextNamingTurkishLeadersStaysEnglish() {
    String text = "President Erdoğan and President Tokayev signed a declaration on strategic partnership in"
        + " Ankara, and the ministers of trade said that the volume of trade will grow.";

    assertThat(detector.detect(text)).isEqualTo("en");
  }

  /** The dev corpus labels each article's language; the detector must agree on at least 90% of them. */
  @Test
  void agreesWithTheDevCorpusLabels() throws IOException {
    String corpus = System.getProperty("tulpar.corpus.dir");
    assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus, "dev", "articles")), "corpus not found");
    List<String> misses = new ArrayList<>();
    int total = 0;
    try (Stream<Path> files = Files.list(Path.of(corpus, "dev", "articles"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String labelled = text.lines().filter(line -> line.startsWith("lang:")).findFirst().orElseThrow()
            .substring("lang:".length()).strip();
        String detected = detector.detect(text.substring(text.indexOf("\n\n") + 2));
        total++;
        if (!detected.equals(labelled)) {
          misses.add(file.getFileName() + ": labelled " + labelled + ", detected " + detected);
        }
      }
    }
    double agreement = (double) (total - misses.size()) / total;
    System.out.printf("Language detection agrees with %d of %d dev corpus labels (%.1f%%)%n", total - misses.size(),
        total, agreement * 100);
    assertThat(agreement).as(String.join("\n", misses)).isGreaterThanOrEqualTo(0.9);
  }
}
