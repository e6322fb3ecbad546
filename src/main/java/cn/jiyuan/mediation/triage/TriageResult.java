package cn.jiyuan.mediation.triage;

import cn.jiyuan.mediation.cases.HandlingLevel;

/** Outcome of triage (分类分流): the level, the industry for INDUSTRY, and the enterprise green channel. */
public record TriageResult(HandlingLevel handlingLevel, String industry, boolean greenChannel) {
}
