package cn.jiyuan.mediation.rules;

import java.time.OffsetDateTime;

/**
 * One version of a rule set as {@code GET /api/rules} shows it: its number, whether it is the one cases get now,
 * how it came (上传新版本, 回退, 随平台发布), who deployed it, when and why, and the tests it passed.
 */
public record RuleVersionView(int version, boolean current, String kind, String kindName, Integer restoredVersion,
                              String changedBy, String changedByName, OffsetDateTime changedAt, String changedAtText,
                              String reason, String fileName, Integer projectExamples, Integer uploadedExamples,
                              String dmnUrl, String examplesUrl) {
}
