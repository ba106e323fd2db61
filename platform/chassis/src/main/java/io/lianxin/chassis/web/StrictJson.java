package io.lianxin.chassis.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies are read exactly as documented, never coerced (ADR 0005): a string where a string
 * is declared, a number or boolean only as JSON numbers and booleans, enum values by their exact
 * name (the allowed ones are named in the error), dates as ISO-8601 text with a four-digit year in
 * {@value #MIN_YEAR}–{@value #MAX_YEAR}, no unknown fields, no nulls inside lists and maps, and no
 * control characters in any text (tab, line feed and carriage return excepted). Every refusal is a
 * 400 problem naming the field.
 */
public final class StrictJson {

  public static final int MIN_YEAR = 1900;
  public static final int MAX_YEAR = 2199;

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm[:ss]")
      .withResolverStyle(ResolverStyle.STRICT);

  private StrictJson() {}

  public static JsonMapperBuilderCustomizer customizer() {
    return builder -> builder
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail))
        .changeDefaultNullHandling(n -> JsonSetter.Value.construct(Nulls.DEFAULT, Nulls.FAIL))
        .addModule(module());
  }

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("lianxin-strict-json");
    module.addDeserializer(String.class, new Text());
    module.addKeyDeserializer(String.class, new TextKey());
    module.addDeserializer(Instant.class, new InstantText());
    module.addDeserializer(OffsetDateTime.class, new OffsetDateTimeText());
    module.addDeserializer(LocalDate.class, new DateText());
    module.addDeserializer(LocalTime.class, new TimeText());
    module.setDeserializerModifier(new ValueDeserializerModifier() {
      @Override
      public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
          BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
        return new EnumByName(type.getRawClass());
      }
    });
    return module;
  }

  /** The first character a person's text may not hold, or -1: C0 controls but tab/LF/CR, DEL, C1. */
  public static int forbiddenCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
        return i;
      }
    }
    return -1;
  }

  /** A value refused by these rules; its message is meant for the caller as it is. */
  public static final class BadValue extends MismatchedInputException {
    BadValue(JsonParser p, String message) {
      super(p, message);
    }
  }

  private static BadValue bad(JsonParser p, String format, Object... args) {
    return new BadValue(p, String.format(Locale.ROOT, format, args));
  }

  static String checked(String text, JsonParser p) {
    int at = forbiddenCharacter(text);
    if (at >= 0) {
      throw bad(p, "holds the control character U+%04X at position %d", (int) text.charAt(at), at);
    }
    return text;
  }

  private static String requireText(JsonParser p, String expected) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw bad(p, "must be %s, not %s", expected, describe(p.currentToken()));
    }
    return p.getString();
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      default -> String.valueOf(token);
    };
  }

  private static void checkYear(int year, JsonParser p) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw bad(p, "year %d is outside %d–%d", year, MIN_YEAR, MAX_YEAR);
    }
  }

  /** Text: a JSON string without control characters. */
  static final class Text extends ValueDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      return checked(requireText(p, "text"), p);
    }
  }

  /** Map keys (ballot items, answers) are text too. */
  static final class TextKey extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      return checked(key, ctxt.getParser());
    }
  }

  /** An instant: ISO-8601 date-time with an offset, e.g. 2026-12-01T09:00:00+08:00 or …Z. */
  static final class InstantText extends ValueDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
      return new OffsetDateTimeText().deserialize(p, ctxt).toInstant();
    }
  }

  static final class OffsetDateTimeText extends ValueDeserializer<OffsetDateTime> {
    @Override
    public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = requireText(p, "a date-time text such as 2026-12-01T09:00:00+08:00");
      try {
        OffsetDateTime value = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        if (!text.matches("\\d{4}-.*")) {
          throw bad(p, "needs a four-digit year: %s", text);
        }
        checkYear(value.getYear(), p);
        return value;
      } catch (DateTimeException e) {
        throw bad(p, "must be a date-time with an offset such as 2026-12-01T09:00:00+08:00, not %s", text);
      }
    }
  }

  /** A date: exactly yyyy-MM-dd. */
  static final class DateText extends ValueDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = requireText(p, "a date text such as 2026-12-01");
      try {
        LocalDate value = LocalDate.parse(text, DATE);
        checkYear(value.getYear(), p);
        return value;
      } catch (DateTimeException e) {
        throw bad(p, "must be a date such as 2026-12-01, not %s", text);
      }
    }
  }

  /** A time of day: HH:mm or HH:mm:ss. */
  static final class TimeText extends ValueDeserializer<LocalTime> {
    @Override
    public LocalTime deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = requireText(p, "a time text such as 22:00");
      try {
        return LocalTime.parse(text, TIME);
      } catch (DateTimeException e) {
        throw bad(p, "must be a time such as 22:00, not %s", text);
      }
    }
  }

  /** An enum value by its exact name; an unknown one is refused with the allowed names. */
  static final class EnumByName extends ValueDeserializer<Object> {
    private final Class<?> type;
    private final List<String> names;

    EnumByName(Class<?> type) {
      this.type = type;
      this.names = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = requireText(p, "one of " + names);
      int index = names.indexOf(text);
      if (index < 0) {
        throw bad(p, "must be one of %s, not \"%s\"", names, text);
      }
      return type.getEnumConstants()[index];
    }
  }
}
