package tulpar.streams.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tulpar.streams.Fixtures;

class TextSignatureTest {

  private static final String REPORT = Fixtures.COMMISSION_REPORT.getBody();
  private static final String COPY = Fixtures.COMMISSION_REPORT_COPY.getBody();
  private static final String PREVIEW = Fixtures.COMMISSION_PREVIEW.getBody();

  private static TextSignature signature(String text) {
    return TextSignature.of(text).orElseThrow();
  }

  @Test
  void shouldFindACopyWithAnotherBylineAndEndingMostlyAlike() {
    assertThat(signature(REPORT).similarity(signature(COPY))).isGreaterThanOrEqualTo(0.5);
  }

  @Test
  void shouldFindTwoStoriesAboutTheSameMeetingInTheirOwnWordsUnalike() {
    assertThat(signature(REPORT).similarity(signature(PREVIEW))).isLessThan(0.2);
  }

  @Test
  void shouldIgnoreCasePunctuationAndSpacing() {
    String reformatted = REPORT.toUpperCase(java.util.Locale.ROOT).replace(".", " ;").replace(" ", "\n  ");
    assertThat(signature(reformatted)).isEqualTo(signature(REPORT));
  }

  @Test
  void shouldGiveNoSignatureForATextTooShortToCallAnythingACopyOfIt() {
    assertThat(TextSignature.of("")).isEmpty();
    assertThat(TextSignature.of("Ministers met in Baku on Tuesday.")).isEmpty();
    assertThat(TextSignature.of("!!! ??? ... ---")).isEmpty();
  }

  @Test
  void shouldReadBackWhatItWrote() {
    TextSignature signature = signature(REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(signature.toBytes());

    assertThat(TextSignature.fromBytes(bytes)).isEqualTo(signature);
    assertThat(bytes.hasRemaining()).isFalse();
  }

  @Test
  void shouldFindACopyThroughTheIndexOnlyWithinTheTimeAndForTheSameEvents() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add(new NearDuplicateIndex.Entry("report-1", signature(REPORT), 1_000, Set.of("evt-a", "evt-b")));
    index.add(new NearDuplicateIndex.Entry("preview-1", signature(PREVIEW), 500, Set.of("evt-a")));

    assertThat(index.mostSimilar(signature(COPY), 0.5, 0, Set.of("evt-a")))
        .hasValueSatisfying(e -> assertThat(e.articleId()).isEqualTo("report-1"));
    assertThat(index.mostSimilar(signature(COPY), 0.5, 2_000, Set.of("evt-a"))).isEmpty();
    assertThat(index.mostSimilar(signature(COPY), 0.5, 0, Set.of("evt-c"))).isEmpty();

    index.remove("report-1");
    assertThat(index.mostSimilar(signature(COPY), 0.5, 0, Set.of())).isEmpty();
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void shouldKeepOnlyTheNewestTextsUnderABandKeyThatManyShareAndStillFindACopy() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    TextSignature report = signature(REPORT);
    for (int i = 0; i < NearDuplicateIndex.MAX_PER_BAND + 10; i++) {
      index.add(new NearDuplicateIndex.Entry("same-" + i, report, i, Set.of()));
    }

    assertThat(index.size()).isEqualTo(NearDuplicateIndex.MAX_PER_BAND + 10);
    assertThat(index.mostSimilar(signature(COPY), 0.5, 0, Set.of()))
        .hasValueSatisfying(e -> assertThat(e.articleId()).isEqualTo("same-10"));
    index.remove("same-0");
    index.remove("same-41");
    assertThat(index.mostSimilar(signature(COPY), 0.5, 0, Set.of()))
        .hasValueSatisfying(e -> assertThat(e.articleId()).isEqualTo("same-10"));
  }
  @Test
  void shouldPreferTheMostAlikeTextThatReportsTheEventsAndOnATieTheOneSeenFirst() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add(new NearDuplicateIndex.Entry("closest", minimaEqualToTheProbeIn(40), 100, Set.of("evt-x")));
    index.add(new NearDuplicateIndex.Entry("later", minimaEqualToTheProbeIn(30), 50, Set.of("evt-x", "evt-y")));
    index.add(new NearDuplicateIndex.Entry("earlier", minimaEqualToTheProbeIn(30), 10, Set.of("evt-x", "evt-y")));
    TextSignature probe = minimaEqualToTheProbeIn(TextSignature.SIZE);

    assertThat(index.mostSimilar(probe, 0.5, 0, Set.of("evt-x")).map(NearDuplicateIndex.Entry::articleId))
        .hasValue("closest");
    assertThat(index.mostSimilar(probe, 0.5, 0, Set.of("evt-y")).map(NearDuplicateIndex.Entry::articleId))
        .hasValue("earlier");
    assertThat(index.mostSimilar(probe, 0.85, 0, Set.of())).isEmpty();
  }

  @Test
  void shouldCountTheEqualMinimaThatASimilarityNeeds() {
    assertThat(TextSignature.equalMinimaFor(0.5)).isEqualTo(24);
    assertThat(TextSignature.equalMinimaFor(0.51)).isEqualTo(25);
    assertThat(TextSignature.equalMinimaFor(0)).isZero();
    assertThat(TextSignature.equalMinimaFor(1)).isEqualTo(TextSignature.SIZE);
  }

  /** A signature whose first {@code equal} minima are those of the probe (0, 1, 2 …) and the rest differ. */
  private static TextSignature minimaEqualToTheProbeIn(int equal) {
    ByteBuffer bytes = ByteBuffer.allocate(TextSignature.SIZE * Integer.BYTES);
    for (int i = 0; i < TextSignature.SIZE; i++) {
      bytes.putInt(i < equal ? i : 1_000 + i);
    }
    bytes.flip();
    return TextSignature.fromBytes(bytes);
  }
}
