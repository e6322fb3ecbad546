package cn.jiyuan.mediation.spreadsheet;

import java.io.IOException;

/**
 * Produces the rows of a table into a {@link RowSink}, e.g. from a JDBC query's row callback, so that no list of
 * rows is ever held: {@code sink -> repository.stream(query, r -> sink.row(r.number(), r.town(), r.registeredOn()))}.
 */
@FunctionalInterface
public interface RowSource {

    void writeTo(RowSink sink) throws IOException;
}
