package cn.jiyuan.mediation.organization.importing;

/** A bad value in an import: where it is (source, row, field) and what is wrong with it. */
public record ImportProblem(String source, int row, String field, String message) {

    @Override
    public String toString() {
        return source + " 第" + row + "行 " + field + "：" + message;
    }
}
