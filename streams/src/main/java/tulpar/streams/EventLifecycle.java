package tulpar.streams;

import java.util.EnumMap;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeCount;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.schemas.ChangeKind;
import tulpar.schemas.CooperationEvent;

/**
 * Keeps the state of every event in a key-value store (keyed by event id, so one task owns each event) and
 * forwards the new state only when a report changed it. Each change forwarded is counted, by change kind, in a
 * metric of the Streams client's own ({@link #changes}), which the streams service exports.
 */
final class EventLifecycle implements Processor<String, CooperationEvent, String, CooperationEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(EventLifecycle.class);
  private static final String METRIC_GROUP = "tulpar-streams";
  private static final String CHANGES_METRIC = "event-changes-total";

  private final String storeName;
  private ProcessorContext<String, CooperationEvent> context;
  private KeyValueStore<String, CooperationEvent> events;
  private final Map<ChangeKind, Sensor> changes = new EnumMap<>(ChangeKind.class);

  EventLifecycle(String storeName) {
    this.storeName = storeName;
  }

  @Override
  public void init(ProcessorContext<String, CooperationEvent> context) {
    this.context = context;
    this.events = context.getStateStore(storeName);
    for (ChangeKind kind : ChangeKind.values()) {
      // One sensor per kind for the whole client: every task's processor records into the same count.
      Sensor sensor = context.metrics().addSensor("tulpar-event-changes-" + kind.name(), Sensor.RecordingLevel.INFO);
      sensor.add(changesMetric(kind), new CumulativeCount());
      changes.put(kind, sensor);
    }
  }

  /** How many changes of this kind were forwarded, per the client's metrics; 0 before the first task starts. */
  static double changes(Map<MetricName, ? extends Metric> clientMetrics, ChangeKind kind) {
    Metric metric = clientMetrics.get(changesMetric(kind));
    return metric == null ? 0 : ((Number) metric.metricValue()).doubleValue();
  }

  private static MetricName changesMetric(ChangeKind kind) {
    return new MetricName(CHANGES_METRIC, METRIC_GROUP, "Event changes forwarded to tulpar.events, by change kind",
        Map.of("change", kind.name()));
  }

  @Override
  public void process(Record<String, CooperationEvent> report) {
    EventMerge.merge(events.get(report.key()), report.value()).ifPresentOrElse(event -> {
      events.put(report.key(), event);
      LOG.debug("Event {} '{}' is now version {} ({}, {})", event.getId(), event.getName(), event.getVersion(),
          event.getChange(), event.getStatus());
      context.forward(report.withValue(event));
      changes.get(event.getChange()).record();
    }, () -> LOG.debug("Event {} unchanged by a report from article {}", report.key(),
        report.value().getSources().get(0).getArticleId()));
  }
}
