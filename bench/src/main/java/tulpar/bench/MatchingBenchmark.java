package tulpar.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tulpar.alerts.matching.ScanningMatcher;
import tulpar.alerts.matching.SubscriptionIndex;
import tulpar.schemas.Channel;
import tulpar.schemas.ChangeKind;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.CountryMatch;
import tulpar.schemas.EventSource;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;
import tulpar.schemas.Subscription;
import tulpar.schemas.SubscriptionFilter;
import tulpar.schemas.TrustedClasses;

/**
 * Matching events against many subscriptions (issue #5): the subscription index beside the naive loop over
 * every subscription, in the same run, on the same subscriptions and events. Throughput is events per second.
 * The subscriptions are drawn at random (fixed seed) in the shapes people write: a few countries, an event
 * type or two, sometimes topics, statuses or a keyword phrase; a share with no filter at all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchingBenchmark {

  private static final String[] COUNTRIES = {"AZ", "KG", "KZ", "TR", "UZ", "HU", "TM"};
  private static final String[] TOPICS = {"trade", "investment", "energy", "transport", "defense", "education",
      "culture", "agriculture", "technology", "diplomacy", "health", "finance", "mining", "tourism"};
  private static final String[] KEYWORDS = {"middle corridor", "joint statement", "gas pipeline", "free trade",
      "railway", "visa", "customs", "roadmap", "investment fund", "water"};
  private static final String[] NAMES = {"Cooperation Plan for 2026–2027", "13th summit of the Organization of"
      + " Turkic States", "memorandum on the Middle Corridor railway", "agreement on a gas pipeline",
      "joint statement on customs", "roadmap of the Kambarata HPP-1", "informal summit in Turkistan"};

  @Param("100000")
  int subscriptions;

  private SubscriptionIndex index;
  private ScanningMatcher loop;
  private List<CooperationEvent> events;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    TrustedClasses.install();
    Random random = new Random(42);
    List<Subscription> all = new ArrayList<>(subscriptions);
    for (int i = 0; i < subscriptions; i++) {
      all.add(subscription(i, random));
    }
    index = new SubscriptionIndex(all);
    loop = new ScanningMatcher(() -> all);
    events = new ArrayList<>();
    for (int i = 0; i < 256; i++) {
      events.add(event(i, random));
    }
  }

  @Benchmark
  public void index(Blackhole sink) {
    sink.consume(index.subscribersOf(nextEvent()));
  }

  @Benchmark
  public void naiveLoop(Blackhole sink) {
    sink.consume(loop.subscribersOf(nextEvent()));
  }

  private CooperationEvent nextEvent() {
    return events.get(next++ & 255);
  }

  static Subscription subscription(int i, Random random) {
    SubscriptionFilter.Builder filter = SubscriptionFilter.newBuilder()
        .setCountries(List.of()).setTopics(List.of()).setEventTypes(List.of()).setKeywords(List.of())
        .setStatuses(List.of());
    int shape = random.nextInt(100);
    if (shape >= 2) {
      filter.setCountries(pick(COUNTRIES, 1 + random.nextInt(3), random));
      filter.setCountriesMatch(random.nextInt(4) == 0 ? CountryMatch.ALL : CountryMatch.ANY);
    }
    if (shape >= 10) {
      filter.setEventTypes(random.nextBoolean() ? List.of(EventType.AGREEMENT, EventType.SUMMIT)
          : List.of(EventType.values()[random.nextInt(3)]));
    }
    if (shape >= 50) {
      filter.setTopics(pick(TOPICS, 1 + random.nextInt(2), random));
    }
    if (shape >= 80) {
      filter.setKeywords(pick(KEYWORDS, 1, random));
    }
    if (shape >= 90) {
      filter.setStatuses(List.of(EventStatus.SIGNED, EventStatus.HELD));
    }
    return Subscription.newBuilder().setId("sub_" + i).setChannel(Channel.WEBHOOK)
        .setTarget("https://hooks.example.org/" + i).setFilter(filter.build())
        .setCreatedAt(Instant.EPOCH).build();
  }

  static CooperationEvent event(int i, Random random) {
    EventType type = EventType.values()[random.nextInt(3)];
    Instant at = Instant.parse("2026-02-03T00:00:00Z");
    return CooperationEvent.newBuilder().setId("evt_" + i).setType(type)
        .setName(NAMES[random.nextInt(NAMES.length)])
        .setParties(pick(COUNTRIES, 2 + random.nextInt(4), random))
        .setStatus(type == EventType.AGREEMENT ? EventStatus.SIGNED : EventStatus.HELD)
        .setTopics(pick(TOPICS, 1 + random.nextInt(4), random))
        .setSources(List.of(new EventSource("art_" + i, null, "Kazakhstan and Türkiye sign a plan", at, "")))
        .setVersion(1).setChange(ChangeKind.NEW).setFirstSeenAt(at).setUpdatedAt(at).build();
  }

  private static List<String> pick(String[] values, int count, Random random) {
    List<String> picked = new ArrayList<>();
    while (picked.size() < count) {
      String value = values[random.nextInt(values.length)];
      if (!picked.contains(value)) {
        picked.add(value);
      }
    }
    picked.sort(null);
    return picked;
  }
}
