package io.wirestream.local.cli;

import io.wirestream.local.LocalStack;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code wirestream up}: the embedded broker, registry and every service, until Ctrl-C. */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description = "Run the embedded broker, registry and services in this process until Ctrl-C.")
public final class UpCommand implements Callable<Integer> {

  @Mixin StackOptions stack;

  @Override
  public Integer call() throws InterruptedException {
    LocalStack running = LocalStack.start(stack.settings(), stack.serviceConfig());
    printAddresses(running, System.out);
    System.out.println("Press Ctrl-C to stop.");
    awaitShutdown(running);
    return 0;
  }

  static void printAddresses(LocalStack stack, PrintStream out) {
    out.println("Wirestream is up:");
    out.println("  Kafka broker     " + stack.bootstrapServers());
    out.println("  Schema Registry  " + stack.registryUrl());
    out.println("  Inbox            " + stack.inbox() + "  (drop files here to ingest them)");
    out.println("  HTTP intake      POST " + stack.dashboardUrl() + "articles");
    out.println(
        "  Topics           "
            + stack.topics().raw.name()
            + " -> "
            + stack.topics().enriched.name()
            + "  (dead letters: "
            + stack.topics().dlq.name()
            + ")");
    out.println(
        "  Dashboard        "
            + stack.dashboardUrl()
            + "  (live stream: "
            + stack.dashboardUrl()
            + "stream, metrics: "
            + stack.dashboardUrl()
            + "metrics)");
  }

  /** Blocks until the JVM is asked to stop, then closes the stack cleanly. */
  static void awaitShutdown(LocalStack stack) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping Wirestream...");
                  stack.close();
                  stopped.countDown();
                },
                "wirestream-shutdown"));
    stopped.await();
  }
}
