package tulpar.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tulpar.app.eval.LabelledArticle;
import tulpar.app.eval.TaggerEvaluation;
import tulpar.ingest.ArticleFiles;
import tulpar.ingest.ParseResult;
import tulpar.ingest.Rejection;
import tulpar.streams.tagging.ArticleTagger;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Scores the tagger on a labelled corpus (the format of the dev corpus's labels.json): precision,"
        + " recall and F1 for alert, Turkic countries, topics and agreement/summit events, then every miss."})
final class EvalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--labels", paramLabel = "LABELS.json", required = true, description = "The labels file.")
  Path labels;

  @Parameters(index = "0", paramLabel = "DIR", description = "The directory holding the labelled article files.")
  Path dir;

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(labels)) {
      throw new BadInputException("Cannot read the labels file " + labels + ".");
    }
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir + " is not a directory of article files.");
    }
    TaggerEvaluation evaluation = evaluate(labels, dir);
    PrintWriter out = spec.commandLine().getOut();
    out.println("alert             " + evaluation.alert());
    out.println("Turkic countries  " + evaluation.turkicCountries());
    out.println("topics            " + evaluation.topics());
    out.println("agreement/summit  " + evaluation.agreementsAndSummits());
    out.println();
    out.println("Misses:");
    evaluation.misses().forEach(miss -> out.println("  " + miss));
    out.flush();
    return 0;
  }

  static TaggerEvaluation evaluate(Path labels, Path dir) throws java.io.IOException {
    ArticleTagger tagger = ArticleTagger.standard();
    TaggerEvaluation evaluation = new TaggerEvaluation();
    for (LabelledArticle label : LabelledArticle.read(labels)) {
      Path file = dir.resolve(label.file());
      ParseResult parsed = ArticleFiles.read(file, Clock.systemUTC());
      if (parsed instanceof Rejection rejection) {
        throw new BadInputException(file + " is labelled but not a usable article: " + rejection.message());
      }
      evaluation.add(label, tagger.tag(((ParseResult.Accepted) parsed).article()));
    }
    return evaluation;
  }
}
