package cn.jiyuan.mediation.semiannual;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.jiyuan.mediation.platform.ApiProblemHandler.FieldError;
import cn.jiyuan.mediation.platform.InvalidRequestException;
import cn.jiyuan.mediation.platform.NotFoundException;
import cn.jiyuan.mediation.platform.UserText;
import cn.jiyuan.mediation.screening.ScreeningClock;

/**
 * Files attached to a summary (材料、照片): only the kinds an office sends with a written summary (PDF, Word, Excel,
 * JPEG, PNG), recognised by their name and by their first bytes (a renamed program is refused), at most
 * {@value #MAX_BYTES} bytes each and {@value #MAX_FILES} per summary, stored in semiannual_attachment. The content
 * type served back is the platform's, never the uploader's.
 */
@Service
public class SummaryAttachments {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_FILES = 10;
    static final int MAX_NAME = 200;
    static final String FIELD = "file";

    /** Content type by extension, and the signature the file must start with. */
    private record Kind(String contentType, byte[] signature) {
    }

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", PDF),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "doc", new Kind("application/msword", OLE),
            "xls", new Kind("application/vnd.ms-excel", OLE),
            "jpg", new Kind("image/jpeg", JPEG),
            "jpeg", new Kind("image/jpeg", JPEG),
            "png", new Kind("image/png", PNG));

    private final SemiannualRepository repository;
    private final ScreeningClock clock;

    public SummaryAttachments(SemiannualRepository repository, ScreeningClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Stores a file of a summary not yet submitted; refuses (400, naming {@code file}) whatever does not fit. */
    public SemiannualRepository.Attachment attach(SemiannualRepository.Summary summary, String fileName, byte[] content,
                                                  String userId) {
        if (summary.submitted()) {
            throw refused("总结已报送，不能再添加附件");
        }
        String name = fileName == null ? "" : fileName.strip();
        String problem = name.isEmpty() ? "上传的文件须有文件名"
                : name.length() > MAX_NAME ? "文件名不能超过" + MAX_NAME + "个字符"
                : name.contains("/") || name.contains("\\") ? "文件名不能含路径"
                : UserText.problem(name, false);
        if (problem != null) {
            throw refused("文件名有误：" + problem);
        }
        int dot = name.lastIndexOf('.');
        Kind kind = dot < 0 ? null : KINDS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw refused("只能上传 PDF、Word（doc、docx）、Excel（xls、xlsx）、JPG 或 PNG 文件");
        }
        if (content.length == 0) {
            throw refused("文件是空的");
        }
        if (content.length > MAX_BYTES) {
            throw refused("文件不能超过10MB");
        }
        if (!startsWith(content, kind.signature())) {
            throw refused("文件内容与扩展名不符（不是有效的" + name.substring(dot + 1).toUpperCase(Locale.ROOT) + "文件）");
        }
        List<SemiannualRepository.Attachment> existing = repository.findAttachments(summary.id());
        if (existing.size() >= MAX_FILES) {
            throw refused("每份总结最多" + MAX_FILES + "个附件");
        }
        long id = repository.insertAttachment(summary.id(), name, kind.contentType(), content, clock.now(), userId);
        return repository.findAttachments(summary.id()).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** Removes a file of a summary not yet submitted; 404 for a file the summary does not have. */
    public void remove(SemiannualRepository.Summary summary, long attachmentId) {
        if (summary.submitted()) {
            throw refused("总结已报送，附件不能再删除");
        }
        boolean known = repository.findAttachments(summary.id()).stream().anyMatch(a -> a.id() == attachmentId);
        if (!known) {
            throw new NotFoundException("该总结没有编号为 " + attachmentId + " 的附件");
        }
        if (!repository.deleteAttachment(summary.id(), attachmentId)) {
            throw refused("总结已报送，附件不能再删除");
        }
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }

    private static InvalidRequestException refused(String message) {
        return new InvalidRequestException(List.of(new FieldError(FIELD, message)));
    }
}
