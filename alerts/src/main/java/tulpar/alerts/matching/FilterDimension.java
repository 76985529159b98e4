package tulpar.alerts.matching;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One list of the subscription filters, inverted: for each value, the slots (subscriptions) whose list holds it,
 * and apart the slots whose list is empty, which any event satisfies. An event's slots are then a few bitset ORs
 * however many subscriptions there are. Not thread-safe: {@link SubscriptionIndex} guards it.
 */
final class FilterDimension<K> {

  private final Map<K, BitSet> slotsByValue = new HashMap<>();
  private final BitSet unrestricted = new BitSet();

  /**
   * Files the slot under each value of its list, or as unrestricted if the list is empty ({@code filed}), or
   * takes it out of where that same list put it (not {@code filed}).
   */
  void file(int slot, Set<? extends K> values, boolean filed) {
    if (values.isEmpty()) {
      unrestricted.set(slot, filed);
    }
    for (K value : values) {
      if (filed) {
        slotsByValue.computeIfAbsent(value, v -> new BitSet()).set(slot);
      } else {
        BitSet slots = slotsByValue.get(value);
        slots.clear(slot);
        if (slots.isEmpty()) {
          slotsByValue.remove(value);
        }
      }
    }
  }

  /** Whether some slot is filed under the value. */
  boolean has(K value) {
    return slotsByValue.containsKey(value);
  }

  /** The slots whose list the event satisfies: the unrestricted ones and those filed under one of its values. */
  BitSet accepting(Iterable<? extends K> eventValues) {
    BitSet slots = (BitSet) unrestricted.clone();
    for (K value : eventValues) {
      BitSet filed = slotsByValue.get(value);
      if (filed != null) {
        slots.or(filed);
      }
    }
    return slots;
  }
}
