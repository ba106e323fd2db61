package io.lianxin.deputy;

import io.lianxin.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  @Test
  void layersAndServiceBoundariesHold() {
    ArchitectureRules.check("deputy");
  }
}
