package vn.xaso.model;

import java.time.LocalDate;

/** Human resources (Nguồn nhân lực): staffing, qualifications, training, IT staff, community teams. */
@Stock
public record HumanResources(
    @Doc(vi = "Số liệu phần này tính đến ngày, khi báo cáo nêu riêng (nếu không: ngày cuối kỳ báo cáo)",
        en = "Date this part's figures stand at, when the report states its own (otherwise: the period's last day)",
        example = "2025-11-07")
        java.time.LocalDate asOf,
    @Doc(vi = "Biên chế được giao", en = "Staffing quota", unit = "biên chế / posts", example = "284")
        Integer staffQuota,
    @Doc(vi = "Cán bộ, công chức, viên chức có mặt", en = "Staff in post", unit = "người / people", example = "259")
        Integer staffPresent,
    @Doc(vi = "Ngày tính số cán bộ có mặt", en = "Date the staff count refers to", example = "2025-09-15")
        LocalDate staffAsOf,
    @Doc(vi = "Hợp đồng lao động", en = "Staff on labour contracts", unit = "người / people", example = "6")
        Integer labourContracts,
    @Doc(vi = "Cán bộ, công chức tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công",
        en = "Civil servants receiving dossiers at the public administrative service centre",
        unit = "người / people", example = "8")
        Integer serviceCentreStaff,
    @Doc(vi = "Trình độ", en = "Qualifications")
        Qualifications qualifications,
    @Doc(vi = "Số người được tập huấn chuyển đổi số", en = "Staff trained in digital transformation",
        unit = "người / people", example = "69")
        Integer trained,
    @Doc(vi = "Tỷ lệ được tập huấn báo cáo ghi", en = "Share trained, as stated", unit = "%", example = "100")
        Double trainedPct,
    @Doc(vi = "Tỷ lệ cán bộ tiếp nhận, xử lý hồ sơ trên dịch vụ công được tập huấn, báo cáo ghi",
        en = "Share of staff handling dossiers on the public-service portal who were trained, as stated",
        unit = "%", example = "100")
        Double publicServiceStaffTrainedPct,
    @Doc(vi = "Số lớp/cuộc tập huấn đã tham gia", en = "Training sessions attended", unit = "cuộc / sessions", example = "106")
        Integer trainingSessions,
    @Doc(vi = "Công chức phụ trách CNTT, chuyển đổi số", en = "Staff in charge of IT and digital transformation",
        unit = "người / people", example = "1")
        Integer itStaff,
    @Doc(vi = "Công chức CNTT, an toàn thông tin: chuyên trách hay kiêm nhiệm",
        en = "IT and information-security staff: dedicated or part-time",
        example = "part_time")
        Staffing itStaffing,
    @Doc(vi = "Tổ công nghệ số cộng đồng", en = "Community digital-technology teams")
        CommunityTeams communityTeams,
    @Doc(vi = "Ghi chú (tóm tắt)", en = "Notes (summarised)")
        Text notes) {}
