package tulpar.streams.reading;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tulpar.schemas.Article;
import tulpar.schemas.DateSource;
import tulpar.schemas.Span;
import tulpar.streams.lexicon.Gazetteer;
import tulpar.streams.lexicon.Matches;
import tulpar.streams.text.FoldedText;

/**
 * An article prepared once for every part of the tagger: its text as spans count it (title, a blank line, the
 * body), folded, scanned for terms, split into sentences, with its language and the date relative expressions
 * resolve against.
 */
public final class ArticleReading {

  private final Article article;
  private final FoldedText text;
  private final Matches matches;
  private final List<Sentence> sentences;
  private final String language;
  private final Optional<LocalDate> anchorDate;
  private final List<CountryMention> countryMentions;
  /** Each sentence's clauses, worked out on first need: events and figures both ask, most sentences never. */
  private final List<Clauses.Clause>[] clauses;

  private ArticleReading(Article article, FoldedText text, Matches matches, List<Sentence> sentences,
                         String language, Optional<LocalDate> anchorDate, List<CountryMention> countryMentions) {
    this.article = article;
    this.text = text;
    this.matches = matches;
    this.sentences = sentences;
    this.language = language;
    this.anchorDate = anchorDate;
    this.countryMentions = countryMentions;
    @SuppressWarnings("unchecked")
    List<Clauses.Clause>[] perSentence = (List<Clauses.Clause>[]) new List<?>[sentences.size()];
    this.clauses = perSentence;
  }

  public static ArticleReading of(Article article, Gazetteer gazetteer) {
    String original = textOf(article);
    Matches matches = gazetteer.lexicon().find(original);
    FoldedText folded = matches.text();
    String stated = article.getLanguage();
    String language = stated == null || stated.isBlank() || "und".equalsIgnoreCase(stated.strip())
        ? new LanguageGuesser(gazetteer.languageMarkers()).guess(original, folded)
        : stated.strip().toLowerCase(Locale.ROOT);
    return new ArticleReading(article, folded, matches, new SentenceSplitter(gazetteer).split(original, folded),
        language, anchorDate(article), CountryMentions.find(matches, gazetteer));
  }

  /** The text every {@link Span} of an article counts offsets in: the title, a blank line, then the body. */
  public static String textOf(Article article) {
    return article.getTitle() + "\n\n" + article.getBody();
  }

  /**
   * The article's own date, when its source stated it. A file's modification time or the time Tulpar received
   * the article says nothing about what "on Monday" means, so relative dates are left unresolved without it.
   */
  private static Optional<LocalDate> anchorDate(Article article) {
    if (article.getDateSource() != DateSource.STATED || article.getPublishedAt() == null) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.ofInstant(article.getPublishedAt(), ZoneOffset.UTC));
  }

  public Article article() {
    return article;
  }

  public FoldedText text() {
    return text;
  }

  public Matches matches() {
    return matches;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public String language() {
    return language;
  }

  public Optional<LocalDate> anchorDate() {
    return anchorDate;
  }

  /** Every mention of a country, in text order. */
  public List<CountryMention> countryMentions() {
    return countryMentions;
  }

  /** The mentions of countries inside {@code [start, end)} of the folded text, in text order. */
  public List<CountryMention> countryMentionsIn(int start, int end) {
    int low = 0;
    int high = countryMentions.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (countryMentions.get(middle).start() < start) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    int to = low;
    while (to < countryMentions.size() && countryMentions.get(to).match().end() <= end) {
      to++;
    }
    return countryMentions.subList(low, to);
  }

  /** The sentence a folded offset falls in. */
  public Optional<Sentence> sentenceAt(int foldedOffset) {
    int index = sentenceIndexAt(foldedOffset);
    return index < 0 ? Optional.empty() : Optional.of(sentences.get(index));
  }

  /** The index in {@link #sentences()} of the sentence a folded offset falls in, or -1 (between sentences). */
  public int sentenceIndexAt(int foldedOffset) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Sentence sentence = sentences.get(middle);
      if (foldedOffset < sentence.foldedStart()) {
        high = middle - 1;
      } else if (foldedOffset >= sentence.foldedEnd()) {
        low = middle + 1;
      } else {
        return middle;
      }
    }
    return -1;
  }

  /** The clauses of one of this article's sentences ({@link Clauses}), read once. */
  public List<Clauses.Clause> clauses(Sentence sentence) {
    int index = sentenceIndexAt(sentence.foldedStart());
    if (index < 0 || sentences.get(index) != sentence) {
      return Clauses.of(text.folded(), sentence);  // not one of ours, or folded to nothing: nothing to keep
    }
    if (clauses[index] == null) {
      clauses[index] = Clauses.of(text.folded(), sentence);
    }
    return clauses[index];
  }

  /** The original text of a sentence as a span. */
  public Span span(Sentence sentence) {
    return new Span(sentence.start(), sentence.end(), text.original().substring(sentence.start(), sentence.end()));
  }
}
