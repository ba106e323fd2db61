package io.lianxin.portal.gateway;

import org.springframework.http.MediaType;

/**
 * The handling report as the file suggestion-service writes it, passed on to the browser as it came: its type, the
 * name the service gave it and its bytes.
 */
public record ReportFile(MediaType type, String disposition, byte[] content) {

  /** The two files the service writes. */
  public enum Format {
    /** UTF-8 with a BOM: opens in Excel and WPS. */
    CSV(new MediaType("text", "csv")),
    /** An Office Open XML workbook, one sheet per table. */
    XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private final MediaType type;

    Format(MediaType type) {
      this.type = type;
    }

    public MediaType type() {
      return type;
    }
  }
}
