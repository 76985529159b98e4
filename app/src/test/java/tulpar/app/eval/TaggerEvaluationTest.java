package tulpar.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tulpar.schemas.Article;
import tulpar.schemas.CountryTag;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.EventMention;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;
import tulpar.schemas.Span;
import tulpar.schemas.TopicTag;

class TaggerEvaluationTest {

  @Test
  void countsAlertsCountriesTopicsAndEventsAndListsTheMisses() {
    TaggerEvaluation evaluation = new TaggerEvaluation();
    LabelledArticle label = new LabelledArticle("a.txt", true, List.of("KZ", "TR"), List.of("trade", "energy"),
        List.of(new LabelledArticle.LabelledEvent("AGREEMENT", List.of("KZ", "TR"), "signed", "2026-02", null, "plan"),
            new LabelledArticle.LabelledEvent("SUMMIT", List.of("AZ", "KZ"), "planned", "2026", null, "summit"),
            new LabelledArticle.LabelledEvent("MEETING", List.of("KZ", "TR"), "held", null, null, "not scored")));
    EnrichedArticle found = enriched(true, List.of("KZ", "UZ"), List.of("trade"),
        List.of(event(EventType.AGREEMENT, List.of("TR"), "2026-02-02"), event(EventType.SUMMIT, List.of("KZ"), "2025")));

    evaluation.add(label, found);

    assertThat(evaluation.alert()).isEqualTo(new Score(1, 0, 0));
    assertThat(evaluation.turkicCountries()).isEqualTo(new Score(1, 1, 1));
    assertThat(evaluation.topics()).isEqualTo(new Score(1, 0, 1));
    // The agreement matches (shared party, 2026-02 fits 2026-02-02); the summit's 2025 contradicts 2026.
    assertThat(evaluation.agreementsAndSummits()).isEqualTo(new Score(1, 1, 1));
    assertThat(evaluation.misses()).anyMatch(m -> m.contains("countries missing [TR] extra [UZ]"))
        .anyMatch(m -> m.contains("event missed SUMMIT"));
  }

  @Test
  void aFalseAlertOnANegativeCountsAsAFalsePositive() {
    TaggerEvaluation evaluation = new TaggerEvaluation();
    evaluation.add(new LabelledArticle("b.txt", false, List.of(), List.of(), List.of()),
        enriched(true, List.of(), List.of(), List.of()));

    assertThat(evaluation.alert()).isEqualTo(new Score(0, 1, 0));
    assertThat(evaluation.alert().precision()).isZero();
    assertThat(evaluation.misses()).containsExactly("b.txt: alert true, labelled false");
  }

  @Test
  void scoresAreHarmonicMeans() {
    Score score = new Score(6, 2, 4);
    assertThat(score.precision()).isEqualTo(0.75);
    assertThat(score.recall()).isEqualTo(0.6);
    assertThat(score.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, org.assertj.core.data.Offset.offset(1e-9));
  }

  private static EnrichedArticle enriched(boolean alert, List<String> turkic, List<String> topics,
                                          List<EventMention> events) {
    Instant at = Instant.parse("2026-02-03T00:00:00Z");
    Article article = Article.newBuilder().setId("a").setBody("text").setSource("test").setPublishedAt(at)
        .setReceivedAt(at).build();
    return EnrichedArticle.newBuilder().setArticle(article).setLanguage("en").setAlert(alert).setEnrichedAt(at)
        .setCountries(turkic.stream().map(c -> new CountryTag(c, true, 1, List.of())).toList())
        .setTopics(topics.stream().map(t -> new TopicTag(t, 1, List.of())).toList())
        .setEvents(events)
        .build();
  }

  private static EventMention event(EventType type, List<String> parties, String date) {
    return EventMention.newBuilder().setType(type).setName(type.name()).setParties(parties)
        .setStatus(EventStatus.SIGNED).setDate(date).setNewsworthy(true).setEvidence(new Span(0, 1, "t")).build();
  }
}
