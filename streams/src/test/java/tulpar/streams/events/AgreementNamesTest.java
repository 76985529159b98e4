package tulpar.streams.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgreementNamesTest {

  @Test
  void shouldPutTheHeadOfAKindOfDocumentInThePlural() {
    assertThat(AgreementNames.plural("memorandum of understanding")).isEqualTo("memoranda of understanding");
    assertThat(AgreementNames.plural("treaty")).isEqualTo("treaties");
    assertThat(AgreementNames.plural("joint statement")).isEqualTo("joint statements");
    assertThat(AgreementNames.plural("protocol of intent")).isEqualTo("protocols of intent");
    assertThat(AgreementNames.plural("deals")).as("already plural").isEqualTo("deals");
  }
}
