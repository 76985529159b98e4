package tulpar.streams.reading;

import tulpar.streams.lexicon.Term;
import tulpar.streams.text.TermMatch;

/**
 * A mention of a country in whatever form: its name, its capital as a metonym, or one of its office holders;
 * {@code turkic} when the country is a Turkic state.
 */
public record CountryMention(String code, boolean turkic, TermMatch<Term> match) {

  public int start() {
    return match.start();
  }
}
