package tulpar.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tulpar.schemas.Channel;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.CountryMatch;
import tulpar.schemas.EventSource;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;
import tulpar.schemas.Subscription;
import tulpar.schemas.SubscriptionFilter;

class ScanningMatcherTest {

  private static final Instant NOW = Instant.parse("2026-02-02T09:00:00Z");

  /** An agreement between Kazakhstan and Türkiye on trade and transport. */
  private static final CooperationEvent EVENT = CooperationEvent.newBuilder()
      .setId("evt_1")
      .setType(EventType.AGREEMENT)
      .setName("Kazakhstan–Türkiye transit memorandum")
      .setParties(List.of("KZ", "TR"))
      .setStatus(EventStatus.SIGNED)
      .setTopics(List.of("trade", "transport"))
      .setSources(List.of(EventSource.newBuilder().setArticleId("a1")
          .setTitle("Astana and Ankara back the Middle Corridor").setFirstSeenAt(NOW).build()))
      .setVersion(1)
      .setFirstSeenAt(NOW)
      .setUpdatedAt(NOW)
      .build();

  private static Subscription subscription(String id, SubscriptionFilter.Builder filter) {
    return Subscription.newBuilder().setId(id).setChannel(Channel.WEBHOOK).setTarget("https://example.com")
        .setFilter(filter.build()).setCreatedAt(NOW).build();
  }

  private static SubscriptionFilter.Builder filter() {
    return SubscriptionFilter.newBuilder();
  }

  @Test
  void matchesEachSubscriptionWhoseFilterAcceptsTheEvent() {
    List<Subscription> subscriptions = List.of(
        subscription("empty filter: everything", filter()),
        subscription("one of the parties", filter().setCountries(List.of("UZ", "KZ"))),
        subscription("no party", filter().setCountries(List.of("HU"))),
        subscription("all of the parties", filter().setCountries(List.of("TR", "KZ"))
            .setCountriesMatch(CountryMatch.ALL)),
        subscription("all, one not a party", filter().setCountries(List.of("KZ", "UZ"))
            .setCountriesMatch(CountryMatch.ALL)),
        subscription("its status", filter().setStatuses(List.of(EventStatus.PLANNED, EventStatus.SIGNED))),
        subscription("another status", filter().setStatuses(List.of(EventStatus.PLANNED))),
        subscription("its type", filter().setEventTypes(List.of(EventType.AGREEMENT, EventType.SUMMIT))),
        subscription("another type", filter().setEventTypes(List.of(EventType.MEETING))),
        subscription("one of its topics", filter().setTopics(List.of("energy", "transport"))),
        subscription("none of its topics", filter().setTopics(List.of("energy"))),
        subscription("keyword in the name, folded", filter().setKeywords(List.of("TURKIYE"))),
        subscription("keyword in a source title", filter().setKeywords(List.of("middle corridor"))),
        subscription("keyword nowhere", filter().setKeywords(List.of("pipeline"))),
        subscription("keyword only inside a word", filter().setKeywords(List.of("rand"))),
        subscription("every list satisfied", filter().setCountries(List.of("TR")).setTopics(List.of("trade"))
            .setEventTypes(List.of(EventType.AGREEMENT)).setKeywords(List.of("transit"))),
        subscription("one list not satisfied", filter().setCountries(List.of("TR")).setTopics(List.of("health"))));

    List<String> matched = new ScanningMatcher(() -> subscriptions).subscribersOf(EVENT).stream()
        .map(Subscription::getId).toList();

    assertThat(matched).containsExactly("empty filter: everything", "one of the parties", "all of the parties",
        "its status", "its type",
        "one of its topics", "keyword in the name, folded", "keyword in a source title", "every list satisfied");
  }

  @Test
  void disabledSubscriptionsMatchNothing() {
    Subscription disabled = Subscription.newBuilder(subscription("off", filter())).setEnabled(false).build();

    assertThat(new ScanningMatcher(() -> List.of(disabled)).subscribersOf(EVENT)).isEmpty();
  }
}
