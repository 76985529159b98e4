package tulpar.streams.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds of event cue in {@code event-cues.tsv}. A key is the kind, optionally followed by a colon and a
 * detail: the English name of a kind of document ("agreement:memorandum"), the number of parties an anaphor
 * stands for ("party-anaphor:2").
 */
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
  VAGUE,
  CONVENE,
  HEADS_OF_STATE,
  PARTY_ANAPHOR,
  COUNT,
  REPORTING;

  private static final Map<String, Cue> BY_KEY = Arrays.stream(values())
      .collect(Collectors.toUnmodifiableMap(Cue::key, Function.identity()));
  private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

  /** A key read: its kind and its detail (null when it has none). */
  record Parsed(Cue cue, String detail) {}

  String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind of a key, with or without its detail. */
  static Cue of(String key) {
    return parse(key).cue();
  }

  /** A key read into its kind and detail. Keys are few, so each is read once and remembered. */
  static Parsed parse(String key) {
    return PARSED.computeIfAbsent(key, Cue::read);
  }

  private static Parsed read(String key) {
    int colon = key.indexOf(':');
    Cue cue = BY_KEY.get(colon < 0 ? key : key.substring(0, colon));
    if (cue == null) {
      throw new IllegalStateException("event-cues.tsv uses unknown cue '" + key + "'; known: " + BY_KEY.keySet());
    }
    return new Parsed(cue, colon < 0 ? null : key.substring(colon + 1));
  }

  boolean isTense() {
    return this == SIGNED || this == SIGN_FUTURE || this == HELD || this == FUTURE || this == ANNOUNCE;
  }
}
