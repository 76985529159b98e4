package tulpar.streams.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tulpar.schemas.Article;
import tulpar.schemas.CountryTag;
import tulpar.schemas.DateSource;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.TopicTag;
import tulpar.streams.Fixtures;
import tulpar.streams.SeedCorpus;

/**
 * Guards the tagger's quality on the labelled development set of the shared corpus (skipped without it): the
 * thresholds sit a little under what the tagger reaches today, so a change that makes it worse fails here.
 */
class DevSetTest {

  private static final ArticleTagger TAGGER = ArticleTagger.standard();

  private static int articles;
  private static int alertsRight;
  private static final Score COUNTRIES = new Score();
  private static final Score TOPICS = new Score();

  /** Precision and recall counts. */
  private static final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;

    void add(Set<String> found, Set<String> expected) {
      Set<String> right = new HashSet<>(found);
      right.retainAll(expected);
      truePositives += right.size();
      falsePositives += found.size() - right.size();
      falseNegatives += expected.size() - right.size();
    }

    double precision() {
      return truePositives / (double) (truePositives + falsePositives);
    }

    double recall() {
      return truePositives / (double) (truePositives + falseNegatives);
    }
  }

  @BeforeAll
  static void tagTheDevelopmentSet() throws IOException {
    Path dev = SeedCorpus.directory().resolve("dev");
    for (JsonNode label : new ObjectMapper().readTree(dev.resolve("labels.json").toFile())) {
      EnrichedArticle enriched = TAGGER.tag(read(dev.resolve("articles").resolve(label.get("file").asText())));
      articles++;
      if (enriched.getAlert() == label.get("alert").asBoolean()) {
        alertsRight++;
      }
      COUNTRIES.add(codes(enriched), strings(label.get("countries")));
      TOPICS.add(new HashSet<>(enriched.getTopics().stream().map(TopicTag::getTopic).toList()),
          strings(label.get("topics")));
    }
  }

  /** A dev file: "source:", "date:" (or "unknown") and "lang:" lines, a blank line, then the text. */
  private static Article read(Path file) throws IOException {
    String text = Files.readString(file);
    int blank = text.indexOf("\n\n");
    String header = text.substring(0, blank);
    String date = field(header, "date");
    String language = field(header, "lang");
    boolean known = !date.equals("unknown");
    Article article = Fixtures.article(file.getFileName().toString(), language, known ? date : "2030-01-01", "",
        text.substring(blank + 2));
    return known ? article : Article.newBuilder(article).setDateSource(DateSource.FILE_MODIFIED).build();
  }

  private static String field(String header, String name) {
    return header.lines().filter(l -> l.startsWith(name + ":")).findFirst().orElseThrow()
        .substring(name.length() + 1).strip();
  }

  private static Set<String> codes(EnrichedArticle enriched) {
    Set<String> codes = new HashSet<>();
    enriched.getCountries().stream().filter(CountryTag::getTurkic).forEach(c -> codes.add(c.getCode()));
    return codes;
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> values = new HashSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  @Test
  void shouldAlertRightOnNearlyAllDevelopmentArticles() {
    assertThat(alertsRight / (double) articles).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void shouldFindTheTurkicStatesTakingPart() {
    assertThat(COUNTRIES.precision()).isGreaterThanOrEqualTo(0.8);
    assertThat(COUNTRIES.recall()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void shouldFindMostLabelledTopics() {
    assertThat(TOPICS.recall()).isGreaterThanOrEqualTo(0.8);
    assertThat(TOPICS.precision()).isGreaterThanOrEqualTo(0.5);
  }
}
