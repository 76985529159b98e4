package tulpar.streams.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tulpar.schemas.CountryTag;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.TopicTag;
import tulpar.streams.Fixtures;

/**
 * Countries and topics describe the Turkic cooperation an article reports: articles without any get none, and
 * within an article, names in a dateline, a currency, a club or a sentence about a foreign partner do not count.
 */
class CooperationTagsTest {

  private static final ArticleTagger TAGGER = ArticleTagger.standard();

  private static EnrichedArticle tag(String language, String body) {
    return TAGGER.tag(Fixtures.article("c-" + language, language, "2026-03-15", "", body));
  }

  @Test
  void shouldGiveNoTurkicStateAndNoTopicToAnArticleWithoutTurkicCooperation() {
    EnrichedArticle enriched = tag("en", """
        ISTANBUL – Thousands gathered in Istanbul on Sunday as Turkey's main opposition party demanded early \
        elections. Party leaders accused President Erdogan of weakening the courts, and Turkish markets fell as \
        the Turkish lira slipped. Trade unions joined the protest.""");

    assertThat(enriched.getCountries()).filteredOn(CountryTag::getTurkic).isEmpty();
    assertThat(enriched.getTopics()).isEmpty();
    assertThat(enriched.getAlert()).isFalse();
  }

  @Test
  void shouldLeaveOutTurkicStatesThatMeetOnlyInAForeignFormat() {
    EnrichedArticle enriched = tag("en", """
        The presidents of Kazakhstan, Kyrgyzstan, Uzbekistan, Russia and China met in Astana on Thursday for the \
        Shanghai Cooperation Organisation summit. The leaders signed a declaration on regional security.""");

    assertThat(enriched.getCountries()).filteredOn(CountryTag::getTurkic).isEmpty();
    assertThat(enriched.getCountries()).extracting(CountryTag::getCode).contains("RU", "CN");
    assertThat(enriched.getEvents()).isEmpty();
  }

  @Test
  void shouldNotCountTheDatelineOrACurrencyAsTakingPart() {
    EnrichedArticle enriched = tag("en", """
        BAKU, Azerbaijan, March 15. Trade between Kazakhstan and Uzbekistan reached 4 billion US dollars last \
        year, the Kazakh trade ministry said. Uzbekistan plans to raise its exports to Kazakhstan further.""");

    assertThat(enriched.getCountries()).extracting(CountryTag::getCode).containsExactlyInAnyOrder("KZ", "UZ");
  }

  @Test
  void shouldTellTheCityOfAstanaFromTheFootballClub() {
    EnrichedArticle enriched = tag("en", """
        Kazakhstan and Uzbekistan agreed to build a joint logistics centre. Meanwhile FC Astana beat Ordabasy in \
        the league and Astana Arena was full.""");

    assertThat(enriched.getCountries()).filteredOn(c -> c.getCode().equals("KZ")).singleElement()
        .extracting(CountryTag::getMentions).as("Kazakhstan and Astana Arena's city, not the club").isEqualTo(2);
  }

  @Test
  void shouldTagStatesListedTogetherButNotOneNamedInPassing() {
    EnrichedArticle enriched = tag("en", """
        After a visit from Turkmenistan last week, experts from Azerbaijan, Kazakhstan and Uzbekistan met in \
        Almaty to discuss a common alphabet.""");

    assertThat(enriched.getCountries()).filteredOn(CountryTag::getTurkic).extracting(CountryTag::getCode)
        .containsExactlyInAnyOrder("AZ", "KZ", "UZ");
  }

  @Test
  void shouldTagTheTopicsOfTheCooperationNotThoseOfAForeignPartner() {
    EnrichedArticle enriched = tag("en", """
        Kazakhstan and Türkiye agreed to expand trade and transit along the Middle Corridor. Russia remains \
        Kazakhstan's main supplier of weapons and grain.""");

    assertThat(enriched.getTopics()).extracting(TopicTag::getTopic).containsExactlyInAnyOrder("trade", "transport");
  }

  @Test
  void shouldCountATopicInAMinistrysNameOnlyHalf() {
    EnrichedArticle enriched = tag("en", """
        Uzbekistan and Azerbaijan discussed energy projects. Azerbaijan's Minister of Culture and Tourism joined \
        the delegation.""");

    assertThat(enriched.getTopics()).extracting(TopicTag::getTopic).containsExactly("energy");
  }

  @Test
  void shouldCallASummitBetweenTurkicStatesDiplomacy() {
    EnrichedArticle enriched = tag("en", """
        The presidents of Kyrgyzstan and Uzbekistan held a summit in Bishkek on Saturday.""");

    assertThat(enriched.getTopics()).extracting(TopicTag::getTopic).containsExactly("diplomacy");
  }

  @Test
  void shouldReadACountryInKazakhDollarsAsNoCountry() {
    EnrichedArticle enriched = tag("kk", "Қазақстан мен Түркия арасындағы тауар айналымы 5 миллиард АҚШ "
        + "долларын құрады.");

    assertThat(enriched.getCountries()).extracting(CountryTag::getCode).containsExactlyInAnyOrder("KZ", "TR");
    assertThat(enriched.getFigures()).singleElement().satisfies(figure -> {
      assertThat(figure.getAmount()).isEqualTo(5e9);
      assertThat(figure.getCurrency()).isEqualTo("USD");
    });
  }
}
