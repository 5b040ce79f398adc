package vn.xaso.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.xaso.model.Block;
import vn.xaso.model.BlockInfrastructure;
import vn.xaso.model.Lang;
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
    return sum == null ? noTotal(p) : Value.computed(sum, totalHow(p, Lang.VI), totalHow(p, Lang.EN));
  }

  /** "toàn trình 220 + một phần 138 + chưa trực tuyến 20": the branch of the sum {@link #total} took. */
  private static String totalHow(Procedures p, Lang l) {
    boolean vi = l == Lang.VI;
    if (p.partialOnline() != null && p.notOnline() != null) {
      return (vi ? "toàn trình " : "fully online ") + p.fullOnline() + (vi ? " + một phần " : " + partly online ")
          + p.partialOnline() + (vi ? " + chưa trực tuyến " : " + not online ") + p.notOnline();
    }
    return (vi ? "toàn trình " : "fully online ") + p.fullOnline()
        + (vi ? " + một phần và trực tiếp (báo cáo gộp) " : " + partly online and in person (counted together) ")
        + p.partialOrNotOnline();
  }

  /** The whole of a procedure share in words: "tổng số TTHC 378, báo cáo ghi" or the sum it was added up from. */
  private static String wholeHow(Procedures p, Lang l) {
    boolean vi = l == Lang.VI;
    if (p.total() != null) {
      return (vi ? "tổng số TTHC " : "procedures in force ") + p.total() + (vi ? " (báo cáo ghi)" : " (as stated)");
    }
    return (vi ? "tổng số TTHC " : "procedures in force ") + total(p) + " = " + totalHow(p, l);
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
    return total == null ? noTotal(p) : share(p.fullOnline(), total,
        "toàn trình " + p.fullOnline() + " ÷ " + wholeHow(p, Lang.VI),
        "fully online " + p.fullOnline() + " ÷ " + wholeHow(p, Lang.EN));
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
    return total == null ? noTotal(p) : share((long) p.fullOnline() + p.partialOnline(), total,
        "(toàn trình " + p.fullOnline() + " + một phần " + p.partialOnline() + ") ÷ " + wholeHow(p, Lang.VI),
        "(fully online " + p.fullOnline() + " + partly online " + p.partialOnline() + ") ÷ " + wholeHow(p, Lang.EN));
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
    return share(d.onTime(), d.resolved(), "đúng hạn " + d.onTime() + " ÷ đã giải quyết " + d.resolved(),
        "on time " + d.onTime() + " ÷ resolved " + d.resolved());
  }

  static Value onlineDossierShare(Report r, Commune c) {
    Dossiers d = r.dossiers();
    if (d == null) {
      return noDossiers();
    }
    if (d.receivedOnline() != null && d.received() != null) {
      return share(d.receivedOnline(), d.received(), "trực tuyến " + d.receivedOnline() + " ÷ tiếp nhận " + d.received(),
          "online " + d.receivedOnline() + " ÷ received " + d.received());
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
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (Map.Entry<Block, BlockInfrastructure> b : r.infrastructure().blocks().entrySet()) {
      Hardware h = b.getValue().hardware();
      if (h != null && h.computers() != null) {
        sum += h.computers();
        vi.add(b.getKey().label(Lang.VI) + " " + h.computers());
        en.add(b.getKey().label(Lang.EN) + " " + h.computers());
      }
    }
    if (vi.isEmpty()) {
      return Value.absent("Không khối nào nêu số máy tính", "No block gives a count of computers");
    }
    // One block's figure is the report's own; a sum over blocks is ours.
    return vi.size() == 1 ? Value.count(sum)
        : Value.computed(sum, "cộng các khối: " + String.join(" + ", vi), "sum of blocks: " + String.join(" + ", en));
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
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (Map.Entry<Block, BlockInfrastructure> b : r.infrastructure().blocks().entrySet()) {
      Hardware h = b.getValue().hardware();
      if (h == null) {
        continue;
      }
      Integer p = adequate ? h.adequate() : h.antiMalware();
      anyPart |= p != null;
      anyWhole |= h.computers() != null;
      if (p != null && h.computers() != null) {
        part += p;
        whole += h.computers();
        vi.add(b.getKey().label(Lang.VI) + " " + p + "/" + h.computers());
        en.add(b.getKey().label(Lang.EN) + " " + p + "/" + h.computers());
      }
    }
    boolean both = !vi.isEmpty();
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
    // The blocks' labels already say "Khối Đảng", "Chính quyền (UBND)": no "khối" before them.
    return share(part, whole, (adequate ? "máy đáp ứng ÷ máy tính của các khối: " : "máy có chống mã độc ÷ máy tính của các khối: ")
            + String.join("; ", vi),
        (adequate ? "adequate ÷ computers of the blocks: " : "with anti-malware ÷ computers of the blocks: ")
            + String.join("; ", en));
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
    boolean stated = t.villagesTotal() != null;
    return share(t.villagesCovered(), total,
        "thôn có tổ " + t.villagesCovered() + " ÷ tổng số thôn " + total + (stated ? " (báo cáo ghi)" : " (theo hồ sơ xã)"),
        "villages covered " + t.villagesCovered() + " ÷ villages " + total
            + (stated ? " (as the report states)" : " (from the commune profile)"));
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

  private static Value share(long part, long whole, String howVi, String howEn) {
    if (whole == 0) {
      return Value.absent("Mẫu số bằng 0", "The denominator is zero");
    }
    if (part < 0 || part > whole) {
      // Only a report confirmed "as reported" gets here (validate refuses it otherwise): a rate
      // over 100% is never published; the data-quality note tells the contradiction.
      return Value.absent("Phần lớn hơn tổng trong báo cáo gốc", "The signed report gives a part larger than its whole");
    }
    return Value.computed(100.0 * part / whole, howVi, howEn);
  }
}
