package tulpar.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tulpar.ingest.article.ArticleDraft;
import tulpar.ingest.article.ArticleFileFormat;
import tulpar.ingest.article.ArticleNormaliser;
import tulpar.ingest.article.BadArticleException;
import tulpar.ingest.article.Origin;
import tulpar.schemas.Article;
import tulpar.schemas.DateSource;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.EventMention;
import tulpar.schemas.EventType;
import tulpar.streams.tagging.ArticleTagger;

/**
 * The articles the mix is made from: the shared corpus (its seeds and development articles) when it is there,
 * else a few short articles written for the bench and shipped in the jar ({@code /bench/*.txt}). Each is read
 * as ingest reads a file and tagged once: one that reports agreements or summits, all newsworthy, is an event
 * template; one that reports none is a background template; one with both kinds of mention (an old agreement
 * recalled beside a new one) is left out, so that what should alert is clear.
 */
final class CorpusTemplates {

  static final List<String> BUNDLED = List.of("agreement-transit.txt", "agreement-energy.txt", "summit-ots.txt",
      "background-markets.txt", "background-weather.txt", "background-culture.txt", "background-football.txt");

  /** The templates and a description of where their text came from, for the result. */
  record Loaded(List<Template> events, List<Template> background, String text) {}

  /** The publication date of an article that states none. */
  private static final Instant UNDATED = Instant.parse("2026-01-15T09:00:00Z");

  private CorpusTemplates() {}

  static Loaded load(Path corpusDir, ArticleTagger tagger) {
    List<Path> files = corpusFiles(corpusDir);
    List<Template> events = new ArrayList<>();
    List<Template> background = new ArrayList<>();
    String text;
    if (files.isEmpty()) {
      for (String name : BUNDLED) {
        classify(name, bundled(name), tagger, events, background);
      }
      text = "bundled: " + BUNDLED.size() + " short articles written for the bench (no corpus at " + corpusDir + ")";
    } else {
      for (Path file : files) {
        classify(file.getFileName().toString(), read(file), tagger, events, background);
      }
      text = "corpus " + corpusDir.toAbsolutePath().normalize() + ": " + files.size() + " articles";
    }
    if (events.isEmpty() || background.isEmpty()) {
      throw new IllegalStateException("The bench needs articles with and without agreements or summits; " + text
          + " gave " + events.size() + " and " + background.size());
    }
    return new Loaded(events, background, text + ", " + events.size() + " with agreements or summits, "
        + background.size() + " without");
  }

  static List<Path> corpusFiles(Path corpusDir) {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(corpusDir.resolve("seeds"), corpusDir.resolve("dev").resolve("articles"))) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> list = Files.list(dir)) {
          list.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot list " + dir + ": " + e.getMessage(), e);
        }
      }
    }
    return files;
  }

  private static void classify(String name, String text, ArticleTagger tagger, List<Template> events,
                               List<Template> background) {
    Article article;
    try {
      ArticleDraft draft = ArticleFileFormat.parse(text);
      article = new ArticleNormaliser(Long.MAX_VALUE, Clock.systemUTC())
          .normalise(draft, new Origin("bench", UNDATED, DateSource.RECEIVED));
    } catch (BadArticleException e) {
      return;
    }
    EnrichedArticle tagged = tagger.tag(article);
    List<EventMention> alerting = tagged.getEvents().stream().filter(CorpusTemplates::alertingType).toList();
    LocalDate published = LocalDate.ofInstant(article.getPublishedAt(), ZoneOffset.UTC);
    String language = article.getLanguage() != null ? article.getLanguage() : tagged.getLanguage();
    Template template = new Template(name, language, published,
        TextVariation.paragraphs(article.getBody()), !alerting.isEmpty());
    if (template.sentences().size() < 2) {
      return;
    }
    if (alerting.isEmpty()) {
      background.add(template);
    } else if (alerting.stream().allMatch(EventMention::getNewsworthy)) {
      events.add(template);
    }
  }

  static boolean alertingType(EventMention mention) {
    return mention.getType() == EventType.AGREEMENT || mention.getType() == EventType.SUMMIT;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String bundled(String name) {
    try (InputStream in = CorpusTemplates.class.getResourceAsStream("/bench/" + name)) {
      if (in == null) {
        throw new IllegalStateException("The jar lacks /bench/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
