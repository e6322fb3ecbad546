package cn.jiyuan.mediation.statistics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Entries of the stability-risk ledger (专门台账) entered in the period: how many, by the highest level warned about
 * (every risk level, zeros included) and by state ({@code OPEN} 跟踪处置中, {@code CLOSED} 已办结).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EarlyWarnings(long total, List<Figure> byRiskLevel, List<Figure> byStatus) {
}
