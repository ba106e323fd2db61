package io.lianxin.identity;

import io.lianxin.identity.domain.Account;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The devstack's demo users of every role in two congresses (the testkit's {@code DemoUsers}, kept equal
 * to it by {@code DemoAccountsTest}), read from {@code demo-users.json} beside this class, all with one
 * development password.
 */
final class DemoAccounts {

  private static final String RESOURCE = "io/lianxin/identity/demo-users.json";

  private DemoAccounts() {}

  /** The demo users, each with {@code passwordHash} (one hash shared by all). */
  static List<Account> all(String passwordHash) {
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      List<Account> accounts = JsonMapper.builder().build().readValue(in, new TypeReference<List<Account>>() {});
      return accounts.stream().map(a -> a.withPasswordHash(passwordHash)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
