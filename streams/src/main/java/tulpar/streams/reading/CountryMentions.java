package tulpar.streams.reading;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import tulpar.streams.lexicon.Gazetteer;
import tulpar.streams.lexicon.Matches;
import tulpar.streams.lexicon.Term;
import tulpar.streams.lexicon.Vocabulary;
import tulpar.streams.text.TermMatch;

/**
 * Finds every mention of a country: names, demonyms and adjectives, capitals used as metonyms ("Ankara and
 * Astana agreed") and office holders (a president or minister speaks for the country). A name inside an
 * organisation's or a person's name does not count ("Baghdad Amreyev" is no mention of Iraq).
 */
final class CountryMentions {

  private CountryMentions() {}

  static List<CountryMention> find(Matches matches, Gazetteer gazetteer) {
    List<TermMatch<Term>> organizations = matches.of(Vocabulary.ORGANIZATION);
    List<TermMatch<Term>> people = matches.of(Vocabulary.PERSON);
    Stream<CountryMention> names = matches.of(Vocabulary.COUNTRY).stream()
        .map(m -> new CountryMention(m.payload().key(), m));
    Stream<CountryMention> capitals = matches.of(Vocabulary.PLACE).stream()
        .filter(m -> gazetteer.place(m.payload().key()).capital())
        .map(m -> new CountryMention(gazetteer.place(m.payload().key()).country(), m));
    Stream<CountryMention> officeHolders = people.stream()
        .filter(m -> gazetteer.person(m.payload().key()).speaksForCountry())
        .map(m -> new CountryMention(gazetteer.person(m.payload().key()).country().orElseThrow(), m));
    return Stream.concat(Stream.concat(names, capitals)
                .filter(c -> organizations.stream().noneMatch(c.match()::overlaps)
                    && people.stream().noneMatch(c.match()::overlaps)),
            officeHolders)
        .filter(c -> gazetteer.country(c.code()) != null)
        .sorted(Comparator.comparingInt(CountryMention::start))
        .toList();
  }
}
