package tulpar.app.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tulpar.ingest.article.ArticleDraft;
import tulpar.ingest.article.ArticleNormaliser;
import tulpar.ingest.article.BadArticleException;
import tulpar.ingest.article.Origin;
import tulpar.schemas.Article;
import tulpar.schemas.DateSource;

/**
 * Makes the stream of articles the bench publishes, from the templates: a share of varied copies of articles
 * that report agreements or summits, a share of repeats (exact ones, and syndicated copies under another URL and
 * headline and a credit line), and the rest varied copies of other articles. Every article is built as ingest builds one (the
 * same normaliser: id from the URL, stated date, language), from a fixed seed, so two runs publish the same
 * articles. Numbering goes on across calls, so each call gives new articles.
 */
final class CorpusMix {

  /** How the mix is shared out: agreements and summits, and repeats; the rest is background. */
  record Shares(double events, double duplicates) {
    Shares {
      if (events < 0 || duplicates < 0 || events + duplicates > 1) {
        throw new IllegalArgumentException("Shares must be at least 0 and add up to at most 1: " + events + ", "
            + duplicates);
      }
    }
  }

  private static final int MAX_ORDINAL_SHIFT = 200;
  /** A repeat comes at least this many articles after the one it repeats, as a syndicated copy would. */
  private static final int REPEAT_DISTANCE = 20;
  private static final int REPEAT_HORIZON = 2_000;

  private final CorpusTemplates.Loaded templates;
  private final Shares shares;
  private final String runId;
  private final SplittableRandom random;
  private final Map<String, List<String>> fillersByLanguage = new HashMap<>();
  private final List<String> allFillers = new ArrayList<>();
  private final List<Article> published = new ArrayList<>();
  private final ArticleNormaliser normaliser = new ArticleNormaliser(Long.MAX_VALUE, Clock.systemUTC());
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private int number;

  CorpusMix(CorpusTemplates.Loaded templates, Shares shares, long seed, String runId) {
    this.templates = templates;
    this.shares = shares;
    this.runId = runId;
    this.random = new SplittableRandom(seed);
    for (Template template : templates.background()) {
      fillersByLanguage.computeIfAbsent(template.language(), l -> new ArrayList<>()).addAll(template.sentences());
      allFillers.addAll(template.sentences());
    }
  }

  List<BenchArticle> next(int count) {
    List<BenchArticle> articles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      articles.add(next());
    }
    return articles;
  }

  private BenchArticle next() {
    double draw = random.nextDouble();
    BenchArticle article;
    if (draw < shares.events()) {
      article = variant(pick(templates.events()), BenchArticle.Kind.EVENT, 0.7, 0.0);
    } else if (draw < shares.events() + shares.duplicates() && published.size() > REPEAT_DISTANCE) {
      int from = Math.max(0, published.size() - REPEAT_HORIZON);
      Article original = published.get(from + random.nextInt(published.size() - REPEAT_DISTANCE - from));
      article = random.nextBoolean() ? new BenchArticle(original, BenchArticle.Kind.EXACT_DUPLICATE)
          : syndicated(original);
    } else {
      article = variant(pick(templates.background()), BenchArticle.Kind.BACKGROUND, 0.5, 0.35);
    }
    published.add(article.article());
    return article;
  }

  private BenchArticle variant(Template template, BenchArticle.Kind kind, double fillerShare, double dropShare) {
    List<String> fillers = fillersByLanguage.getOrDefault(template.language(), allFillers);
    String text = TextVariation.interleave(template, fillers, fillerShare, dropShare, random);
    int[] range = TextVariation.yearShiftRange(text, template.published(), today);
    int yearShift = range[0] + random.nextInt(range[1] - range[0] + 1);
    text = TextVariation.shiftYears(text, yearShift);
    text = TextVariation.shiftOrdinals(text, random.nextInt(MAX_ORDINAL_SHIFT + 1));
    text = TextVariation.varyFigures(text, random);
    text = TextVariation.swapCountries(text, permutation(TextVariation.COUNTRY_COUNT));
    String published = template.published().plusYears(yearShift).toString();
    return new BenchArticle(build(title(text), text, published, template.language()), kind);
  }

  /** The same text under another URL and headline, with the agency's credit line: a copy on another site. */
  private BenchArticle syndicated(Article original) {
    int agency = 1 + random.nextInt(40);
    String body = original.getBody() + "\n\n(Distributed by news agency " + agency + ".)";
    String published = original.getPublishedAt().toString().substring(0, 10);
    return new BenchArticle(build("Via agency " + agency + ": " + original.getTitle(), body, published,
        original.getLanguage()), BenchArticle.Kind.NEAR_DUPLICATE);
  }

  private Article build(String title, String body, String publishedAt, String language) {
    String url = "https://bench.tulpar.example/" + runId + "/" + number++;
    try {
      return normaliser.normalise(new ArticleDraft(url, title, body, publishedAt, "bench", language),
          new Origin("bench", Instant.now(), DateSource.RECEIVED));
    } catch (BadArticleException e) {
      throw new IllegalStateException("A bench article is not a valid article: " + e.getMessage(), e);
    }
  }

  private int[] permutation(int size) {
    int[] permutation = new int[size];
    for (int i = 0; i < size; i++) {
      permutation[i] = i;
    }
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = permutation[i];
      permutation[i] = permutation[j];
      permutation[j] = swap;
    }
    return permutation;
  }

  /** The first words of the text, as a headline. */
  private static String title(String text) {
    String[] words = text.split("\\s+", 11);
    return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(10, words.length)));
  }

  private Template pick(List<Template> list) {
    return list.get(random.nextInt(list.size()));
  }
}
