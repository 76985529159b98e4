package tulpar.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tulpar.schemas.RejectReason;

class ArticleBytesTest {

  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  private static final Charset WINDOWS_1254 = Charset.forName("windows-1254");

  @Test
  void utf8IsReadAsItIsWithNoRepair() throws Exception {
    ArticleBytes.Decoded decoded = ArticleBytes.decode(Samples.KAZAKH.getBytes(StandardCharsets.UTF_8));

    assertThat(decoded.text()).isEqualTo(Samples.KAZAKH);
    assertThat(decoded.repair()).isEmpty();
  }

  @Test
  void utf16WithByteOrderMarkIsDecodedAndNoted() throws Exception {
    byte[] littleEndian = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, Samples.TURKISH.getBytes(StandardCharsets.UTF_16LE));
    byte[] bigEndian = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, Samples.TURKISH.getBytes(StandardCharsets.UTF_16BE));

    assertThat(ArticleBytes.decode(littleEndian).text()).isEqualTo(Samples.TURKISH);
    assertThat(ArticleBytes.decode(littleEndian).repair()).contains("decoded as UTF-16LE (byte order mark)");
    assertThat(ArticleBytes.decode(bigEndian).text()).isEqualTo(Samples.TURKISH);
  }

  @Test
  void windows1251CyrillicIsRecognisedFromItsBytes() throws Exception {
    ArticleBytes.Decoded decoded = ArticleBytes.decode(("title: Встреча\n\n" + Samples.RUSSIAN).getBytes(WINDOWS_1251));

    assertThat(decoded.text()).endsWith(Samples.RUSSIAN);
    assertThat(decoded.repair()).hasValueSatisfying(note -> assertThat(note).contains("windows-1251"));
  }

  @Test
  void windows1254TurkishIsRecognisedFromItsBytes() throws Exception {
    ArticleBytes.Decoded decoded = ArticleBytes.decode(Samples.TURKISH.getBytes(WINDOWS_1254));

    assertThat(decoded.text()).isEqualTo(Samples.TURKISH);
    assertThat(decoded.repair()).hasValueSatisfying(note -> assertThat(note).contains("windows-1254"));
  }

  @Test
  void declaredEncodingIsUsedWhereverItIsDeclared() throws Exception {
    String header = "title: Görüşme\ncharset: windows-1254\n\nAnkara'da görüşme.";
    String xml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><p>Встреча</p>";
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
        + "</head><body>Встреча</body></html>";

    assertThat(ArticleBytes.decode(header.getBytes(WINDOWS_1254)).text()).isEqualTo(header);
    assertThat(ArticleBytes.decode(header.getBytes(WINDOWS_1254)).repair()).contains("decoded as windows-1254, as it declares");
    assertThat(ArticleBytes.decode(xml.getBytes(WINDOWS_1251)).text()).isEqualTo(xml);
    assertThat(ArticleBytes.decode(html.getBytes(WINDOWS_1251)).text()).isEqualTo(html);
  }

  @Test
  void latin1IsNotGuessedButRefusedWithTheOffset() {
    byte[] latin1 = "Un café à Bakou, près de la mer".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> ArticleBytes.decode(latin1))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_ENCODING))
        .hasMessageContaining("Byte offset 6 (0xE9)")
        .hasMessageContaining("charset:");
  }

  @Test
  void damagedUtf8IsRefusedNotGuessed() {
    byte[] good = Samples.RUSSIAN.getBytes(StandardCharsets.UTF_8);
    good[19] = (byte) 0xFF; // the lead byte of the fourth letter of "иностранных"

    assertThatThrownBy(() -> ArticleBytes.decode(good))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_ENCODING))
        .hasMessageContaining("Byte offset 19");
  }

  @Test
  void tooFewLettersToJudgeAreRefused() {
    byte[] bytes = "Report from Baku: привет".getBytes(WINDOWS_1251);

    assertThatThrownBy(() -> ArticleBytes.decode(bytes))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_ENCODING));
  }

  @Test
  void textThatSaysUtf8ButIsNotIsRefusedNotGuessed() {
    byte[] bytes = ("charset: utf-8\n\n" + Samples.RUSSIAN).getBytes(WINDOWS_1251);

    assertThatThrownBy(() -> ArticleBytes.decode(bytes))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_ENCODING));
  }

  @Test
  void bytesThatTheDeclaredEncodingLacksAreRefusedWithTheirOffset() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("charset: windows-1251\n\nab".getBytes(StandardCharsets.US_ASCII));
    bytes.write(0x98); // the one byte Windows-1251 leaves undefined

    assertThatThrownBy(() -> ArticleBytes.decode(bytes.toByteArray()))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_ENCODING))
        .hasMessageContaining("Byte offset 25 is not valid windows-1251");
  }

  @Test
  void unknownDeclaredEncodingIsNamed() {
    assertThatThrownBy(() -> ArticleBytes.decode("charset: klingon-8\n\ntext".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_ENCODING))
        .hasMessageContaining("'klingon-8'");
  }

  @Test
  void nulBytesAreBinaryWhateverTheDeclaration() {
    byte[] bytes = concat("charset: windows-1251\n\n".getBytes(StandardCharsets.US_ASCII), new byte[] {'P', 0, 'K'});

    assertThatThrownBy(() -> ArticleBytes.decode(bytes))
        .isInstanceOfSatisfying(BadArticleException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.BINARY));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
