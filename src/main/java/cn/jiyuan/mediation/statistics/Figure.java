package cn.jiyuan.mediation.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One bar of a breakdown: a code, its Chinese label and how many. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Figure(String code, String label, long count) {
}
