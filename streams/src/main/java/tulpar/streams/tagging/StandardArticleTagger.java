package tulpar.streams.tagging;

import java.time.Clock;
import java.util.List;
import tulpar.schemas.Article;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.EventMention;
import tulpar.schemas.EventType;
import tulpar.schemas.OrganizationTag;
import tulpar.schemas.PersonTag;
import tulpar.streams.events.EventExtractor;
import tulpar.streams.lexicon.Gazetteer;
import tulpar.streams.lexicon.Vocabulary;
import tulpar.streams.reading.ArticleReading;

/**
 * The tagger over a {@link Gazetteer}: one pass of the lexicon over the article's folded text, then each kind
 * of tag from the matches. An article {@code alert}s when it reports at least one newsworthy agreement or
 * summit between Turkic states.
 */
final class StandardArticleTagger implements ArticleTagger {

  private static final int MIN_ALERT_PARTIES = 2;

  private final Gazetteer gazetteer;
  private final Clock clock;
  private final CountryTagger countries;
  private final TopicTagger topics;
  private final MoneyFigureExtractor figures;
  private final EventExtractor events;

  StandardArticleTagger(Gazetteer gazetteer, Clock clock) {
    this.gazetteer = gazetteer;
    this.clock = clock;
    this.countries = new CountryTagger(gazetteer);
    this.topics = new TopicTagger(gazetteer);
    this.figures = new MoneyFigureExtractor(gazetteer.lexicon());
    this.events = new EventExtractor(gazetteer);
  }

  @Override
  public EnrichedArticle tag(Article article) {
    ArticleReading reading = ArticleReading.of(article, gazetteer);
    List<EventMention> mentions = events.extract(reading);
    TurkicFocus focus = TurkicFocus.of(reading, gazetteer, mentions);
    return EnrichedArticle.newBuilder()
        .setArticle(article)
        .setLanguage(reading.language())
        .setCountries(countries.tag(reading, focus, mentions))
        .setOrganizations(Mentions.tags(reading.matches().of(Vocabulary.ORGANIZATION),
            (name, spans) -> new OrganizationTag(name, spans.size(), spans)))
        .setPeople(Mentions.tags(reading.matches().of(Vocabulary.PERSON),
            (name, spans) -> new PersonTag(name, gazetteer.person(name).country().orElse(null), spans.size(),
                spans)))
        .setTopics(topics.tag(reading, focus, mentions))
        .setFigures(figures.extract(reading))
        .setEvents(mentions)
        .setAlert(mentions.stream().anyMatch(StandardArticleTagger::isAlert))
        .setEnrichedAt(clock.instant())
        .build();
  }

  private static boolean isAlert(EventMention event) {
    return event.getNewsworthy() && event.getParties().size() >= MIN_ALERT_PARTIES
        && (event.getType() == EventType.AGREEMENT || event.getType() == EventType.SUMMIT);
  }
}
