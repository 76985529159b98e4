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
import tulpar.streams.Fixtures;

/** Events as issue #3 asks for them: who owns a summit, what an agreement is called, which date is the event's. */
class EventExtractionTest {

  private static final ArticleTagger TAGGER = ArticleTagger.standard();
  private static final List<String> OTS_MEMBERS = List.of("AZ", "KG", "KZ", "TR", "UZ");

  private static EnrichedArticle tag(String date, String title, String body) {
    return TAGGER.tag(Fixtures.article("e-" + date, "en", date, title, body));
  }

  @Test
  void shouldGiveTheSummitToTheTurkicOrganisationThatWillHoldIt() {
    // The lead's fixture for the end-to-end test, dated Friday 20 March 2026.
    EnrichedArticle enriched = tag("2026-03-20", "Turkic leaders to gather in Turkistan for informal summit", """
        BAKU – Azerbaijan's foreign minister said on Friday that the heads of state of the Organization of \
        Turkic States will hold an informal summit in the Kazakh city of Turkistan in April.

        The leaders of Azerbaijan, Kazakhstan, Kyrgyzstan, Türkiye and Uzbekistan are expected to discuss \
        energy links and a common investment fund at the meeting.""");

    assertThat(enriched.getEvents()).singleElement().satisfies(summit -> {
      assertThat(summit.getType()).isEqualTo(EventType.SUMMIT);
      assertThat(summit.getName()).isEqualTo("informal summit of the Organization of Turkic States");
      assertThat(summit.getParties()).as("the members, not the Kazakh city").isEqualTo(OTS_MEMBERS);
      assertThat(summit.getStatus()).isIn(EventStatus.PLANNED, EventStatus.ANNOUNCED);
      assertThat(summit.getPlace()).isEqualTo("Turkistan");
      assertThat(summit.getDate()).as("April, not the Friday it was said").isEqualTo("2026");
      assertThat(summit.getNewsworthy()).isTrue();
    });
    assertThat(enriched.getCountries()).filteredOn(CountryTag::getTurkic).extracting(CountryTag::getCode)
        .containsExactlyInAnyOrderElementsOf(OTS_MEMBERS);
    assertThat(enriched.getAlert()).isTrue();
  }

  @Test
  void shouldNameAnAgreementByItsKindItsPartiesAndWhatItIsAbout() {
    // Friday 13 March 2026: "on Wednesday" is the 11th.
    EnrichedArticle enriched = tag("2026-03-13", "Kazakhstan and Türkiye sign freight memorandum", """
        ASTANA – Kazakhstan and Türkiye signed a memorandum of understanding on Wednesday in Astana to speed up \
        container freight along the Middle Corridor, the Kazakh transport ministry said. The two countries' \
        transport ministers signed the document after talks on rail tariffs.""");

    assertThat(enriched.getEvents()).singleElement().satisfies(memorandum -> {
      assertThat(memorandum.getType()).isEqualTo(EventType.AGREEMENT);
      assertThat(memorandum.getName()).as("the headline's memorandum is the body's")
          .isEqualTo("Kazakhstan–Türkiye memorandum of understanding on the Middle Corridor");
      assertThat(memorandum.getParties()).containsExactly("KZ", "TR");
      assertThat(memorandum.getStatus()).isEqualTo(EventStatus.SIGNED);
      assertThat(memorandum.getDate()).isEqualTo("2026-03-11");
      assertThat(memorandum.getPlace()).isEqualTo("Astana");
    });
  }

  @Test
  void shouldNameCountedAndTitledDocumentsInWholeWords() {
    EnrichedArticle enriched = tag("2026-05-06", "", """
        Uzbekistan and Azerbaijan signed 14 agreements on energy, transit, customs, tourism and education in \
        Tashkent on Tuesday. The presidents also adopted the Tashkent Declaration on Strategic Partnership.""");

    assertThat(enriched.getEvents()).extracting(EventMention::getName, EventMention::getPlace).containsExactly(
        tuple("14 agreements on energy, transit, customs and more", "Tashkent"),
        tuple("Tashkent Declaration on Strategic Partnership", "Tashkent"));
  }

  @Test
  void shouldTakeADocumentsSubjectFromItsPostpositionInTurkish() {
    EnrichedArticle enriched = TAGGER.tag(Fixtures.article("tr-1", "tr", "2026-04-15", "", """
        Türkiye ile Özbekistan arasında gümrük işbirliği hakkında mutabakat zaptı imzalandı."""));

    assertThat(enriched.getEvents()).singleElement().extracting(EventMention::getName)
        .isEqualTo("Türkiye–Uzbekistan memorandum of understanding on gümrük işbirliği");
  }

  @Test
  void shouldDateAnAgreementFromALaterSentenceAboutTheDocument() {
    EnrichedArticle enriched = tag("2026-04-10", "", """
        Uzbekistan and Türkiye will open joint universities under a memorandum signed in Tashkent. The document \
        was signed on 3 April by the two education ministers.""");

    assertThat(enriched.getEvents()).singleElement().satisfies(memorandum -> {
      assertThat(memorandum.getName()).isEqualTo("Türkiye–Uzbekistan memorandum");
      assertThat(memorandum.getDate()).isEqualTo("2026-04-03");
      assertThat(memorandum.getStatus()).isEqualTo(EventStatus.SIGNED);
    });
  }

  @Test
  void shouldMakeOneAgreementOfAHeadlineAndItsReportWhateverTheirEndings() {
    EnrichedArticle enriched = TAGGER.tag(Fixtures.article("kk-1", "kk", "2026-03-12",
        "Қазақстан мен Өзбекстан су ресурстары туралы келісімге қол қойды",
        "Тоқаев пен Мирзиёев Астанада су ресурстарын бірлесіп басқару туралы келісімге қол қойды."));

    assertThat(enriched.getEvents()).singleElement().satisfies(agreement -> {
      assertThat(agreement.getName()).isEqualTo("Kazakhstan–Uzbekistan agreement on су ресурстарын бірлесіп басқару");
      assertThat(agreement.getParties()).containsExactly("KZ", "UZ");
      assertThat(agreement.getPlace()).isEqualTo("Astana");
    });
  }

  @Test
  void shouldReadDocumentsListedAfterASentenceAboutSigningThem() {
    EnrichedArticle enriched = tag("2026-04-02", "", """
        Kyrgyzstan and Uzbekistan signed several documents on Wednesday. Among them:
        – Agreement on Joint Water Management;
        – Protocol on Border Crossings.""");

    assertThat(enriched.getEvents())
        .extracting(EventMention::getName, EventMention::getParties, EventMention::getStatus)
        .containsExactly(
            tuple("Agreement on Joint Water Management", List.of("KG", "UZ"), EventStatus.SIGNED),
            tuple("Protocol on Border Crossings", List.of("KG", "UZ"), EventStatus.SIGNED));
  }

  @Test
  void shouldMakeOneEventOfTwoMentionsOfTheSameSummit() {
    EnrichedArticle enriched = tag("2026-02-06", "", """
        An informal summit of the Organization of Turkic States will take place in May. The summit will be \
        hosted by Turkistan, officials said.""");

    assertThat(enriched.getEvents()).singleElement().satisfies(summit -> {
      assertThat(summit.getName()).isEqualTo("informal summit of the Organization of Turkic States");
      assertThat(summit.getDate()).isEqualTo("2026");
      assertThat(summit.getPlace()).isEqualTo("Turkistan");
    });
  }

  @Test
  void shouldKeepANumberedSummitApartFromAnInformalOne() {
    EnrichedArticle enriched = tag("2026-02-06", "", """
        Kazakhstan will host an informal summit of the Organization of Turkic States this year, while Türkiye \
        will host the organization's 13th summit.""");

    assertThat(enriched.getEvents()).extracting(EventMention::getName, EventMention::getDate).containsExactly(
        tuple("informal summit of the Organization of Turkic States", "2026"),
        tuple("13th summit of the Organization of Turkic States", "2026"));
  }

  @Test
  void shouldNotDateADocumentSignedInThePastWithANextYearsMeeting() {
    EnrichedArticle enriched = tag("2025-10-01", "", """
        The parliamentary assembly of Kazakhstan, Kyrgyzstan and Azerbaijan adopted the Bishkek Declaration and \
        decided to hold its next session in 2026 in Baku.""");

    assertThat(enriched.getEvents()).filteredOn(e -> e.getType() == EventType.AGREEMENT).singleElement()
        .satisfies(declaration -> {
          assertThat(declaration.getName()).isEqualTo("Bishkek Declaration");
          assertThat(declaration.getDate()).isEqualTo("2025");
          assertThat(declaration.getPlace()).as("named after where it was adopted").isEqualTo("Bishkek");
        });
  }

  @Test
  void shouldRecordADeclarationNamedInPassingAsBackground() {
    EnrichedArticle enriched = tag("2026-03-01", "", """
        Azerbaijan and Türkiye keep close ties. Officials said they keep working towards the goals of the \
        historic Shusha Declaration.""");

    assertThat(enriched.getEvents()).singleElement().satisfies(declaration -> {
      assertThat(declaration.getName()).isEqualTo("Shusha Declaration");
      assertThat(declaration.getParties()).containsExactly("AZ", "TR");
      assertThat(declaration.getNewsworthy()).isFalse();
    });
    assertThat(enriched.getAlert()).isFalse();
  }

  @Test
  void shouldLeaveOutDocumentsOfNonTurkicOrganisations() {
    EnrichedArticle enriched = tag("2026-05-25", "", """
        The presidents of Kazakhstan and Kyrgyzstan took part in the meeting in Moscow. They signed the protocol \
        amending the Eurasian Economic Union treaty.""");

    assertThat(enriched.getEvents()).isEmpty();
    assertThat(enriched.getAlert()).isFalse();
  }

  @Test
  void shouldCountAStateVisitAsASummitEvenWithoutADate() {
    EnrichedArticle enriched = tag("2026-06-10", "", """
        The foreign ministers discussed preparations for the upcoming state visit of Uzbek President Shavkat \
        Mirziyoyev to Kyrgyzstan.""");

    assertThat(enriched.getEvents())
        .extracting(EventMention::getType, EventMention::getParties, EventMention::getStatus)
        .containsExactly(tuple(EventType.SUMMIT, List.of("KG", "UZ"), EventStatus.PLANNED));
  }

  @Test
  void shouldResolveLaterThisYearToTheArticlesYear() {
    EnrichedArticle enriched = tag("2025-11-30", "", """
        Türkiye and Azerbaijan will hold the seventh meeting of the High-Level Strategic Cooperation Council \
        later this year.""");

    assertThat(enriched.getEvents()).extracting(EventMention::getName, EventMention::getDate).containsExactly(
        tuple("7th meeting of the High-Level Strategic Cooperation Council", "2025"));
  }

  @Test
  void shouldFindThePartiesOfTheThreeCountriesNamedBefore() {
    EnrichedArticle enriched = tag("2026-01-20", "", """
        Kazakhstan, Kyrgyzstan and Uzbekistan will share the dam's electricity. Kyrgyzstan holds 34 percent of \
        the company. The energy ministers of the three countries signed a roadmap for the project in Bishkek \
        last week.""");

    assertThat(enriched.getEvents()).singleElement().extracting(EventMention::getParties)
        .isEqualTo(List.of("KG", "KZ", "UZ"));
  }
}
