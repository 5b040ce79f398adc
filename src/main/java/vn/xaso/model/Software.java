package vn.xaso.model;

/** A software system a block uses (phần mềm / hệ thống), with its state as reported. */
public record Software(
    @Doc(vi = "Tên phần mềm", en = "Name of the software", required = true)
        Text name,
    @Doc(vi = "Tình trạng", en = "State",
        example = "stable")
        SoftwareState state,
    @Doc(vi = "Ghi chú (tóm tắt)", en = "Notes (summarised)")
        Text note) {}
