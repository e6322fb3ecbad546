package cn.jiyuan.mediation.screening.schedule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One screening round: a routine one (per kind and day, {@code roundKey} e.g. {@code WEEKLY:2027-03-22})
 * or a special campaign ({@code CAMPAIGN:{processInstanceId}}) with its topic and scope ({@code
 * scopeTowns} empty = the whole city).
 */
public record ScreeningRound(long id, String roundKey, RoundKind kind, LocalDate roundDate, String title,
                             String topic, String requirement, List<String> scopeTowns, OffsetDateTime dueAt,
                             String startedBy, String processInstanceId, OffsetDateTime createdAt,
                             String summaryNote, String summarizedBy, OffsetDateTime summarizedAt) {

    public static String routineKey(RoundKind kind, LocalDate day) {
        return kind.name() + ":" + day;
    }

    public static String campaignKey(String processInstanceId) {
        return RoundKind.CAMPAIGN.name() + ":" + processInstanceId;
    }
}
