package io.lianxin.suggestion;

import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On the embedded parts: Kafka's in-process KRaft broker and mongo-java-server. */
@SpringBootTest(classes = SuggestionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=suggestion-service"})
class EmbeddedSuggestionApiIT extends SuggestionApiContract {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties("suggestion-api-it").forEach((k, v) -> registry.add(k, () -> v));
  }

  @Override
  TestInfrastructure infra() {
    return EmbeddedInfra.shared();
  }
}
