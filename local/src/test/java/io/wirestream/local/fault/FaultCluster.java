package io.wirestream.local.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The cluster one fault test class runs against: a fresh data directory, the embedded broker and
 * registry in it, and the child JVMs the class starts. Registered as a static extension, it is up
 * before the class's own {@code @BeforeAll} and taken down, child JVMs first, after its
 * {@code @AfterAll}.
 */
final class FaultCluster implements BeforeAllCallback, AfterAllCallback {

  private Path dataDir;
  private BrokerAndRegistry parts;
  private ChildJvms jvms;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dataDir = Files.createTempDirectory("wirestream-fault-");
    parts = BrokerAndRegistry.start(dataDir.resolve("cluster"));
    jvms = new ChildJvms(dataDir.resolve("logs"));
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try {
      if (jvms != null) {
        jvms.close();
      }
      if (parts != null) {
        parts.close();
      }
    } finally {
      if (dataDir != null) {
        try (Stream<Path> files = Files.walk(dataDir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  /** The class's own directory, for state directories and inputs. */
  Path dataDir() {
    return dataDir;
  }

  BrokerAndRegistry parts() {
    return parts;
  }

  ChildJvms jvms() {
    return jvms;
  }
}
