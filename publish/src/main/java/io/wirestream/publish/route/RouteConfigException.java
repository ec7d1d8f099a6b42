package io.wirestream.publish.route;

/** A route table that cannot be used, with the file and what is wrong in it. */
public final class RouteConfigException extends RuntimeException {

  public RouteConfigException(String message) {
    super(message);
  }

  public RouteConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
