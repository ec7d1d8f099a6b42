package io.wirestream.local.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wirestream} command. */
@Command(
    name = "wirestream",
    mixinStandardHelpOptions = true,
    versionProvider = WirestreamVersion.class,
    description = "Event-streaming pipeline for incoming news on Apache Kafka.",
    subcommands = {
      UpCommand.class,
      DemoCommand.class,
      IngestCommand.class,
      EnrichFileCommand.class,
      TailCommand.class,
      RunCommand.class,
      TimemlCommand.class,
      TrainCommand.class,
      EvalTagsCommand.class,
      BenchCommand.class,
      ReplayCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Wirestream implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with every subcommand, for main and for tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new Wirestream()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
