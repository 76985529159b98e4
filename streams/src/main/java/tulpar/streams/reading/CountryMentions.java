package tulpar.streams.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import tulpar.streams.lexicon.Gazetteer;
import tulpar.streams.lexicon.Matches;
import tulpar.streams.lexicon.Person;
import tulpar.streams.lexicon.Place;
import tulpar.streams.lexicon.Term;
import tulpar.streams.lexicon.Vocabulary;
import tulpar.streams.text.TermMatch;

/**
 * Finds every mention of a country: names, demonyms and adjectives, capitals used as metonyms ("Ankara and
 * Astana agreed") and office holders (a president or minister speaks for the country). A name inside the name of
 * an organisation, a person or a currency does not count ("Baghdad Amreyev" is no mention of Iraq, "АҚШ
 * долларын" none of the United States, "Turkish lira" none of the Turkish state).
 */
final class CountryMentions {

  private CountryMentions() {}

  static List<CountryMention> find(Matches matches, Gazetteer gazetteer) {
    List<TermMatch<Term>> people = matches.of(Vocabulary.PERSON);
    // Each vocabulary's matches are in text order, so merging keeps the order a sort by start would give.
    List<TermMatch<Term>> names = merge(merge(matches.of(Vocabulary.ORGANIZATION), people,
        TermMatch::start), matches.of(Vocabulary.CURRENCY), TermMatch::start);
    int[][] covering = merged(names);
    List<CountryMention> byName = new ArrayList<>();
    for (TermMatch<Term> name : matches.of(Vocabulary.COUNTRY)) {
      if (!coveredBy(name, covering)) {
        byName.add(mention(gazetteer, name.payload().key(), name));
      }
    }
    List<CountryMention> byCapital = new ArrayList<>();
    for (TermMatch<Term> city : matches.of(Vocabulary.PLACE)) {
      Place place = gazetteer.place(city.payload().key());
      if (place.capital() && gazetteer.country(place.country()) != null && !coveredBy(city, covering)) {
        byCapital.add(mention(gazetteer, place.country(), city));
      }
    }
    List<CountryMention> byHolder = new ArrayList<>();
    for (TermMatch<Term> holder : people) {
      Person person = gazetteer.person(holder.payload().key());
      if (person.speaksForCountry() && gazetteer.country(person.country().orElseThrow()) != null) {
        byHolder.add(mention(gazetteer, person.country().orElseThrow(), holder));
      }
    }
    // As a stable sort by start of names, then capitals, then office holders: on equal starts, that order.
    return merge(merge(byName, byCapital, CountryMention::start), byHolder, CountryMention::start);
  }

  /**
   * Two lists in order of a key merged into one in that order; on equal keys the first list's items come
   * first, as a stable sort of the first list followed by the second would put them.
   */
  private static <T> List<T> merge(List<T> first, List<T> second, ToIntFunction<T> key) {
    List<T> merged = new ArrayList<>(first.size() + second.size());
    int i = 0;
    int j = 0;
    while (i < first.size() && j < second.size()) {
      if (key.applyAsInt(second.get(j)) < key.applyAsInt(first.get(i))) {
        merged.add(second.get(j++));
      } else {
        merged.add(first.get(i++));
      }
    }
    while (i < first.size()) {
      merged.add(first.get(i++));
    }
    while (j < second.size()) {
      merged.add(second.get(j++));
    }
    return merged;
  }

  private static CountryMention mention(Gazetteer gazetteer, String code, TermMatch<Term> match) {
    return new CountryMention(code, gazetteer.country(code).turkic(), match);
  }

  /** The ranges the names cover, merged where they overlap, in text order. */
  private static int[][] merged(List<TermMatch<Term>> names) {
    List<int[]> ranges = new ArrayList<>();
    for (TermMatch<Term> name : names) {
      int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
      if (last != null && name.start() < last[1]) {
        last[1] = Math.max(last[1], name.end());
      } else {
        ranges.add(new int[] {name.start(), name.end()});
      }
    }
    return ranges.toArray(new int[0][]);
  }

  /** Whether a match overlaps one of the ranges (binary search: an article names many). */
  private static boolean coveredBy(TermMatch<Term> match, int[][] covering) {
    int low = 0;
    int high = covering.length - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (covering[middle][1] <= match.start()) {
        low = middle + 1;
      } else if (covering[middle][0] >= match.end()) {
        high = middle - 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
