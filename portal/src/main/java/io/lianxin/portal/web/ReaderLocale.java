package io.lianxin.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The reader's language: zh-CN first, English when chosen ({@code ?lang=en}); the choice is kept in the cookie
 * {@code lianxin-lang} for a year. Any other language asked for is zh-CN: the portal speaks only these two.
 */
public class ReaderLocale extends CookieLocaleResolver {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  public ReaderLocale() {
    super("lianxin-lang");
    setDefaultLocale(CHINESE);
    setCookieMaxAge(Duration.ofDays(365));
    setCookieSameSite("Lax");
  }

  /** The one of the portal's two languages a requested one falls to. */
  public static Locale supported(Locale requested) {
    return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : CHINESE;
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    return supported(super.resolveLocale(request));
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    super.setLocale(request, response, locale == null ? null : supported(locale));
  }
}
