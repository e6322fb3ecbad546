package cn.jiyuan.mediation.taskcards;

import java.util.List;

/**
 * What a Tasklist task card shows besides the task's name: the case (number, category, risk), its parties (in full
 * for those who handle or supervise the case, masked for anyone else) and the due date, all as people read them.
 * Fields are null when the task has no case (e.g. a screening report). {@code onlineApplication}: the case came from
 * the citizens' page 掌上调解 (channel ONLINE), marked 网上申请 on the card.
 */
public record TaskCard(String taskId, String caseNumber, String category, String riskLevel, boolean greenChannel,
                       List<String> parties, boolean partiesMasked, String due, boolean overdue,
                       boolean onlineApplication) {
}
