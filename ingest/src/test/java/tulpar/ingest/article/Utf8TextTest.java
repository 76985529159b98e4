package tulpar.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tulpar.schemas.RejectReason;

class Utf8TextTest {

  @Test
  void decodesUtf8WithAndWithoutByteOrderMark() throws Exception {
    byte[] text = "Türkiye – Қазақстан".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text);

    assertThat(Utf8Text.decode(text)).isEqualTo("Türkiye – Қазақстан");
    assertThat(Utf8Text.decode(withBom)).isEqualTo("Türkiye – Қазақстан");
  }

  @Test
  void invalidByteIsReportedWithItsOffsetInTheFile() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        concat("abc".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, 0x28, 'x'}));

    assertThatThrownBy(() -> Utf8Text.decode(bytes))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_ENCODING))
        .hasMessageContaining("Byte offset 6 (0xC3)");
  }

  @Test
  void latin1TextIsInvalidEncoding() {
    byte[] latin1 = "Un café à Bakou".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> Utf8Text.decode(latin1))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_ENCODING));
  }

  @Test
  void sequenceCutOffAtTheEndIsInvalid() {
    byte[] bytes = {'o', 'k', (byte) 0xE2, (byte) 0x80};

    assertThatThrownBy(() -> Utf8Text.decode(bytes)).hasMessageContaining("Byte offset 2");
  }

  @Test
  void nulByteMakesTheFileBinary() {
    byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x'};

    assertThatThrownBy(() -> Utf8Text.decode(bytes))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.BINARY))
        .hasMessageContaining("Byte offset 4");
  }

  @Test
  void utf16IsNamedAsSuch() {
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "hi".getBytes(StandardCharsets.UTF_16LE));

    assertThatThrownBy(() -> Utf8Text.decode(bytes))
        .isInstanceOfSatisfying(BadArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_ENCODING))
        .hasMessageContaining("UTF-16");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
