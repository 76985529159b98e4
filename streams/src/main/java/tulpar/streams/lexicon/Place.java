package tulpar.streams.lexicon;

/** A city; a capital's name also stands for its country ("Ankara says …"). */
public record Place(String name, String country, boolean capital) {}
