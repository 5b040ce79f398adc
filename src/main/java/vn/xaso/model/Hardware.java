package vn.xaso.model;

/** Hardware counts of one block (hạ tầng phần cứng). */
public record Hardware(
    @Doc(vi = "Tổng số máy tính", en = "Computers", unit = "máy / computers", example = "43")
        Integer computers,
    @Doc(vi = "Máy tính đáp ứng yêu cầu", en = "Computers adequate for the work", unit = "máy / computers", example = "20")
        Integer adequate,
    @Doc(vi = "Máy tính chưa đáp ứng yêu cầu", en = "Computers inadequate for the work", unit = "máy / computers", example = "13")
        Integer inadequate,
    @Doc(vi = "Máy tính dùng mạng diện rộng của Đảng", en = "Computers on the Party wide-area network",
        unit = "máy / computers", example = "3")
        Integer partyWanComputers,
    @Doc(vi = "Máy tính mật được cấp", en = "Classified (secure) computers issued", unit = "máy / computers", example = "1")
        Integer classifiedComputers,
    @Doc(vi = "Máy tính cài phần mềm chống mã độc", en = "Computers with anti-malware software",
        unit = "máy / computers", example = "17")
        Integer antiMalware,
    @Doc(vi = "Tỷ lệ máy tính kết nối mạng tốc độ cao", en = "Share of computers on high-speed network", unit = "%", example = "100")
        Double networkedPct,
    @Doc(vi = "Máy scan", en = "Scanners", unit = "máy / devices", example = "10")
        Integer scanners,
    @Doc(vi = "Máy in", en = "Printers", unit = "máy / devices", example = "10")
        Integer printers,
    @Doc(vi = "Đường truyền Internet", en = "Internet lines", unit = "đường / lines", example = "2")
        Integer internetLines,
    @Doc(vi = "Ghi chú (tóm tắt)", en = "Notes (summarised)")
        Text note) {}
