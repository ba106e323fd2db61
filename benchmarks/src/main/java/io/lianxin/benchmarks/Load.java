package io.lianxin.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs numbered jobs on a fixed number of threads and says how long all of them took. */
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
}
