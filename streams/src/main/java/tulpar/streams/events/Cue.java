package tulpar.streams.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kinds of event cue in {@code event-cues.tsv}, one per key there. */
enum Cue {
  SUMMIT,
  HEADS_OF_GOVERNMENT,
  MEETING,
  STANDALONE_MEETING,
  STATE_VISIT,
  VISIT,
  AGREEMENT,
  DOCUMENT,
  SIGNED,
  SIGN_FUTURE,
  SIGNING,
  DRAFT,
  HELD,
  FUTURE,
  ANNOUNCE,
  RATIFY,
  INFORMAL,
  EXTRAORDINARY,
  TURKIC,
  ORG_ANAPHOR,
  LOCATIVE,
  VAGUE,
  VERB;

  private static final Map<String, Cue> BY_KEY = Arrays.stream(values())
      .collect(Collectors.toUnmodifiableMap(Cue::key, Function.identity()));

  String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Cue of(String key) {
    Cue cue = BY_KEY.get(key);
    if (cue == null) {
      throw new IllegalStateException("event-cues.tsv uses unknown cue '" + key + "'; known: " + BY_KEY.keySet());
    }
    return cue;
  }

  boolean isTense() {
    return this == SIGNED || this == SIGN_FUTURE || this == HELD || this == FUTURE || this == ANNOUNCE;
  }
}
