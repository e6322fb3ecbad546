package cn.jiyuan.mediation.cases;

import java.time.OffsetDateTime;

/** A row of a case's status history. */
public record StatusChange(String status, OffsetDateTime at, String by, String note) {
}
