package tulpar.ingest.article;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tulpar.schemas.RejectReason;

/**
 * The one spelling of an article's address that its identity is hashed from: scheme and host lower-cased
 * (international host names in their ASCII form), default port, user info and fragment dropped, tracking
 * parameters ({@code utm_*}, {@code fbclid}, {@code gclid}) removed with the other parameters kept in order,
 * trailing slashes removed, and everything outside ASCII percent-encoded with upper-case hex.
 */
public record CanonicalUrl(String value) {

  static final int MAX_LENGTH = 4096;

  private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid");
  private static final Pattern HOST_AND_PORT = Pattern.compile("(\\[[^]]*]|[^:]*)(?::(\\d*))?");
  private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");

  /** True when the text is meant as a web address, so that a {@code source:} holding one can serve as the URL. */
  public static boolean looksLikeUrl(String text) {
    String start = text.strip().toLowerCase(Locale.ROOT);
    return start.startsWith("http://") || start.startsWith("https://");
  }

  public static CanonicalUrl parse(String url) throws BadArticleException {
    String given = url.strip();
    if (given.length() > MAX_LENGTH) {
      throw malformed(given, "it is longer than " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(given);
    } catch (URISyntaxException e) {
      throw malformed(given, e.getReason() + " at index " + e.getIndex());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw malformed(given, "only absolute http and https addresses are taken");
    }
    String assembled = scheme + "://" + hostAndPort(given, uri, scheme)
        + withoutTrailingSlashes(nullToEmpty(uri.getRawPath())) + query(uri.getRawQuery());
    try {
      String ascii = new URI(assembled).toASCIIString();
      return new CanonicalUrl(PERCENT_ESCAPE.matcher(ascii).replaceAll(m -> m.group().toUpperCase(Locale.ROOT)));
    } catch (URISyntaxException e) {
      throw malformed(given, e.getReason());
    }
  }

  private static String hostAndPort(String given, URI uri, String scheme) throws BadArticleException {
    // The raw authority, not URI.getHost(): getHost() is null for international names and for
    // names with underscores, which real news sites use.
    String authority = nullToEmpty(uri.getRawAuthority());
    Matcher parts = HOST_AND_PORT.matcher(authority.substring(authority.lastIndexOf('@') + 1));
    if (!parts.matches() || parts.group(1).isEmpty()) {
      throw malformed(given, "it names no host");
    }
    String host;
    try {
      host = IDN.toASCII(parts.group(1), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw malformed(given, "its host name is not valid (" + e.getMessage() + ")");
    }
    int port = port(given, nullToEmpty(parts.group(2)));
    boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    return defaultPort ? host : host + ":" + port;
  }

  /** The port number, or -1 when none is given. */
  private static int port(String given, String digits) throws BadArticleException {
    if (digits.isEmpty()) {
      return -1;
    }
    if (digits.length() > 5 || Integer.parseInt(digits) > 65535) {
      throw malformed(given, "its port is not a number from 0 to 65535");
    }
    return Integer.parseInt(digits);
  }

  private static String withoutTrailingSlashes(String path) {
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(0, end);
  }

  private static String query(String rawQuery) {
    if (rawQuery == null) {
      return "";
    }
    String kept = Arrays.stream(rawQuery.split("&"))
        .filter(parameter -> !parameter.isEmpty() && !isTracking(parameter))
        .collect(Collectors.joining("&"));
    return kept.isEmpty() ? "" : "?" + kept;
  }

  private static boolean isTracking(String parameter) {
    int equals = parameter.indexOf('=');
    String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
    return name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static BadArticleException malformed(String url, String why) {
    return new BadArticleException(RejectReason.MALFORMED,
        "The URL " + Text.quote(url) + " is not a usable web address (" + why + "): give the article's full http(s) address.");
  }

  @Override
  public String toString() {
    return value;
  }
}
