package tulpar.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tulpar.ingest.article.ArticleDraft;
import tulpar.ingest.article.BadArticleException;
import tulpar.ingest.article.HtmlText;
import tulpar.ingest.article.PublicationDates;
import tulpar.schemas.RejectReason;

/**
 * A feed's entries as draft articles for the one normaliser: the title (markup dropped), the link as the URL
 * (resolved against the feed's address when relative), the date as written, the content or else the
 * description (HTML, which the normaliser reduces to text), the feed's language. An entry with no text but its
 * title gets the title as its body: headline-only feeds are common, and a headline still names who met whom.
 */
final class FeedItems {

  private static final Pattern LANGUAGE = Pattern.compile("([A-Za-z]{2,3})(?:[-_].*)?");

  private FeedItems() {}

  /** The entries, oldest first, so that they are published in the order they were written. */
  static List<FeedItem> of(FeedDocument document, URI feedUrl, Instant now) {
    List<SyndEntry> entries = document.feed().getEntries();
    String language = language(document.feed().getLanguage());
    List<FeedItem> items = new ArrayList<>();
    for (int i = entries.size() - 1; i >= 0; i--) {
      SyndEntry entry = entries.get(i);
      String title = text(entry.getTitle());
      String body = firstNonBlank(content(entry), title);
      String date = date(document.dateTexts().get(i), entry, now);
      String link = link(feedUrl, entry.getLink());
      String identity = firstNonBlank(entry.getUri(), link, title + "\n" + date);
      items.add(new FeedItem(identity, new ArticleDraft(link, title, body, date, null, language)));
    }
    return items;
  }

  private static String content(SyndEntry entry) {
    String contents = entry.getContents().stream()
        .map(SyndContent::getValue)
        .filter(value -> value != null && !value.isBlank())
        .collect(Collectors.joining("\n\n"));
    if (!contents.isBlank()) {
      return contents;
    }
    return entry.getDescription() == null ? null : entry.getDescription().getValue();
  }

  /**
   * The date text when Tulpar reads it, or when it is impossible (the normaliser then rejects the entry with
   * that reason); for a form Tulpar does not read, ROME's reading of it; else none, and the fetch time stands in.
   */
  private static String date(String written, SyndEntry entry, Instant now) {
    if (written != null) {
      try {
        PublicationDates.parse(written, now);
        return written;
      } catch (BadArticleException e) {
        if (e.reason() != RejectReason.MALFORMED) {
          return written;
        }
      }
    }
    Date read = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return read == null ? null : read.toInstant().toString();
  }

  private static String link(URI feedUrl, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      return feedUrl.resolve(link.strip()).toString();
    } catch (IllegalArgumentException e) {
      return link; // not a URI at all: the normaliser names the problem in the rejection
    }
  }

  private static String text(String title) {
    if (title == null) {
      return null;
    }
    return HtmlText.looksLikeHtml(title) ? HtmlText.reduce(title).text() : title;
  }

  /** The feed's language code when it is one ("en-us" gives "en"); a feed's odd value is not worth a rejection. */
  private static String language(String declared) {
    if (declared == null) {
      return null;
    }
    Matcher code = LANGUAGE.matcher(declared.strip());
    return code.matches() ? code.group(1).toLowerCase(Locale.ROOT) : null;
  }

  private static String firstNonBlank(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate;
      }
    }
    return candidates[candidates.length - 1];
  }
}
