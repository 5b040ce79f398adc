package vn.xaso.derive;

import java.util.ArrayList;
import java.util.List;
import vn.xaso.model.CommunityTeams;
import vn.xaso.model.Commune;
import vn.xaso.model.Dossiers;
import vn.xaso.model.Hardware;
import vn.xaso.model.Procedures;
import vn.xaso.model.Report;

/**
 * The formulas behind {@link Indicator}. When one cannot give a number, its reason names the
 * input that is actually missing, so a reader knows what the report would have to state.
 */
final class Formulas {
  private Formulas() {}

  private static Value noSection(String vi, String en) {
    return Value.absent("Báo cáo không có phần " + vi, "The report has no " + en + " section");
  }

  private static Value noProcedures() {
    return noSection("thủ tục hành chính", "procedures");
  }

  private static Value noDossiers() {
    return noSection("hồ sơ thủ tục hành chính", "dossiers");
  }

  private static Value noInfrastructure() {
    return noSection("hạ tầng công nghệ", "technology infrastructure");
  }

  static Value proceduresTotal(Report r, Commune c) {
    Procedures p = r.procedures();
    if (p == null) {
      return noProcedures();
    }
    if (p.total() != null) {
      return Value.count(p.total());
    }
    Integer sum = total(p);
    return sum == null ? noTotal(p) : Value.computed(sum);
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

  /** No total and no complete split: names the counts the sum lacks. */
  private static Value noTotal(Procedures p) {
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (p.fullOnline() == null) {
      vi.add("toàn trình");
      en.add("fully online");
    }
    if (p.partialOrNotOnline() == null) {
      if (p.partialOnline() == null) {
        vi.add("một phần");
        en.add("partly online");
      }
      if (p.notOnline() == null) {
        vi.add("chưa trực tuyến");
        en.add("not online");
      }
    }
    return Value.absent("Báo cáo không nêu tổng số TTHC, cũng không nêu số TTHC " + String.join(", ", vi)
            + " để cộng ra tổng",
        "The report gives no total of procedures, nor the count of " + String.join(", ", en)
            + " procedures to add one up");
  }

  static Value fullOnlineShare(Report r, Commune c) {
    Procedures p = r.procedures();
    if (p == null) {
      return noProcedures();
    }
    if (p.fullOnline() == null) {
      return Value.absent("Báo cáo không nêu số TTHC toàn trình", "The report gives no count of fully online procedures");
    }
    Integer total = total(p);
    return total == null ? noTotal(p) : share(p.fullOnline(), total);
  }

  static Value onlineShare(Report r, Commune c) {
    Procedures p = r.procedures();
    if (p == null) {
      return noProcedures();
    }
    if (p.fullOnline() == null) {
      return Value.absent("Báo cáo không nêu số TTHC toàn trình", "The report gives no count of fully online procedures");
    }
    if (p.partialOnline() == null) {
      return p.partialOrNotOnline() != null
          ? Value.absent("Báo cáo gộp TTHC một phần với TTHC trực tiếp, không tách riêng số TTHC một phần",
              "The report counts partly online and in-person procedures together, not partly online ones separately")
          : Value.absent("Báo cáo không nêu số TTHC một phần", "The report gives no count of partly online procedures");
    }
    Integer total = total(p);
    return total == null ? noTotal(p) : share((long) p.fullOnline() + p.partialOnline(), total);
  }

  static Value dossiersReceived(Report r, Commune c) {
    Dossiers d = r.dossiers();
    if (d == null) {
      return noDossiers();
    }
    return d.received() == null
        ? Value.absent("Báo cáo không nêu số hồ sơ tiếp nhận", "The report gives no count of dossiers received")
        : Value.count(d.received());
  }

  static Value onTimeRate(Report r, Commune c) {
    Dossiers d = r.dossiers();
    if (d == null) {
      return noDossiers();
    }
    if (d.onTime() == null && d.resolved() == null) {
      return Value.absent("Báo cáo không nêu số hồ sơ đã giải quyết và số giải quyết đúng hạn",
          "The report gives neither the dossiers resolved nor those resolved on time");
    }
    if (d.onTime() == null) {
      return Value.absent("Báo cáo không nêu số hồ sơ giải quyết đúng hạn", "The report gives no count of dossiers resolved on time");
    }
    if (d.resolved() == null) {
      return Value.absent("Báo cáo không nêu số hồ sơ đã giải quyết", "The report gives no count of dossiers resolved");
    }
    return share(d.onTime(), d.resolved());
  }

  static Value onlineDossierShare(Report r, Commune c) {
    Dossiers d = r.dossiers();
    if (d == null) {
      return noDossiers();
    }
    if (d.receivedOnline() != null && d.received() != null) {
      return share(d.receivedOnline(), d.received());
    }
    if (d.onlinePct() != null) {
      return Value.stated(d.onlinePct());
    }
    if (d.receivedOnline() != null) {
      return Value.absent("Báo cáo nêu số hồ sơ trực tuyến nhưng không nêu tổng số hồ sơ tiếp nhận, cũng không nêu tỷ lệ",
          "The report gives the dossiers received online but neither the total received nor a share");
    }
    return Value.absent("Báo cáo không nêu số hoặc tỷ lệ hồ sơ tiếp nhận trực tuyến",
        "The report gives no count or share of dossiers received online");
  }

  static Value computers(Report r, Commune c) {
    if (r.infrastructure() == null) {
      return noInfrastructure();
    }
    long sum = 0;
    int blocks = 0;
    for (Hardware h : r.infrastructure().hardware()) {
      if (h.computers() != null) {
        sum += h.computers();
        blocks++;
      }
    }
    if (blocks == 0) {
      return Value.absent("Không khối nào nêu số máy tính", "No block gives a count of computers");
    }
    // One block's figure is the report's own; a sum over blocks is ours.
    return blocks == 1 ? Value.count(sum) : Value.computed(sum);
  }

  static Value adequateShare(Report r, Commune c) {
    return blockShare(r, true);
  }

  static Value antiMalwareCoverage(Report r, Commune c) {
    return blockShare(r, false);
  }

  private static Value blockShare(Report r, boolean adequate) {
    if (r.infrastructure() == null) {
      return noInfrastructure();
    }
    String partVi = adequate ? "số máy tính đáp ứng yêu cầu" : "số máy tính có phần mềm chống mã độc";
    String partEn = adequate ? "count of computers adequate for the work" : "count of computers with anti-malware";
    long part = 0;
    long whole = 0;
    boolean anyPart = false;
    boolean anyWhole = false;
    boolean both = false;
    for (Hardware h : r.infrastructure().hardware()) {
      Integer p = adequate ? h.adequate() : h.antiMalware();
      anyPart |= p != null;
      anyWhole |= h.computers() != null;
      if (p != null && h.computers() != null) {
        part += p;
        whole += h.computers();
        both = true;
      }
    }
    if (!anyPart) {
      return Value.absent("Không khối nào nêu " + partVi, "No block gives a " + partEn);
    }
    if (!anyWhole) {
      return Value.absent("Không khối nào nêu tổng số máy tính", "No block gives a count of computers");
    }
    if (!both) {
      return Value.absent("Không khối nào nêu cả tổng số máy tính lẫn " + partVi,
          "No block gives both its count of computers and its " + partEn);
    }
    return share(part, whole);
  }

  static Value villagesCoveredShare(Report r, Commune c) {
    CommunityTeams t = r.humanResources() == null ? null : r.humanResources().communityTeams();
    if (t == null || t.villagesCovered() == null) {
      return Value.absent("Báo cáo không nêu số thôn có tổ", "The report gives no count of villages covered");
    }
    Integer total = t.villagesTotal() != null ? t.villagesTotal() : c == null ? null : c.villages();
    if (total == null) {
      return Value.absent("Cả báo cáo lẫn hồ sơ xã đều không nêu tổng số thôn",
          "Neither the report nor the commune profile gives the number of villages");
    }
    return share(t.villagesCovered(), total);
  }

  static Value staffTrained(Report r, Commune c) {
    if (r.humanResources() == null) {
      return noSection("nguồn nhân lực", "human resources");
    }
    if (r.humanResources().trained() == null) {
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
