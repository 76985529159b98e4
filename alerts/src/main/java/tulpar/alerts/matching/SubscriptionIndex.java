package tulpar.alerts.matching;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.CountryMatch;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;
import tulpar.schemas.Subscription;
import tulpar.schemas.SubscriptionFilter;

/**
 * Finds an event's subscribers with bitsets instead of testing every filter. Each enabled subscription has a slot
 * number, and each list of the filters is inverted ({@link FilterDimension}): per value, the bitset of the slots
 * whose list holds it, beside the slots whose list is empty. For an event, each list gives the OR of the bitsets
 * of the event's values, and the AND of the lists is the answer, exactly {@link FilterPredicate}'s: no candidate
 * is tested again. All-of country lists and keyword phrases are values the event has or not by a test, made once
 * per distinct set or phrase whose anchor the event has ({@link AnchoredDimension}), not once per subscription.
 * The answer is the same as {@link ScanningMatcher}'s, in no particular order.
 *
 * <p>Thread-safe: the matcher reads while the subscription reader adds and removes. Writes change the bitsets in
 * place under a write lock rather than publish copy-on-write snapshots, because a snapshot costs a copy of the
 * whole index per write and the reader loads the subscriptions topic one record at a time at startup, which
 * would make loading quadratic; a match holds the read lock only for some bitset operations and the copy of
 * its answer.
 */
public final class SubscriptionIndex implements SubscriptionMatcher {

  /**
   * The values a subscription is filed under, as the index compares them: kept so that a removal clears exactly
   * the bits the add set, even if the (mutable) record has changed since.
   */
  private record Filing(Set<EventType> types, Set<EventStatus> statuses, Set<String> topics, Set<String> countries,
                        boolean allCountries, Set<String> phrases) {

    static Filing of(SubscriptionFilter filter) {
      return new Filing(Set.copyOf(filter.getEventTypes()), Set.copyOf(filter.getStatuses()),
          Set.copyOf(filter.getTopics()), Set.copyOf(filter.getCountries()),
          filter.getCountriesMatch() == CountryMatch.ALL && !filter.getCountries().isEmpty(),
          Set.copyOf(FilterPredicate.foldedKeywords(filter)));
    }
  }

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<String, Integer> slotsById = new HashMap<>();
  /**
   * By slot, null at a free one. Arrays, not lists, because collecting an answer reads these subscriptions by the
   * thousand: a list's get casts each one, and a cast reads the object, a cache miss per matched subscription.
   */
  private Filing[] filings = new Filing[16];
  private Subscription[] subscriptions = new Subscription[16];
  /** Reused lowest first, so the bitsets stay as short as the number of subscriptions allows. */
  private final BitSet freeSlots = new BitSet();

  private final FilterDimension<EventType> types = new FilterDimension<>();
  private final FilterDimension<EventStatus> statuses = new FilterDimension<>();
  /** A filter's topics as written; the event's lowercased, as {@link FilterPredicate} compares them. */
  private final FilterDimension<String> topics = new FilterDimension<>();
  /** Any-of country lists, and the empty lists of either kind. */
  private final FilterDimension<String> anyCountries = new FilterDimension<>();
  /** All-of country lists, each a set of codes that must all take part: any codes, not a fixed few. */
  private final AnchoredDimension<Set<String>> allCountries =
      new AnchoredDimension<>(countries -> Optional.of(Collections.min(countries)));
  /** Folded keyword phrases; a phrase found in a text has its first word among the text's words. */
  private final AnchoredDimension<String> phrases =
      new AnchoredDimension<>(phrase -> TextFold.words(phrase).stream().findFirst());

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
      // With no slot free, the slots taken are 0 to size - 1.
      int slot = freeSlots.isEmpty() ? slotsById.size() : freeSlots.nextSetBit(0);
      if (slot == subscriptions.length) {
        filings = Arrays.copyOf(filings, 2 * slot);
        subscriptions = Arrays.copyOf(subscriptions, 2 * slot);
      }
      Filing filing = Filing.of(subscription.getFilter());
      freeSlots.clear(slot);
      filings[slot] = filing;
      subscriptions[slot] = subscription;
      slotsById.put(subscription.getId(), slot);
      file(slot, filing, true);
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
      return slotsById.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<Subscription> subscribersOf(CooperationEvent event) {
    FilterPredicate predicate = new FilterPredicate(event);
    Set<String> parties = Set.copyOf(event.getParties());
    Set<String> eventTopics = event.getTopics().stream().map(t -> t.toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
    Set<String> words = predicate.foldedTexts().stream().flatMap(text -> TextFold.words(text).stream())
        .collect(Collectors.toSet());
    lock.readLock().lock();
    try {
      BitSet slots = types.accepting(List.of(event.getType()));
      slots.and(statuses.accepting(List.of(event.getStatus())));
      slots.and(topics.accepting(eventTopics));
      BitSet countries = anyCountries.accepting(parties);
      countries.or(allCountries.accepting(parties, parties::containsAll));
      slots.and(countries);
      slots.and(phrases.accepting(words, predicate::mentions));
      return collect(slots);
    } finally {
      lock.readLock().unlock();
    }
  }

  private void removeLocked(String subscriptionId) {
    Integer slot = slotsById.remove(subscriptionId);
    if (slot == null) {
      return;
    }
    file(slot, filings[slot], false);
    filings[slot] = null;
    subscriptions[slot] = null;
    freeSlots.set(slot);
  }

  /**
   * The subscriptions at the slots. An event can match a quarter of all subscriptions, so this loop is most of a
   * match: it walks the bitset's words rather than calling {@link BitSet#nextSetBit} per slot.
   */
  private List<Subscription> collect(BitSet slots) {
    Subscription[] found = new Subscription[slots.cardinality()];
    int count = 0;
    long[] words = slots.toLongArray();
    for (int word = 0; word < words.length; word++) {
      for (long bits = words[word]; bits != 0; bits &= bits - 1) {
        found[count++] = subscriptions[word * Long.SIZE + Long.numberOfTrailingZeros(bits)];
      }
    }
    return Collections.unmodifiableList(Arrays.asList(found));
  }

  /** Sets or clears the slot in every dimension: one method, so that adding and removing cannot drift apart. */
  private void file(int slot, Filing filing, boolean filed) {
    types.file(slot, filing.types(), filed);
    statuses.file(slot, filing.statuses(), filed);
    topics.file(slot, filing.topics(), filed);
    if (filing.allCountries()) {
      allCountries.file(slot, Set.of(filing.countries()), filed);
    } else {
      anyCountries.file(slot, filing.countries(), filed);
    }
    phrases.file(slot, filing.phrases(), filed);
  }
}
