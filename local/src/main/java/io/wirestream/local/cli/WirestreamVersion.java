package io.wirestream.local.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set by the build). */
public final class WirestreamVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Wirestream.class.getPackage().getImplementationVersion();
    return new String[] {"wirestream " + (version == null ? "development build" : version)};
  }
}
