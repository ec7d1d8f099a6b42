package io.wirestream.local.cli;

import io.wirestream.enrich.dates.timeml.TimeMlAnnotator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wirestream timeml IN_DIR OUT_DIR}: annotates TempEval-3 style TimeML files (TEXT + DCT)
 * with TIMEX3 tags from the temporal tagger, for scoring against a gold corpus.
 */
@Command(
    name = "timeml",
    mixinStandardHelpOptions = true,
    description = "Annotate TempEval-3 TimeML files (*.tml with DCT and TEXT) with TIMEX3 tags.")
public final class TimemlCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "IN_DIR", description = "Directory of input *.tml files.")
  private Path in;

  @Parameters(
      index = "1",
      paramLabel = "OUT_DIR",
      description = "Directory the annotated files are written to.")
  private Path out;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    TimeMlAnnotator.Summary summary;
    try {
      summary = TimeMlAnnotator.annotateDirectory(in, out);
    } catch (IOException | RuntimeException e) {
      spec.commandLine().getErr().println("timeml: " + e.getMessage());
      return 1;
    }
    spec.commandLine()
        .getOut()
        .printf(
            "annotated %d files, %d temporal expressions -> %s%n",
            summary.files(), summary.expressions(), out);
    return 0;
  }
}
