package io.wirestream.registry.http;

import io.wirestream.registry.RegistryClient;
import io.wirestream.registry.SchemaRegistryServer;
import io.wirestream.registry.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the REST resource tests: a fresh registry server for each test, and a client to it. */
abstract class RunningRegistry {

  protected SchemaRegistryServer server;
  protected RegistryClient client;

  @BeforeEach
  void startRegistry() {
    server = TestServers.start();
    client = new RegistryClient(server.url());
  }

  @AfterEach
  void stopRegistry() {
    server.close();
  }
}
