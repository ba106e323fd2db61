package io.lianxin.deputy.web;

import io.lianxin.chassis.domain.CurrentUser;
import io.lianxin.chassis.domain.RuleViolationException;
import io.lianxin.chassis.web.Ids;
import io.lianxin.deputy.application.RegisterImport;
import io.lianxin.deputy.domain.DeputyDetails;
import io.lianxin.deputy.domain.HandlingUnit;
import io.lianxin.deputy.domain.RegisterCsv;
import io.lianxin.deputy.domain.StandingCommitteeRole;
import io.lianxin.deputy.domain.UnitKind;
import io.lianxin.deputy.web.DeputyController.DeputyRequest;
import io.lianxin.deputy.web.UnitController.UnitRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register's imports (名册导入) from CSV or an .xlsx workbook. Each line reads into the same request a {@code PUT} takes and
 * is checked by the same constraints, then written as that {@code PUT} writes it (see {@link RegisterImport}).
 */
@RestController
@Tag(name = "import", description = "名册导入 / importing the register from CSV or xlsx")
public class RegisterImportController {

  static final List<String> DEPUTY_COLUMNS = List.of("deputyId", "name", "electoralUnit", "delegation", "deputyGroup",
      "delegationHead", "standingCommitteeRole", "occupation", "termStart", "termEnd");
  static final Set<String> DEPUTY_DATE_COLUMNS = Set.of("termStart", "termEnd");
  static final List<String> UNIT_COLUMNS = List.of("unitId", "name", "kind", "superiorUnitId");
  private static final Pattern ID = Pattern.compile(Ids.PATTERN);

  private final RegisterImport imports;
  private final Validator validator;

  public RegisterImportController(RegisterImport imports, Validator validator) {
    this.imports = imports;
    this.validator = validator;
  }

  @PostMapping(value = "/api/v1/deputies/import", consumes = {"text/csv", "text/plain", RegisterWorkbook.XLSX})
  @Operation(summary = "Import deputies from CSV or xlsx (代表名册导入), one deputy per line, each line all or nothing",
      description = "CSV (UTF-8 unless the Content-Type names a charset) or an .xlsx workbook (its first sheet; the "
          + "first row is the header, a line's number is its row number, a number in a date column is an Excel date). "
          + "Header exactly `deputyId,name,electoralUnit,delegation,deputyGroup,delegationHead,"
          + "standingCommitteeRole,occupation,termStart,termEnd`; dates `yyyy-MM-dd`; `delegationHead` `true`/`false` "
          + "(empty = false); `standingCommitteeRole` MEMBER, SECRETARY_GENERAL, VICE_CHAIR or CHAIR (empty = not on the "
          + "standing committee); an empty cell is an absent field. A line is the whole entry, as PUT "
          + "/api/v1/deputies/{deputyId} takes it: a new id is entered, an existing one updated (one event), an "
          + "identical line changes nothing. At most 5,000 lines and the request size limit. Answers the counts and "
          + "the rejected lines (number, field, reason in zh-CN / en); a rejected line writes nothing. A file that is not "
          + "a readable workbook is refused (422).")
  public RegisterImport.Report importDeputies(CurrentUser staff,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
          @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
          @Content(mediaType = "text/plain", schema = @Schema(type = "string")),
          @Content(mediaType = RegisterWorkbook.XLSX, schema = @Schema(type = "string", format = "binary"))})
      @RequestBody byte[] file, HttpServletRequest request) {
    RegisterCsv.Table table = tableOf(file, request.getContentType(), DEPUTY_COLUMNS, DEPUTY_DATE_COLUMNS);
    List<RegisterCsv.Rejected> rejected = new ArrayList<>(table.rejected());
    List<RegisterImport.Line<DeputyDetails>> lines = readLines(table, "deputyId", rejected,
        row -> new DeputyRequest(row.cell("name"), row.cell("electoralUnit"), row.cell("delegation"),
            row.cell("deputyGroup"), flag(row.cell("delegationHead")),
            value(row.cell("standingCommitteeRole"), "standingCommitteeRole", StandingCommitteeRole::valueOf),
            row.cell("occupation"), date(row.cell("termStart"), "termStart"), date(row.cell("termEnd"), "termEnd")),
        DeputyRequest::toDetails);
    return imports.importDeputies(staff, lines, rejected);
  }

  @PostMapping(value = "/api/v1/units/import", consumes = {"text/csv", "text/plain", RegisterWorkbook.XLSX})
  @Operation(summary = "Import handling units from CSV or xlsx (承办单位导入), one unit per line, each line all or nothing",
      description = "CSV or an .xlsx workbook, read as the deputies' import reads them; header exactly `unitId,name,kind,superiorUnitId`; `kind` GOVERNMENT_DEPARTMENT, "
          + "SUPERVISORY_COMMISSION, COURT, PROCURATORATE or OTHER; a superior must be on an earlier line or already "
          + "in the register. A line is the whole entry, as PUT /api/v1/units/{unitId} takes it: a new id is entered, "
          + "an existing one updated (one event), an identical line changes nothing. At most 5,000 lines and the "
          + "request size limit. Answers the counts and the rejected lines (number, field, reason in zh-CN / en).")
  public RegisterImport.Report importUnits(CurrentUser staff,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
          @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
          @Content(mediaType = "text/plain", schema = @Schema(type = "string")),
          @Content(mediaType = RegisterWorkbook.XLSX, schema = @Schema(type = "string", format = "binary"))})
      @RequestBody byte[] file, HttpServletRequest request) {
    RegisterCsv.Table table = tableOf(file, request.getContentType(), UNIT_COLUMNS, Set.of());
    List<RegisterCsv.Rejected> rejected = new ArrayList<>(table.rejected());
    List<RegisterImport.Line<HandlingUnit.Details>> lines = readLines(table, "unitId", rejected,
        row -> new UnitRequest(row.cell("name"), value(row.cell("kind"), "kind", UnitKind::valueOf),
            row.cell("superiorUnitId")),
        UnitRequest::toDetails);
    return imports.importUnits(staff, lines, rejected);
  }

  /** The file's lines by column: a workbook by its media type, else CSV in the charset named or UTF-8. */
  private static RegisterCsv.Table tableOf(byte[] file, String contentType, List<String> columns, Set<String> dates) {
    MediaType type = contentType == null ? MediaType.TEXT_PLAIN : MediaType.parseMediaType(contentType);
    if (type.isCompatibleWith(MediaType.parseMediaType(RegisterWorkbook.XLSX))) {
      return RegisterWorkbook.read(file, columns, dates);
    }
    Charset charset = type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
    return RegisterCsv.read(new String(file, charset), columns);
  }

  /** Each row as the request a PUT takes, checked by its constraints; a row that fails is added to {@code rejected}. */
  private <R, T> List<RegisterImport.Line<T>> readLines(RegisterCsv.Table table, String idColumn,
      List<RegisterCsv.Rejected> rejected, Function<RegisterCsv.Row, R> toRequest, Function<R, T> toEntry) {
    List<RegisterImport.Line<T>> lines = new ArrayList<>();
    for (RegisterCsv.Row row : table.rows()) {
      try {
        String id = row.cell(idColumn);
        if (id == null || id.length() > Ids.MAX || !ID.matcher(id).matches()) {
          throw new RuleViolationException(idColumn, "编号须为 1–" + Ids.MAX + " 个字母、数字或 ._:- / the id must be 1–"
              + Ids.MAX + " letters, digits or ._:-");
        }
        R request = toRequest.apply(row);
        Set<ConstraintViolation<R>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
          ConstraintViolation<R> first = violations.stream()
              .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
          String field = first.getPropertyPath().toString();
          throw new RuleViolationException(field, "字段 " + field + " 不符合要求 / " + field + " " + first.getMessage());
        }
        lines.add(new RegisterImport.Line<>(row.line(), id, toEntry.apply(request)));
      } catch (RuleViolationException e) {
        rejected.add(new RegisterCsv.Rejected(row.line(), e.field(), e.getMessage()));
      }
    }
    return lines;
  }

  private static Boolean flag(String cell) {
    if (cell == null || cell.equalsIgnoreCase("false")) {
      return false;
    }
    if (cell.equalsIgnoreCase("true")) {
      return true;
    }
    throw new RuleViolationException("delegationHead", "须为 true 或 false / must be true or false");
  }

  private static LocalDate date(String cell, String field) {
    try {
      return cell == null ? null : LocalDate.parse(cell);
    } catch (DateTimeParseException e) {
      throw new RuleViolationException(field, "日期格式须为 yyyy-MM-dd / the date must be yyyy-MM-dd");
    }
  }

  private static <E extends Enum<E>> E value(String cell, String field, Function<String, E> valueOf) {
    try {
      return cell == null ? null : valueOf.apply(cell);
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(field, "未知取值 / unknown value " + cell);
    }
  }
}
