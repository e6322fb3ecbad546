package cn.jiyuan.mediation.statistics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The cases whose latest referral (三调联动) went one way — 诉调对接, 警调对接, 访调对接 or 行政调解 — in all and per answer
 * (every {@code ReferralOutcome}, PENDING 待回复 included, zeros included), for a stacked chart.
 *
 * @param code  a {@code ReferralKind} code
 * @param label 诉调对接
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReferralFigures(String code, String label, long count, List<Figure> byOutcome) {
}
