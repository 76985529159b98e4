package tulpar.streams.events;

import java.util.Collection;
import java.util.stream.Collectors;
import tulpar.streams.lexicon.Gazetteer;

/**
 * Names an agreement so that a reader knows it at a glance and every report of it names it alike: its title
 * when it has one ("Samarkand Declaration"), else its kind in English with its parties and its subject when
 * stated ("Kazakhstan–Türkiye memorandum of understanding on the Middle Corridor"), or how many when counted
 * ("20 deals on education, energy, mining and more"). Names are built from whole words only.
 */
final class AgreementNames {

  private final Gazetteer gazetteer;

  AgreementNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  String name(AgreementDescriber.Description description, Collection<String> parties) {
    if (description.title() != null) {
      return description.title();
    }
    StringBuilder name = new StringBuilder();
    if (description.count() != null) {
      name.append(description.count()).append(' ').append(plural(description.type()));
    } else {
      String partyNames = parties.stream().map(code -> gazetteer.country(code).name())
          .collect(Collectors.joining("–"));
      name.append(partyNames.isEmpty() ? "" : partyNames + " ").append(description.type());
    }
    if (description.subject() != null) {
      name.append(" on ").append(description.subject());
    }
    return name.toString();
  }

  /** The English plural of a kind of document: "memoranda of understanding", "treaties"; plurals stay. */
  static String plural(String type) {
    int of = type.indexOf(" of ");
    if (of > 0) {
      return plural(type.substring(0, of)) + type.substring(of);
    }
    if (type.endsWith("um")) {
      return type.substring(0, type.length() - 2) + "a";
    }
    if (type.endsWith("s") || type.endsWith("a")) {
      return type;
    }
    if (type.endsWith("y")) {
      return type.substring(0, type.length() - 1) + "ies";
    }
    return type + "s";
  }
}
