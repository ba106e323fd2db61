package io.lianxin.events;

/** One topic per publishing service; the consumer group is the consuming service's name. */
public final class Topics {
  public static final String SUGGESTION = "lianxin.suggestion.events";
  public static final String VOTING = "lianxin.voting.events";
  public static final String SUPERVISION = "lianxin.supervision.events";
  public static final String NOTIFICATION = "lianxin.notification.events";
  public static final String DEPUTY = "lianxin.deputy.events";

  private Topics() {}

  /** Where a consumer group's failed records go after bounded retries. */
  public static String deadLetter(String topic, String group) {
    return topic + "." + group + ".dlt";
  }
}
