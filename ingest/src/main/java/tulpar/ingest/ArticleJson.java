package tulpar.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import tulpar.ingest.article.ArticleDraft;
import tulpar.ingest.article.BadArticleException;
import tulpar.ingest.article.Text;
import tulpar.schemas.RejectReason;
import tulpar.servicekit.Json;

/**
 * One article as the HTTP API takes it: a JSON object with the fields of {@link ArticleDraft}, nothing else.
 * Every way it can be wrong becomes a MALFORMED {@link BadArticleException} that says what to send instead.
 */
final class ArticleJson {

  static final String FIELDS = "url, title, body, publishedAt, source and language";

  private ArticleJson() {}

  static ArticleDraft draft(byte[] json) throws BadArticleException {
    try {
      ArticleDraft draft = Json.MAPPER.readValue(json, ArticleDraft.class);
      if (draft == null) {
        throw malformed("The JSON is null: send an object with the article's fields.");
      }
      return draft;
    } catch (UnrecognizedPropertyException e) {
      throw malformed("Unknown field " + Text.quote(e.getPropertyName()) + ": the fields are " + FIELDS + ".");
    } catch (MismatchedInputException e) {
      throw malformed(e.getPath().isEmpty()
          ? "The article must be a JSON object with the fields " + FIELDS + "."
          : "The field " + Text.quote(e.getPath().get(e.getPath().size() - 1).getFieldName()) + " must be a string.");
    } catch (JsonProcessingException e) {
      throw malformed("The article is not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("")
          + "): send an object such as {\"body\": \"…\"}.");
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSON from memory failed", e);
    }
  }

  private static BadArticleException malformed(String message) {
    return new BadArticleException(RejectReason.MALFORMED, message);
  }
}
