package tulpar.app.chaos;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tulpar.servicekit.Json;

/**
 * What the subscriber received against what it had to: every expected alert at least once; every repeat of one
 * alert (the same event at the same version) under the same {@code webhook-id}; nothing else.
 *
 * @param expected   alerts the articles must cause
 * @param received   requests answered 200
 * @param distinct   distinct alerts among them (event id and version)
 * @param missing    expected events never received
 * @param unexpected received events that were not expected, or not as NEW
 * @param idConflicts alerts delivered under more than one webhook-id
 */
record DeliveryVerdict(int expected, int received, int distinct, Set<String> missing, Set<String> unexpected,
                       Set<String> idConflicts) {

  static DeliveryVerdict of(Set<String> expectedNames, List<FlakyReceiver.Receipt> receipts) {
    Set<String> received = new HashSet<>();
    Set<String> unexpected = new TreeSet<>();
    Map<String, Set<String>> webhookIds = new HashMap<>();
    for (FlakyReceiver.Receipt receipt : receipts) {
      String name = receipt.event().path("name").asText();
      String change = receipt.event().path("change").asText();
      if (expectedNames.contains(name) && change.equals("NEW")) {
        received.add(name);
      } else {
        unexpected.add(name + " (" + change + ")");
      }
      String alert = receipt.event().path("id").asText() + " v" + receipt.event().path("version").asInt();
      webhookIds.computeIfAbsent(alert, k -> new HashSet<>()).add(String.valueOf(receipt.webhookId()));
    }
    Set<String> missing = new TreeSet<>(expectedNames);
    missing.removeAll(received);
    Set<String> conflicts = new TreeSet<>();
    webhookIds.forEach((alert, ids) -> {
      if (ids.size() > 1) {
        conflicts.add(alert + " " + ids);
      }
    });
    return new DeliveryVerdict(expectedNames.size(), receipts.size(), webhookIds.size(), missing, unexpected,
        conflicts);
  }

  boolean passed() {
    return missing.isEmpty() && unexpected.isEmpty() && idConflicts.isEmpty();
  }

  int duplicates() {
    return received - distinct;
  }

  ObjectNode toJson() {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("passed", passed());
    json.put("expectedAlerts", expected);
    json.put("delivered", distinct);
    json.put("requestsAnswered200", received);
    json.put("redelivered", duplicates());
    json.put("lost", missing.size());
    json.put("unexpected", unexpected.size());
    json.put("webhookIdConflicts", idConflicts.size());
    json.set("lostAlerts", Json.MAPPER.valueToTree(missing));
    json.set("unexpectedAlerts", Json.MAPPER.valueToTree(unexpected));
    return json;
  }
}
