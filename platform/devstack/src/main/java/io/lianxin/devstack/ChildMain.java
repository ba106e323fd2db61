package io.lianxin.devstack;

import io.lianxin.testkit.ParentWatch;
import java.util.Arrays;

/**
 * Runs another application's {@code main} in a child JVM that ends with the devstack, however the devstack
 * ends ({@code kill -9} too): {@code ChildMain <main class> <its arguments…>}.
 */
public final class ChildMain {

  private ChildMain() {}

  public static void main(String[] args) throws Exception {
    ParentWatch.exitWhenParentDies(10_000);
    Class.forName(args[0]).getMethod("main", String[].class)
        .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
  }
}
