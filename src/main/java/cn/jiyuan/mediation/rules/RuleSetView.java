package cn.jiyuan.mediation.rules;

import java.util.List;

/**
 * A rule set as {@code GET /api/rules} shows it: the file, its current version, every version newest first, and the
 * project's examples every new version must pass.
 */
public record RuleSetView(String code, String name, String fileName, Integer currentVersion, int projectExamples,
                          String projectExamplesUrl, List<RuleVersionView> versions) {
}
