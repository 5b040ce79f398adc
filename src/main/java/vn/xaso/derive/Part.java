package vn.xaso.derive;

import java.time.LocalDate;
import java.util.function.Function;
import vn.xaso.model.Dossiers;
import vn.xaso.model.Flow;
import vn.xaso.model.HumanResources;
import vn.xaso.model.Infrastructure;
import vn.xaso.model.Procedures;
import vn.xaso.model.Report;
import vn.xaso.model.Stock;

/**
 * The part of a report an indicator is read from, and the date its figures stand at when the
 * report states one. Whether the part holds stocks or flows is read from the model's
 * {@link Stock} and {@link Flow} declarations, not repeated here.
 */
public enum Part {
  PROCEDURES(Procedures.class, r -> r.procedures() == null ? null : r.procedures().asOf()),
  DOSSIERS(Dossiers.class, r -> null),
  INFRASTRUCTURE(Infrastructure.class, r -> r.infrastructure() == null ? null : r.infrastructure().asOf()),
  HUMAN_RESOURCES(HumanResources.class, r -> r.humanResources() == null ? null : r.humanResources().asOf());

  private final Class<?> type;
  private final Function<Report, LocalDate> ownDate;

  Part(Class<?> type, Function<Report, LocalDate> ownDate) {
    this.type = type;
    this.ownDate = ownDate;
  }

  /** Whether the part's figures are stocks; a part declared neither way is a mistake in the model. */
  public boolean stock() {
    boolean stock = type.isAnnotationPresent(Stock.class);
    if (stock == type.isAnnotationPresent(Flow.class)) {
      throw new IllegalStateException(type.getSimpleName() + " must be declared either @Stock or @Flow");
    }
    return stock;
  }

  /** The date the report states for this part's figures, null when it states none. */
  public LocalDate ownDate(Report r) {
    return ownDate.apply(r);
  }
}
