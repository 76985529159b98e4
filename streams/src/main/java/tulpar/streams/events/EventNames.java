package tulpar.streams.events;

import java.util.Locale;
import java.util.stream.Collectors;
import tulpar.streams.lexicon.Gazetteer;

/**
 * Names events the same way in every language, from what the text says about them, so that reports of one
 * event meet under one name (and one id): "8th meeting of the Joint Strategic Planning Group", "informal
 * summit of the Organization of Turkic States", "Azerbaijan–Türkiye state visit".
 */
final class EventNames {

  private final Gazetteer gazetteer;

  EventNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  String name(EventDraft draft) {
    String prefix = (draft.ordinal == null ? "" : EnglishOrdinals.of(draft.ordinal.value()) + " ")
        + (draft.qualifier == null ? "" : draft.qualifier.key() + " ");
    String noun = switch (draft.trigger) {
      case SUMMIT -> "summit";
      case HEADS_OF_GOVERNMENT -> "meeting of the heads of government";
      case STATE_VISIT -> "state visit";
      case VISIT -> "official visit";
      default -> "meeting";
    };
    if (draft.body == null) {
      return prefix + parties(draft) + " " + noun;
    }
    String parent = draft.parentBody == null ? "" : " of the " + draft.parentBody.name();
    return prefix + noun + " of " + withArticle(draft.body.name()) + parent;
  }

  private String parties(EventDraft draft) {
    return draft.parties.stream().map(code -> gazetteer.country(code).name()).collect(Collectors.joining("–"));
  }

  /** "the Organization of Turkic States" but "TURKSOY", "CICA": acronyms take no article. */
  private static String withArticle(String name) {
    return name.equals(name.toUpperCase(Locale.ROOT)) ? name : "the " + name;
  }
}
