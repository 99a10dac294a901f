package io.andes.core.web;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy {@code p:dataTable} over a paged use case: it fetches only the page on screen. The total comes with each page,
 * so {@link #count} answers the last total instead of asking the use case a second time.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The use case call that answers one page. */
    @FunctionalInterface
    public interface Pages<T> extends Serializable {
        Page<T> fetch(PageRequest request);
    }

    /** A row's stable identifier. */
    @FunctionalInterface
    public interface RowKeys<T> extends Serializable {
        String of(T row);
    }

    private final Pages<T> pages;
    private final RowKeys<T> keys;
    private int total;

    public PagedModel(Pages<T> pages, RowKeys<T> keys) {
        this.pages = pages;
        this.keys = keys;
    }

    /** No rows, for a page the use case refused (the refusal is shown as a message). */
    public static <T> Page<T> empty(PageRequest request) {
        return new Page<>(List.of(), request.page(), request.size(), 0);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return total;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        Page<T> page = pages.fetch(new PageRequest(first / size, size));
        total = (int) Math.min(page.total(), Integer.MAX_VALUE);
        setRowCount(total);
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return keys.of(row);
    }
}
