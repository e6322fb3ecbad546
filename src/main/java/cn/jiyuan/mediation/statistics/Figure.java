package cn.jiyuan.mediation.statistics;

/** One bar of a breakdown: a code, its Chinese label and how many. */
public record Figure(String code, String label, long count) {
}
