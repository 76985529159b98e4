package tulpar.ingest.article;

/**
 * An article as its source stated it, before any checking: each field is the text given, or null when the
 * source left it out. The names are those of the JSON that {@code POST /api/v1/articles} takes, and every
 * source (file, feed, HTTP) fills the same fields, so one {@link ArticleNormaliser} serves them all.
 */
public record ArticleDraft(String url, String title, String body, String publishedAt, String source,
                           String language) {
}
