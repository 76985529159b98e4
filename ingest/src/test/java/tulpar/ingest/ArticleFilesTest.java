package tulpar.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tulpar.schemas.Article;
import tulpar.schemas.DateSource;
import tulpar.schemas.RejectReason;

class ArticleFilesTest {

  private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir
  Path dir;

  @Test
  void headerFormFileBecomesAnArticleWithItsStatedFields() {
    Path file = Fixtures.copy("header-form.txt", dir);

    Article article = accepted(ArticleFiles.read(file, CLOCK));

    assertThat(article.getTitle()).isEqualTo("Ministers agree to study a new rail link");
    assertThat(article.getUrl()).isEqualTo("https://news.example.org/world/rail-link?id=42");
    assertThat(article.getSource()).isEqualTo("Example Wire");
    assertThat(article.getLanguage()).isEqualTo("en");
    assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2026-01-15T00:00:00Z"));
    assertThat(article.getDateSource()).isEqualTo(DateSource.STATED);
    assertThat(article.getBody()).startsWith("Two transport ministers").endsWith("called the talks useful.");
    assertThat(article.getReceivedAt()).isEqualTo(NOW);
  }

  @Test
  void seedFormFileTakesItsDateFromTheLeadingToken() {
    Article article = accepted(ArticleFiles.read(Fixtures.copy("seed-form.txt", dir), CLOCK));

    assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2026-02-03T00:00:00Z"));
    assertThat(article.getDateSource()).isEqualTo(DateSource.STATED);
    assertThat(article.getBody()).startsWith("A made-up report says").contains("\nA second paragraph");
    assertThat(article.getTitle()).isEmpty();
  }

  @Test
  void fileWithoutDateIsDatedByItsModificationTime() throws Exception {
    Path file = Fixtures.copy("no-date.txt", dir);
    Instant modified = Instant.parse("2026-03-01T08:15:30Z");
    Files.setLastModifiedTime(file, FileTime.from(modified));

    Article article = accepted(ArticleFiles.read(file, CLOCK));

    assertThat(article.getPublishedAt()).isEqualTo(modified);
    assertThat(article.getDateSource()).isEqualTo(DateSource.FILE_MODIFIED);
    assertThat(article.getTitle()).isEqualTo("A trade fair opens");
    assertThat(article.getSource()).isEqualTo(file.toString());
  }

  @Test
  void unknownDateWithSourceUrlUsesTheUrlAndTheModificationTime() throws Exception {
    Path file = Fixtures.copy("source-url-date-unknown.txt", dir);
    Instant modified = Instant.parse("2026-02-20T10:00:00Z");
    Files.setLastModifiedTime(file, FileTime.from(modified));

    Article article = accepted(ArticleFiles.read(file, CLOCK));

    assertThat(article.getUrl()).isEqualTo("https://www.example.com/tr/haber/ticaret-fuari-acildi");
    assertThat(article.getLanguage()).isEqualTo("tr");
    assertThat(article.getPublishedAt()).isEqualTo(modified);
    assertThat(article.getDateSource()).isEqualTo(DateSource.FILE_MODIFIED);
  }

  @Test
  void firstLineThatOnlyLooksLikeAHeaderStaysInTheBody() {
    Article article = accepted(ArticleFiles.read(Fixtures.copy("plain-body.txt", dir), CLOCK));

    assertThat(article.getBody()).startsWith("Note: this file has no header.");
    assertThat(article.getTitle()).isEmpty();
  }

  @Test
  void byteOrderMarkIsAcceptedAndDropped() {
    Path plain = Fixtures.copy("header-form.txt", dir);
    Path withBom = Fixtures.write(dir.resolve("with-bom.txt"), concat(BOM, Fixtures.bytes("header-form.txt")));

    Article article = accepted(ArticleFiles.read(withBom, CLOCK));

    assertThat(article.getTitle()).isEqualTo("Ministers agree to study a new rail link");
    assertThat(article.getId()).isEqualTo(accepted(ArticleFiles.read(plain, CLOCK)).getId());
  }

  @Test
  void sameContentGivesTheSameIdWhereverTheFileLies() throws Exception {
    Path first = Fixtures.copy("no-date.txt", dir);
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/deeper"));
    Path second = Fixtures.write(elsewhere.resolve("renamed.txt"), Fixtures.bytes("no-date.txt"));
    Files.setLastModifiedTime(second, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

    assertThat(accepted(ArticleFiles.read(second, CLOCK)).getId())
        .isEqualTo(accepted(ArticleFiles.read(first, CLOCK)).getId());
  }

  @Test
  void crlfLineEndingsGiveTheSameArticleAsLf() {
    String lf = new String(Fixtures.bytes("header-form.txt"), StandardCharsets.UTF_8);
    Path unix = Fixtures.write(dir.resolve("unix.txt"), lf.getBytes(StandardCharsets.UTF_8));
    Path windows = Fixtures.write(dir.resolve("windows.txt"),
        lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

    Article fromWindows = accepted(ArticleFiles.read(windows, CLOCK));
    Article fromUnix = accepted(ArticleFiles.read(unix, CLOCK));

    assertThat(fromWindows.getBody()).isEqualTo(fromUnix.getBody()).doesNotContain("\r");
    assertThat(fromWindows.getId()).isEqualTo(fromUnix.getId());
  }

  @ParameterizedTest
  @CsvSource({
      "empty.txt,                     EMPTY,           no text",
      "whitespace-only.txt,           EMPTY,           no text",
      "header-only.txt,               EMPTY,           no text",
      "impossible-date.txt,           IMPOSSIBLE_DATE, '2026-02-30'",
      "unreadable-date.txt,           MALFORMED,       'sometime in spring'",
      "header-without-blank-line.txt, MALFORMED,       Line 2",
      "unknown-header-key.txt,        MALFORMED,       'author'"})
  void badFixtureIsRejectedWithTheReasonAndTheOriginal(String name, RejectReason reason, String hint) {
    Path file = Fixtures.copy(name, dir);

    Rejection rejection = rejected(ArticleFiles.read(file, CLOCK));

    assertThat(rejection.reason()).isEqualTo(reason);
    assertThat(rejection.message()).contains(hint);
    assertThat(rejection.sourceRef()).isEqualTo("file:" + file);
    assertThat(rejection.original()).isEqualTo(Fixtures.bytes(name));
    assertThat(rejection.originalSize()).isEqualTo(Fixtures.bytes(name).length);
    assertThat(rejection.rejectedAt()).isEqualTo(NOW);
  }

  @Test
  void futureDateIsImpossible() {
    Path file = Fixtures.write(dir.resolve("future.txt"), "date: 2026-03-12\n\nFrom the future.".getBytes(
        StandardCharsets.UTF_8));

    Rejection rejection = rejected(ArticleFiles.read(file, CLOCK));

    assertThat(rejection.reason()).isEqualTo(RejectReason.IMPOSSIBLE_DATE);
    assertThat(rejection.message()).contains("more than a day after now");
  }

  @Test
  void invalidUtf8IsRejectedWithTheOffsetOfTheBadByte() {
    byte[] goodPart = "title: Bad bytes\n\nCaf".getBytes(StandardCharsets.US_ASCII);
    byte[] content = concat(goodPart, new byte[] {(byte) 0xE9});
    Path file = Fixtures.write(dir.resolve("latin1.txt"), content);

    Rejection rejection = rejected(ArticleFiles.read(file, CLOCK));

    assertThat(rejection.reason()).isEqualTo(RejectReason.INVALID_ENCODING);
    assertThat(rejection.message()).contains("Byte offset " + goodPart.length + " (0xE9)");
  }

  @Test
  void nulBytesMakeTheFileBinary() {
    Path file = Fixtures.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

    Rejection rejection = rejected(ArticleFiles.read(file, CLOCK));

    assertThat(rejection.reason()).isEqualTo(RejectReason.BINARY);
    assertThat(rejection.original()).hasSize(8);
  }

  @Test
  void bodyOverTheLimitIsTooLarge() {
    Path file = Fixtures.write(dir.resolve("long.txt"),
        ("title: Long\n\n" + "A sentence of news. ".repeat(600)).getBytes(StandardCharsets.UTF_8));

    Rejection rejection = rejected(new ArticleFiles(10_000, CLOCK).read(file));

    assertThat(rejection.reason()).isEqualTo(RejectReason.TOO_LARGE);
    assertThat(rejection.message()).contains("over the limit of 10,000 bytes");
  }

  @Test
  void hugeSingleLineIsTooLargeAndOnlyItsFirstBytesAreKept() {
    byte[] content = "x".repeat(5 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
    Path file = Fixtures.write(dir.resolve("one-line.txt"), content);

    Rejection rejection = rejected(ArticleFiles.read(file, CLOCK));

    assertThat(rejection.reason()).isEqualTo(RejectReason.TOO_LARGE);
    assertThat(rejection.originalSize()).isEqualTo(content.length);
    assertThat(rejection.original()).hasSize(Rejection.ORIGINAL_CAP);
  }

  @Test
  void hugeSingleLineUnderARaisedLimitIsReadInGoodTime() {
    String line = "word ".repeat(1024 * 1024);
    Path file = Fixtures.write(dir.resolve("one-line.txt"), line.getBytes(StandardCharsets.US_ASCII));

    long start = System.nanoTime();
    Article article = accepted(new ArticleFiles(8 * 1024 * 1024, CLOCK).read(file));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(article.getBody()).hasSize(line.length() - 1);
  }

  @Test
  void missingFileIsRejectedNotThrown() {
    Rejection rejection = rejected(ArticleFiles.read(dir.resolve("absent.txt"), CLOCK));

    assertThat(rejection.reason()).isEqualTo(RejectReason.OTHER);
    assertThat(rejection.message()).contains("does not exist");
  }

  @Test
  void utf16FileIsDecodedAndTheRepairNoted() throws Exception {
    byte[] text = "title: Ikki tomon\n\nIkki davlat vazirlari uchrashdi.".getBytes(StandardCharsets.UTF_16LE);
    Path file = Files.write(dir.resolve("utf16.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text));

    ParseResult.Accepted result = (ParseResult.Accepted) ArticleFiles.read(file, CLOCK);

    assertThat(result.article().getTitle()).isEqualTo("Ikki tomon");
    assertThat(result.article().getBody()).isEqualTo("Ikki davlat vazirlari uchrashdi.");
    assertThat(result.repairs()).containsExactly("decoded as UTF-16LE (byte order mark)");
  }

  @Test
  void windows1251FileIsDecodedAndItsLanguageDetected() throws Exception {
    String text = "title: Переговоры\n\nМинистры двух стран встретились в столице и обсудили торговлю и транспорт.";
    Path file = Files.write(dir.resolve("cp1251.txt"), text.getBytes(Charset.forName("windows-1251")));

    ParseResult.Accepted result = (ParseResult.Accepted) ArticleFiles.read(file, CLOCK);

    assertThat(result.article().getTitle()).isEqualTo("Переговоры");
    assertThat(result.article().getLanguage()).isEqualTo("ru");
    assertThat(result.repairs()).singleElement().asString().contains("windows-1251");
  }

  @Test
  void savedWebPageIsReducedToItsTextNotRejected() throws Exception {
    String page = "<!DOCTYPE html><html><head><meta charset=\"windows-1254\"><title>Ankara'da görüşme</title>"
        + "</head><body><nav>Menü</nav><p>Bakanlar ticaret ve ulaştırma konularını görüştü.<p>Taraflar yeni bir"
        + " anlaşma için çalışacak.</body></html>";
    Path file = Files.write(dir.resolve("page.html"), page.getBytes(Charset.forName("windows-1254")));

    ParseResult.Accepted result = (ParseResult.Accepted) ArticleFiles.read(file, CLOCK);

    assertThat(result.article().getTitle()).isEqualTo("Ankara'da görüşme");
    assertThat(result.article().getBody()).isEqualTo("Menü\n\nBakanlar ticaret ve ulaştırma konularını görüştü."
        + "\n\nTaraflar yeni bir anlaşma için çalışacak.");
    assertThat(result.repairs()).containsExactly("decoded as windows-1254, as it declares", "HTML reduced to text");
  }

  @Test
  void dateInTheYear3000IsImpossible() throws Exception {
    Path file = Files.writeString(dir.resolve("far.txt"), "date: 3 January 3000\n\nFrom the far future.");

    Rejection rejection = rejected(ArticleFiles.read(file, CLOCK));

    assertThat(rejection.reason()).isEqualTo(RejectReason.IMPOSSIBLE_DATE);
    assertThat(rejection.message()).contains("'3 January 3000'").contains("more than a day after now");
  }

  private static Article accepted(ParseResult result) {
    assertThat(result).isInstanceOf(ParseResult.Accepted.class);
    return ((ParseResult.Accepted) result).article();
  }

  private static Rejection rejected(ParseResult result) {
    assertThat(result).isInstanceOf(Rejection.class);
    return (Rejection) result;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
