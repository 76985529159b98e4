package tulpar.streams.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Locality-sensitive hashing over {@link TextSignature}s: each signature is filed under {@value #BANDS} band
 * keys, and a text's candidates are the texts that share at least one band with it. With bands of three rows, a
 * text whose true similarity to another is 0.5 shares a band with it 88% of the time, at 0.6 98%, at 0.7
 * 99.8%, and one at 0.2 only 12% — so a lookup compares a few candidates, not every text of the window.
 *
 * <p>A band key is a run of three minima; when more than {@value #MAX_PER_BAND} recent texts share one, it stands
 * for boilerplate many texts have in common (a byline, a standard closing paragraph), and it keeps only the
 * newest {@value #MAX_PER_BAND}: a copy shares its other bands with its original too, and a lookup stays bounded
 * however many look-alike texts a window holds. Each candidate is compared once, however many bands it shares.
 *
 * <p>Not thread-safe: one belongs to one stream task.
 */
final class NearDuplicateIndex {

  static final int BANDS = 16;
  static final int MAX_PER_BAND = 32;
  private static final int ROWS = TextSignature.SIZE / BANDS;

  /** What a text is filed with: its signature, when it arrived (epoch millis) and the events it reports. */
  record Entry(String articleId, TextSignature signature, long seenAt, Set<String> eventIds) {}

  private final Map<String, Entry> byArticle = new HashMap<>();
  /** The entries filed under each band key, oldest first: entries, not ids, so a lookup reads no other map. */
  private final Map<Long, List<Entry>> byBand = new HashMap<>();

  void add(Entry entry) {
    remove(entry.articleId());
    byArticle.put(entry.articleId(), entry);
    for (int band = 0; band < BANDS; band++) {
      List<Entry> entries = byBand.computeIfAbsent(entry.signature().bandKey(band, ROWS), k -> new ArrayList<>(1));
      if (entries.size() == MAX_PER_BAND) {
        entries.remove(0);
      }
      entries.add(entry);
    }
  }

  void remove(String articleId) {
    Entry entry = byArticle.remove(articleId);
    if (entry == null) {
      return;
    }
    for (int band = 0; band < BANDS; band++) {
      long key = entry.signature().bandKey(band, ROWS);
      List<Entry> entries = byBand.get(key);
      if (entries != null && entries.remove(entry) && entries.isEmpty()) {
        byBand.remove(key);
      }
    }
  }

  Optional<Entry> get(String articleId) {
    return Optional.ofNullable(byArticle.get(articleId));
  }

  /**
   * The filed text most like this signature, among those seen at or after {@code notBefore}, at least
   * {@code minSimilarity} alike and reporting every one of {@code eventIds}; on a tie, the one seen first.
   *
   * <p>A candidate that shares several bands is met several times; each meeting costs one comparison of
   * minima, which is cheaper than remembering whom it has met (a lookup in a window of look-alike texts meets
   * hundreds). The event ids, a set comparison, are checked only for a candidate that would be the best so far.
   */
  Optional<Entry> mostSimilar(TextSignature signature, double minSimilarity, long notBefore,
                              Set<String> eventIds) {
    int needed = TextSignature.equalMinimaFor(minSimilarity);
    Entry best = null;
    int bestEqual = -1;
    for (int band = 0; band < BANDS; band++) {
      List<Entry> candidates = byBand.get(signature.bandKey(band, ROWS));
      if (candidates == null) {
        continue;
      }
      for (Entry candidate : candidates) {
        if (candidate.seenAt() < notBefore) {
          continue;
        }
        int equal = candidate.signature().equalMinima(signature);
        if (equal >= needed && (equal > bestEqual || equal == bestEqual && candidate.seenAt() < best.seenAt())
            && candidate.eventIds().containsAll(eventIds)) {
          best = candidate;
          bestEqual = equal;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  int size() {
    return byArticle.size();
  }
}
