package io.wirestream.local.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Wirestream commands run as separate JVMs on the test classpath, so a test can kill one the way an
 * operating system does ({@code SIGKILL}: no shutdown hook, no flush, no clean close). Every
 * process started here is killed by {@link #close()}, which tests call in {@code @AfterAll}.
 */
final class ChildJvms implements AutoCloseable {

  private final Path logDir;
  private final List<Process> started = new ArrayList<>();
  private final java.util.Map<Process, Path> logs = new java.util.HashMap<>();
  private int count;

  ChildJvms(Path logDir) {
    this.logDir = logDir;
  }

  /** Starts {@code wirestream ARGS...} with its output in a log file named after {@code name}. */
  synchronized Process wirestream(String name, String... args) {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "io.wirestream.local.cli.Wirestream"));
    command.addAll(List.of(args));
    Path log = logDir.resolve(String.format("%02d-%s.log", ++count, name));
    try {
      Files.createDirectories(logDir);
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      started.add(process);
      logs.put(process, log);
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    }
  }

  /**
   * Starts {@code wirestream run enrich} against {@code parts}, with its own state directory (two
   * instances on one machine must not share one) and a short session timeout so the group notices a
   * killed member in seconds rather than the default 45.
   */
  Process enrich(String name, BrokerAndRegistry parts, Path stateDir) {
    Path config = logDir.resolve(name + ".properties");
    try {
      Files.createDirectories(logDir);
      Files.writeString(
          config,
          String.join(
              "\n",
              "streams.state.dir=" + stateDir.toAbsolutePath(),
              "streams.session.timeout.ms=6000",
              "streams.heartbeat.interval.ms=1000",
              ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return wirestream(
        name,
        "run",
        "enrich",
        "-c",
        config.toString(),
        "-b",
        parts.bootstrapServers(),
        "-r",
        parts.registryUrl());
  }

  /** Kills a process with SIGKILL and waits until it is gone. */
  static void kill(Process process) throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("Process " + process.pid() + " survived SIGKILL for 30 s");
    }
  }

  /** Where a process started here writes its output. */
  synchronized Path logFile(Process process) {
    return logs.get(process);
  }

  /** The combined output of every process so far, for failure messages. */
  String logs() {
    StringBuilder all = new StringBuilder();
    try (var files = Files.list(logDir)) {
      for (Path file : files.sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        all.append("==== ").append(file.getFileName()).append('\n');
        lines
            .subList(Math.max(0, lines.size() - 40), lines.size())
            .forEach(l -> all.append(l).append('\n'));
      }
    } catch (IOException e) {
      all.append("(logs unreadable: ").append(e.getMessage()).append(")");
    }
    return all.toString();
  }

  @Override
  public synchronized void close() throws InterruptedException {
    for (Process process : started) {
      if (process.isAlive()) {
        kill(process);
      }
    }
  }
}
