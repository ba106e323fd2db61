package io.lianxin.benchmarks;

import io.lianxin.testkit.ApiClient;
import io.lianxin.testkit.EmbeddedInfra;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the benchmarks share: options, starting a service on the embedded infrastructure, checking
 * answers, and running numbered jobs on a fixed number of threads, timed.
 */
final class Load {

  private Load() {}

  interface Job {
    void run(int index) throws Exception;
  }

  /** Nanoseconds for jobs 0..count-1 shared by {@code concurrency} threads; the first failure is thrown. */
  static long timed(int concurrency, int count, Job job) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      workers.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          job.run(i);
        }
        return null;
      }));
    }
    try {
      for (Future<?> worker : workers) {
        worker.get();
      }
      return System.nanoTime() - start;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * {@code --name=N} options over their defaults; an unknown one fails. {@code --spring.*} and
   * {@code --lianxin.*} arguments are left for {@link #serviceArgs}.
   */
  static Map<String, Integer> options(String[] args, Map<String, Integer> defaults) {
    Map<String, Integer> options = new HashMap<>(defaults);
    for (String arg : args) {
      if (isServiceArg(arg)) {
        continue;
      }
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      if (!defaults.containsKey(kv[0]) || kv.length != 2) {
        throw new IllegalArgumentException("unknown option " + arg + "; known: " + defaults.keySet());
      }
      options.put(kv[0], Integer.parseInt(kv[1]));
    }
    return options;
  }

  /** The {@code --spring.*}, {@code --lianxin.*} and {@code --management.*} arguments, passed on to the services. */
  static List<String> serviceArgs(String[] args) {
    List<String> passed = new ArrayList<>();
    for (String arg : args) {
      if (isServiceArg(arg)) {
        passed.add(arg);
      }
    }
    return passed;
  }

  private static boolean isServiceArg(String arg) {
    return arg.startsWith("--spring.") || arg.startsWith("--lianxin.") || arg.startsWith("--management.");
  }

  /** Starts a service on a free port with its own {@code database} on the embedded infrastructure. */
  static ConfigurableApplicationContext start(SpringApplicationBuilder service, EmbeddedInfra infra, String database,
      List<String> extraArgs) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--logging.level.root=WARN"));
    infra.serviceProperties(database).forEach((k, v) -> args.add("--" + k + "=" + v));
    args.addAll(extraArgs);
    return service.run(args.toArray(String[]::new));
  }

  static String url(ConfigurableApplicationContext service) {
    return "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
  }

  /** Fails the run on an unexpected answer. */
  static void check(ApiClient.Response response, int expectedStatus) {
    if (response.status() != expectedStatus) {
      throw new IllegalStateException("expected " + expectedStatus + ", got " + response.status() + " " + response.body());
    }
  }
}
