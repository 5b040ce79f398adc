package vn.xaso.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Technology infrastructure per block (Về hạ tầng công nghệ); a block a report leaves out is absent. */
@Stock
public record Infrastructure(
    @Doc(vi = "Số liệu phần này tính đến ngày, khi báo cáo nêu riêng (nếu không: ngày cuối kỳ báo cáo)",
        en = "Date this part's figures stand at, when the report states its own (otherwise: the period's last day)",
        example = "2025-11-07")
        java.time.LocalDate asOf,
    @Doc(vi = "Khối Đảng", en = "Party block") BlockInfrastructure party,
    @Doc(vi = "Khối Chính quyền (UBND)", en = "Government block (People's Committee)") BlockInfrastructure government,
    @Doc(vi = "Hội đồng nhân dân", en = "People's Council") BlockInfrastructure council,
    @Doc(vi = "Mặt trận Tổ quốc", en = "Fatherland Front") BlockInfrastructure front,
    @Doc(vi = "Ghi chú chung (tóm tắt)", en = "General notes (summarised)") Text notes) {

  /** The blocks the report gives, in the report outline's order. */
  public Map<Block, BlockInfrastructure> blocks() {
    Map<Block, BlockInfrastructure> out = new LinkedHashMap<>();
    put(out, Block.PARTY, party);
    put(out, Block.GOVERNMENT, government);
    put(out, Block.COUNCIL, council);
    put(out, Block.FRONT, front);
    return Collections.unmodifiableMap(out);
  }

  /** Hardware of every block that reports it. */
  public List<Hardware> hardware() {
    List<Hardware> out = new ArrayList<>();
    for (BlockInfrastructure b : blocks().values()) {
      if (b.hardware() != null) {
        out.add(b.hardware());
      }
    }
    return out;
  }

  private static void put(Map<Block, BlockInfrastructure> out, Block block, BlockInfrastructure value) {
    if (value != null) {
      out.put(block, value);
    }
  }
}
