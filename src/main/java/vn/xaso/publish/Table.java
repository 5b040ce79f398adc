package vn.xaso.publish;

import java.util.List;
import java.util.function.Function;
import vn.xaso.derive.ReportFacts;

/** One open-data table: its file name, title and columns, and how a report becomes its rows. */
public record Table(String name, String titleVi, String titleEn, List<Column> columns,
    Function<ReportFacts, List<List<Object>>> rows) {

  public String file() {
    return name + ".csv";
  }

  public String excelFile() {
    return name + ".excel.csv";
  }
}
