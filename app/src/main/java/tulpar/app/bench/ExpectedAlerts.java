package tulpar.app.bench;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tulpar.schemas.EventMention;
import tulpar.streams.events.EventIds;
import tulpar.streams.tagging.ArticleTagger;

/**
 * Which alerts the pipeline owes: the bench tags every article of the agreements-and-summits share with the
 * topology's own tagger and keeps the id of every agreement or summit it reports. An event whose every mention
 * is newsworthy is new the first time the topology sees it, so the subscriber must get an alert for it; an
 * event also mentioned as old news may first arrive as not newsworthy, so it is not counted either way. Each
 * batch (warm-up, throughput, latency) owes the events it is the first to report.
 */
final class ExpectedAlerts {

  private final ArticleTagger tagger;
  /** Event id → whether every mention so far was newsworthy. */
  private final Map<String, Boolean> newsworthy = new HashMap<>();
  private final Map<String, Integer> firstBatch = new HashMap<>();
  private int batches;

  ExpectedAlerts(ArticleTagger tagger) {
    this.tagger = tagger;
  }

  /** Tags the event articles of one batch (on every core) and returns the batch's number. */
  int add(List<BenchArticle> batch) {
    int number = batches++;
    List<List<EventMention>> mentions = batch.parallelStream()
        .filter(a -> a.kind() == BenchArticle.Kind.EVENT)
        .map(a -> tagger.tag(a.article()).getEvents().stream().filter(CorpusTemplates::alertingType).toList())
        .toList();
    for (List<EventMention> article : mentions) {
      for (EventMention mention : article) {
        String id = EventIds.of(mention);
        newsworthy.merge(id, mention.getNewsworthy(), Boolean::logicalAnd);
        firstBatch.putIfAbsent(id, number);
      }
    }
    return number;
  }

  /** The events first reported in {@code batch} that must each get an alert. */
  Set<String> of(int batch) {
    Set<String> ids = new LinkedHashSet<>();
    firstBatch.forEach((id, first) -> {
      if (first == batch && newsworthy.get(id)) {
        ids.add(id);
      }
    });
    return ids;
  }

  /** The agreements and summits the event articles report, owed an alert or not. */
  int events() {
    return newsworthy.size();
  }

  /** The events owed an alert, over every batch. */
  int owed() {
    return (int) newsworthy.values().stream().filter(Boolean::booleanValue).count();
  }
}
