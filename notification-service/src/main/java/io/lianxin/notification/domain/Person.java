package io.lianxin.notification.domain;

import io.lianxin.chassis.domain.Role;
import io.lianxin.chassis.domain.RuleViolationException;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person in a congress's directory (通讯录): who they are, which unit or working body they
 * belong to, their roles, and how to reach them. {@code personId} is the subject of their token.
 *
 * @param workingBody the standing committee's working body (工作机构), e.g. 选任代工委
 * @param webhookSecret the key webhook calls are signed with; never shown by the API
 * @param language zh-CN (default) or en
 * @param active people are deactivated, never deleted
 */
public record Person(String congressId, String personId, String name, Set<Role> roles, String deputyId, String unitId,
    String workingBody, String email, String mobile, String webhookUrl,
    String webhookSecret, String language, boolean active) {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern MOBILE = Pattern.compile("^\\+?[0-9]{6,15}$");
  private static final Pattern ID = Pattern.compile("^[A-Za-z0-9@._:-]{1,100}$");

  /** Checks every field; the first problem is thrown with its field. */
  public Person {
    require("congressId", congressId, ID);
    require("personId", personId, ID);
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new RuleViolationException("name", "a name of 1 to 100 characters");
    }
    text("name", name, 100);
    text("workingBody", workingBody, 100);
    text("email", email, 254);
    text("webhookUrl", webhookUrl, 2000);
    roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    if (roles.contains(Role.DEPUTY)) {
      require("deputyId", deputyId, ID);
    }
    if (roles.contains(Role.UNIT_HANDLER) || roles.contains(Role.UNIT_HEAD)) {
      require("unitId", unitId, ID);
    }
    if (email != null && !email.isBlank() && !EMAIL.matcher(email).matches()) {
      throw new RuleViolationException("email", "not an e-mail address");
    }
    if (mobile != null && !mobile.isBlank() && !MOBILE.matcher(mobile).matches()) {
      throw new RuleViolationException("mobile", "digits, optionally with a leading +");
    }
    if (webhookUrl != null && !webhookUrl.isBlank()) {
      try {
        String scheme = URI.create(webhookUrl).getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
          throw new RuleViolationException("webhookUrl", "an http(s) URL");
        }
      } catch (IllegalArgumentException e) {
        throw new RuleViolationException("webhookUrl", "not a URL");
      }
    }
    if (webhookUrl != null && !webhookUrl.isBlank() && (webhookSecret == null || webhookSecret.length() < 16)) {
      throw new RuleViolationException("webhookSecret", "a webhook needs a secret of at least 16 characters");
    }
    language = language == null || language.isBlank() ? "zh-CN" : language;
    if (!language.equals("zh-CN") && !language.equals("en")) {
      throw new RuleViolationException("language", "zh-CN or en");
    }
  }

  /** A person of {@code congressId}, active unless said otherwise. */
  public static Builder builder(String congressId, String personId) {
    return new Builder(congressId, personId);
  }

  /**
   * A deputy as the register (deputy-service) names them: {@code known}, the directory's entry with
   * that deputy id, with the register's name, the DEPUTY role and the deputy id — its channels
   * (e-mail, mobile, webhook), language and other roles kept — or, when the directory has nobody
   * with that deputy id, a new entry {@code personId = deputyId} without channels. A deputy who
   * left (离任) is deactivated, never deleted.
   *
   * @param known the directory's entry, or null
   */
  public static Person deputyFromRegister(Person known, String congressId, String deputyId, String name,
      boolean left) {
    Builder b = known == null ? builder(congressId, deputyId) : known.toBuilder();
    Set<Role> roles = EnumSet.of(Role.DEPUTY);
    if (known != null) {
      roles.addAll(known.roles());
    }
    return b.name(name).roles(roles).deputyId(deputyId).active(!left && (known == null || known.active())).build();
  }

  /** This person's fields, to change some of them. */
  public Builder toBuilder() {
    return builder(congressId, personId).name(name).roles(roles).deputyId(deputyId).unitId(unitId)
        .workingBody(workingBody).email(email).mobile(mobile).webhook(webhookUrl, webhookSecret).language(language)
        .active(active);
  }

  /** The fields by name; the record's constructor checks them on {@link #build()}. */
  public static final class Builder {
    private final String congressId;
    private final String personId;
    private String name;
    private Set<Role> roles;
    private String deputyId;
    private String unitId;
    private String workingBody;
    private String email;
    private String mobile;
    private String webhookUrl;
    private String webhookSecret;
    private String language;
    private boolean active = true;

    private Builder(String congressId, String personId) {
      this.congressId = congressId;
      this.personId = personId;
    }

    public Builder name(String name) { this.name = name; return this; }
    public Builder roles(Set<Role> roles) { this.roles = roles; return this; }
    public Builder deputyId(String deputyId) { this.deputyId = deputyId; return this; }
    public Builder unitId(String unitId) { this.unitId = unitId; return this; }
    public Builder workingBody(String workingBody) { this.workingBody = workingBody; return this; }
    public Builder email(String email) { this.email = email; return this; }
    public Builder mobile(String mobile) { this.mobile = mobile; return this; }
    /** A webhook is its URL and the secret its calls are signed with, set together. */
    public Builder webhook(String url, String secret) { this.webhookUrl = url; this.webhookSecret = secret; return this; }
    public Builder language(String language) { this.language = language; return this; }
    public Builder active(boolean active) { this.active = active; return this; }

    public Person build() {
      return new Person(congressId, personId, name, roles, deputyId, unitId, workingBody, email, mobile, webhookUrl,
          webhookSecret, language, active);
    }
  }

  /** Free text from an API call or a spreadsheet cell: bounded, and without control characters. */
  private static void text(String field, String value, int max) {
    if (value == null) {
      return;
    }
    if (value.length() > max) {
      throw new RuleViolationException(field, "at most " + max + " characters");
    }
    if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
      throw new RuleViolationException(field, "no control characters");
    }
  }

  private static void require(String field, String value, Pattern pattern) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new RuleViolationException(field, field + " must be 1 to 100 letters, digits or @._:-");
    }
  }
}
