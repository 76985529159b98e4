package tulpar.alerts.matching;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A {@link FilterDimension} whose values an event does not list but has or not, by a test: keyword phrases
 * (found in its texts) and all-of country sets (all of them among its parties). Each value is kept under an
 * anchor that every event having it has too, a phrase's first word or a set's first country, so an event tests
 * only the values under its own anchors, and each value once however many subscriptions share it. A value with
 * no anchor (a phrase without a word) is tested on every event.
 */
final class AnchoredDimension<K> {

  private final FilterDimension<K> slots = new FilterDimension<>();
  private final Function<K, Optional<String>> anchorOf;
  private final Map<String, Set<K>> valuesByAnchor = new HashMap<>();
  private final Set<K> unanchored = new HashSet<>();

  AnchoredDimension(Function<K, Optional<String>> anchorOf) {
    this.anchorOf = anchorOf;
  }

  /** As {@link FilterDimension#file}; a value stays anchored while some slot is filed under it. */
  void file(int slot, Set<? extends K> values, boolean filed) {
    slots.file(slot, values, filed);
    for (K value : values) {
      Optional<String> anchor = anchorOf.apply(value);
      if (filed) {
        anchor.map(a -> valuesByAnchor.computeIfAbsent(a, k -> new HashSet<>())).orElse(unanchored).add(value);
      } else if (!slots.has(value)) {
        Set<K> anchored = anchor.map(valuesByAnchor::get).orElse(unanchored);
        anchored.remove(value);
        if (anchored.isEmpty()) {
          anchor.ifPresent(valuesByAnchor::remove);
        }
      }
    }
  }

  /** The slots the event satisfies, given its anchors (each once) and the test of whether it has a value. */
  BitSet accepting(Set<String> eventAnchors, Predicate<K> eventHas) {
    List<K> present = Stream.concat(
            eventAnchors.stream().flatMap(anchor -> valuesByAnchor.getOrDefault(anchor, Set.of()).stream()),
            unanchored.stream())
        .filter(eventHas)
        .toList();
    return slots.accepting(present);
  }
}
