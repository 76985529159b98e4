package tulpar.streams.lexicon;

/** What a matched term stands for: its vocabulary and key (a country code, a canonical name, a cue …). */
public record Term(Vocabulary vocabulary, String key) {}
