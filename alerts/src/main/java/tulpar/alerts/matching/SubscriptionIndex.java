package tulpar.alerts.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.CountryMatch;
import tulpar.schemas.Subscription;
import tulpar.schemas.SubscriptionFilter;

/**
 * Finds an event's subscribers through an inverted index instead of testing every filter. Each enabled
 * subscription is filed under the values of one list of its filter that any event it accepts must hit: the
 * first word of each keyword phrase, else its countries (one of them when all must take part), else its topics,
 * statuses or event types; a filter with no list is filed as a wildcard. An event looks up the keys it has, and
 * only the subscriptions found there (the candidates) have their whole filter tested, keywords included. The
 * answer is the same as {@link ScanningMatcher}'s, in no particular order.
 *
 * <p>Keywords come first because their words are the rarest keys; event types last because there are three.
 * Thread-safe: the matcher reads while the subscription reader adds and removes.
 */
public final class SubscriptionIndex implements SubscriptionMatcher {

  /** A subscription, the keys it is filed under (none: a wildcard) and its keywords folded once for all. */
  private record Filed(Subscription subscription, List<String> keys, List<String> foldedKeywords) {}

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, Filed> byId = new HashMap<>();
  private final Map<String, Set<String>> idsByKey = new HashMap<>();
  private final Set<String> wildcards = new HashSet<>();

  public SubscriptionIndex() {}

  public SubscriptionIndex(Collection<Subscription> subscriptions) {
    subscriptions.forEach(this::add);
  }

  /** Adds the subscription, replacing the one with its id; a disabled one is only removed. */
  public void add(Subscription subscription) {
    lock.writeLock().lock();
    try {
      removeLocked(subscription.getId());
      if (!subscription.getEnabled()) {
        return;
      }
      Filed filed = new Filed(subscription, keys(subscription.getFilter()),
          FilterPredicate.foldedKeywords(subscription.getFilter()));
      byId.put(subscription.getId(), filed);
      if (filed.keys().isEmpty()) {
        wildcards.add(subscription.getId());
      }
      filed.keys().forEach(key -> idsByKey.computeIfAbsent(key, k -> new HashSet<>()).add(subscription.getId()));
    } finally {
      lock.writeLock().unlock();
    }
  }

  public void remove(String subscriptionId) {
    lock.writeLock().lock();
    try {
      removeLocked(subscriptionId);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** How many enabled subscriptions the index holds. */
  public int size() {
    lock.readLock().lock();
    try {
      return byId.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<Subscription> subscribersOf(CooperationEvent event) {
    FilterPredicate predicate = new FilterPredicate(event);
    List<String> eventKeys = keys(event, predicate.foldedTexts());
    lock.readLock().lock();
    try {
      Set<String> candidates = new HashSet<>(wildcards);
      for (String key : eventKeys) {
        candidates.addAll(idsByKey.getOrDefault(key, Set.of()));
      }
      List<Subscription> subscribers = new ArrayList<>();
      for (String id : candidates) {
        Filed filed = byId.get(id);
        if (predicate.accepts(filed.subscription().getFilter(), filed.foldedKeywords())) {
          subscribers.add(filed.subscription());
        }
      }
      return subscribers;
    } finally {
      lock.readLock().unlock();
    }
  }

  private void removeLocked(String subscriptionId) {
    Filed filed = byId.remove(subscriptionId);
    if (filed == null) {
      return;
    }
    wildcards.remove(subscriptionId);
    for (String key : filed.keys()) {
      Set<String> ids = idsByKey.get(key);
      ids.remove(subscriptionId);
      if (ids.isEmpty()) {
        idsByKey.remove(key);
      }
    }
  }

  /**
   * The keys a filter is filed under: one list's values, each of which an accepted event must have. Mirrors
   * {@link FilterPredicate}: a filter's topic must equal an event topic lowercased, a country a party as it is.
   */
  static List<String> keys(SubscriptionFilter filter) {
    return keywordKeys(filter.getKeywords())
        .or(() -> filter.getCountriesMatch() == CountryMatch.ALL && !filter.getCountries().isEmpty()
            ? Optional.of(List.of(key("country", filter.getCountries().get(0))))
            : Optional.empty())
        .or(() -> keysOf("topic", filter.getTopics()))
        .or(() -> keysOf("country", filter.getCountries()))
        .or(() -> keysOf("status", filter.getStatuses()))
        .or(() -> keysOf("type", filter.getEventTypes()))
        .orElse(List.of());
  }

  /** The first word of each phrase; none if a phrase has no word (it is then tested on every candidate). */
  private static Optional<List<String>> keywordKeys(List<String> keywords) {
    List<String> keys = new ArrayList<>();
    for (String keyword : keywords) {
      List<String> words = TextFold.words(TextFold.fold(keyword));
      if (words.isEmpty()) {
        return Optional.empty();
      }
      keys.add(key("word", words.get(0)));
    }
    return keys.isEmpty() ? Optional.empty() : Optional.of(keys);
  }

  private static Optional<List<String>> keysOf(String kind, List<?> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.stream().map(v -> key(kind, v)).toList());
  }

  /** Every key under which a subscription the event may match can be filed. */
  private static List<String> keys(CooperationEvent event, List<String> foldedTexts) {
    List<String> keys = new ArrayList<>();
    foldedTexts.stream()
        .flatMap(text -> TextFold.words(text).stream())
        .distinct()
        .forEach(word -> keys.add(key("word", word)));
    event.getParties().forEach(party -> keys.add(key("country", party)));
    event.getTopics().forEach(topic -> keys.add(key("topic", topic.toLowerCase(Locale.ROOT))));
    keys.add(key("status", event.getStatus()));
    keys.add(key("type", event.getType()));
    return keys;
  }

  private static String key(String kind, Object value) {
    return kind + ":" + value;
  }
}
