package tulpar.ingest.article;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tulpar.schemas.Article;
import tulpar.schemas.DateSource;
import tulpar.schemas.RejectReason;

/**
 * The one gate every article passes, whatever brought it (file, feed, HTTP): checks a draft, puts its fields in
 * their one spelling, reduces an HTML body to text, detects the language when none is stated, and gives the
 * article its stable id. Pure apart from the clock, so the offline {@code tag} command shares it.
 */
public final class ArticleNormaliser {

  static final int MAX_TITLE_CHARS = 1_000;
  static final int MAX_SOURCE_CHARS = 2_000;

  private static final Pattern LANGUAGE_TAG = Pattern.compile("([A-Za-z]{2,3})(-[A-Za-z0-9]{1,8})*");

  private final long maxBodyBytes;
  private final Clock clock;
  private final LanguageDetector detector = LanguageDetector.standard();

  public ArticleNormaliser(long maxBodyBytes, Clock clock) {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1, was " + maxBodyBytes);
    }
    this.maxBodyBytes = maxBodyBytes;
    this.clock = clock;
  }

  public Article normalise(ArticleDraft draft, Origin origin) throws BadArticleException {
    return normaliseNoting(draft, origin).article();
  }

  /** The article, with the repairs made to its draft (an HTML body reduced to text). */
  public Normalised normaliseNoting(ArticleDraft draft, Origin origin) throws BadArticleException {
    // Avro keeps milliseconds; truncating here makes the article equal to itself after a round trip.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    List<String> repairs = new ArrayList<>();
    Body body = body(draft.body(), repairs);
    String title = title(draft.title() == null ? body.htmlTitle() : draft.title());
    Optional<String> statedSource = source(draft.source());
    Optional<CanonicalUrl> url = url(draft.url(), statedSource);
    Optional<Instant> stated = PublicationDates.parse(draft.publishedAt(), now);
    Article article = Article.newBuilder()
        .setId(url.map(ArticleIds::forUrl)
            .orElseGet(() -> ArticleIds.forContent(statedSource.orElse(""), title, body.text())))
        .setUrl(url.map(CanonicalUrl::value).orElse(null))
        .setTitle(title)
        .setBody(body.text())
        .setSource(statedSource.orElse(origin.defaultSource()))
        .setLanguage(language(draft.language()).orElseGet(() -> detector.detect(title + "\n" + body.text())))
        .setPublishedAt(stated.orElse(origin.fallbackTime()).truncatedTo(ChronoUnit.MILLIS))
        .setDateSource(stated.isPresent() ? DateSource.STATED : origin.fallbackDateSource())
        .setReceivedAt(now)
        .build();
    return new Normalised(article, repairs);
  }

  /** The body's text, and the title of the HTML page it was, if it was one. */
  private record Body(String text, String htmlTitle) {}

  private Body body(String given, List<String> repairs) throws BadArticleException {
    if (Text.isBlank(given)) {
      throw new BadArticleException(RejectReason.EMPTY,
          "The article has no text: its body is missing, empty or only white space. Put the text after the header"
              + " and its blank line, or in the 'body' field.");
    }
    long bytes = Text.utf8Length(given);
    if (bytes > maxBodyBytes) {
      throw new BadArticleException(RejectReason.TOO_LARGE, String.format(Locale.ROOT,
          "The body is %,d bytes, over the limit of %,d bytes: split the article, or raise ingest's body limit"
              + " (maxBodyBytes).", bytes, maxBodyBytes));
    }
    requireNoNul("body", given);
    String text = given.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (!HtmlText.looksLikeHtml(text)) {
      return new Body(text, null);
    }
    HtmlText.Reduced reduced = HtmlText.reduce(text);
    if (reduced.text().isBlank()) {
      throw new BadArticleException(RejectReason.EMPTY, "The article is HTML with no readable text in it (only"
          + " markup, scripts or styles): send the article's text.");
    }
    repairs.add("HTML reduced to text");
    return new Body(reduced.text(), reduced.title().isEmpty() ? null : reduced.title());
  }

  private static String title(String given) throws BadArticleException {
    if (given == null) {
      return "";
    }
    requireNoNul("title", given);
    String title = Text.collapseWhitespace(given);
    if (title.length() > MAX_TITLE_CHARS) {
      throw new BadArticleException(RejectReason.TOO_LARGE, "The title is " + title.length()
          + " characters long, over the limit of " + MAX_TITLE_CHARS + ": is the text in the title by mistake?");
    }
    return title;
  }

  private static Optional<String> source(String given) throws BadArticleException {
    if (Text.isBlank(given)) {
      return Optional.empty();
    }
    String source = given.strip();
    if (source.length() > MAX_SOURCE_CHARS) {
      throw new BadArticleException(RejectReason.MALFORMED, "The source is " + source.length()
          + " characters long, over the limit of " + MAX_SOURCE_CHARS + ": name the publisher or give its address.");
    }
    requireNoNul("source", source);
    return Optional.of(source);
  }

  /** The stated URL; failing that a source that is a web address, since files often name their page there. */
  private static Optional<CanonicalUrl> url(String given, Optional<String> source) throws BadArticleException {
    if (!Text.isBlank(given)) {
      return Optional.of(CanonicalUrl.parse(given));
    }
    if (source.isPresent() && CanonicalUrl.looksLikeUrl(source.get())) {
      return Optional.of(CanonicalUrl.parse(source.get()));
    }
    return Optional.empty();
  }

  private static Optional<String> language(String given) throws BadArticleException {
    if (Text.isBlank(given) || given.strip().equalsIgnoreCase("unknown")) {
      return Optional.empty();
    }
    var tag = LANGUAGE_TAG.matcher(given.strip());
    if (!tag.matches()) {
      throw new BadArticleException(RejectReason.MALFORMED, "The language " + Text.quote(given.strip())
          + " is not a language code: use an ISO 639-1 code such as en, tr, ru, kk, uz or az, or leave it out.");
    }
    return Optional.of(tag.group(1).toLowerCase(Locale.ROOT));
  }

  private static void requireNoNul(String field, String text) throws BadArticleException {
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new BadArticleException(RejectReason.BINARY, "The " + field + " holds a NUL character at position "
          + nul + ": this is binary data, not text. Send the article as plain text.");
    }
  }
}
