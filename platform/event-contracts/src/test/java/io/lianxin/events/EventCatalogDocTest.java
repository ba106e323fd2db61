package io.lianxin.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EventCatalogDocTest {

  private static final Path DOC = Path.of("../../docs/events.md");

  @Test
  void docsEventsMdMatchesTheSchemas() throws IOException {
    String expected = EventCatalogMarkdown.render();
    if (Boolean.getBoolean("lianxin.events.write-docs")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(DOC)).as("docs/events.md exists").isTrue();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/events.md is out of date; regenerate it (see its first lines)")
        .isEqualTo(expected);
  }
}
