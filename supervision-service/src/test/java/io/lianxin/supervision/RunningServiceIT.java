package io.lianxin.supervision;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.lianxin.events.EventCodec;
import io.lianxin.events.Topics;
import io.lianxin.supervision.application.port.RegisterCopyStore;
import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.DemoUsers;
import io.lianxin.testkit.EmbeddedInfra;
import io.lianxin.testkit.TopicReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service running on the embedded Kafka and Mongo-wire server, as its HTTP tests use it (one
 * application context for all of them): a client, demo users' tokens, the register copy seeded
 * with the demo users, the events of an opinion on the topic and the documents of a collection.
 */
@SpringBootTest(classes = SupervisionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.config.name=supervision-service",
        // a group of its own: other test contexts in this JVM consume the same topics
        "spring.cloud.stream.bindings.events-in-0.group=supervision-running-it",
        // the deadline engine runs when a test says so
        "lianxin.supervision.deadline-interval=1h"})
abstract class RunningServiceIT {

  static final String DATABASE = "supervision-running-it";
  static final EventCodec CODEC = new EventCodec();

  @LocalServerPort
  int port;

  @Autowired
  RegisterCopyStore register;

  ApiClient api;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    EmbeddedInfra.shared().serviceProperties(DATABASE).forEach((k, v) -> registry.add(k, () -> v));
  }

  @BeforeEach
  void client() {
    api = new ApiClient("http://127.0.0.1:" + port);
    RegisterTestData.enterDemoUsers(register);
  }

  static String token(String user) {
    return EmbeddedInfra.shared().issuer().tokenFor(DemoUsers.get(user));
  }

  /** The events on the supervision topic whose subject is {@code <county>/<opinionId>}, in order. */
  static List<ConsumerRecord<String, String>> eventsOf(String opinionId) {
    return TopicReader.read(EmbeddedInfra.shared().kafkaBootstrapServers(), Topics.SUPERVISION,
        v -> v.contains("\"subject\":\"" + DemoUsers.COUNTY + "/" + opinionId + "\""), Duration.ofMillis(500));
  }

  static String typeOf(ConsumerRecord<String, String> event) {
    return CODEC.decode(event.value()).type();
  }

  /** Every document of a collection, as stored. */
  static List<Document> documentsOf(String collection) {
    try (MongoClient client = MongoClients.create(EmbeddedInfra.shared().mongo().uri(DATABASE))) {
      return client.getDatabase(DATABASE).getCollection(collection).find().into(new ArrayList<>());
    }
  }

  /** Every document of every collection of the service's database, as stored. */
  static List<Document> everything() {
    try (MongoClient client = MongoClients.create(EmbeddedInfra.shared().mongo().uri(DATABASE))) {
      List<Document> all = new ArrayList<>();
      for (String name : client.getDatabase(DATABASE).listCollectionNames()) {
        client.getDatabase(DATABASE).getCollection(name).find().into(all);
      }
      return all;
    }
  }
}
