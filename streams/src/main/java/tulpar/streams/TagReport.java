package tulpar.streams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import tulpar.schemas.CountryTag;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.EventMention;
import tulpar.schemas.MoneyFigure;
import tulpar.schemas.OrganizationTag;
import tulpar.schemas.PersonTag;
import tulpar.schemas.TopicTag;
import tulpar.servicekit.Json;

/**
 * Renders an enriched article as the {@code tag --format jsonl} record of DESIGN.md: one JSON object with the
 * file, the article's id, language and date, its tags, figures and events, and whether it alerts. Statuses are
 * the enum names ("SIGNED"); events carry their evidence as text.
 */
public final class TagReport {

  private TagReport() {}

  public static ObjectNode of(String file, EnrichedArticle enriched) {
    ObjectNode record = Json.MAPPER.createObjectNode();
    record.put("file", file);
    record.put("articleId", enriched.getArticle().getId());
    record.put("language", enriched.getLanguage());
    record.put("publishedAt", LocalDate.ofInstant(enriched.getArticle().getPublishedAt(), ZoneOffset.UTC).toString());
    ArrayNode countries = record.putArray("countries");
    for (CountryTag country : enriched.getCountries()) {
      countries.addObject().put("code", country.getCode()).put("turkic", country.getTurkic())
          .put("mentions", country.getMentions());
    }
    ArrayNode organizations = record.putArray("organizations");
    for (OrganizationTag organization : enriched.getOrganizations()) {
      organizations.addObject().put("name", organization.getName()).put("mentions", organization.getMentions());
    }
    ArrayNode people = record.putArray("people");
    for (PersonTag person : enriched.getPeople()) {
      people.addObject().put("name", person.getName()).put("country", person.getCountry())
          .put("mentions", person.getMentions());
    }
    ArrayNode topics = record.putArray("topics");
    enriched.getTopics().stream().map(TopicTag::getTopic).forEach(topics::add);
    ArrayNode figures = record.putArray("figures");
    for (MoneyFigure figure : enriched.getFigures()) {
      figures.addObject().put("amount", figure.getAmount()).put("currency", figure.getCurrency())
          .put("measure", figure.getMeasure()).put("text", figure.getEvidence().getText());
    }
    ArrayNode events = record.putArray("events");
    for (EventMention event : enriched.getEvents()) {
      ObjectNode node = events.addObject();
      node.put("type", event.getType().name());
      ArrayNode parties = node.putArray("parties");
      event.getParties().forEach(parties::add);
      node.put("status", event.getStatus().name()).put("date", event.getDate()).put("place", event.getPlace())
          .put("name", event.getName()).put("newsworthy", event.getNewsworthy())
          .put("evidence", event.getEvidence().getText());
    }
    record.put("alert", enriched.getAlert());
    return record;
  }
}
