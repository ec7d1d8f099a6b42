package io.wirestream.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.publish.route.Route;
import io.wirestream.publish.route.RouteTable;
import io.wirestream.schemas.config.ServiceConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteReloaderTest {

  @Test
  void changedFileIsHandedOverAndABrokenOneIsNot(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("routes.yaml");
    Files.writeString(file, "routes: [{name: a}]");
    LinkedBlockingQueue<RouteTable> tables = new LinkedBlockingQueue<>();
    try (RouteReloader reloader = new RouteReloader(file, Duration.ofMillis(20), tables::add)) {
      Files.writeString(file, "routes: [{name: a}, {name: b}]");
      RouteTable changed = tables.poll(30, TimeUnit.SECONDS);
      assertThat(changed).isNotNull();
      assertThat(changed.routes()).extracting(Route::name).containsExactly("a", "b");

      Files.writeString(file, "routes: [{name: Broken!}]");
      // The broken file is read and refused; the next valid one still comes through.
      Files.writeString(file, "routes: [{name: c}]");
      RouteTable next = tables.poll(30, TimeUnit.SECONDS);
      assertThat(next.routes()).extracting(Route::name).containsExactly("c");
    }
  }

  @Test
  void settingsHaveDefaultsAndRejectNonsense() {
    PublishConfig defaults = PublishConfig.from(ServiceConfig.of(Map.of()));
    assertThat(defaults.httpHost()).isEqualTo("127.0.0.1");
    assertThat(defaults.httpPort()).isEqualTo(8080);
    assertThat(defaults.routesFile()).isNull();
    assertThat(
            PublishConfig.from(ServiceConfig.of(Map.of(PublishConfig.HTTP_PORT_CONFIG, "0")))
                .httpPort())
        .isZero();
    assertThatThrownBy(
            () ->
                PublishConfig.from(
                    ServiceConfig.of(Map.of(PublishConfig.WEBHOOK_ATTEMPTS_CONFIG, "0"))))
        .hasMessageContaining("publish.webhook.attempts must be at least 1");
    assertThatThrownBy(
            () ->
                PublishConfig.from(
                    ServiceConfig.of(Map.of(PublishConfig.SSE_BUFFER_CONFIG, "lots"))))
        .hasMessageContaining("publish.sse.buffer must be a whole number");
  }
}
