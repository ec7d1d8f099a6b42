package io.wirestream.schemas.registry;

/**
 * A registry request that failed, carrying the HTTP status and the registry's own {@code
 * error_code} (40401 subject not found, 40901 incompatible, 42201 invalid schema, ...).
 */
public class SchemaRegistryException extends RuntimeException {

  private final int status;
  private final int errorCode;

  public SchemaRegistryException(int status, int errorCode, String message) {
    super(message + " (HTTP " + status + ", error_code " + errorCode + ")");
    this.status = status;
    this.errorCode = errorCode;
  }

  public SchemaRegistryException(String message, Throwable cause) {
    super(message, cause);
    this.status = -1;
    this.errorCode = -1;
  }

  /** HTTP status, or -1 when the registry could not be reached. */
  public int status() {
    return status;
  }

  /** The registry's error_code, or -1 when none was returned. */
  public int errorCode() {
    return errorCode;
  }
}
