package cn.jiyuan.mediation.rules;

import java.time.OffsetDateTime;

/** A row of rule_version: a version deployed through /api/rules, by whom, when and why. */
record RuleChange(RuleSet ruleSet, String deploymentId, int version, Kind kind, Integer restoredVersion,
                  String changedBy, OffsetDateTime changedAt, String reason, String fileName, int projectExamples,
                  int uploadedExamples, byte[] examplesCsv) {

    /** How a version came to be. */
    enum Kind {
        UPLOAD("上传新版本"),
        ROLLBACK("回退"),
        /** Deployed by the platform itself (its own file, at startup): no row in rule_version. */
        PLATFORM("随平台发布");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
