package tulpar.streams.lexicon;

/** A country: ISO 3166-1 alpha-2 code, whether it is a Turkic state, and its name in event names. */
public record Country(String code, boolean turkic, String name) {}
