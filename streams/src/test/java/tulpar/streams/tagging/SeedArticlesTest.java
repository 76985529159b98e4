package tulpar.streams.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import tulpar.schemas.CountryTag;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.EventMention;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;
import tulpar.schemas.MoneyFigure;
import tulpar.schemas.OrganizationTag;
import tulpar.schemas.PersonTag;
import tulpar.schemas.TopicTag;
import tulpar.streams.SeedCorpus;

/** The two seed articles of the shared corpus, tagged as the issue expects. Skipped without the corpus. */
class SeedArticlesTest {

  private static final ArticleTagger TAGGER = ArticleTagger.standard();
  private static final List<String> OTS_MEMBERS = List.of("AZ", "KG", "KZ", "TR", "UZ");

  @Test
  void shouldTagTheReportOfTheEighthPlanningGroupMeeting() {
    EnrichedArticle report = TAGGER.tag(SeedCorpus.seed("000"));

    assertThat(report.getLanguage()).isEqualTo("en");
    assertThat(report.getCountries()).extracting(CountryTag::getCode, CountryTag::getTurkic)
        .containsExactlyInAnyOrder(tuple("KZ", true), tuple("TR", true));
    assertThat(report.getOrganizations()).extracting(OrganizationTag::getName)
        .contains("Organization of Turkic States", "Joint Strategic Planning Group");
    assertThat(report.getPeople()).extracting(PersonTag::getName, PersonTag::getCountry).containsExactlyInAnyOrder(
        tuple("Yermek Kosherbayev", "KZ"), tuple("Hakan Fidan", "TR"), tuple("Kassym-Jomart Tokayev", "KZ"),
        tuple("Recep Tayyip Erdoğan", "TR"));
    assertThat(report.getTopics()).extracting(TopicTag::getTopic)
        .contains("trade", "investment", "agriculture", "transport", "technology", "culture", "diplomacy");
    assertThat(report.getFigures()).extracting(MoneyFigure::getAmount, MoneyFigure::getCurrency,
        MoneyFigure::getMeasure).containsExactly(tuple(5.0e9, "USD", "investment"), tuple(2.2e9, "USD", "investment"));
    assertThat(report.getEvents()).extracting(EventMention::getType, EventMention::getName,
        EventMention::getParties, EventMention::getStatus, EventMention::getDate, EventMention::getPlace,
        EventMention::getNewsworthy).containsExactly(
        tuple(EventType.MEETING, "8th meeting of the Joint Strategic Planning Group", List.of("KZ", "TR"),
            EventStatus.HELD, "2026-02-02", "Ankara", true),
        tuple(EventType.SUMMIT, "informal summit of the Organization of Turkic States", OTS_MEMBERS,
            EventStatus.ANNOUNCED, "2026", null, true),
        tuple(EventType.SUMMIT, "13th summit of the Organization of Turkic States", OTS_MEMBERS,
            EventStatus.ANNOUNCED, "2026", null, true),
        tuple(EventType.AGREEMENT,
            "Cooperation Plan between the Ministries of Foreign Affairs of Kazakhstan and Türkiye for 2026-2027",
            List.of("KZ", "TR"), EventStatus.SIGNED, "2026-02-02", "Ankara", true));
    assertThat(report.getAlert()).isTrue();
  }

  @Test
  void shouldTagThePreviewAndKeepTheCouncilOfLastJulyAsBackground() {
    EnrichedArticle preview = TAGGER.tag(SeedCorpus.seed("002"));

    assertThat(preview.getCountries()).filteredOn(CountryTag::getTurkic).extracting(CountryTag::getCode)
        .containsExactlyInAnyOrder("KZ", "TR");
    assertThat(preview.getCountries()).filteredOn(c -> !c.getTurkic()).extracting(CountryTag::getCode)
        .contains("AF", "IR", "PS", "RU");
    assertThat(preview.getFigures()).extracting(MoneyFigure::getAmount, MoneyFigure::getCurrency,
        MoneyFigure::getMeasure, MoneyFigure::getPeriod).startsWith(
        tuple(15.0e9, "USD", "target", null), tuple(650.44e9, "TRY", "target", null),
        tuple(8.95e9, "USD", "trade", "January-November 2025"));
    assertThat(preview.getEvents()).first().satisfies(meeting -> {
      assertThat(meeting.getType()).isEqualTo(EventType.MEETING);
      assertThat(meeting.getName()).isEqualTo("8th meeting of the Joint Strategic Planning Group");
      assertThat(meeting.getParties()).containsExactly("KZ", "TR");
      assertThat(meeting.getStatus()).isEqualTo(EventStatus.PLANNED);
      assertThat(meeting.getDate()).isEqualTo("2026-02-02");
      assertThat(meeting.getPlace()).isEqualTo("Ankara");
      assertThat(meeting.getNewsworthy()).isTrue();
    });
    assertThat(preview.getEvents()).filteredOn(e -> e.getType() == EventType.SUMMIT).singleElement()
        .satisfies(council -> {
          assertThat(council.getName()).isEqualTo("5th meeting of the High-Level Strategic Cooperation Council");
          assertThat(council.getStatus()).isEqualTo(EventStatus.HELD);
          assertThat(council.getDate()).isEqualTo("2025-07-29");
          assertThat(council.getNewsworthy()).isFalse();
        });
    assertThat(preview.getEvents()).filteredOn(e -> e.getType() == EventType.AGREEMENT)
        .isNotEmpty()
        .allSatisfy(deal -> {
          assertThat(deal.getStatus()).isEqualTo(EventStatus.SIGNED);
          assertThat(deal.getDate()).isEqualTo("2025-07-29");
          assertThat(deal.getNewsworthy()).isFalse();
        })
        .anySatisfy(deal -> assertThat(deal.getName()).startsWith("20 deals"));
    assertThat(preview.getAlert()).isFalse();
  }
}
