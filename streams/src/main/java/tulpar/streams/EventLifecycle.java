package tulpar.streams;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tulpar.schemas.CooperationEvent;

/**
 * Keeps the state of every event in a key-value store (keyed by event id, so one task owns each event) and
 * forwards the new state only when a report changed it.
 */
final class EventLifecycle implements Processor<String, CooperationEvent, String, CooperationEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(EventLifecycle.class);

  private final String storeName;
  private ProcessorContext<String, CooperationEvent> context;
  private KeyValueStore<String, CooperationEvent> events;

  EventLifecycle(String storeName) {
    this.storeName = storeName;
  }

  @Override
  public void init(ProcessorContext<String, CooperationEvent> context) {
    this.context = context;
    this.events = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, CooperationEvent> report) {
    EventMerge.merge(events.get(report.key()), report.value()).ifPresentOrElse(event -> {
      events.put(report.key(), event);
      LOG.debug("Event {} '{}' is now version {} ({}, {})", event.getId(), event.getName(), event.getVersion(),
          event.getChange(), event.getStatus());
      context.forward(report.withValue(event));
    }, () -> LOG.debug("Event {} unchanged by a report from article {}", report.key(),
        report.value().getSources().get(0).getArticleId()));
  }
}
