package io.lianxin.deputy.domain;

import java.util.ArrayList;
import java.util.List;

/** The events an aggregate's last commands recorded, handed over once (every aggregate here keeps them alike). */
final class RecordedEvents<E> {

  private final List<E> events = new ArrayList<>();

  void record(E event) {
    events.add(event);
  }

  List<E> take() {
    List<E> taken = List.copyOf(events);
    events.clear();
    return taken;
  }
}
