package tulpar.streams.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import tulpar.schemas.Span;
import tulpar.streams.lexicon.Term;
import tulpar.streams.text.TermMatch;

/** Turns term matches into tags: grouped by what they name, every mention's span kept, most mentioned first. */
final class Mentions {

  private Mentions() {}

  static <T> List<T> tags(List<TermMatch<Term>> matches, BiFunction<String, List<Span>, T> toTag) {
    Map<String, List<Span>> grouped = new LinkedHashMap<>();
    matches.forEach(m -> grouped.computeIfAbsent(m.payload().key(), k -> new ArrayList<>()).add(m.span()));
    List<Map.Entry<String, List<Span>>> entries = new ArrayList<>(grouped.entrySet());
    entries.sort(Comparator.comparingInt((Map.Entry<String, List<Span>> e) -> -e.getValue().size()));
    return entries.stream().map(e -> toTag.apply(e.getKey(), e.getValue())).toList();
  }
}
