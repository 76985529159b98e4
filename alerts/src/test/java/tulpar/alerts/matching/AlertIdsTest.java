package tulpar.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertIdsTest {

  @Test
  void theSameSubscriptionEventAndVersionAlwaysGiveTheSameId() {
    assertThat(AlertIds.of("sub_1", "evt_1", 3)).isEqualTo(AlertIds.of("sub_1", "evt_1", 3));
  }

  @Test
  void eachPartOfTheKeyChangesTheId() {
    String id = AlertIds.of("sub_1", "evt_1", 3);

    assertThat(id).isNotEqualTo(AlertIds.of("sub_2", "evt_1", 3))
        .isNotEqualTo(AlertIds.of("sub_1", "evt_2", 3))
        .isNotEqualTo(AlertIds.of("sub_1", "evt_1", 4));
  }

  @Test
  void idsAreShortPrefixedHex() {
    assertThat(AlertIds.of("sub_1", "evt_1", 1)).matches("alrt_[0-9a-f]{32}");
  }
}
