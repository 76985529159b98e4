package tulpar.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tulpar.schemas.Channel;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.CountryMatch;
import tulpar.schemas.EventSource;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;
import tulpar.schemas.Subscription;
import tulpar.schemas.SubscriptionFilter;

/**
 * The index answers exactly what the scanning matcher answers. Random subscriptions and events are drawn from
 * small vocabularies so that they often meet: mixed-case topics, phrases with diacritics, punctuation-only and
 * blank keywords, all-of country lists with codes beyond the Turkic states, repeated values, disabled
 * subscriptions; the index follows adds, replacements, disables and removals in between events.
 */
class SubscriptionIndexTest {

  private static final Instant NOW = Instant.parse("2026-02-02T09:00:00Z");
  private static final List<String> COUNTRIES = List.of("KZ", "TR", "UZ", "AZ", "KG", "HU", "DE", "US");
  private static final List<String> TOPICS = List.of("trade", "energy", "transport", "Trade");
  private static final List<String> PHRASES = List.of("middle corridor", "corridor", "Türkiye", "TURKIYE", "rail",
      "gas pipeline", "-", "summit", "Astana", "trans-caspian route", " ", "corridor middle");
  private static final List<String> WORDS = List.of("Middle", "Corridor", "Türkiye", "Turkiye", "railway", "rail",
      "gas", "pipeline", "summit", "Astana", "Trans-Caspian", "route", "deal", "-");
  private static final List<EventType> TYPES = List.of(EventType.AGREEMENT, EventType.SUMMIT, EventType.MEETING);
  private static final List<EventStatus> STATUSES = List.of(EventStatus.ANNOUNCED, EventStatus.PLANNED,
      EventStatus.HELD, EventStatus.SIGNED);

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void findsExactlyWhatTheScanFinds(long seed) {
    Random random = new Random(seed);
    List<Subscription> subscriptions = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      subscriptions.add(subscription(random, "sub_" + i));
    }
    SubscriptionIndex index = new SubscriptionIndex(subscriptions);
    ScanningMatcher scan = new ScanningMatcher(() -> subscriptions);

    int matches = 0;
    for (int i = 0; i < 200; i++) {
      matches += assertSameAnswer(index, scan, event(random, i), "seed " + seed);
    }
    assertThat(matches).as("events meet subscriptions often, but not every one").isBetween(200, 200 * 300 / 2);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
  void followsAddsReplacementsDisablesAndRemovalsBetweenEvents(long seed) {
    Random random = new Random(seed);
    Map<String, Subscription> current = new LinkedHashMap<>();
    SubscriptionIndex index = new SubscriptionIndex();
    ScanningMatcher scan = new ScanningMatcher(current::values);

    int matches = 0;
    for (int step = 0; step < 3_000; step++) {
      String id = "sub_" + random.nextInt(250);
      switch (random.nextInt(6)) {
        case 0, 1, 2 -> {
          Subscription subscription = subscription(random, id);
          index.add(subscription);
          current.put(id, subscription);
        }
        case 3 -> {
          Subscription disabled = Subscription.newBuilder(subscription(random, id)).setEnabled(false).build();
          index.add(disabled);
          current.put(id, disabled);
        }
        default -> {
          index.remove(id);
          current.remove(id);
        }
      }
      if (step % 10 == 0) {
        matches += assertSameAnswer(index, scan, event(random, step), "seed " + seed + ", step " + step);
      }
    }
    assertThat(index.size()).isEqualTo((int) current.values().stream().filter(Subscription::getEnabled).count());
    assertThat(matches).as("events meet subscriptions").isPositive();
  }

  @Test
  void allOfCountriesNeedEveryCountryToTakePartWhateverTheCodes() {
    List<Subscription> subscriptions = List.of(
        subscription("KZ and TR", countries(CountryMatch.ALL, "TR", "KZ")),
        subscription("KZ and UZ", countries(CountryMatch.ALL, "KZ", "UZ")),
        subscription("DE and FR", countries(CountryMatch.ALL, "DE", "FR")),
        subscription("TR alone", countries(CountryMatch.ALL, "TR")),
        subscription("KZ twice", countries(CountryMatch.ALL, "KZ", "KZ")),
        subscription("all of none", countries(CountryMatch.ALL)),
        subscription("any of DE, UZ", countries(CountryMatch.ANY, "UZ", "DE")));

    assertThat(ids(subscriptions, event("evt_1", List.of("KZ", "TR", "DE"), "A meeting")))
        .containsExactlyInAnyOrder("KZ and TR", "TR alone", "KZ twice", "all of none", "any of DE, UZ");
    assertThat(ids(subscriptions, event("evt_2", List.of("FR", "DE", "KZ"), "A meeting")))
        .containsExactlyInAnyOrder("DE and FR", "KZ twice", "all of none", "any of DE, UZ");
    assertThat(ids(subscriptions, event("evt_3", List.of("HU"), "A meeting"))).containsExactly("all of none");
  }

  @Test
  void keywordsAreFoldedWholePhrasesAndDoNotOverrideTheOtherLists() {
    List<Subscription> subscriptions = List.of(
        subscription("folded", keywords("TÜRKİYE")),
        subscription("a phrase", keywords("middle corridor")),
        subscription("the words reversed", keywords("corridor middle")),
        subscription("only inside a word", keywords("rail")),
        subscription("one of two", keywords("pipeline", "railway")),
        subscription("no word at all", keywords("-")),
        subscription("blank", keywords(" ")),
        subscription("another type", keywords("railway").setEventTypes(List.of(EventType.MEETING))));

    assertThat(ids(subscriptions, event("evt_1", List.of("TR"), "Turkiye - Kazakhstan railway on the Middle Corridor")))
        .containsExactlyInAnyOrder("folded", "a phrase", "one of two", "no word at all");
    assertThat(ids(subscriptions, event("evt_2", List.of("TR"), "Trans-Caspian railways"))).isEmpty();
  }

  @Test
  void aFilterWithNoListMatchesEveryEventWhileEnabled() {
    Subscription wildcard = subscription("everything", SubscriptionFilter.newBuilder());
    Subscription disabled = Subscription.newBuilder(subscription("off", SubscriptionFilter.newBuilder()))
        .setEnabled(false).build();
    SubscriptionIndex index = new SubscriptionIndex(List.of(wildcard, disabled));

    for (CooperationEvent event : List.of(event("evt_1", List.of("KZ"), "A summit"),
        event("evt_2", List.of(), ""))) {
      assertThat(index.subscribersOf(event)).containsExactly(wildcard);
    }
    assertThat(index.size()).isOne();
  }

  @Test
  void aRemovedOrReplacedSubscriptionLeavesNothingBehindForTheSlotsNextHolder() {
    SubscriptionIndex index = new SubscriptionIndex(List.of(
        subscription("kz", countries(CountryMatch.ANY, "KZ")),
        subscription("pipeline", keywords("gas pipeline")),
        subscription("also pipeline", keywords("gas pipeline")),
        subscription("kz and tr", countries(CountryMatch.ALL, "KZ", "TR"))));
    CooperationEvent event = event("evt_1", List.of("KZ", "TR"), "A gas pipeline deal");
    assertThat(idsOf(index.subscribersOf(event)))
        .containsExactlyInAnyOrder("kz", "pipeline", "also pipeline", "kz and tr");

    index.remove("kz");
    index.remove("pipeline");
    index.remove("unknown");
    index.add(subscription("kz and tr", countries(CountryMatch.ALL, "KZ", "UZ")));
    index.add(subscription("hu", countries(CountryMatch.ANY, "HU")));
    index.add(subscription("railway", keywords("railway")));

    assertThat(idsOf(index.subscribersOf(event))).containsExactly("also pipeline");
    assertThat(idsOf(index.subscribersOf(event("evt_2", List.of("HU", "KZ", "UZ"), "A railway"))))
        .containsExactlyInAnyOrder("kz and tr", "hu", "railway");
    assertThat(index.size()).isEqualTo(4);

    index.add(Subscription.newBuilder(subscription("also pipeline", keywords("gas pipeline"))).setEnabled(false)
        .build());
    assertThat(index.subscribersOf(event)).isEmpty();
    assertThat(index.size()).isEqualTo(3);
  }

  @Test
  void matchesWhileTheSubscriptionsChange() throws Exception {
    Random random = new Random(99);
    List<Subscription> stable = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      stable.add(subscription(random, "stable_" + i));
    }
    SubscriptionIndex index = new SubscriptionIndex(stable);
    List<Subscription> churning = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      churning.add(subscription(random, "churn_" + i));
    }
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      for (int round = 0; round < 20; round++) {
        churning.forEach(index::add);
        churning.forEach(s -> index.remove(s.getId()));
      }
    });

    ScanningMatcher scan = new ScanningMatcher(() -> stable);
    while (!writer.isDone()) {
      CooperationEvent event = event(random, 0);
      assertThat(idsOf(index.subscribersOf(event))).filteredOn(id -> id.startsWith("stable_"))
          .containsExactlyInAnyOrderElementsOf(idsOf(scan.subscribersOf(event)));
    }
    writer.get();
    assertThat(index.size()).isEqualTo((int) stable.stream().filter(Subscription::getEnabled).count());
  }

  /** Asserts the index finds what the scan finds; returns how many that is. */
  private static int assertSameAnswer(SubscriptionIndex index, ScanningMatcher scan, CooperationEvent event,
                                      String context) {
    List<Subscription> expected = scan.subscribersOf(event);
    assertThat(index.subscribersOf(event)).as("%s, event %s", context, event)
        .containsExactlyInAnyOrderElementsOf(expected);
    return expected.size();
  }

  /** The ids the index finds, checked against the scan first. */
  private static List<String> ids(List<Subscription> subscriptions, CooperationEvent event) {
    SubscriptionIndex index = new SubscriptionIndex(subscriptions);
    assertSameAnswer(index, new ScanningMatcher(() -> subscriptions), event, "fixed subscriptions");
    return idsOf(index.subscribersOf(event));
  }

  private static List<String> idsOf(List<Subscription> subscriptions) {
    return subscriptions.stream().map(Subscription::getId).toList();
  }

  private static SubscriptionFilter.Builder countries(CountryMatch match, String... countries) {
    return SubscriptionFilter.newBuilder().setCountries(List.of(countries)).setCountriesMatch(match);
  }

  private static SubscriptionFilter.Builder keywords(String... keywords) {
    return SubscriptionFilter.newBuilder().setKeywords(List.of(keywords));
  }

  private static Subscription subscription(String id, SubscriptionFilter.Builder filter) {
    return Subscription.newBuilder().setId(id).setChannel(Channel.WEBHOOK).setTarget("https://example.com/" + id)
        .setFilter(filter.build()).setCreatedAt(NOW).build();
  }

  private static Subscription subscription(Random random, String id) {
    CountryMatch match = random.nextBoolean() ? CountryMatch.ANY : CountryMatch.ALL;
    return Subscription.newBuilder(subscription(id, SubscriptionFilter.newBuilder()
            .setCountries(some(random, COUNTRIES, 3))
            .setCountriesMatch(match)
            .setTopics(some(random, TOPICS, 2))
            .setEventTypes(some(random, TYPES, 2))
            .setStatuses(some(random, STATUSES, 2))
            .setKeywords(some(random, PHRASES, 2))))
        .setEnabled(random.nextInt(10) > 0).build();
  }

  /** An agreement signed on trade by the parties, named {@code name} and with a source titled likewise. */
  private static CooperationEvent event(String id, List<String> parties, String name) {
    return event(id, EventType.AGREEMENT, name, parties, EventStatus.SIGNED, List.of("trade"), name);
  }

  private static CooperationEvent event(Random random, int n) {
    Supplier<String> text = () -> String.join(" ", many(random, WORDS, 6));
    return event("evt_" + n, TYPES.get(random.nextInt(TYPES.size())), text.get(), many(random, COUNTRIES, 4),
        STATUSES.get(random.nextInt(STATUSES.size())),
        many(random, List.of("trade", "energy", "Transport", "health"), 2), text.get());
  }

  private static CooperationEvent event(String id, EventType type, String name, List<String> parties,
                                        EventStatus status, List<String> topics, String sourceTitle) {
    return CooperationEvent.newBuilder()
        .setId(id)
        .setType(type)
        .setName(name)
        .setParties(parties)
        .setStatus(status)
        .setTopics(topics)
        .setSources(List.of(EventSource.newBuilder().setArticleId("art_" + id).setTitle(sourceTitle)
            .setFirstSeenAt(NOW).build()))
        .setVersion(1)
        .setFirstSeenAt(NOW)
        .setUpdatedAt(NOW)
        .build();
  }

  /** Often nothing (a filter list left empty), else up to {@code max} values. */
  private static <T> List<T> some(Random random, List<T> values, int max) {
    return random.nextInt(3) == 0 ? many(random, values, max) : List.of();
  }

  /** One to {@code max} values, now and then one of them twice. */
  private static <T> List<T> many(Random random, List<T> values, int max) {
    List<T> picked = new ArrayList<>();
    int count = 1 + random.nextInt(max);
    for (int i = 0; i < count; i++) {
      T value = values.get(random.nextInt(values.size()));
      if (!picked.contains(value) || random.nextInt(8) == 0) {
        picked.add(value);
      }
    }
    return picked;
  }
}
