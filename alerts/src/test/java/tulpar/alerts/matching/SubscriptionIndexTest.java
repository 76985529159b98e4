package tulpar.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * The index answers exactly what the scanning matcher answers, on random subscriptions and events drawn from
 * small vocabularies so that they often meet: mixed-case topics, phrases with diacritics, punctuation-only
 * keywords, all-of country lists, disabled subscriptions.
 */
class SubscriptionIndexTest {

  private static final Instant NOW = Instant.parse("2026-02-02T09:00:00Z");
  private static final List<String> COUNTRIES = List.of("KZ", "TR", "UZ", "AZ", "KG", "HU");
  private static final List<String> TOPICS = List.of("trade", "energy", "transport", "Trade");
  private static final List<String> PHRASES = List.of("middle corridor", "corridor", "Türkiye", "TURKIYE", "rail",
      "gas pipeline", "-", "summit", "Astana", "trans-caspian route");
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
      CooperationEvent event = event(random, i);
      List<Subscription> expected = scan.subscribersOf(event);
      assertThat(index.subscribersOf(event)).as("seed %d, event %s", seed, event)
          .containsExactlyInAnyOrderElementsOf(expected);
      matches += expected.size();
    }
    assertThat(matches).as("events meet subscriptions often, but not every one").isBetween(200, 200 * 300 / 2);
  }

  @Test
  void followsAddsReplacementsAndRemovals() {
    Random random = new Random(42);
    List<Subscription> subscriptions = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      subscriptions.add(subscription(random, "sub_" + i));
    }
    SubscriptionIndex index = new SubscriptionIndex(subscriptions);

    for (int i = 0; i < 300; i += 3) {
      index.remove("sub_" + i);
      subscriptions.set(i, null);
    }
    for (int i = 1; i < 300; i += 3) {
      Subscription replacement = subscription(random, "sub_" + i);
      index.add(replacement);
      subscriptions.set(i, replacement);
    }
    List<Subscription> remaining = subscriptions.stream().filter(s -> s != null).toList();
    ScanningMatcher scan = new ScanningMatcher(() -> remaining);

    assertThat(index.size()).isEqualTo((int) remaining.stream().filter(Subscription::getEnabled).count());
    for (int i = 0; i < 200; i++) {
      CooperationEvent event = event(random, i);
      assertThat(index.subscribersOf(event)).containsExactlyInAnyOrderElementsOf(scan.subscribersOf(event));
    }
  }

  @Test
  void filesASubscriptionUnderOneListOnlyPreferringKeywordWords() {
    SubscriptionFilter filter = SubscriptionFilter.newBuilder().setKeywords(List.of("Middle Corridor", "TÜRKİYE"))
        .setCountries(List.of("KZ")).setEventTypes(List.of(EventType.AGREEMENT)).build();
    SubscriptionFilter allOf = SubscriptionFilter.newBuilder().setCountries(List.of("KZ", "UZ"))
        .setCountriesMatch(CountryMatch.ALL).setTopics(List.of("energy")).build();

    assertThat(SubscriptionIndex.keys(filter)).containsExactly("word:middle", "word:turkiye");
    assertThat(SubscriptionIndex.keys(allOf)).containsExactly("country:KZ");
    assertThat(SubscriptionIndex.keys(SubscriptionFilter.newBuilder().build())).as("a wildcard").isEmpty();
  }

  private static Subscription subscription(Random random, String id) {
    CountryMatch match = random.nextBoolean() ? CountryMatch.ANY : CountryMatch.ALL;
    SubscriptionFilter filter = SubscriptionFilter.newBuilder()
        .setCountries(some(random, COUNTRIES, 3))
        .setCountriesMatch(match)
        .setTopics(some(random, TOPICS, 2))
        .setEventTypes(some(random, TYPES, 2))
        .setStatuses(some(random, STATUSES, 2))
        .setKeywords(some(random, PHRASES, 2))
        .build();
    return Subscription.newBuilder().setId(id).setChannel(Channel.WEBHOOK).setTarget("https://example.com/" + id)
        .setFilter(filter).setEnabled(random.nextInt(10) > 0).setCreatedAt(NOW).build();
  }

  private static CooperationEvent event(Random random, int n) {
    Supplier<String> text = () -> String.join(" ", many(random, WORDS, 6));
    return CooperationEvent.newBuilder()
        .setId("evt_" + n)
        .setType(TYPES.get(random.nextInt(TYPES.size())))
        .setName(text.get())
        .setParties(many(random, COUNTRIES, 3))
        .setStatus(STATUSES.get(random.nextInt(STATUSES.size())))
        .setTopics(many(random, List.of("trade", "energy", "Transport", "health"), 2))
        .setSources(List.of(EventSource.newBuilder().setArticleId("art_" + n).setTitle(text.get()).setFirstSeenAt(NOW)
            .build()))
        .setVersion(1)
        .setFirstSeenAt(NOW)
        .setUpdatedAt(NOW)
        .build();
  }

  /** Often nothing (a filter list left empty), else up to {@code max} distinct values. */
  private static <T> List<T> some(Random random, List<T> values, int max) {
    return random.nextInt(3) == 0 ? many(random, values, max) : List.of();
  }

  private static <T> List<T> many(Random random, List<T> values, int max) {
    List<T> picked = new ArrayList<>();
    int count = 1 + random.nextInt(max);
    for (int i = 0; i < count; i++) {
      T value = values.get(random.nextInt(values.size()));
      if (!picked.contains(value)) {
        picked.add(value);
      }
    }
    return picked;
  }
}
