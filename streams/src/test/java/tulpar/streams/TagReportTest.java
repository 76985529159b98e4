package tulpar.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tulpar.schemas.EnrichedArticle;
import tulpar.streams.tagging.ArticleTagger;

class TagReportTest {

  private static final EnrichedArticle REPORT = ArticleTagger.standard().tag(Fixtures.COMMISSION_REPORT);

  @Test
  void shouldRenderTheTagRecordWithTheFieldsOfTheDesign() {
    ObjectNode record = TagReport.of("inbox/report.txt", REPORT);

    assertThat(record.fieldNames()).toIterable().containsExactly("file", "articleId", "language", "publishedAt",
        "countries", "organizations", "people", "topics", "figures", "events", "alert");
    assertThat(record.get("file").asText()).isEqualTo("inbox/report.txt");
    assertThat(record.get("articleId").asText()).isEqualTo("report-1");
    assertThat(record.get("language").asText()).isEqualTo("en");
    assertThat(record.get("publishedAt").asText()).isEqualTo("2026-03-04");
    assertThat(record.get("alert").asBoolean()).isTrue();
  }

  @Test
  void shouldRenderTagsAndEventsAsPlainValues() {
    ObjectNode record = TagReport.of("report.txt", REPORT);

    JsonNode country = record.get("countries").get(0);
    assertThat(country.get("code").asText()).isIn("AZ", "UZ");
    assertThat(country.get("turkic").asBoolean()).isTrue();
    assertThat(country.get("mentions").asInt()).isPositive();
    assertThat(record.get("topics").get(0).isTextual()).isTrue();
    JsonNode agreement = StreamSupport.stream(record.get("events").spliterator(), false)
        .filter(e -> e.get("type").asText().equals("AGREEMENT")).findFirst().orElseThrow();
    assertThat(agreement.get("status").asText()).isEqualTo("SIGNED");
    assertThat(agreement.get("parties")).extracting(JsonNode::asText).containsExactly("AZ", "UZ");
    assertThat(agreement.get("date").asText()).isEqualTo("2026-03-03");
    assertThat(agreement.get("place").asText()).isEqualTo("Baku");
    assertThat(agreement.get("newsworthy").asBoolean()).isTrue();
    assertThat(agreement.get("evidence").asText()).startsWith("Foreign ministers Bakhtiyor Saidov");
  }

  @Test
  void shouldRenderAMissingPlaceOrMeasureAsNull() {
    EnrichedArticle preview = ArticleTagger.standard().tag(Fixtures.article("p", "en", "2026-05-01", "",
        "Kazakhstan and Türkiye will hold the 9th meeting of the Joint Strategic Planning Group on May 20. "
            + "Kazakhstan and Türkiye count on it; costs are $1 million."));

    ObjectNode record = TagReport.of("p.txt", preview);

    assertThat(record.get("events").get(0).get("place").isNull()).isTrue();
    assertThat(record.get("figures").get(0).get("measure").isNull()).isTrue();
  }
}
