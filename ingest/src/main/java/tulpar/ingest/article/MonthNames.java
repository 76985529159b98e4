package tulpar.ingest.article;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Month names in the six languages, from {@code month-names.txt}, kept as data so adding a spelling is easy. */
final class MonthNames {

  private static final String RESOURCE = "/tulpar/ingest/month-names.txt";
  private static final Map<String, Integer> NUMBERS = load();

  private MonthNames() {}

  /** The month (1–12) a word names, whatever its case, short-form dot or Turkish dotless i. */
  static OptionalInt number(String word) {
    Integer month = NUMBERS.get(fold(word));
    return month == null ? OptionalInt.empty() : OptionalInt.of(month);
  }

  private static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace("\u0307", "").replace('ı', 'i');
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  private static Map<String, Integer> load() {
    Map<String, Integer> numbers = new HashMap<>();
    for (Map.Entry<String, List<String>> month : KeyedWordLists.read(RESOURCE)) {
      for (String name : month.getValue()) {
        numbers.put(fold(name), Integer.parseInt(month.getKey()));
      }
    }
    return Map.copyOf(numbers);
  }

}
