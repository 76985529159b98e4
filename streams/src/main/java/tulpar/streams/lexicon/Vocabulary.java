package tulpar.streams.lexicon;

/** The kinds of term the lexicon holds, each read from its own data file. */
public enum Vocabulary {
  COUNTRY("country-names.tsv"),
  PLACE("place-names.tsv"),
  PERSON("people-names.tsv"),
  ORGANIZATION("organization-names.tsv"),
  TOPIC("topics.tsv"),
  EVENT_CUE("event-cues.tsv"),
  DATE_WORD("date-words.tsv"),
  ORDINAL("ordinals.tsv"),
  CURRENCY("currencies.tsv"),
  MAGNITUDE("magnitudes.tsv"),
  FIGURE_CUE("figure-cues.tsv");

  private final String file;

  Vocabulary(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }
}
