package io.lianxin.identity.web;

import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in form (登录页) in the reader's language (zh-CN, else English); Spring Security's form login
 * reads the post ({@code username}, {@code password}, {@code _csrf}) at {@code POST /login}.
 */
@RestController
class LoginPage {

  @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
  String login(CsrfToken csrf, @RequestParam(required = false) String error,
      @RequestParam(required = false) String logout, Locale locale) {
    Texts texts = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? Texts.ZH : Texts.EN;
    String notice = error != null ? "<p class=\"error\" role=\"alert\">" + texts.failed + "</p>"
        : logout != null ? "<p role=\"status\">" + texts.signedOut + "</p>" : "";
    return """
        <!DOCTYPE html>
        <html lang="%s">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s</title>
        <style>body{font-family:sans-serif;max-width:22rem;margin:4rem auto;padding:0 1rem}
        label,input,button{display:block;width:100%%;margin:.3rem 0}input,button{padding:.5rem;box-sizing:border-box}
        .error{color:#b00020}</style></head>
        <body>
        <h1>%s</h1>
        %s
        <form method="post" action="login">
        <label for="username">%s</label><input id="username" name="username" autocomplete="username" required autofocus>
        <label for="password">%s</label><input id="password" name="password" type="password" autocomplete="current-password" required>
        <input type="hidden" name="%s" value="%s">
        <button type="submit">%s</button>
        </form>
        </body>
        </html>
        """.formatted(texts.lang, texts.title, texts.title, notice, texts.username, texts.password,
        HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()), texts.submit);
  }

  private enum Texts {
    ZH("zh-CN", "联心 · 登录", "用户名", "密码", "登录", "用户名或密码不正确。", "已退出登录。"),
    EN("en", "Lianxin · Sign in", "User name", "Password", "Sign in", "Wrong user name or password.",
        "You have signed out.");

    final String lang;
    final String title;
    final String username;
    final String password;
    final String submit;
    final String failed;
    final String signedOut;

    Texts(String lang, String title, String username, String password, String submit, String failed,
        String signedOut) {
      this.lang = lang;
      this.title = title;
      this.username = username;
      this.password = password;
      this.submit = submit;
      this.failed = failed;
      this.signedOut = signedOut;
    }
  }
}
