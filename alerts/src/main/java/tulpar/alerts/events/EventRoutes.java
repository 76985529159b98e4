package tulpar.alerts.events;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Comparator;
import java.util.Map;
import tulpar.alerts.kafka.CompactedTopicView;
import tulpar.schemas.CooperationEvent;
import tulpar.servicekit.AvroJson;

/** {@code GET /api/v1/events}: the latest state of every cooperation event, most recently updated first. */
public final class EventRoutes {

  private static final Comparator<CooperationEvent> NEWEST_FIRST = Comparator
      .comparing(CooperationEvent::getUpdatedAt).reversed()
      .thenComparing(CooperationEvent::getId);

  private final CompactedTopicView<CooperationEvent> events;

  public EventRoutes(CompactedTopicView<CooperationEvent> events) {
    this.events = events;
  }

  public void register(Javalin app) {
    app.get("/api/v1/events", this::list);
  }

  private void list(Context ctx) {
    if (!events.isReady()) {
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE)
          .json(Map.of("error", "Events are still loading from Kafka; retry in a moment"));
      return;
    }
    ctx.json(events.values().stream().sorted(NEWEST_FIRST).map(AvroJson::toJson).toList());
  }
}
