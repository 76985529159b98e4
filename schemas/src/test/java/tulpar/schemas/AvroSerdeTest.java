package tulpar.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

  private final AvroSerde<Article> serde = AvroSerde.of(Article.class);

  @Test
  void roundTripsAnArticle() {
    Article article = sampleArticle();

    Article back = serde.decode(serde.encode(article));

    assertThat(back).isEqualTo(article);
  }

  @Test
  void writesSingleObjectEncodingThatAPlainAvroReaderDecodesWithThePublishedSchema() throws Exception {
    byte[] bytes = serde.encode(sampleArticle());

    // C3 01, then the CRC-64-AVRO fingerprint of the writer schema, then Avro binary.
    assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
    Schema published = new Schema.Parser()
        .parse(SchemaHistory.class.getResourceAsStream("/tulpar/schemas/history/Article/v1.avsc"));
    GenericRecord generic = new GenericDatumReader<GenericRecord>(published).read(null,
        DecoderFactory.get().binaryDecoder(new ByteArrayInputStream(bytes, 10, bytes.length - 10), null));
    assertThat(generic.get("title").toString()).isEqualTo("Türkiye and Kazakhstan sign a plan");
  }

  @Test
  void tombstonesStayNull() {
    assertThat(serde.encode(null)).isNull();
    assertThat(serde.decode(null)).isNull();
  }

  @Test
  void garbageGivesAClearSerializationError() {
    byte[] garbage = "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> serde.decode(garbage))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("Article");
  }

  @Test
  void aValueOfAnotherTypeIsRefusedByFingerprint() {
    AvroSerde<Span> spans = AvroSerde.of(Span.class);
    byte[] span = spans.encode(new Span(0, 3, "abc"));

    assertThatThrownBy(() -> serde.decode(span))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("schema this reader does not know");
  }

  @Test
  void everyTopicHasADistinctNameAndTheDesignedCleanupPolicy() {
    assertThat(Topics.ALL).extracting(Topic::name).doesNotHaveDuplicates().allMatch(n -> n.startsWith("tulpar."));
    assertThat(Topics.ALL).filteredOn(t -> t.cleanupPolicy() == CleanupPolicy.COMPACT)
        .extracting(Topic::name).containsExactlyInAnyOrder("tulpar.events", "tulpar.subscriptions");
  }

  static Article sampleArticle() {
    Instant now = Instant.parse("2026-02-03T10:15:30.123Z");
    return Article.newBuilder()
        .setId("a1")
        .setUrl("https://example.org/a1")
        .setTitle("Türkiye and Kazakhstan sign a plan")
        .setBody("Қазақстан мен Түркия …")
        .setSource("test")
        .setLanguage("en")
        .setPublishedAt(now.truncatedTo(ChronoUnit.MILLIS))
        .setDateSource(DateSource.STATED)
        .setReceivedAt(now)
        .build();
  }
}
