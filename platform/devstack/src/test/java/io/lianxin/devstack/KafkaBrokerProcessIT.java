package io.lianxin.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.lianxin.testkit.JavaProcess;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The devstack's broker as an operator meets it: killed with SIGKILL under load it is restarted on
 * its own data and keeps every acknowledged record; it ends when the devstack's JVM is killed; a
 * port held by a leftover process is refused with that process's PID.
 */
class KafkaBrokerProcessIT {

  @Test
  void aBrokerKilledUnderLoadIsRestartedOnItsDataAndKeepsEveryAcknowledgedRecord(@TempDir Path data) throws Exception {
    int[] ports = freePorts(2);
    List<String> givenUp = new CopyOnWriteArrayList<>();
    try (KafkaBrokerProcess broker = new KafkaBrokerProcess(data, ports[0], ports[1], givenUp::add)) {
      Set<String> acknowledged = ConcurrentHashMap.newKeySet();
      try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers())) {
        for (int i = 0; i < 200; i++) {
          String value = "before-" + i;
          producer.send(new ProducerRecord<>("crash", "k" + (i % 7), value), (m, e) -> {
            if (e == null) {
              acknowledged.add(value);
            }
          });
        }
        producer.flush();
        long firstPid = broker.pid();
        // Keep writing while the broker is killed; only acknowledged records are promised.
        Thread writer = new Thread(() -> {
          for (int i = 0; i < 5_000 && !Thread.currentThread().isInterrupted(); i++) {
            String value = "during-" + i;
            try {
              producer.send(new ProducerRecord<>("crash", "k" + (i % 7), value), (m, e) -> {
                if (e == null) {
                  acknowledged.add(value);
                }
              });
            } catch (RuntimeException e) {
              return;
            }
          }
        });
        writer.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() > 400);
        broker.killForTest();
        writer.join(120_000);
        await().atMost(Duration.ofSeconds(120)).until(() -> broker.pid() != firstPid && PortOwner.pidListening(ports[0]).isPresent());
        producer.send(new ProducerRecord<>("crash", "k", "after")).get();
        acknowledged.add("after");
        producer.flush();
      }
      assertThat(givenUp).isEmpty();
      assertThat(Files.readString(data.resolve("broker.log"))).doesNotContain("CorruptRecordException");
      Set<String> read = readAll(broker.bootstrapServers(), "crash", acknowledged.size());
      Set<String> missing = new HashSet<>(acknowledged);
      missing.removeAll(read);
      assertThat(missing).as("acknowledged records lost").isEmpty();
    }
  }

  @Test
  void theBrokerEndsWhenTheDevstackJvmIsKilled(@TempDir Path data) {
    int[] ports = freePorts(2);
    JavaProcess parent = JavaProcess.start(BrokerParent.class, List.of("-Xmx128m"),
        List.of(data.toString(), String.valueOf(ports[0]), String.valueOf(ports[1])), data.resolve("parent.log"));
    try {
      Pattern pid = Pattern.compile("broker-pid=(\\d+)");
      await().atMost(Duration.ofSeconds(120)).until(() -> pid.matcher(parent.logText()).find() || !parent.isAlive());
      Matcher m = pid.matcher(parent.logText());
      assertThat(m.find()).as("parent log:%n%s", parent.logText()).isTrue();
      long brokerPid = Long.parseLong(m.group(1));
      assertThat(ProcessHandle.of(brokerPid).map(ProcessHandle::isAlive)).contains(true);

      parent.kill(); // SIGKILL: no shutdown hook runs in the parent

      await().atMost(Duration.ofSeconds(60))
          .until(() -> ProcessHandle.of(brokerPid).map(h -> !h.isAlive()).orElse(true));
      await().atMost(Duration.ofSeconds(10)).until(() -> PortOwner.isFree(ports[0]));
    } finally {
      parent.kill();
    }
  }

  @Test
  void aPortHeldByALeftoverProcessIsRefusedWithItsPid(@TempDir Path data) throws IOException {
    try (ServerSocket leftover = new ServerSocket()) {
      leftover.bind(new InetSocketAddress("127.0.0.1", 0));
      int taken = leftover.getLocalPort();
      assertThatThrownBy(() -> new KafkaBrokerProcess(data, taken, freePorts(1)[0], why -> { }))
          .isInstanceOf(DevStackException.class)
          .hasMessageContaining("port " + taken)
          .hasMessageContaining("PID " + ProcessHandle.current().pid())
          .hasMessageContaining("--port-offset");
    }
  }

  /** A stand-in for the devstack's JVM: starts the supervised broker and prints its PID. */
  public static final class BrokerParent {
    public static void main(String[] args) throws Exception {
      KafkaBrokerProcess broker = new KafkaBrokerProcess(Path.of(args[0]), Integer.parseInt(args[1]),
          Integer.parseInt(args[2]), why -> System.out.println("gave up: " + why));
      System.out.println("broker-pid=" + broker.pid());
      System.out.flush();
      Thread.currentThread().join();
    }
  }

  private static KafkaProducer<String, String> producer(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    return new KafkaProducer<>(p);
  }

  private static Set<String> readAll(String bootstrap, String topic, int atLeast) {
    Set<String> values = new HashSet<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      int idle = 0;
      while (System.nanoTime() < deadline && (values.size() < atLeast || idle < 3)) {
        int before = values.size();
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          values.add(r.value());
        }
        idle = values.size() == before ? idle + 1 : 0;
      }
    }
    return values;
  }

  private static int[] freePorts(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        ServerSocket s = new ServerSocket(0);
        sockets.add(s);
        ports[i] = s.getLocalPort();
      }
      return ports;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      sockets.forEach(s -> {
        try {
          s.close();
        } catch (IOException ignored) {
          // freed
        }
      });
    }
  }
}
