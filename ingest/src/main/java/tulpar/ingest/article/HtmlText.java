package tulpar.ingest.article;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML reduced to the text a reader sees, with paragraph breaks kept as blank lines and line breaks as newlines:
 * the tagger reads sentences and paragraphs, so "<p>A</p><p>B</p>" must not become "AB". Scripts, styles and
 * other content nobody reads are dropped, and entities are decoded. jsoup does the parsing, the way a browser
 * would, so soup with unclosed tags comes out as well as clean markup.
 */
public final class HtmlText {

  /** What an HTML text reduces to: its document title ("" when none) and its text. */
  public record Reduced(String title, String text) {}

  /** A tag a person would use in a page; "a < b" or "<3" in plain text is not one. */
  private static final Pattern TAG = Pattern.compile("</?(?:!doctype\\s+html|html|head|body|p|br|div|span|a|b|i|em"
      + "|strong|u|ul|ol|li|table|tbody|tr|td|th|h[1-6]|img|script|style|meta|title|section|article|figure"
      + "|figcaption|blockquote|header|footer|nav|main|font|center|iframe|hr)(?:\\s[^<>]*)?/?>",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> PARAGRAPHS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
      "blockquote", "section", "article", "header", "footer", "main", "figure", "table", "ul", "ol", "dl", "pre",
      "address", "aside");
  private static final Set<String> LINES = Set.of("br", "li", "tr", "dt", "dd", "figcaption", "hr", "caption");
  private static final String UNREAD = "script, style, noscript, template, iframe, object, embed, svg, head";

  private HtmlText() {}

  /** True when the text holds HTML tags, rather than merely a "<" or an entity. */
  public static boolean looksLikeHtml(String text) {
    return text != null && text.indexOf('<') >= 0 && TAG.matcher(text).find();
  }

  public static Reduced reduce(String html) {
    Document document = Jsoup.parse(html);
    String title = Text.collapseWhitespace(document.title());
    document.select(UNREAD).remove();
    TextCollector collector = new TextCollector();
    NodeTraversor.traverse(collector, document.body());
    return new Reduced(title, collector.text());
  }

  /** Walks the body, writing text and turning block boundaries into line and paragraph breaks. */
  private static final class TextCollector implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();
    /** 0: inside a line; 1: a line break is due; 2: a paragraph break is due. */
    private int pendingBreak;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        write(textNode.text());
      } else if (node instanceof Element element) {
        breakBefore(element.normalName());
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        breakBefore(element.normalName());
      }
    }

    private void breakBefore(String tag) {
      if (PARAGRAPHS.contains(tag)) {
        pendingBreak = 2;
      } else if (LINES.contains(tag)) {
        pendingBreak = Math.max(pendingBreak, 1);
      }
    }

    private void write(String text) {
      String words = pendingBreak > 0 ? text.stripLeading() : text;
      if (words.isBlank()) {
        if (!words.isEmpty() && out.length() > 0 && pendingBreak == 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        return;
      }
      if (out.length() > 0 && pendingBreak > 0) {
        trimTrailingSpace();
        out.append(pendingBreak == 2 ? "\n\n" : "\n");
      }
      pendingBreak = 0;
      out.append(words);
    }

    private void trimTrailingSpace() {
      while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
        out.setLength(out.length() - 1);
      }
    }

    String text() {
      trimTrailingSpace();
      return out.toString().strip();
    }
  }
}
