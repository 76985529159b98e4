package tulpar.streams.lexicon;

import java.util.Optional;

/** A person the news names, with their country (none for officials of international bodies) and role. */
public record Person(String name, Optional<String> country, Role role) {

  public enum Role {
    /** Head of state or government: their meetings are summits. */
    HEAD,
    MINISTER,
    OFFICIAL
  }

  /** Whether naming this person names their country: office holders speak for it, others do not. */
  public boolean speaksForCountry() {
    return country.isPresent() && role != Role.OFFICIAL;
  }
}
