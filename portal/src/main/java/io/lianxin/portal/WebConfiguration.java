package io.lianxin.portal;

import io.lianxin.portal.web.ReaderLocale;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The reader's language (zh-CN unless they chose English with {@code ?lang=en}, kept in a cookie) and zone. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  @Bean
  ZoneId congressZone(CongressSettings settings) {
    return settings.zone();
  }

  @Bean
  LocaleResolver localeResolver() {
    return new ReaderLocale();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
    languageSwitch.setParamName("lang");
    languageSwitch.setIgnoreInvalidLocale(true);
    registry.addInterceptor(languageSwitch);
  }
}
