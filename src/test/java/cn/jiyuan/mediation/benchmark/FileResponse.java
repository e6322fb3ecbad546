package cn.jiyuan.mediation.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A servlet response whose body goes to a file. The export is measured through the same entry point the download
 * uses ({@code CaseLedgerWorkbook#send}) without a web server; MockHttpServletResponse alone would keep the whole
 * workbook in a byte array and put the file's size on the heap being measured.
 */
final class FileResponse extends HttpServletResponseWrapper implements AutoCloseable {

    private final OutputStream file;
    private final ServletOutputStream body;

    FileResponse(Path path) throws IOException {
        super(new MockHttpServletResponse());
        Files.createDirectories(path.toAbsolutePath().getParent());
        file = new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024);
        body = new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
                file.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                file.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                file.flush();
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("blocking only");
            }
        };
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return body;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
