package vn.xaso.importer;

import java.io.IOException;
import java.util.Map;
import vn.xaso.problem.Code;

/** A report file the import refuses, with the catalogued problem that says why in both languages. */
public final class ImportRefused extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Code code;
  private final transient Map<String, Object> args;

  public ImportRefused(Code code, Map<String, Object> args) {
    super(code.id() + " " + args);
    this.code = code;
    this.args = Map.copyOf(args);
  }

  public Code code() {
    return code;
  }

  public Map<String, Object> args() {
    return args;
  }
}
