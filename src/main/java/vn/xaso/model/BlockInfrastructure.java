package vn.xaso.model;

import java.util.List;

/** Technology infrastructure of one block (hạ tầng công nghệ của một khối). */
public record BlockInfrastructure(
    @Doc(vi = "Phần mềm, hệ thống đang dùng", en = "Software and systems in use")
        List<Software> software,
    @Doc(vi = "Cơ sở dữ liệu đang dùng", en = "Databases in use")
        List<Text> databases,
    @Doc(vi = "Tỷ lệ văn bản được số hóa", en = "Share of documents digitised", unit = "%", example = "100")
        Double digitisedPct,
    @Doc(vi = "Phần cứng", en = "Hardware")
        Hardware hardware,
    @Doc(vi = "Kết nối mạng: liên thông, phủ sóng, vùng lõm sóng, lõm điện",
        en = "Connectivity: links, coverage, areas without signal or power")
        Connectivity connectivity,
    @Doc(vi = "Ghi chú (tóm tắt)", en = "Notes (summarised)")
        Text notes) {}
