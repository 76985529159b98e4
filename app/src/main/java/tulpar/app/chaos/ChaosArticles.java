package tulpar.app.chaos;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tulpar.schemas.Article;
import tulpar.schemas.DateSource;
import tulpar.schemas.Topics;
import tulpar.servicekit.KafkaSettings;
import tulpar.streams.events.EnglishOrdinals;

/**
 * The harness's articles, each with one alert it must cause: the nth meeting of the Kazakhstan–Türkiye
 * Intergovernmental Commission, in three wordings. Every fifth article is followed by a syndicated copy of it
 * (another headline and a byline), which must cause no alert. Written for the harness, not taken from any
 * publication.
 */
final class ChaosArticles implements AutoCloseable {

  private static final String[] WORDINGS = {
      "The %s meeting of the Kazakhstan–Türkiye Intergovernmental Commission was held in Astana on March 3. The"
          + " sides discussed trade, transit along the Middle Corridor and joint investment projects.",
      "Kazakh and Turkish ministers co-chaired the %s meeting of the Kazakhstan–Türkiye Intergovernmental"
          + " Commission, which was held in Astana on March 3 and reviewed energy and transport cooperation.",
      "Officials said the %s meeting of the Kazakhstan–Türkiye Intergovernmental Commission was held in Astana on"
          + " March 3, with agreements on customs, logistics and agriculture on the agenda.",
  };
  private static final Instant PUBLISHED = LocalDate.of(2026, 3, 4).atStartOfDay(ZoneOffset.UTC).toInstant();

  private final String runId;
  private final KafkaProducer<String, Article> articles;
  private final KafkaProducer<String, byte[]> bytes;
  private int poisoned;

  ChaosArticles(KafkaSettings kafka, String runId) {
    this.runId = runId;
    Properties props = kafka.producer("tulpar-chaos");
    // Keep trying through a broker restart instead of failing the send.
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 180_000);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 180_000);
    this.articles = new KafkaProducer<>(props, Topics.ARTICLES_RAW.keySerde().serializer(),
        Topics.ARTICLES_RAW.valueSerde().serializer());
    this.bytes = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  /** The name of the event the nth article reports, as the tagger names it. */
  static String eventName(int n) {
    return EnglishOrdinals.of(n) + " meeting of the Intergovernmental Commission";
  }

  /** Publishes articles first to last (inclusive) and their copies; returns how many records were sent. */
  int publish(int first, int last) {
    List<Article> batch = new ArrayList<>();
    for (int n = first; n <= last; n++) {
      Article article = article(runId + "-" + n, "Commission meets for the " + EnglishOrdinals.of(n) + " time",
          WORDINGS[n % WORDINGS.length].formatted(EnglishOrdinals.of(n)));
      batch.add(article);
      if (n % 5 == 0) {
        batch.add(article(runId + "-" + n + "-copy", "Astana hosts commission",
            "By our correspondent. " + article.getBody()));
      }
    }
    batch.forEach(a -> articles.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), a.getId(), a)));
    articles.flush();
    return batch.size();
  }

  /** A record on the raw topic and one on the events topic that are not Avro at all. */
  void poison() {
    poisoned++;
    byte[] garbage = ("not an article " + poisoned).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    bytes.send(new ProducerRecord<>(Topics.ARTICLES_RAW.name(), runId + "-poison-" + poisoned, garbage));
    bytes.send(new ProducerRecord<>(Topics.EVENTS.name(), runId + "-poison-" + poisoned, garbage));
    bytes.flush();
  }

  int poisoned() {
    return poisoned * 2;
  }

  private static Article article(String id, String title, String body) {
    return Article.newBuilder().setId(id).setUrl("https://chaos.example/" + id).setTitle(title).setBody(body)
        .setSource("chaos").setLanguage("en").setPublishedAt(PUBLISHED).setDateSource(DateSource.STATED)
        .setReceivedAt(Instant.now()).build();
  }

  @Override
  public void close() {
    articles.close();
    bytes.close();
  }
}
