package vn.xaso.derive;

import vn.xaso.model.CommunityTeams;
import vn.xaso.model.Commune;
import vn.xaso.model.Dossiers;
import vn.xaso.model.Hardware;
import vn.xaso.model.Procedures;
import vn.xaso.model.Report;

/** The formulas behind {@link Indicator}; each says why when it cannot give a number. */
final class Formulas {
  private static final String NO_PROCEDURES_VI = "Báo cáo không nêu số TTHC";
  private static final String NO_PROCEDURES_EN = "The report gives no procedure counts";
  private static final String NO_DOSSIERS_VI = "Báo cáo không nêu số hồ sơ";
  private static final String NO_DOSSIERS_EN = "The report gives no dossier counts";
  private static final String NO_HARDWARE_VI = "Không khối nào nêu đủ số máy tính";
  private static final String NO_HARDWARE_EN = "No block gives both computer counts";

  private Formulas() {}

  static Value proceduresTotal(Report r, Commune c) {
    Integer total = total(r.procedures());
    return total == null ? Value.absent(NO_PROCEDURES_VI, NO_PROCEDURES_EN) : Value.count(total);
  }

  /** The stated total, or the sum of a complete split: the split is what the report gives. */
  static Integer total(Procedures p) {
    if (p == null) {
      return null;
    }
    if (p.total() != null) {
      return p.total();
    }
    if (p.fullOnline() != null && p.partialOnline() != null && p.notOnline() != null) {
      return whole((long) p.fullOnline() + p.partialOnline() + p.notOnline());
    }
    if (p.fullOnline() != null && p.partialOrNotOnline() != null) {
      return whole((long) p.fullOnline() + p.partialOrNotOnline());
    }
    return null;
  }

  /** A sum of counts summed in long: beyond what a count can be, it is no figure at all, never a wrapped one. */
  private static Integer whole(long sum) {
    return sum > Integer.MAX_VALUE ? null : (int) sum;
  }

  static Value fullOnlineShare(Report r, Commune c) {
    Procedures p = r.procedures();
    Integer total = total(p);
    if (total == null || p.fullOnline() == null) {
      return Value.absent(NO_PROCEDURES_VI + " (toàn trình và tổng)", NO_PROCEDURES_EN + " (fully online and total)");
    }
    return share(p.fullOnline(), total);
  }

  static Value onlineShare(Report r, Commune c) {
    Procedures p = r.procedures();
    Integer total = total(p);
    if (total == null || p.fullOnline() == null || p.partialOnline() == null) {
      return Value.absent("Báo cáo không tách riêng TTHC một phần", "The report does not count partly online procedures separately");
    }
    return share((long) p.fullOnline() + p.partialOnline(), total);
  }

  static Value dossiersReceived(Report r, Commune c) {
    Dossiers d = r.dossiers();
    return d == null || d.received() == null ? Value.absent(NO_DOSSIERS_VI, NO_DOSSIERS_EN) : Value.count(d.received());
  }

  static Value onTimeRate(Report r, Commune c) {
    Dossiers d = r.dossiers();
    if (d == null || d.onTime() == null || d.resolved() == null) {
      return Value.absent("Báo cáo không nêu số hồ sơ đúng hạn và đã giải quyết",
          "The report gives no on-time and resolved counts");
    }
    return share(d.onTime(), d.resolved());
  }

  static Value onlineDossierShare(Report r, Commune c) {
    Dossiers d = r.dossiers();
    if (d != null && d.receivedOnline() != null && d.received() != null) {
      return share(d.receivedOnline(), d.received());
    }
    if (d != null && d.onlinePct() != null) {
      return Value.stated(d.onlinePct());
    }
    return Value.absent("Báo cáo không nêu số hoặc tỷ lệ hồ sơ trực tuyến", "The report gives no online dossier count or share");
  }

  static Value computers(Report r, Commune c) {
    if (r.infrastructure() == null) {
      return Value.absent(NO_HARDWARE_VI, NO_HARDWARE_EN);
    }
    long sum = 0;
    boolean any = false;
    for (Hardware h : r.infrastructure().hardware()) {
      if (h.computers() != null) {
        sum += h.computers();
        any = true;
      }
    }
    return any ? Value.count(sum) : Value.absent("Báo cáo không nêu số máy tính", "The report gives no computer count");
  }

  static Value adequateShare(Report r, Commune c) {
    return blockShare(r, true);
  }

  static Value antiMalwareCoverage(Report r, Commune c) {
    return blockShare(r, false);
  }

  private static Value blockShare(Report r, boolean adequate) {
    if (r.infrastructure() == null) {
      return Value.absent(NO_HARDWARE_VI, NO_HARDWARE_EN);
    }
    long part = 0;
    long whole = 0;
    for (Hardware h : r.infrastructure().hardware()) {
      Integer p = adequate ? h.adequate() : h.antiMalware();
      if (p != null && h.computers() != null) {
        part += p;
        whole += h.computers();
      }
    }
    return whole == 0 ? Value.absent(NO_HARDWARE_VI, NO_HARDWARE_EN) : share(part, whole);
  }

  static Value villagesCoveredShare(Report r, Commune c) {
    CommunityTeams t = r.humanResources() == null ? null : r.humanResources().communityTeams();
    if (t == null || t.villagesCovered() == null) {
      return Value.absent("Báo cáo không nêu số thôn có tổ", "The report gives no count of villages covered");
    }
    Integer total = t.villagesTotal() != null ? t.villagesTotal() : c == null ? null : c.villages();
    if (total == null || total == 0) {
      return Value.absent("Không rõ tổng số thôn của xã", "The commune's number of villages is not known");
    }
    return share(t.villagesCovered(), total);
  }

  static Value staffTrained(Report r, Commune c) {
    if (r.humanResources() == null || r.humanResources().trained() == null) {
      return Value.absent("Báo cáo không nêu số người được tập huấn", "The report gives no count of staff trained");
    }
    return Value.count(r.humanResources().trained());
  }

  private static Value share(long part, long whole) {
    if (whole == 0) {
      return Value.absent("Mẫu số bằng 0", "The denominator is zero");
    }
    if (part < 0 || part > whole) {
      // Only a report confirmed "as reported" gets here (validate refuses it otherwise): a rate
      // over 100% is never published; the data-quality note tells the contradiction.
      return Value.absent("Phần lớn hơn tổng trong báo cáo gốc", "The signed report gives a part larger than its whole");
    }
    return Value.computed(100.0 * part / whole);
  }
}
