package vn.xaso.model;

/** Follow-up of a later Party conclusion (e.g. Kết luận 195-KL/TW) that a report covers. */
public record FollowUp(
    @Doc(vi = "Văn bản được triển khai", en = "The conclusion followed up", required = true)
        DocumentRef conclusion,
    @Doc(vi = "Việc đã làm (tóm tắt)", en = "What was done (summarised)", required = true)
        Text summary) {}
