package io.lianxin.events;

/** A record that is not a well-formed Lianxin event; consumers send it to the dead-letter topic. */
public class InvalidEventException extends RuntimeException {
  public InvalidEventException(String message) {
    super(message);
  }

  public InvalidEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
