package tulpar.streams;

import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import tulpar.schemas.Article;
import tulpar.schemas.ChangeKind;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.EventMention;
import tulpar.schemas.EventSource;
import tulpar.schemas.TopicTag;
import tulpar.streams.events.EventIds;

/**
 * Turns each event an enriched article mentions into a report keyed by the event's id: a one-source
 * {@link CooperationEvent} that {@link EventMerge} folds into the event's state. Times come from the article
 * (when Tulpar received it), so replaying a topic reproduces the same reports.
 */
final class EventReports {

  private EventReports() {}

  static List<KeyValue<String, CooperationEvent>> of(EnrichedArticle enriched) {
    Article article = enriched.getArticle();
    Instant seenAt = article.getReceivedAt();
    List<String> topics = enriched.getTopics().stream().map(TopicTag::getTopic).toList();
    return enriched.getEvents().stream().map(mention -> {
      String id = EventIds.of(mention);
      EventSource source = new EventSource(article.getId(), article.getUrl(), article.getTitle(), seenAt,
          mention.getEvidence().getText());
      return KeyValue.pair(id, report(id, mention, topics, source, seenAt));
    }).toList();
  }

  private static CooperationEvent report(String id, EventMention mention, List<String> topics, EventSource source,
                                         Instant seenAt) {
    return CooperationEvent.newBuilder()
        .setId(id)
        .setType(mention.getType())
        .setName(mention.getName())
        .setParties(mention.getParties())
        .setStatus(mention.getStatus())
        .setDate(mention.getDate())
        .setPlace(mention.getPlace())
        .setNewsworthy(mention.getNewsworthy())
        .setTopics(topics)
        .setSources(List.of(source))
        .setConfidence(0.0)
        .setVersion(0)
        .setChange(ChangeKind.NEW)
        .setFirstSeenAt(seenAt)
        .setUpdatedAt(seenAt)
        .build();
  }
}
