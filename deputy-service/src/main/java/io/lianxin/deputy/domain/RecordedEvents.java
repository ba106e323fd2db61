package io.lianxin.deputy.domain;

import java.util.ArrayList;
import java.util.List;

/** The events an entry's last commands recorded, handed over once (both kinds of entry keep them alike). */
final class RecordedEvents {

  private final List<RegisterEvent> events = new ArrayList<>();

  void record(RegisterEvent event) {
    events.add(event);
  }

  List<RegisterEvent> take() {
    List<RegisterEvent> taken = List.copyOf(events);
    events.clear();
    return taken;
  }
}
