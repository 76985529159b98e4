package tulpar.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tulpar.ingest.ArticleFiles;
import tulpar.ingest.ParseResult;
import tulpar.ingest.Rejection;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.EventMention;
import tulpar.streams.TagReport;
import tulpar.streams.tagging.ArticleTagger;

@Command(name = "tag", mixinStandardHelpOptions = true, showDefaultValues = true,
    description = {"Tags article files offline, with the same code the topology uses; no Kafka needed.",
        "A file that is not a usable article is reported on standard error and the exit code is 2."})
final class TagCommand implements Callable<Integer> {

  enum Format { text, jsonl }

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (UTF-8 text, see README).")
  List<Path> files;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (for people) or jsonl (one JSON object per file). Valid: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Override
  public Integer call() {
    ArticleTagger tagger = ArticleTagger.standard();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int rejected = 0;
    for (Path file : files) {
      ParseResult result = ArticleFiles.read(file, Clock.systemUTC());
      if (result instanceof Rejection rejection) {
        err.println(file + ": not tagged (" + rejection.reason() + "): " + rejection.message());
        rejected++;
      } else if (result instanceof ParseResult.Accepted accepted) {
        EnrichedArticle enriched = tagger.tag(accepted.article());
        out.println(format == Format.jsonl ? TagReport.of(file.toString(), enriched).toString()
            : describe(file, enriched));
      }
      out.flush();
    }
    err.flush();
    return rejected == 0 ? 0 : 2;
  }

  private static String describe(Path file, EnrichedArticle e) {
    StringBuilder text = new StringBuilder();
    text.append(file).append("  ").append(e.getArticle().getPublishedAt().toString(), 0, 10)
        .append("  ").append(e.getLanguage()).append(e.getAlert() ? "  ALERT" : "").append('\n');
    text.append("  countries: ").append(e.getCountries().stream()
        .map(c -> c.getCode() + (c.getTurkic() ? "*" : "") + "×" + c.getMentions())
        .collect(Collectors.joining(" "))).append('\n');
    text.append("  organisations: ").append(e.getOrganizations().stream().map(o -> o.getName())
        .collect(Collectors.joining("; "))).append('\n');
    text.append("  people: ").append(e.getPeople().stream().map(p -> p.getName())
        .collect(Collectors.joining("; "))).append('\n');
    text.append("  topics: ").append(e.getTopics().stream().map(t -> t.getTopic())
        .collect(Collectors.joining(", "))).append('\n');
    e.getFigures().forEach(f -> text.append("  figure: ").append(f.getEvidence().getText())
        .append(f.getMeasure() == null ? "" : " (" + f.getMeasure() + ")").append('\n'));
    for (EventMention m : e.getEvents()) {
      text.append("  event: ").append(m.getType()).append(' ').append(m.getStatus()).append(' ')
          .append(String.join(",", m.getParties())).append(' ')
          .append(m.getDate() == null ? "-" : m.getDate()).append(' ')
          .append(m.getPlace() == null ? "-" : m.getPlace()).append(" — ").append(m.getName())
          .append(m.getNewsworthy() ? "" : " (background)").append('\n');
    }
    text.append("  (* Turkic state)");
    return text.toString();
  }
}
