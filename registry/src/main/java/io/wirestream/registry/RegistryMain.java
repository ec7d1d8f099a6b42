package io.wirestream.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the registry on its own, the way Confluent's {@code schema-registry-start} does: {@code
 * RegistryMain schema-registry.properties}. Stops cleanly on Ctrl-C.
 */
public final class RegistryMain {

  private RegistryMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 1) {
      System.err.println("usage: RegistryMain <registry.properties>");
      System.err.println(RegistryConfig.configDef().toEnrichedRst());
      System.exit(2);
    }
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      props.load(in);
    }
    SchemaRegistryServer server =
        SchemaRegistryServer.withKafkaStore(RegistryConfig.fromProperties(props)).start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "schema-registry-shutdown"));
    System.out.println("Schema registry at " + server.url());
    stopped.await();
  }
}
