package tulpar.streams.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tulpar.schemas.Article;
import tulpar.schemas.CountryTag;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.EventMention;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;
import tulpar.schemas.MoneyFigure;
import tulpar.schemas.PersonTag;
import tulpar.schemas.Span;
import tulpar.schemas.TopicTag;
import tulpar.streams.Fixtures;
import tulpar.streams.reading.ArticleReading;

class ArticleTaggerTest {

  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final ArticleTagger TAGGER = ArticleTagger.standard(Clock.fixed(NOW, ZoneOffset.UTC));

  private static EnrichedArticle tag(String language, String date, String body) {
    return TAGGER.tag(Fixtures.article("a-" + language, language, date, "", body));
  }

  @Test
  void shouldTagAPreviewOfAMinistersMeetingInEnglish() {
    EnrichedArticle enriched = TAGGER.tag(Fixtures.COMMISSION_PREVIEW);

    assertThat(enriched.getLanguage()).isEqualTo("en");
    assertThat(enriched.getCountries()).extracting(CountryTag::getCode, CountryTag::getTurkic)
        .containsExactlyInAnyOrder(tuple("AZ", true), tuple("UZ", true));
    assertThat(enriched.getPeople()).extracting(PersonTag::getName, PersonTag::getCountry)
        .containsExactlyInAnyOrder(tuple("Bakhtiyor Saidov", "UZ"), tuple("Jeyhun Bayramov", "AZ"));
    assertThat(enriched.getOrganizations()).extracting(o -> o.getName()).contains("Intergovernmental Commission");
    assertThat(enriched.getTopics()).extracting(TopicTag::getTopic).contains("trade", "transport", "energy");
    assertThat(enriched.getEvents()).singleElement().satisfies(event -> {
      assertThat(event.getType()).isEqualTo(EventType.MEETING);
      assertThat(event.getName()).isEqualTo("3rd meeting of the Intergovernmental Commission");
      assertThat(event.getParties()).containsExactly("AZ", "UZ");
      assertThat(event.getStatus()).isEqualTo(EventStatus.PLANNED);
      assertThat(event.getDate()).as("Tuesday after Sunday 1 March").isEqualTo("2026-03-03");
      assertThat(event.getPlace()).isEqualTo("Baku");
      assertThat(event.getNewsworthy()).isTrue();
    });
    assertThat(enriched.getAlert()).as("a meeting of ministers is no alert").isFalse();
    assertThat(enriched.getEnrichedAt()).isEqualTo(NOW);
  }

  @Test
  void shouldTellATradeFigureFromATargetInTheSameSentence() {
    EnrichedArticle enriched = TAGGER.tag(Fixtures.COMMISSION_PREVIEW);

    assertThat(enriched.getFigures())
        .extracting(MoneyFigure::getAmount, MoneyFigure::getCurrency, MoneyFigure::getMeasure, MoneyFigure::getPeriod)
        .containsExactly(tuple(1.2e9, "USD", "trade", "2025"), tuple(2.0e9, "USD", "target", null));
  }

  @Test
  void shouldAlertOnAnAgreementSignedAtAMeetingJustHeld() {
    EnrichedArticle enriched = TAGGER.tag(Fixtures.COMMISSION_REPORT);

    assertThat(enriched.getEvents())
        .extracting(EventMention::getType, EventMention::getStatus, EventMention::getDate, EventMention::getPlace)
        .containsExactlyInAnyOrder(
            tuple(EventType.MEETING, EventStatus.HELD, "2026-03-03", "Baku"),
            tuple(EventType.AGREEMENT, EventStatus.SIGNED, "2026-03-03", "Baku"));
    assertThat(enriched.getEvents()).filteredOn(e -> e.getType() == EventType.AGREEMENT).singleElement()
        .extracting(EventMention::getName).as("the headline's memorandum is the body's")
        .isEqualTo("Azerbaijan–Uzbekistan memorandum of understanding on transit cargo");
    assertThat(enriched.getAlert()).isTrue();
  }

  @Test
  void shouldReadTurkishWithSuffixesAfterApostrophes() {
    EnrichedArticle enriched = tag("tr", "2026-04-10", """
        Cumhurbaşkanı Erdoğan ve Kazakistan Cumhurbaşkanı Tokayev, Türkiye-Kazakistan Yüksek Düzeyli Stratejik \
        İşbirliği Konseyi'nin altıncı toplantısına 9 Nisan'da Ankara'da başkanlık etti. Toplantıda enerji ve \
        ulaştırma alanlarında yedi anlaşma imzalandı. Kazakistan'ın Türkiye'ye ihracatı geçen yıl 3,5 milyar \
        dolar oldu.""");

    assertThat(enriched.getCountries()).extracting(CountryTag::getCode).containsExactlyInAnyOrder("KZ", "TR");
    assertThat(enriched.getPeople()).extracting(PersonTag::getName)
        .containsExactlyInAnyOrder("Recep Tayyip Erdoğan", "Kassym-Jomart Tokayev");
    assertThat(enriched.getEvents())
        .extracting(EventMention::getType, EventMention::getName, EventMention::getStatus, EventMention::getDate)
        .containsExactly(
            tuple(EventType.SUMMIT, "6th meeting of the High-Level Strategic Cooperation Council", EventStatus.HELD,
                "2026-04-09"),
            tuple(EventType.AGREEMENT, "7 agreements on enerji ve ulaştırma", EventStatus.SIGNED, "2026-04-09"));
    assertThat(enriched.getFigures()).singleElement().satisfies(figure -> {
      assertThat(figure.getAmount()).isEqualTo(3.5e9);
      assertThat(figure.getMeasure()).isEqualTo("trade");
      assertThat(figure.getEvidence().getText()).isEqualTo("3,5 milyar dolar");
    });
    assertThat(enriched.getAlert()).isTrue();
  }

  @Test
  void shouldReadRussianCaseEndings() {
    EnrichedArticle enriched = tag("ru", "2026-05-20", """
        Президент Узбекистана Шавкат Мирзиёев и президент Кыргызстана Садыр Жапаров провели переговоры в \
        Бишкеке. По итогам встречи лидеры подписали Договор о стратегическом партнерстве. Товарооборот между \
        странами в прошлом году составил 1,5 млрд долларов. Саммит Организации тюркских государств пройдет \
        в Казахстане в сентябре.""");

    assertThat(enriched.getCountries()).extracting(CountryTag::getCode).contains("KG", "UZ");
    assertThat(enriched.getPeople()).extracting(PersonTag::getName)
        .containsExactlyInAnyOrder("Shavkat Mirziyoyev", "Sadyr Japarov");
    assertThat(enriched.getEvents())
        .extracting(EventMention::getType, EventMention::getParties, EventMention::getStatus, EventMention::getDate)
        .containsExactly(
            tuple(EventType.AGREEMENT, List.of("KG", "UZ"), EventStatus.SIGNED, "2026"),
            tuple(EventType.SUMMIT, List.of("AZ", "KG", "KZ", "TR", "UZ"), EventStatus.PLANNED, "2026"));
    assertThat(enriched.getFigures()).extracting(MoneyFigure::getAmount, MoneyFigure::getMeasure)
        .containsExactly(tuple(1.5e9, "trade"));
  }

  @Test
  void shouldFindCountriesInKazakhUzbekAndAzerbaijaniWhateverTheEnding() {
    assertThat(tag("kk", "2026-06-01", "Қазақстан мен Түркия арасындағы сауда өсті. Қазақстанның Түркиямен "
        + "тауар айналымы артты.").getCountries()).extracting(CountryTag::getCode).containsExactly("KZ", "TR");
    assertThat(tag("uz", "2026-06-01", "O‘zbekiston va Turkiya o‘rtasidagi savdo o‘smoqda. O‘zbekistonning "
        + "Turkiyaga eksporti oshdi.").getCountries()).extracting(CountryTag::getCode).containsExactly("TR", "UZ");
    assertThat(tag("az", "2026-06-01", "Azərbaycan və Türkiyə arasında ticarət artır. Azərbaycanın Türkiyəyə "
        + "ixracı artıb.").getCountries()).extracting(CountryTag::getCode).containsExactly("AZ", "TR");
  }

  @Test
  void shouldCountOfficeHoldersCapitalsAndMisspelledNamesAsTheirCountry() {
    EnrichedArticle enriched = tag("en", "2026-06-01",
        "Erdoan spoke to Tokayev by phone. Ankara and Astana agreed to talk again.");

    assertThat(enriched.getCountries()).extracting(CountryTag::getCode, CountryTag::getMentions)
        .containsExactlyInAnyOrder(tuple("TR", 2), tuple("KZ", 2));
  }

  @Test
  void shouldTagOtherCountriesAsNonTurkicButNotTheEuropeanUnion() {
    EnrichedArticle enriched = tag("en", "2026-06-01",
        "Officials from Iran and China met European Union envoys in Brussels.");

    assertThat(enriched.getCountries()).extracting(CountryTag::getCode, CountryTag::getTurkic)
        .containsExactlyInAnyOrder(tuple("IR", false), tuple("CN", false));
    assertThat(enriched.getOrganizations()).extracting(o -> o.getName()).containsExactly("European Union");
  }

  @Test
  void shouldLeaveOutATurkicStateNamedOnlyInPassing() {
    EnrichedArticle enriched = tag("en", "2026-06-01", """
        After a visit from Uzbekistan last month, Kazakhstan and Türkiye discussed trade. Kazakhstan wants \
        more Turkish investment, and Türkiye wants more Kazakh grain.""");

    assertThat(enriched.getCountries()).extracting(CountryTag::getCode).containsExactlyInAnyOrder("KZ", "TR");
  }

  @Test
  void shouldRecordPastEventsAsBackgroundAndIgnoreSummitsOfOtherFormats() {
    EnrichedArticle enriched = tag("en", "2026-02-10", """
        Kazakhstan and Kyrgyzstan keep close ties. Their leaders last held a summit in Astana on 12 March 2025, \
        when President Tokayev and President Japarov signed 12 agreements on water and energy. The China–Central \
        Asia summit will be held in Beijing on June 10, 2026, with the presidents of Kazakhstan, Kyrgyzstan and \
        Uzbekistan attending.""");

    assertThat(enriched.getEvents())
        .extracting(EventMention::getType, EventMention::getDate, EventMention::getNewsworthy)
        .containsExactly(tuple(EventType.SUMMIT, "2025-03-12", false), tuple(EventType.AGREEMENT, "2025-03-12", false));
    assertThat(enriched.getAlert()).isFalse();
  }

  @Test
  void shouldResolveDatesAgainstTheArticleDate() {
    EnrichedArticle enriched = tag("en", "2026-02-01", """
        Ministers recalled that the fifth meeting of the Türkiye–Kazakhstan High-Level Strategic Cooperation \
        Council took place in Ankara on July 29 of last year.""");

    assertThat(enriched.getEvents()).singleElement().satisfies(event -> {
      assertThat(event.getDate()).isEqualTo("2025-07-29");
      assertThat(event.getNewsworthy()).isFalse();
    });
  }

  @Test
  void shouldGiveEverySpanAsOffsetsIntoTitleBlankLineAndBody() {
    Article article = Fixtures.COMMISSION_REPORT;
    String text = ArticleReading.textOf(article);

    EnrichedArticle enriched = TAGGER.tag(article);

    assertThat(text).startsWith(article.getTitle() + "\n\n" + article.getBody().substring(0, 10));
    Stream.of(
            enriched.getCountries().stream().flatMap(c -> c.getEvidence().stream()),
            enriched.getPeople().stream().flatMap(p -> p.getEvidence().stream()),
            enriched.getEvents().stream().map(EventMention::getEvidence))
        .flatMap(s -> s)
        .forEach((Span span) -> assertThat(text.substring(span.getStart(), span.getEnd())).isEqualTo(span.getText()));
    assertThat(enriched.getCountries().get(0).getEvidence()).isNotEmpty();
  }

  @Test
  void shouldGuessTheLanguageWhenTheSourceDidNotSayIt() {
    assertThat(tag(null, "2026-06-01", "Қазақстан мен Түркия арасындағы сауда өсті.").getLanguage())
        .isEqualTo("kk");
    assertThat(tag(null, "2026-06-01", "Türkiye ile Kazakistan arasındaki ticaret arttı ve bu yıl da artacak.")
        .getLanguage()).isEqualTo("tr");
    assertThat(tag(null, "2026-06-01", "Торговля между Казахстаном и Турцией выросла на треть.").getLanguage())
        .isEqualTo("ru");
  }

  @Test
  void shouldBeSafeToShareBetweenThreads() throws Exception {
    EnrichedArticle expected = TAGGER.tag(Fixtures.COMMISSION_REPORT);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<EnrichedArticle>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> TAGGER.tag(Fixtures.COMMISSION_REPORT)));
      }
      for (Future<EnrichedArticle> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
