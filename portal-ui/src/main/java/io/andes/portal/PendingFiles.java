package io.andes.portal;

import io.andes.ticketing.application.AttachmentUseCases;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * Files a user chose on a page, kept in the view until the form is sent. The ticketing module checks them when they
 * are attached; here they are only held.
 */
public class PendingFiles implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One chosen file. */
    public record PendingFile(String name, byte[] bytes) implements Serializable {}

    private final List<PendingFile> files = new ArrayList<>();

    public void add(UploadedFile file) {
        add(file.getFileName(), file.getContent());
    }

    void add(String name, byte[] bytes) {
        files.add(new PendingFile(name, bytes == null ? new byte[0] : bytes));
    }

    public void remove(int index) {
        if (index >= 0 && index < files.size()) {
            files.remove(index);
        }
    }

    public List<String> getNames() {
        return files.stream().map(PendingFile::name).toList();
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    public List<AttachmentUseCases.Upload> toUploads() {
        return files.stream()
                .map(file -> new AttachmentUseCases.Upload(file.name(), file.bytes()))
                .toList();
    }

    public void clear() {
        files.clear();
    }
}
