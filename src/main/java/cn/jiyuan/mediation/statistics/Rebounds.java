package cn.jiyuan.mediation.statistics;

/** Follow-up visits that found a dispute rebounding (反弹), and the cases they concern. */
public record Rebounds(long visits, long cases) {
}
