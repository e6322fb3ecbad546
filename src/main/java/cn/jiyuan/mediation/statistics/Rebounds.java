package cn.jiyuan.mediation.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Follow-up visits that found a dispute rebounding (反弹), and the cases they concern. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Rebounds(long visits, long cases) {
}
