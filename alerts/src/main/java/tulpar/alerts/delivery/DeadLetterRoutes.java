package tulpar.alerts.delivery;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.alerts.kafka.KafkaWriteException;
import tulpar.alerts.subscriptions.ApiAnswers;

/** {@code POST /api/v1/dead-letters/{alertId}/replay}: sends a dead-lettered alert again. */
public final class DeadLetterRoutes {

  private static final Logger log = LoggerFactory.getLogger(DeadLetterRoutes.class);

  private final DeadLetterReplay replay;

  public DeadLetterRoutes(DeadLetterReplay replay) {
    this.replay = replay;
  }

  public void register(Javalin app) {
    app.post("/api/v1/dead-letters/{alertId}/replay", this::replay);
  }

  /** 202: the alert is back on tulpar.alerts; its receipts tell how the new attempts went. */
  private void replay(Context ctx) {
    String alertId = ctx.pathParam("alertId");
    try {
      if (replay.replay(Optional.of(alertId)) == 0) {
        ApiAnswers.error(ctx, HttpStatus.NOT_FOUND, "No dead letter for alert '" + alertId + "'");
      } else {
        ctx.status(HttpStatus.ACCEPTED).json(Map.of("alertId", alertId, "replayed", true));
      }
    } catch (KafkaWriteException e) {
      log.warn("Cannot replay alert {}: {}", alertId, e.getMessage());
      ApiAnswers.error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "The alert was not replayed: " + e.getMessage());
    }
  }
}
