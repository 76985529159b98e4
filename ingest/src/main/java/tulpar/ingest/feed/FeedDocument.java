package tulpar.ingest.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.SAXException;

/**
 * A feed's bytes read as RSS (0.9x, 1.0, 2.0) or Atom, safely. The XML is parsed here, not by ROME's own input,
 * with a parser that refuses any DOCTYPE and never loads an external entity: document type declarations are
 * how XML entity attacks work (external entities reading local files, "billion laughs" exponential expansion),
 * and feeds need none. ROME 2.1's input does disallow doctypes by default, but it sets each protection only
 * "if the parser supports it", silently; here an unsupported protection fails every parse instead. ROME then
 * maps the document to entries. The entries' date texts are kept as written, so Tulpar's own date reading
 * applies to feeds as to files.
 */
record FeedDocument(SyndFeed feed, List<String> dateTexts) {

  private static final List<String> DATE_ELEMENTS = List.of("pubDate", "published", "date", "issued", "updated",
      "modified");
  private static final int SNIFF_BYTES = 512;

  /** The date text of each entry, in the order of {@code feed.getEntries()}; null for an entry without one. */
  FeedDocument {
    dateTexts = Collections.unmodifiableList(new ArrayList<>(dateTexts));
  }

  static FeedDocument parse(byte[] body, String contentType) throws FeedException {
    refuseWhatIsNoFeed(body);
    Document document;
    try (XmlReader decoded = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
      // The fixer turns HTML entities such as &nbsp;, common in feeds and undeclared without a DTD, into
      // character references, so such a feed is read instead of refused.
      document = hardenedBuilder().build(new XmlFixerReader(decoded));
    } catch (JDOMParseException e) {
      throw notWellFormed(e);
    } catch (JDOMException e) {
      throw new FeedException("the XML parser cannot be set up safely (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new FeedException("its text cannot be decoded (" + e.getMessage() + ")");
    }
    try {
      SyndFeed feed = new SyndFeedInput().build(document);
      return new FeedDocument(feed, dateTexts(document, feed.getEntries().size()));
    } catch (IllegalArgumentException e) {
      throw new FeedException("it is XML but neither RSS nor Atom (its root element is <"
          + document.getRootElement().getName() + ">): is the address the site's feed?");
    } catch (com.rometools.rome.io.FeedException e) {
      throw new FeedException("it is not a readable RSS or Atom feed (" + e.getMessage() + ")");
    }
  }

  private static void refuseWhatIsNoFeed(byte[] body) throws FeedException {
    String start = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
        .replaceAll("\\A(?:\u00EF\u00BB\u00BF|\u00FF\u00FE|\u00FE\u00FF)", "").replace("\0", "").strip();
    String lower = start.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
      throw new FeedException("it is an HTML page, not a feed: use the address of the site's RSS or Atom feed");
    }
    if (!start.startsWith("<")) {
      String shown = start.length() > 40 ? start.substring(0, 40) + "…" : start;
      throw new FeedException("it is not XML (it starts with '" + shown.replaceAll("\\p{Cntrl}", " ")
          + "'), so not an RSS or Atom feed");
    }
  }

  private static SAXBuilder hardenedBuilder() {
    SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
    builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    builder.setExpandEntities(false);
    builder.setEntityResolver((publicId, systemId) -> {
      throw new SAXException("external entity " + systemId + " refused");
    });
    return builder;
  }

  private static FeedException notWellFormed(JDOMParseException e) {
    String why = Optional.ofNullable(e.getCause()).map(Throwable::getMessage).orElse(e.getMessage());
    if (why != null && why.contains("DOCTYPE")) {
      return new FeedException("it declares a DOCTYPE, which Tulpar refuses: document type declarations are how"
          + " XML entity attacks work (external entities, 'billion laughs'), and a feed needs none");
    }
    return new FeedException("it is not well-formed XML (line " + e.getLineNumber() + ", column "
        + e.getColumnNumber() + ": " + why + ")");
  }

  /** Each entry's date as written, matched to ROME's entries by position; all null if they do not line up. */
  private static List<String> dateTexts(Document document, int entries) {
    List<Element> items = itemElements(document.getRootElement());
    List<String> dates = new ArrayList<>(Collections.nCopies(entries, null));
    if (items.size() == entries) {
      for (int i = 0; i < entries; i++) {
        dates.set(i, dateText(items.get(i)));
      }
    }
    return dates;
  }

  private static List<Element> itemElements(Element root) {
    List<Element> items = new ArrayList<>();
    List<Element> containers = new ArrayList<>(List.of(root));
    root.getChildren().stream().filter(child -> child.getName().equals("channel")).forEach(containers::add);
    for (Element container : containers) {
      container.getChildren().stream()
          .filter(child -> child.getName().equals("item") || child.getName().equals("entry"))
          .forEach(items::add);
    }
    return items;
  }

  private static String dateText(Element item) {
    for (String name : DATE_ELEMENTS) {
      for (Element child : item.getChildren()) {
        if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
          return child.getTextTrim();
        }
      }
    }
    return null;
  }
}
