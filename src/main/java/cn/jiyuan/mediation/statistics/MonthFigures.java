package cn.jiyuan.mediation.statistics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The cases registered in one calendar month (Jiyuan's dates), in all and per category (every category, zeros
 * included, in the order of the code list), for a stacked chart.
 *
 * @param month yyyy-MM
 * @param label 2024年3月
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MonthFigures(String month, String label, long count, List<Figure> byCategory) {
}
