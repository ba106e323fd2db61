package io.lianxin.identity.application;

import io.lianxin.identity.domain.Account;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The accounts that may sign in (账号目录), by user name; a user name given twice is refused at start. */
public final class Accounts {

  private final Map<String, Account> byUsername = new LinkedHashMap<>();

  public Accounts(Collection<Account> accounts) {
    for (Account account : accounts) {
      if (byUsername.putIfAbsent(account.username(), account) != null) {
        throw new IllegalArgumentException("user name " + account.username() + " is configured twice");
      }
    }
  }

  public Optional<Account> find(String username) {
    return Optional.ofNullable(byUsername.get(username));
  }

  public List<Account> all() {
    return List.copyOf(byUsername.values());
  }
}
