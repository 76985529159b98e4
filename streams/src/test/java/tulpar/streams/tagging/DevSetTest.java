package tulpar.streams.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tulpar.schemas.Article;
import tulpar.schemas.CountryTag;
import tulpar.schemas.DateSource;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.EventMention;
import tulpar.schemas.EventType;
import tulpar.schemas.TopicTag;
import tulpar.streams.Fixtures;
import tulpar.streams.SeedCorpus;

/**
 * Holds the tagger to issue #3's bar on the labelled development set of the shared corpus (skipped without it),
 * scored as the app's {@code TaggerEvaluation} scores it: alert per article; Turkic countries and topics per
 * (article, code), micro-averaged; an AGREEMENT or SUMMIT label matched by a predicted event of its type that
 * shares a party and whose date does not contradict it (2022 fits 2022-11-11), each prediction used once.
 * The misses are printed, so a failing run says what went wrong.
 */
class DevSetTest {

  private static final ArticleTagger TAGGER = ArticleTagger.standard();
  private static final Set<String> SCORED_EVENTS = Set.of("AGREEMENT", "SUMMIT");

  private static final Score ALERT = new Score();
  private static final Score COUNTRIES = new Score();
  private static final Score TOPICS = new Score();
  private static final Score EVENTS = new Score();
  private static final List<String> MISSES = new ArrayList<>();

  /** True positives, false positives, false negatives. */
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
      return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
    }

    double recall() {
      return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)", precision(), recall(), f1(),
          truePositives, falsePositives, falseNegatives);
    }
  }

  @BeforeAll
  static void tagTheDevelopmentSet() throws IOException {
    Path dev = SeedCorpus.directory().resolve("dev");
    for (JsonNode label : new ObjectMapper().readTree(dev.resolve("labels.json").toFile())) {
      String file = label.get("file").asText();
      EnrichedArticle enriched = TAGGER.tag(read(dev.resolve("articles").resolve(file)));
      boolean alert = label.get("alert").asBoolean();
      ALERT.add(enriched.getAlert() ? Set.of(file) : Set.of(), alert ? Set.of(file) : Set.of());
      compare(file, "countries", COUNTRIES, turkicCountries(enriched), strings(label.get("countries")));
      compare(file, "topics", TOPICS, topics(enriched), strings(label.get("topics")));
      scoreEvents(file, label.get("events"), enriched.getEvents());
    }
    System.out.printf("Development set: alert %s%nTurkic countries %s%ntopics %s%nagreements and summits %s%n",
        ALERT, COUNTRIES, TOPICS, EVENTS);
    MISSES.forEach(miss -> System.out.println("  " + miss));
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

  private static void compare(String file, String what, Score score, Set<String> found, Set<String> expected) {
    score.add(found, expected);
    if (!found.equals(expected)) {
      MISSES.add(file + ": " + what + " " + found + ", labelled " + expected);
    }
  }

  /** Each labelled agreement or summit takes the first unused prediction of its type it corresponds to. */
  private static void scoreEvents(String file, JsonNode labels, List<EventMention> found) {
    List<EventMention> candidates = new ArrayList<>(found.stream()
        .filter(e -> SCORED_EVENTS.contains(e.getType().name())).toList());
    for (JsonNode label : labels) {
      if (!SCORED_EVENTS.contains(label.get("type").asText())) {
        continue;
      }
      EventMention match = candidates.stream().filter(e -> corresponds(label, e)).findFirst().orElse(null);
      if (match == null) {
        EVENTS.falseNegatives++;
        MISSES.add(file + ": event missed " + label);
      } else {
        candidates.remove(match);
        EVENTS.truePositives++;
      }
    }
    EVENTS.falsePositives += candidates.size();
  }

  private static boolean corresponds(JsonNode label, EventMention found) {
    Set<String> shared = strings(label.get("parties"));
    shared.retainAll(found.getParties());
    String date = label.get("date").isNull() ? null : label.get("date").asText();
    return EventType.valueOf(label.get("type").asText()) == found.getType() && !shared.isEmpty()
        && (date == null || found.getDate() == null || date.startsWith(found.getDate())
            || found.getDate().startsWith(date));
  }

  private static Set<String> turkicCountries(EnrichedArticle enriched) {
    Set<String> codes = new HashSet<>();
    enriched.getCountries().stream().filter(CountryTag::getTurkic).forEach(c -> codes.add(c.getCode()));
    return codes;
  }

  private static Set<String> topics(EnrichedArticle enriched) {
    Set<String> topics = new HashSet<>();
    enriched.getTopics().stream().map(TopicTag::getTopic).forEach(topics::add);
    return topics;
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> values = new HashSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  @Test
  void shouldAlertRightOnTheDevelopmentArticles() {
    assertThat(ALERT.f1()).as("alert %s", ALERT).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void shouldFindTheTurkicStatesTakingPart() {
    assertThat(COUNTRIES.f1()).as("Turkic countries %s", COUNTRIES).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void shouldFindTheTopicsOfTheCooperation() {
    assertThat(TOPICS.f1()).as("topics %s", TOPICS).isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void shouldFindTheLabelledAgreementsAndSummits() {
    assertThat(EVENTS.recall()).as("agreements and summits %s", EVENTS).isGreaterThanOrEqualTo(0.85);
  }
}
