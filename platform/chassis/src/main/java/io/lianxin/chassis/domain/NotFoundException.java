package io.lianxin.chassis.domain;

/** The thing asked for does not exist, or the caller may not know that it exists (→ 404). */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String what, String id) {
    super(what + " " + id + " not found");
  }
}
