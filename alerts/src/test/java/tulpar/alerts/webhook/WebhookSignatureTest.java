package tulpar.alerts.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void reproducesTheStandardWebhooksTestVector() {
    // Published with the Standard Webhooks reference libraries: a receiver's library verifies what we send.
    String signature = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");

    assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void newSecretsAreWhsecPrefixedRandom32ByteKeys() {
    String first = WebhookSignature.newSecret();
    String second = WebhookSignature.newSecret();

    assertThat(first).startsWith("whsec_");
    assertThat(Base64.getDecoder().decode(first.substring("whsec_".length()))).hasSize(32);
    assertThat(first).isNotEqualTo(second);
  }
}
